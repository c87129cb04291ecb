-- The summary an article shows in list pages, stored with its document (README "Stored representations"): a list
-- page in the default shape concatenates these instead of rendering each item. Null in rows of an older format,
-- which are rendered again (ArticleDocuments.FORMAT) and never served meanwhile.
alter table article_document add column summary bytea;
-- Space-separated kind:id of what the summary shows (a subset of the document's): the page's Surrogate-Key.
alter table article_document add column summary_keys varchar(100000);
-- The summary's own boundaries (its lead photo's usage rights, the article's expiry): the latest one passed when
-- it was rendered and the next one ahead, reported by a page that shows it as a fresh render reports them.
alter table article_document add column summary_passed timestamp with time zone;
alter table article_document add column summary_valid_until timestamp with time zone;
