-- Discovery and curation (issue 5): searchable body text, site settings, curated collections, pinned related articles.

-- Plain text of the body blocks, written by the application whenever the body changes (Article.setBodyJson), so
-- both databases search and quote the same words. Rows written before this column existed are filled at start.
alter table article add column body_text varchar(1000000);

-- One row: the site as a front end renders it. The newsroom time zone is not stored here: every timestamp of the
-- API is rendered in it, so it is configuration (newsdesk.newsroom.time-zone), reported by GET /api/v1/site.
create table site_settings (
    id               varchar(20)   primary key,
    name             varchar(200)  not null,
    base_url         varchar(2048) not null,
    default_language varchar(35)   not null,
    navigation       varchar(100000) not null,
    notices          varchar(100000) not null,
    updated_at       timestamp with time zone not null,
    version          bigint        not null,
    constraint site_settings_single_row_ck check (id = 'site')
);
insert into site_settings (id, name, base_url, default_language, navigation, notices, updated_at, version)
values ('site', 'Newsdesk', 'https://news.example.com', 'en', '[]',
        '[{"key":"cookie-consent","text":"We use cookies to remember your settings and to measure how our pages are read.","linkLabel":"Cookie policy","linkUrl":"https://news.example.com/cookie-policy","dismissible":true}]',
        timestamp with time zone '2019-01-01 00:00:00+00:00', 0);

-- Named, ordered lists of articles chosen by editors ("Editor's Pick"), site-wide or for one section.
create table article_collection (
    id          uuid primary key,
    slug        varchar(120)  not null,
    name        varchar(200)  not null,
    description varchar(1000),
    section_id  uuid references section (id),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null,
    constraint article_collection_slug_uk unique (slug)
);
create index article_collection_section_idx on article_collection (section_id);

create table article_collection_item (
    collection_id uuid    not null references article_collection (id) on delete cascade,
    position      integer not null,
    article_id    uuid    not null references article (id) on delete cascade,
    -- No unique (collection_id, article_id): Hibernate rewrites an ordered list row by row, so a reorder briefly
    -- holds an article twice. CollectionService refuses duplicates instead.
    primary key (collection_id, position)
);
create index article_collection_item_article_idx on article_collection_item (article_id);

-- Related articles pinned by editors, in their order; shown before the computed ones.
create table article_related (
    article_id uuid    not null references article (id) on delete cascade,
    position   integer not null,
    related_id uuid    not null references article (id) on delete cascade,
    primary key (article_id, position),
    constraint article_related_uk unique (article_id, related_id),
    constraint article_related_not_self_ck check (article_id <> related_id)
);
