#!/usr/bin/env bash
# Start-up and memory of the production build, before and after, side by side (issue 14 item 5; README "Benchmark").
#
#   bench/startup.sh              # 3 interleaved rounds per variant against 10,000 generated articles
#   ROUNDS=5 ARTICLES=20000 bench/startup.sh
#   SKIP_BUILD=1 bench/startup.sh   # reuse target/quarkus-app (a PostgreSQL build with appcds.enabled)
#
# Variants (same jar, same JAVA_OPTS from the Dockerfile's run stage, same database):
#   java17-appcds   Java 17 with an AppCDS archive, what production ran before
#   java25-aot      Java 25 with an AOT cache (JEP 483/514/515) trained on start-up, without compact headers
#   java25-aot-coh  the same plus -XX:+UseCompactObjectHeaders (JEP 519): what the Dockerfile ships
# Each round starts the API, measures the wall time from exec to the first answered GET of an article (200), then
# loads it with wrk (article by id and a section list, cache as configured by default) and reads the peak RSS
# (VmHWM). Everything on 127.0.0.1, bounded in time. The report goes to stdout and to bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
ARTICLES=${ARTICLES:-10000}
PORT=${PORT:-18430}
LOAD=${LOAD:-15s}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=nd_startup_$ARTICLES
JAVA17=${JAVA17:-$(command -v java)}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1)}
WORK=$(mktemp -d /tmp/newsdesk-startup.XXXXXX)
RESULT=bench/results/$(date -u +%Y-%m-%d)-startup.md
APP_PID=

cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT
log() { printf '>>> %s\n' "$*" >&2; }

[[ -x "$JAVA25" ]] || { echo "No Java 25 found under /usr/lib/jvm (set JAVA25)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
"$JAVA17" -version 2>&1 | grep -q '"17' || { echo "$JAVA17 is not a Java 17 (set JAVA17)" >&2; exit 1; }

JAVA_OPTS=$(sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p' Dockerfile)
[[ -n "$JAVA_OPTS" ]] || { echo "No JAVA_OPTS found in the Dockerfile" >&2; exit 1; }
# The Java 17 variant cannot take options that only Java 25 knows; the Java 25 variants differ by that one option.
BASE_OPTS=$(sed 's/ *-XX:+UseCompactObjectHeaders//' <<<"$JAVA_OPTS")

if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "Building the PostgreSQL variant, AppCDS-ready as the Dockerfile's build stage does"
    ./mvnw -B -q -Ppostgresql package -DskipTests -Dquarkus.package.jar.appcds.enabled=true >&2
fi
APP=$WORK/app
cp -r target/quarkus-app "$APP"

have=$(psql -Atqd "$DB" -c 'select count(*) from article' 2>/dev/null || echo 0)
if [[ "$have" != "$ARTICLES" ]]; then
    psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >&2
    log "Loading $ARTICLES articles into $DB"
    java -cp 'target/test-classes:target/classes:target/quarkus-app/lib/main/*' dev.newsdesk.sample.generator.GenerateNewsroom \
        --url "jdbc:postgresql://$PGHOST:$PGPORT/$DB" --user "$PGUSER" --articles "$ARTICLES" >/dev/null 2>&1
fi
article=$(psql -Atqd "$DB" -c "select id from article where status = 'PUBLISHED' order by published_at desc limit 1")
section=$(psql -Atqd "$DB" -c "select slug from section order by slug limit 1")

# The archives, each written by the JVM that reads it, as the run stage of the Dockerfile does (start-up training:
# Quarkus stops after start-up when run with quarkus.appcds.generate=true, before any database connection).
log "Writing the AppCDS archive with Java 17 and the AOT caches with Java 25"
# shellcheck disable=SC2086 # option lists
(cd "$APP" && rm -f app-cds.jsa \
    && "$JAVA17" $BASE_OPTS -XX:ArchiveClassesAtExit=app-cds.jsa -Dquarkus.appcds.generate=true -jar quarkus-run.jar \
    && "$JAVA25" $BASE_OPTS -XX:AOTCacheOutput=app.aot -Dquarkus.appcds.generate=true -jar quarkus-run.jar \
    && "$JAVA25" $BASE_OPTS -XX:+UseCompactObjectHeaders -XX:AOTCacheOutput=app-coh.aot -Dquarkus.appcds.generate=true \
        -jar quarkus-run.jar) >"$WORK/archives.log" 2>&1
for f in app-cds.jsa app.aot app-coh.aot; do [[ -s "$APP/$f" ]] || { echo "No $f written" >&2; tail "$WORK/archives.log" >&2; exit 1; }; done

declare -A JVM=([java17-appcds]="$JAVA17" [java25-aot]="$JAVA25" [java25-aot-coh]="$JAVA25")
declare -A OPTS=(
    [java17-appcds]="$BASE_OPTS -Xshare:on -XX:SharedArchiveFile=app-cds.jsa"
    [java25-aot]="$BASE_OPTS -XX:AOTMode=on -XX:AOTCache=app.aot"
    [java25-aot-coh]="$BASE_OPTS -XX:+UseCompactObjectHeaders -XX:AOTMode=on -XX:AOTCache=app-coh.aot")
VARIANTS=(java17-appcds java25-aot java25-aot-coh)

# round <variant>: prints "<ms to first article> <CPU ms until then> <Quarkus started-in s> <req/s under load> <peak RSS MB>"
round() {
    local v=$1 t0 first= cpu rps
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    (cd "$APP" && MALLOC_ARENA_MAX=2 exec "${JVM[$v]}" ${OPTS[$v]} \
        -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dnewsdesk.rate-limit.enabled=false \
        -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" -Dquarkus.datasource.username="$PGUSER" \
        -jar quarkus-run.jar >"$WORK/$v.log" 2>&1) &
    APP_PID=$!
    for _ in $(seq 1 3000); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/articles/$article") == 200 ]]; then
            first=$((($(date +%s%N) - t0) / 1000000))
            # user + system time of the JVM so far: less sensitive than wall time to other work on the cores
            cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$APP_PID/stat")
            break
        fi
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.02
    done
    [[ -n "$first" ]] || { echo "$v did not answer; see $WORK/$v.log" >&2; tail "$WORK/$v.log" >&2; exit 1; }
    wrk -t2 -c32 -d"$LOAD" "http://127.0.0.1:$PORT/api/v1/articles/$article" >/dev/null
    rps=$(wrk -t2 -c32 -d"$LOAD" "http://127.0.0.1:$PORT/api/v1/articles?section=$section&limit=20" | awk '/Requests\/sec/ {print $2}')
    echo "$first $cpu $(grep -o 'started in [0-9.]*s' "$WORK/$v.log" | grep -o '[0-9.]*' | head -n 1) $rps" \
        "$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
}

{
    echo "# Start-up and peak memory, Java 17 + AppCDS vs Java 25 + AOT cache ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo
    echo "- \`bench/startup.sh\` (ROUNDS=$ROUNDS, ARTICLES=$ARTICLES, LOAD=$LOAD), PostgreSQL build, database $DB"
    echo "- Java 17: $("$JAVA17" -version 2>&1 | head -n 1); Java 25: $("$JAVA25" -version 2>&1 | head -n 1)"
    echo "- JAVA_OPTS of the Dockerfile: $JAVA_OPTS (without -XX:+UseCompactObjectHeaders for the first two variants)"
    echo "- Archive sizes: AppCDS $(stat -c %s "$APP/app-cds.jsa") bytes, AOT $(stat -c %s "$APP/app.aot") bytes," \
         "AOT with compact headers $(stat -c %s "$APP/app-coh.aot") bytes"
    echo "- $(nproc) cores, load average at the start: $(cut -d' ' -f1-3 /proc/loadavg). Rounds interleave the variants;"
    echo "  compare within the table."
    echo
    echo "| round | variant | first article answered (ms from exec) | CPU until then (ms) | Quarkus \"started in\" (s) | section list req/s under load | peak RSS (MB) |"
    echo "|---:|---|---:|---:|---:|---:|---:|"
    for r in $(seq 1 "$ROUNDS"); do
        for v in "${VARIANTS[@]}"; do
            read -r first cpu started rps rss <<<"$(round "$v")"
            echo "| $r | $v | $first | $cpu | $started | $rps | $rss |"
            echo "$v $first $cpu $rss" >>"$WORK/all"
        done
    done
    echo
    echo "| variant | median first answer (ms) | median CPU until then (ms) | median peak RSS (MB) |"
    echo "|---|---:|---:|---:|"
    median() { awk -v v="$1" -v c="$2" '$1==v {print $c}' "$WORK/all" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    for v in "${VARIANTS[@]}"; do
        echo "| $v | $(median "$v" 2) | $(median "$v" 3) | $(median "$v" 4) |"
    done
} | tee "$RESULT"
log "Written to $RESULT"
