-- Sitemaps (issue 11): the sitemap index counts each month's visible articles and takes their latest updated_at.
-- With the visibility columns and updated_at in the index, that is a range of this index alone (an index-only scan
-- on PostgreSQL), however many articles a month holds; the pages of a month then walk article_published_idx.
create index article_sitemap_idx on article (published_at, status, expires_at, updated_at);
