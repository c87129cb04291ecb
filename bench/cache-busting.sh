#!/usr/bin/env bash
# Cache-busting load test (README "Caching", issue 15 item 1): does the heap stay bounded when clients send one-off
# URLs for heavy pages? Runs the packaged PostgreSQL build with the Dockerfile's JAVA_OPTS (128 MB heap,
# ExitOnOutOfMemoryError) and hammers GET /api/v1/articles?limit=100&include=authors,tags,section,media with
#   - a random extra query parameter (a 400 since every operation refuses names it does not take), and
#   - valid but distinct URLs of the same page: limit=0…0100 with 1-3000 leading zeros, includes in any order,
#     which the API must answer with 200 and may cache.
# Samples heap and RSS every second, reads the cache metrics at the end, and writes a markdown report to
# bench/results/. Everything listens on 127.0.0.1 only; the load runs for DURATION.
#
#   bench/cache-busting.sh                      # builds, then 60 s of load
#   SKIP_BUILD=1 bench/cache-busting.sh         # the jar already in target/quarkus-app
#   APP_DIR=/path/to/quarkus-app LABEL=before bench/cache-busting.sh   # another build (e.g. an older commit)
#   ARTICLES=1000 bench/cache-busting.sh        # add generated articles first, so the page holds 100 of them
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
API_PORT=${API_PORT:-18430}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
DATABASE=${DATABASE:-nd_cache_busting}
ARTICLES=${ARTICLES:-0}
APP_DIR=${APP_DIR:-target/quarkus-app}
LABEL=${LABEL:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}
export PGHOST PGPORT PGUSER
WORK=$(mktemp -d /tmp/newsdesk-cache-busting.XXXXXX)
RESULT=${RESULT:-bench/results/$(date -u +%Y-%m-%d)-cache-busting-$LABEL.md}
APP_PID=
SAMPLER_PID=

cleanup() {
    [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT
log() { printf '>>> %s\n' "$*" >&2; }

command -v wrk >/dev/null || {
    log "Installing wrk from Debian packages"
    sudo=; [[ $(id -u) -ne 0 ]] && sudo=sudo
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
}
pg_isready -q || { echo "PostgreSQL is not answering on $PGHOST:$PGPORT" >&2; exit 1; }

# The JVM options production runs with, read from the Dockerfile so the test measures what ships.
JAVA_OPTS=$(sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p' Dockerfile)
# ... and on the Java production runs (25): the options include some that Java 17 does not know.
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
[[ -x "$JAVA25" ]] || { echo "No Java 25 under /usr/lib/jvm (set JAVA25)" >&2; exit 1; }
[[ -n "$JAVA_OPTS" ]] || { echo "No JAVA_OPTS found in the Dockerfile" >&2; exit 1; }

if [[ -z "${SKIP_BUILD:-}" && "$APP_DIR" == target/quarkus-app ]]; then
    log "Building the PostgreSQL variant (./mvnw -Ppostgresql package)"
    ./mvnw -B -q -Ppostgresql package -DskipTests -Dquarkus.datasource.db-kind=postgresql >&2
fi
APP_DIR=$(cd "$APP_DIR" && pwd)

if ! psql -Atqd "$DATABASE" -c 'select 1' >/dev/null 2>&1; then
    log "Creating database $DATABASE"
    psql -q -d postgres -c "create database $DATABASE" >&2
fi
if ((ARTICLES > 0)); then
    have=$(psql -Atqd "$DATABASE" -c "select count(*) from article where slug like 'gen-%'" 2>/dev/null || echo 0)
    if ((have < ARTICLES)); then
        log "Adding $ARTICLES generated articles to $DATABASE (the generator from the test classes)"
        [[ -d target/test-classes ]] || ./mvnw -B -q -o test-compile >&2
        java -cp "target/test-classes:target/classes:$APP_DIR/lib/main/*" dev.newsdesk.sample.generator.GenerateNewsroom \
            --url "jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" --user "$PGUSER" --articles "$ARTICLES" >&2
    fi
fi

log "Starting the API ($LABEL) on 127.0.0.1:$API_PORT with: $JAVA_OPTS"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
(cd "$APP_DIR" && MALLOC_ARENA_MAX=2 exec "$JAVA25" $JAVA_OPTS \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$API_PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE" \
    -Dquarkus.datasource.username="$PGUSER" -Dnewsdesk.sample-data.enabled=true \
    -Dquarkus.log.level=WARN -Dquarkus.log.category.\"io.quarkus\".level=INFO \
    -jar quarkus-run.jar >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$API_PORT/q/health/ready" && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "The API exited; see $WORK/app.log" >&2; exit 1; }
    sleep 0.1
done
PAGE="/api/v1/articles?limit=100&include=authors,tags,section,media"
PAGE_BYTES=$(curl -fs "http://127.0.0.1:$API_PORT$PAGE" | wc -c)
COUNT=$(psql -Atqd "$DATABASE" -c "select count(*) from article where status = 'PUBLISHED'")
log "One page of $COUNT published articles: $PAGE_BYTES bytes of JSON"

# Heap (young + old, used) and old generation after each second, from jstat; RSS from /proc.
(
    echo "second heap_used_mb old_used_mb rss_mb full_gcs"
    SECONDS=0
    while kill -0 "$APP_PID" 2>/dev/null; do
        # jstat attaches to the JVM, which can take a while on a busy machine: a missed sample is skipped.
        if read -r s0u s1u eu ou fgc < <(jstat -gc "$APP_PID" 2>/dev/null | awk 'NR==2 {print $3, $4, $6, $8, $15}') \
                && [[ -n "$ou" ]]; then
            rss=$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status" 2>/dev/null || echo 0)
            awk -v t="$SECONDS" -v a="$s0u" -v b="$s1u" -v e="$eu" -v o="$ou" -v r="$rss" -v f="$fgc" \
                'BEGIN {printf "%d %.1f %.1f %.1f %d\n", t, (a + b + e + o) / 1024, o / 1024, r / 1024, f}'
        fi
        sleep 1
    done
) >"$WORK/heap.txt" &
SAMPLER_PID=$!

cat >"$WORK/busting.lua" <<'LUA'
-- Odd requests: a random parameter the operation does not take. Even ones: the same heavy page under a URL of its
-- own, valid for the API (leading zeros in limit, includes in any order).
local includes = {"authors", "tags", "section", "media"}
local n = 0
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("seed", threads)
end
function init(args)
    math.randomseed(os.time() * 100 + seed) -- each thread its own URLs
end
local function shuffled()
    local copy = {includes[1], includes[2], includes[3], includes[4]}
    for i = #copy, 2, -1 do
        local j = math.random(i)
        copy[i], copy[j] = copy[j], copy[i]
    end
    return table.concat(copy, ",")
end
request = function()
    n = n + 1
    local path
    if n % 2 == 1 then
        path = "/api/v1/articles?limit=100&include=authors,tags,section,media&x" .. math.random(1, 1e9) .. "=1"
    else
        path = "/api/v1/articles?limit=" .. string.rep("0", math.random(1, 3000)) .. "100&include=" .. shuffled()
    end
    return wrk.format("GET", path, {["Accept-Encoding"] = "gzip"})
end
LUA

log "Load: $DURATION, $THREADS threads, $CONNECTIONS connections"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s "$WORK/busting.lua" \
    "http://127.0.0.1:$API_PORT" >"$WORK/wrk.txt" 2>&1 || true
sleep 2
ALIVE=yes
kill -0 "$APP_PID" 2>/dev/null || ALIVE=no
METRICS=
if [[ $ALIVE == yes ]]; then
    METRICS=$(curl -fs "http://127.0.0.1:$API_PORT/q/metrics" | grep -E '^cache_[a-z_]+\{cache="representations"' || true)
    STATUS_OK=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT$PAGE")
    STATUS_UNKNOWN=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$API_PORT$PAGE&colour=red")
fi
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=
RETAINED=-
if [[ $ALIVE == yes ]]; then
    # What the load left behind: the old generation after a full collection, once the requests are done.
    jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
    RETAINED=$(jstat -gc "$APP_PID" 2>/dev/null | awk 'NR==2 {printf "%.1f MB", $8 / 1024}')
fi
OOM=$(grep -c 'OutOfMemoryError' "$WORK/app.log" || true)

peak() { awk -v c="$1" 'NR > 1 && $c > m {m = $c} END {printf "%.1f", m}' "$WORK/heap.txt"; }
last_old() { awk 'NR > 1 {o = $3} END {printf "%.1f", o}' "$WORK/heap.txt"; }
{
    echo "# Cache-busting load test: $LABEL ($(date -u +%Y-%m-%dT%H:%MZ), $(hostname -s))"
    echo
    echo "\`bench/cache-busting.sh\`: the PostgreSQL build with the Dockerfile's JAVA_OPTS"
    echo "(\`$JAVA_OPTS\`), $COUNT published articles (one page of \`$PAGE\` is $PAGE_BYTES bytes of JSON),"
    echo "wrk $THREADS threads, $CONNECTIONS connections, $DURATION, 127.0.0.1. Half the requests add a random unknown"
    echo "parameter, half are the same page under a distinct valid URL (leading zeros in limit, includes reordered)."
    echo
    echo "| | |"
    echo "| --- | --- |"
    echo "| API alive after the run | $ALIVE |"
    echo "| OutOfMemoryError in the log | $OOM |"
    echo "| heap samples (about one a second) | $(($(wc -l <"$WORK/heap.txt") - 1)) |"
    echo "| peak heap used (young + old) | $(peak 2) MB |"
    echo "| peak old generation | $(peak 3) MB |"
    echo "| old generation at the end of the load | $(last_old) MB |"
    echo "| retained after the load (old generation after a full GC) | $RETAINED |"
    echo "| peak RSS | $(peak 4) MB |"
    [[ $ALIVE == yes ]] && echo "| after the run: the page / with \`&colour=red\` | $STATUS_OK / $STATUS_UNKNOWN |"
    echo
    echo "wrk:"
    echo
    echo '```'
    cat "$WORK/wrk.txt"
    echo '```'
    if [[ -n "$METRICS" ]]; then
        echo
        echo "Cache metrics at the end (/q/metrics):"
        echo
        echo '```'
        echo "$METRICS"
        echo '```'
    fi
    echo
    echo "Heap about every 5 s (MB; jstat; second = since sampling began):"
    echo
    echo '```'
    awk 'NR == 1 || $1 >= next_at {if (NR > 1) next_at = $1 + 5; print}' "$WORK/heap.txt"
    echo '```'
    if [[ $ALIVE == no ]]; then
        echo
        echo "Last lines of the API's log:"
        echo
        echo '```'
        tail -n 5 "$WORK/app.log"
        echo '```'
    fi
} | tee "$RESULT"
log "Report written to $RESULT"
