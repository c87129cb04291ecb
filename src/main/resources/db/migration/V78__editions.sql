-- Multilingual editions (issue 12). One row: the languages the newsroom publishes in, as a small JSON document
-- [{"language": "en", "fallback": null}, ...], and the default one. Starts with the site's language alone.
create table edition_settings (
    id               varchar(20)     primary key,
    default_language varchar(35)     not null,
    editions         varchar(10000)  not null,
    updated_at       timestamp with time zone not null,
    version          bigint          not null,
    constraint edition_settings_single_row_ck check (id = 'editions')
);
insert into edition_settings (id, default_language, editions, updated_at, version)
select 'editions', default_language, '[{"language":"' || default_language || '","fallback":null}]', updated_at, 0
from site_settings where id = 'site';

-- Translation groups: an article's group is the id of the article its group started from. Null: the article is
-- its own group (every article written before translations existed, and every article not translated yet), so
-- no row is rewritten. translation_source_id is the article a translation was made from; translation_synced_at
-- the last time the translation took its content in step with it (created, or edited since): the source updated
-- after that instant makes the translation stale.
alter table article add column translation_group uuid;
alter table article add column translation_source_id uuid;
alter table article add column translation_synced_at timestamp with time zone;
create index article_translation_group_idx on article (translation_group);

-- Localized display fields: {"ko": {"name": "...", ...}, ...} per language, null when nothing is translated.
alter table site_settings add column translations varchar(100000);
alter table section add column translations varchar(20000);
alter table tag add column translations varchar(20000);
alter table author add column translations varchar(20000);
