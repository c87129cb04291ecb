-- Tag pages in publication order (issue 4): each article_tag row carries its article's published_at, kept in step by
-- the application (Article.setPublishedAt / setTags), so a tag page, first or deep, is one backward range scan of
-- (tag_id, published_at, article_id) instead of gathering and sorting every article with the tag.
alter table article_tag add column published_at timestamp with time zone;

update article_tag
   set published_at = (select a.published_at from article a where a.id = article_tag.article_id);

-- The new index also answers everything the old (tag_id, article_id) one did: "which articles carry tag X".
drop index article_tag_tag_idx;
create index article_tag_timeline_idx on article_tag (tag_id, published_at, article_id);
