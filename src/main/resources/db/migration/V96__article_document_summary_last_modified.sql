-- The latest updated_at among what a stored summary shows (its surrogate keys), taken when it was rendered, as a
-- list page's Last-Modified takes it: a page made of stored summaries then needs no query over those entities.
-- Null in documents rendered before; a page with such a summary looks it up as before.
alter table article_document add column summary_last_modified timestamp with time zone;
