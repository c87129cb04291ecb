-- Full-text search on PostgreSQL: a weighted vector (headline A > standfirst B > body C) in the text search
-- configuration of the article's language ('simple' when PostgreSQL has no stemmer for it), with a GIN index.
-- Keep the language list in step with dev.newsdesk.article.search.SearchLanguages.
create function newsdesk_text_config(language varchar) returns regconfig
    language sql immutable parallel safe
as $$
select case lower(split_part(language, '-', 1))
           when 'en' then 'english'::regconfig
           when 'de' then 'german'::regconfig
           when 'fr' then 'french'::regconfig
           when 'es' then 'spanish'::regconfig
           when 'it' then 'italian'::regconfig
           when 'pt' then 'portuguese'::regconfig
           when 'nl' then 'dutch'::regconfig
           when 'sv' then 'swedish'::regconfig
           when 'ru' then 'russian'::regconfig
           else 'simple'::regconfig
       end
$$;

alter table article add column search_config regconfig
    generated always as (newsdesk_text_config(language)) stored;
alter table article add column search_vector tsvector
    generated always as (
        setweight(to_tsvector(newsdesk_text_config(language), coalesce(headline, '')), 'A')
            || setweight(to_tsvector(newsdesk_text_config(language), coalesce(standfirst, '')), 'B')
            || setweight(to_tsvector(newsdesk_text_config(language), coalesce(body_text, '')), 'C')
    ) stored;
create index article_search_idx on article using gin (search_vector);
