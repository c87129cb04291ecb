#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the hot delivery queries on a generated database, first page and a page at 90% depth:
#   bench/explain.sh nd_bench_1000000 > bench/results/explain-1m.md
# The SQL has the shape Hibernate generates for ArticleRepository.findVisiblePage (section, tag and date lists, newest
# first); a tag page is read along the tag's timeline in article_tag (see ArticleTag).
set -euo pipefail
DB=${1:?database name}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
q() { psql -Atqd "$DB" -c "$1"; }

SELECT="select a.*, s.*, m.* from article a join section s on s.id = a.section_id
  left join media_asset m on m.id = a.lead_media_id
  where a.status = 'PUBLISHED' and a.published_at <= now() and (a.expires_at is null or a.expires_at > now())"
ORDER="order by a.published_at desc, a.id desc limit 21"
SECTION="and s.id in (select x.id from section x left join section xp on xp.id = x.parent_id
  where x.slug = 'gen-world' or xp.slug = 'gen-world')"
TAG_SLUG=$(q "select t.slug from tag t join article_tag at on at.tag_id = t.id group by t.slug order by count(*) desc limit 1 offset 5")
# A tag page: its 21 ids from the tag's timeline (a limited subquery), then those articles.
TAG_IDS="select tl.article_id from article_tag tl
  where tl.tag_id = (select t.id from tag t where t.slug = '$TAG_SLUG') and tl.published_at <= now()
  and (tl.expires_at is null or tl.expires_at > now())"
TAG_ORDER="order by tl.published_at desc, tl.article_id desc limit 21) order by a.published_at desc, a.id desc"

# The cursor of the page at 90% depth of a list: its last row's (published_at, id).
deep() {
    local where=$1 row
    row=$(q "select a.published_at, a.id from article a join section s on s.id = a.section_id
        where a.status = 'PUBLISHED' and a.published_at <= now() $where
        order by a.published_at desc, a.id desc offset (select count(*) * 9 / 10 from article a
        join section s on s.id = a.section_id where a.status = 'PUBLISHED' $where) limit 1")
    local at=${row%%|*} id=${row##*|}
    echo "and a.published_at <= '$at' and (a.published_at < '$at' or (a.published_at = '$at' and a.id < '$id'))"
}

# The same along the tag's timeline.
deep_tag() {
    local row
    row=$(q "select tl.published_at, tl.article_id from article_tag tl join article a on a.id = tl.article_id
        join tag t on t.id = tl.tag_id where t.slug = '$TAG_SLUG' and a.status = 'PUBLISHED' and tl.published_at <= now()
        order by tl.published_at desc, tl.article_id desc offset (select count(*) * 9 / 10 from article_tag tl
        join article a on a.id = tl.article_id join tag t on t.id = tl.tag_id
        where t.slug = '$TAG_SLUG' and a.status = 'PUBLISHED') limit 1")
    local at=${row%%|*} id=${row##*|}
    echo "and tl.published_at <= '$at' and (tl.published_at < '$at' or (tl.published_at = '$at' and tl.article_id < '$id'))"
}

explain() {
    echo "### $1"
    echo
    echo '```'
    q "explain (analyze, buffers, costs off) $2"
    echo '```'
    echo
}

echo "## EXPLAIN of the hot list queries on $DB ($(q 'select count(*) from article') articles)"
echo
explain "Newest articles, first page" "$SELECT $ORDER"
explain "Newest articles, page at 90% depth" "$SELECT $(deep '') $ORDER"
explain "Section gen-world (with subsections), first page" "$SELECT $SECTION $ORDER"
explain "Section gen-world, page at 90% depth" "$SELECT $SECTION $(deep "$SECTION") $ORDER"
explain "Tag $TAG_SLUG (6th most used), first page" "$SELECT and a.id in ($TAG_IDS $TAG_ORDER"
explain "Tag $TAG_SLUG, page at 90% depth" "$SELECT and a.id in ($TAG_IDS $(deep_tag) $TAG_ORDER"
explain "Article by id" "$SELECT and a.id = (select id from article where status = 'PUBLISHED' limit 1)"
