-- Tag pages in publication order (issue 4). Each article_tag row carries its article's publication window: published_at
-- while the article is published (null for drafts, unpublished and deleted articles) and expires_at. The Article entity
-- keeps the copy in step. A tag page is then a backward range scan of one index, first page or deep, and only the
-- page's own articles are read afterwards.
alter table article_tag add column published_at timestamp with time zone;
alter table article_tag add column expires_at timestamp with time zone;

update article_tag
   set published_at = (select a.published_at from article a
                        where a.id = article_tag.article_id and a.status = 'PUBLISHED'),
       expires_at = (select a.expires_at from article a where a.id = article_tag.article_id);

-- The new index also answers everything the old (tag_id, article_id) one did: "which articles carry tag X".
drop index article_tag_tag_idx;
create index article_tag_timeline_idx on article_tag (tag_id, published_at, article_id, expires_at);
