-- Content model shared by H2 (MODE=PostgreSQL) and PostgreSQL. Instants are stored in UTC.

create table section (
    id          uuid primary key,
    slug        varchar(120)  not null,
    name        varchar(200)  not null,
    description varchar(1000),
    parent_id   uuid references section (id),
    position    integer       not null default 0,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint section_slug_uk unique (slug)
);
create index section_parent_idx on section (parent_id);

create table author (
    id         uuid primary key,
    slug       varchar(120) not null,
    name       varchar(200) not null,
    title      varchar(200),
    bio        varchar(2000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint author_slug_uk unique (slug)
);

create table tag (
    id         uuid primary key,
    slug       varchar(120) not null,
    name       varchar(200) not null,
    type       varchar(20)  not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint tag_slug_uk unique (slug),
    constraint tag_type_ck check (type in ('TOPIC', 'PERSON', 'ORGANIZATION', 'PLACE'))
);

create table media_asset (
    id         uuid primary key,
    type       varchar(20)   not null,
    url        varchar(2048) not null,
    width      integer,
    height     integer,
    alt_text   varchar(1000),
    caption    varchar(2000),
    credit     varchar(500),
    copyright  varchar(500),
    source     varchar(500),
    focal_x    double precision,
    focal_y    double precision,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint media_type_ck check (type in ('IMAGE', 'VIDEO', 'AUDIO', 'GRAPHIC')),
    constraint media_focal_x_ck check (focal_x is null or (focal_x >= 0 and focal_x <= 1)),
    constraint media_focal_y_ck check (focal_y is null or (focal_y >= 0 and focal_y <= 1))
);

create table article (
    id                 uuid primary key,
    slug               varchar(200)  not null,
    headline           varchar(500)  not null,
    standfirst         varchar(2000),
    body               varchar(1000000) not null,
    language           varchar(35)   not null,
    section_id         uuid          not null references section (id),
    lead_media_id      uuid references media_asset (id),
    status             varchar(20)   not null,
    created_at         timestamp with time zone not null,
    published_at       timestamp with time zone,
    first_published_at timestamp with time zone,
    updated_at         timestamp with time zone not null,
    expires_at         timestamp with time zone,
    revision           integer       not null,
    version            bigint        not null,
    constraint article_slug_uk unique (slug),
    constraint article_status_ck check (status in ('DRAFT', 'PUBLISHED', 'UNPUBLISHED', 'DELETED'))
);
-- Keyset pagination: every list sort is (timestamp, id), optionally narrowed by section.
create index article_published_idx on article (published_at, id);
create index article_updated_idx on article (updated_at, id);
create index article_first_published_idx on article (first_published_at, id);
create index article_section_published_idx on article (section_id, published_at, id);
create index article_lead_media_idx on article (lead_media_id);

create table article_author (
    article_id uuid    not null references article (id) on delete cascade,
    position   integer not null,
    author_id  uuid    not null references author (id),
    primary key (article_id, position)
);
create index article_author_author_idx on article_author (author_id, article_id);

create table article_tag (
    article_id uuid    not null references article (id) on delete cascade,
    position   integer not null,
    tag_id     uuid    not null references tag (id),
    primary key (article_id, position)
);
create index article_tag_tag_idx on article_tag (tag_id, article_id);
