-- Pending drafts of published articles: the article points at the revision that holds the draft's full snapshot
-- (revisions are immutable, so the pointer is all the article needs). Null when there is no pending draft.
alter table article add column pending_revision integer;

-- Revisions saved as a pending draft: their content did not reach readers when it was saved.
alter table article_revision add column draft boolean default false not null;

-- The editorial article list: by status, most recently updated first.
create index article_status_updated_idx on article (status, updated_at, id);
