-- Issue 11 items 3 and 4: former slugs that still lead to their content, and SEO metadata.

-- A slug an article, section, author, tag or collection used to have. Resolving it redirects to the current path of
-- target_id, in one hop whatever the number of renames; a row whose target no longer exists marks a deleted item
-- (410). A slug is in here at most once per kind; an item taking it back removes the row (see slug/SlugHistory).
create table slug_history (
    id         uuid primary key,
    kind       varchar(20)  not null,
    old_slug   varchar(200) not null,
    target_id  uuid         not null,
    changed_at timestamp with time zone not null,
    constraint slug_history_uk unique (kind, old_slug),
    constraint slug_history_kind_ck check (kind in ('ARTICLE', 'SECTION', 'AUTHOR', 'TAG', 'COLLECTION'))
);
create index slug_history_target_idx on slug_history (kind, target_id);

-- SEO overrides; null means the default (headline and standfirst, a section's name and description, the lead
-- photo). robots holds validated directives separated by commas, such as 'noindex,nofollow'.
alter table article add column seo_title varchar(200);
alter table article add column seo_description varchar(500);
alter table article add column social_image_id uuid;
alter table article add column robots varchar(200);
alter table article add constraint article_social_image_fk foreign key (social_image_id) references media_asset (id);
create index article_social_image_idx on article (social_image_id);

alter table section add column seo_title varchar(200);
alter table section add column seo_description varchar(500);
alter table section add column social_image_id uuid;
alter table section add column robots varchar(200);
alter table section add constraint section_social_image_fk foreign key (social_image_id) references media_asset (id);
create index section_social_image_idx on section (social_image_id);
