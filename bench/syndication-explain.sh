#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the syndication queries, in the shape Hibernate generates them (see SitemapRepository
# and ArticleRepository.findVisiblePage), on a database of generated articles:
#   bench/syndication-explain.sh nd_feeds_explain > bench/results/2026-12-01-syndication-explain.md
set -euo pipefail
DB=${1:?database}
export PGHOST=127.0.0.1 PGUSER=postgres
VISIBLE="a.status = 'PUBLISHED' and a.published_at <= now() and (a.expires_at is null or a.expires_at > now())"
explain() {
  echo "### $1"; echo; echo '```sql'; echo "$2"; echo '```'; echo; echo '```'
  psql -Atqd "$DB" -c "explain (analyze, buffers, costs off) $2"
  echo '```'; echo
}
echo "## EXPLAIN of the syndication queries on $DB ($(psql -Atqd "$DB" -c 'select count(*) from article') articles)"
echo
explain "Sitemap index: first month (oldest visible publication)" \
  "select min(a.published_at) from article a where $VISIBLE"
explain "Sitemap index: one month counted, with its lastmod (November 2026, Asia/Seoul)" \
  "select count(*), max(a.updated_at) from article a where $VISIBLE and a.published_at >= '2026-10-31T15:00:00Z' and a.published_at < '2026-11-30T15:00:00Z'"
explain "Month sitemap, first page (a later page adds offset (page - 1) x 50,000 within the same month range)" \
  "select a.id, a.slug, a.section_id, a.updated_at from article a where $VISIBLE and a.published_at >= '2026-10-31T15:00:00Z' and a.published_at < '2026-11-30T15:00:00Z' order by a.published_at, a.id limit 50000"
explain "Google News sitemap: the last 48 hours, newest first, at most 1,000" \
  "select a.id, a.slug, a.section_id, a.headline, a.language, a.first_published_at from article a where $VISIBLE and a.first_published_at >= now() - interval '48 hours' and a.first_published_at <= now() order by a.first_published_at desc, a.id desc limit 1000"
explain "Section feed (gen-s7, with its subsections): the section list query, 20 items + 1" \
  "select a.*, s.*, m.* from article a join section s on s.id = a.section_id left join section sp on sp.id = s.parent_id left join media_asset m on m.id = a.lead_media_id where $VISIBLE and s.id in (select x.id from section x left join section xp on xp.id = x.parent_id where x.slug = 'gen-s7' or xp.slug = 'gen-s7') order by a.published_at desc, a.id desc limit 21"
