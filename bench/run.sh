#!/usr/bin/env bash
# Side-by-side benchmark of the Newsdesk delivery API at newsroom scale (README "Benchmark").
#
#   bench/run.sh                 # 10,000 and 1,000,000 articles
#   bench/run.sh 10000 200000    # any sizes
#
# For each size: builds the PostgreSQL variant (once), loads N generated articles into database nd_bench_<N>
# (reused when it already holds N articles), starts the API on 127.0.0.1, and runs wrk against it and against nginx
# serving the same article JSON as a static file (the ceiling). Everything listens on 127.0.0.1 only and every load
# run is bounded by DURATION. The markdown report goes to stdout and to bench/results/.
# Besides one hot article and list pages, it measures traffic spread over every visible article (bench/zipf.lua:
# article ids drawn Zipf-like, rank = floor(N^u), newest first) alone and as a mix of 80% articles, 15% list pages
# and 5% revalidations, with the instance cache's hit ratio read from /q/metrics before and after. A build with
# stored article documents (README "Stored representations") renders them all once before it is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("${@:-10000 1000000}")
read -r -a SIZES <<< "${SIZES[*]}"
API_PORT=${API_PORT:-18410}
NGINX_PORT=${NGINX_PORT:-18420}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
WORK=$(mktemp -d /tmp/newsdesk-bench.XXXXXX)
mkdir -p "$WORK/www" && chmod 755 "$WORK" "$WORK/www"
RESULT=bench/results/$(date -u +%Y-%m-%d)-$(hostname -s).md
APP_PID=
NGINX_PID=

cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

log() { printf '>>> %s\n' "$*" >&2; }

install_tools() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
    command -v psql >/dev/null || missing+=(postgresql-client)
    if ((${#missing[@]})); then
        log "Installing ${missing[*]} from Debian packages"
        local sudo=; [[ $(id -u) -ne 0 ]] && sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
    pg_isready -q || { echo "PostgreSQL is not answering on $PGHOST:$PGPORT" >&2; exit 1; }
}

build() {
    log "Building the PostgreSQL variant (./mvnw -Ppostgresql package)"
    # The kind is also passed as a system property: it must win over application.properties at build time.
    # With the AppCDS archive that production uses (Dockerfile); it is only valid for this JVM and this build.
    ./mvnw -B -q -Ppostgresql package -DskipTests -Dquarkus.datasource.db-kind=postgresql \
        -Dquarkus.package.jar.appcds.enabled=true >&2
    # The AOT cache the Dockerfile's run stage writes, by the Java 25 that production runs (a start-up training run).
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    (cd target/quarkus-app && rm -f app.aot \
        && "$JAVA25" $JAVA_OPTS -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true -jar quarkus-run.jar) >&2
}

# The JVM and options production runs with (the Dockerfile's run stage), so the benchmark measures what ships.
JAVA_OPTS=$(sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p' Dockerfile)
[[ -n "$JAVA_OPTS" ]] || { echo "No JAVA_OPTS found in the Dockerfile" >&2; exit 1; }
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
[[ -x "$JAVA25" ]] || { echo "No Java 25 under /usr/lib/jvm (set JAVA25): production runs on it" >&2; exit 1; }

load() {
    local n=$1 db=nd_bench_$1 have
    have=$(psql -Atqd "$db" -c 'select count(*) from article' 2>/dev/null || echo 0)
    if [[ "$have" == "$n" ]]; then
        log "Reusing $db ($n articles)"
        echo "reused"
        return
    fi
    psql -q -d postgres -c "drop database if exists $db with (force)" -c "create database $db" >&2
    log "Loading $n articles into $db"
    local start=$SECONDS
    java -cp 'target/test-classes:target/classes:target/quarkus-app/lib/main/*' dev.newsdesk.sample.generator.GenerateNewsroom \
        --url "jdbc:postgresql://$PGHOST:$PGPORT/$db" --user "$PGUSER" --articles "$n" 2>/dev/null >&2
    echo "$((SECONDS - start)) s"
}

# start_app <db> <local-cache-ttl>: sets APP_PID (so it must not run in a subshell) and writes
# "<wall ms to ready> <Quarkus started-in s>" to $WORK/startup.
start_app() {
    local db=$1 ttl=$2 t0
    t0=$(date +%s%N)
    # From the application's directory, as in the image: the AOT cache records the jar by that relative path.
    # exec keeps $! the JVM's pid, so the RSS read below is the JVM's. Rate limits off: wrk is one client address.
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    (cd target/quarkus-app && MALLOC_ARENA_MAX=2 exec "$JAVA25" $JAVA_OPTS -XX:AOTCache=app.aot \
        -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$API_PORT" \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" -Dquarkus.datasource.username="$PGUSER" \
        -Dnewsdesk.http-cache.local-cache.ttl="$ttl" -Dnewsdesk.rate-limit.enabled=false -Dquarkus.log.level=WARN -Dquarkus.log.category.\"io.quarkus\".level=INFO \
        -jar quarkus-run.jar >"$WORK/app.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 600); do
        if curl -fs -o /dev/null "http://127.0.0.1:$API_PORT/q/health/ready"; then
            local wall=$((($(date +%s%N) - t0) / 1000000))
            echo "$wall $(grep -o 'started in [0-9.]*s' "$WORK/app.log" | grep -o '[0-9.]*' | head -n 1)" >"$WORK/startup"
            return
        fi
        sleep 0.1
    done
    echo "The API did not start; see $WORK/app.log" >&2
    exit 1
}

stop_app() {
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
}

start_nginx() {
    mkdir -p "$WORK/www"
    cat >"$WORK/nginx.conf" <<CONF
worker_processes 2;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/json json; }
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
    nginx -c "$WORK/nginx.conf" &
    NGINX_PID=$!   # start_nginx, like start_app, runs in the main shell so cleanup can stop it
    for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/article.json" && return; sleep 0.1; done
    echo "nginx did not start" >&2; exit 1
}

# measure <url> [header]: prints "<req/s> <p50> <p99>" (latencies as wrk prints them)
measure() {
    local url=$1 header=${2:-} out
    local args=(-t"$THREADS" -c"$CONNECTIONS" --latency)
    [[ -n "$header" ]] && args+=(-H "$header")
    wrk "${args[@]}" -d"$WARMUP" "$url" >/dev/null
    out=$(wrk "${args[@]}" -d"$DURATION" "$url")
    if grep -q 'Non-2xx or 3xx' <<<"$out"; then
        echo "wrk saw error responses for $url" >&2; echo "$out" >&2; exit 1
    fi
    echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1=="50%" {print $2}' <<<"$out") $(awk '$1=="99%" {print $2}' <<<"$out")"
}

to_ms() { # wrk latency (e.g. 812.00us, 1.20ms, 1.01s) in ms
    awk -v v="$1" 'BEGIN { n=v+0; if (v ~ /us$/) n/=1000; else if (v ~ /ms$/) n=n; else if (v ~ /s$/) n*=1000; printf "%.2f", n }'
}

row() { # row <label> <req/s> <p50> <p99> <ceiling req/s>
    printf '| %s | %.0f | %s | %s | %.2f |\n' "$1" "$2" "$(to_ms "$3")" "$(to_ms "$4")" "$(awk -v a="$2" -v b="$5" 'BEGIN{print a/b}')"
}

machine() {
    echo "- CPU: $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores visible"
    echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GB; kernel $(uname -r)"
    echo "- JVM options (from the Dockerfile, plus its AOT cache and MALLOC_ARENA_MAX=2): $JAVA_OPTS"
    echo "- Java: $("$JAVA25" -version 2>&1 | head -n 1); PostgreSQL: $(psql -Atqd postgres -c 'show server_version')"
    echo "- wrk $THREADS threads, $CONNECTIONS connections, $DURATION per figure after $WARMUP warm-up; client, API,"
    echo "  nginx and PostgreSQL share the same cores; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "  Absolute numbers are noisy: compare the ratios, which were measured in one run."
}

# render_documents <db>: in a build with stored article documents, renders every published article's document once
# (the re-render-all command: newsdesk.documents.render-all) unless all are stored; prints what it did.
render_documents() {
    local db=$1 published have queued start
    [[ -f target/classes/db/migration/V90__article_document.sql ]] || { echo "none (build without documents)"; return; }
    published=$(psql -Atqd "$db" -c "select count(*) from article where status = 'PUBLISHED'")
    have=$(psql -Atqd "$db" -c "select count(*) from article_document" 2>/dev/null || echo 0)
    if [[ "$have" == "$published" ]]; then
        echo "reused ($have documents)"
        return
    fi
    NEWSDESK_DOCUMENTS_RENDER_ALL=true start_app "$db" 1s
    start=$(date +%s%N)
    local polls=0
    while true; do
        have=$(psql -Atqd "$db" -c "select count(*) from article_document")
        queued=$(psql -Atqd "$db" -c "select count(*) from article_document_backlog")
        [[ "$queued" == 0 && "$have" == "$published" ]] && break
        log "Rendering article documents: $have of $published stored, $queued queued"
        # Where autovacuum is off (as on these machines), the two tables the render grows from empty keep the
        # statistics of an empty table, and the render's cached plans scan them: quadratic at 1M. Analyze them as
        # autovacuum would.
        if ((polls++ % 6 == 1)) && [[ $(psql -Atqd "$db" -c "show autovacuum") == off ]]; then
            psql -qd "$db" -c "analyze article_document" -c "analyze article_document_backlog"
        fi
        sleep 10
    done
    stop_app
    echo "$published documents rendered in $(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN{printf "%.0f", ns/1e9}') s" \
        "($(psql -Atqd "$db" -c "select pg_size_pretty(pg_total_relation_size('article_document'))"))"
}

# cache_gets <hit|miss>: the instance cache's count of hits or misses so far (RepresentationCacheMetrics)
cache_gets() {
    curl -fs "http://127.0.0.1:$API_PORT/q/metrics" \
        | awk -v r="$1" '/^cache_gets_total\{/ && /cache="representations"/ && $0 ~ "result=\"" r "\"" {s += $NF} END {printf "%.0f", s}'
}

# measure_zipf <lua args...>: like measure, for bench/zipf.lua; prints "<req/s> <p50> <p99> <hit ratio>"
measure_zipf() {
    local args=(-t"$THREADS" -c"$CONNECTIONS" --latency -s bench/zipf.lua) out h0 m0 h1 m1
    wrk "${args[@]}" -d"$WARMUP" "http://127.0.0.1:$API_PORT" -- "$@" >/dev/null
    h0=$(cache_gets hit); m0=$(cache_gets miss)
    out=$(wrk "${args[@]}" -d"$DURATION" "http://127.0.0.1:$API_PORT" -- "$@")
    h1=$(cache_gets hit); m1=$(cache_gets miss)
    if grep -q 'Non-2xx or 3xx' <<<"$out"; then
        echo "wrk saw error responses for the Zipf scenario" >&2; echo "$out" >&2; exit 1
    fi
    echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1=="50%" {print $2}' <<<"$out")" \
         "$(awk '$1=="99%" {print $2}' <<<"$out")" \
         "$(awk -v h=$((h1 - h0)) -v m=$((m1 - m0)) 'BEGIN{ if (h + m == 0) print "0.00"; else printf "%.2f", h/(h+m) }')"
}

bench_size() {
    local n=$1 db=nd_bench_$1 loaded article section cursor tag tag_cursor etag ceiling
    loaded=$(load "$n")
    article=$(psql -Atqd "$db" -c "select a.id from article a join section s on s.id = a.section_id
        where s.slug = 'gen-world' and a.status = 'PUBLISHED' order by a.published_at desc limit 1")
    section=gen-world
    cursor=$(psql -Atqd "$db" -c "with s as (select id from section where slug = 'gen-world'
            or parent_id = (select id from section where slug = 'gen-world')),
        a as (select published_at, id from article where status = 'PUBLISHED' and section_id in (select id from s))
        select 'v1|newest|' || to_char(published_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || id
        from a order by published_at desc, id desc offset (select count(*) * 9 / 10 from a) limit 1" \
        | tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '=')
    # A popular tag (the 6th most used) and the cursor of its page at 90% depth, along the tag's timeline.
    tag=$(psql -Atqd "$db" -c "select t.slug from tag t join article_tag at on at.tag_id = t.id
        group by t.slug order by count(*) desc limit 1 offset 5")
    tag_cursor=$(psql -Atqd "$db" -c "with a as (select tl.published_at, tl.article_id as id from article_tag tl
            join article a on a.id = tl.article_id join tag t on t.id = tl.tag_id
            where t.slug = '$tag' and a.status = 'PUBLISHED')
        select 'v1|newest|' || to_char(published_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || '|' || id
        from a order by published_at desc, id desc offset (select count(*) * 9 / 10 from a) limit 1" \
        | tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '=')

    # Every visible article newest first (the Zipf ranks), and the list pages of the mix: the first page of every
    # section and of the 50 most used tags.
    psql -Atqd "$db" -c "select id from article where status = 'PUBLISHED' and published_at <= now()
        and (expires_at is null or expires_at > now()) order by published_at desc, id desc" >"$WORK/ids.txt"
    { psql -Atqd "$db" -c "select '/api/v1/articles?section=' || slug || '&limit=20' from section order by slug"
      psql -Atqd "$db" -c "select '/api/v1/articles?tag=' || t.slug || '&limit=20' from tag t
          join article_tag at on at.tag_id = t.id group by t.slug order by count(*) desc, t.slug limit 50"
    } >"$WORK/lists.txt"
    local documents
    documents=$(render_documents "$db")

    echo
    echo "### $n articles (load: $loaded; article documents: $documents)"
    echo
    for mode in "1s" "0s"; do
        local timing label
        if curl -fs -o /dev/null "http://127.0.0.1:$API_PORT/q/health/ready"; then
            echo "Port $API_PORT is already serving: stop that process first" >&2; exit 1
        fi
        start_app "$db" "$mode"
        timing=$(cat "$WORK/startup")
        curl -fs "http://127.0.0.1:$API_PORT/api/v1/articles/$article" >"$WORK/www/article.json"
        etag=$(curl -fsI "http://127.0.0.1:$API_PORT/api/v1/articles/$article" | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
        [[ -n "$NGINX_PID" ]] || start_nginx
        # JIT warm-up over every scenario before anything is recorded.
        for url in "/api/v1/articles/$article" "/api/v1/articles?section=$section&limit=20" \
                   "/api/v1/articles?section=$section&limit=20&cursor=$cursor" \
                   "/api/v1/articles?tag=$tag&limit=20" "/api/v1/articles?tag=$tag&limit=20&cursor=$tag_cursor"; do
            wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$API_PORT$url" >/dev/null
        done
        read -r ceiling c50 c99 <<<"$(measure "http://127.0.0.1:$NGINX_PORT/article.json")"
        label=$([[ $mode == 0s ]] && echo "local cache off: every request renders from PostgreSQL" \
            || echo "local cache on (default, ttl 1 s)")
        echo "**API with $label** — start-up $(awk -v w="${timing%% *}" 'BEGIN{printf "%.2f", w/1000}') s to ready" \
             "(Quarkus: ${timing##* } s); article JSON $(wc -c <"$WORK/www/article.json") bytes"
        echo
        echo "| Request | req/s | p50 ms | p99 ms | req/s vs nginx |"
        echo "|---|---:|---:|---:|---:|"
        row "nginx static article.json (ceiling)" "$ceiling" "$c50" "$c99" "$ceiling"
        read -r r p50 p99 <<<"$(measure "http://127.0.0.1:$API_PORT/api/v1/articles/$article")"
        row "GET article by id" "$r" "$p50" "$p99" "$ceiling"
        read -r r p50 p99 <<<"$(measure "http://127.0.0.1:$API_PORT/api/v1/articles?section=$section&limit=20")"
        row "GET section list, limit 20" "$r" "$p50" "$p99" "$ceiling"
        read -r r p50 p99 <<<"$(measure "http://127.0.0.1:$API_PORT/api/v1/articles?section=$section&limit=20&cursor=$cursor")"
        row "GET section list at 90% depth (cursor)" "$r" "$p50" "$p99" "$ceiling"
        read -r r p50 p99 <<<"$(measure "http://127.0.0.1:$API_PORT/api/v1/articles?tag=$tag&limit=20")"
        row "GET tag list, limit 20" "$r" "$p50" "$p99" "$ceiling"
        read -r r p50 p99 <<<"$(measure "http://127.0.0.1:$API_PORT/api/v1/articles?tag=$tag&limit=20&cursor=$tag_cursor")"
        row "GET tag list at 90% depth (cursor)" "$r" "$p50" "$p99" "$ceiling"
        read -r r p50 p99 <<<"$(measure "http://127.0.0.1:$API_PORT/api/v1/articles/$article" "If-None-Match: $etag")"
        row "304 revalidation of the article (If-None-Match)" "$r" "$p50" "$p99" "$ceiling"
        echo
        # The ETags of the 100 most read articles, for the mix's revalidations.
        head -n 100 "$WORK/ids.txt" | while read -r id; do
            echo "$id $(curl -fsI "http://127.0.0.1:$API_PORT/api/v1/articles/$id" \
                | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')"
        done >"$WORK/etags.txt"
        echo "| Spread over $(wc -l <"$WORK/ids.txt") visible articles | req/s | p50 ms | p99 ms | req/s vs nginx | instance cache hit ratio |"
        echo "|---|---:|---:|---:|---:|---:|"
        read -r r p50 p99 hits <<<"$(measure_zipf "$WORK/ids.txt")"
        printf '%s | %s |\n' "$(row "Zipf article reads (rank = floor(N^u))" "$r" "$p50" "$p99" "$ceiling" | sed 's/ |$//')" "$hits"
        read -r r p50 p99 hits <<<"$(measure_zipf "$WORK/ids.txt" "$WORK/lists.txt" "$WORK/etags.txt")"
        printf '%s | %s |\n' "$(row "Mix: 80% Zipf articles, 15% list pages, 5% 304s" "$r" "$p50" "$p99" "$ceiling" | sed 's/ |$//')" "$hits"
        echo
        echo "Peak RSS of the API after the runs: $(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/$APP_PID/status)"
        echo
        stop_app
    done
}

install_tools
build
{
    trap cleanup EXIT   # this group runs in a subshell (the pipe to tee): it stops its own servers
    echo "# Newsdesk benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    machine
    for n in "${SIZES[@]}"; do
        bench_size "$n"
    done
} | tee "$RESULT"
log "Written to $RESULT"
