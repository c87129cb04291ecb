#!/usr/bin/env bash
# The Dockerfile's run stage without a Docker engine: its commands, in its order and as its users, against the jar
# the build made (target/quarkus-app, the PostgreSQL build as the image ships it).
#   1. /app as the image lays it out: copied by root, owned by root, readable but not writable by the app's user.
#   2. Every RUN of the run stage that starts Java (the AOT cache), as root before USER, as the user after.
#   3. The ENTRYPOINT as the unprivileged user with -XX:AOTMode=on (-Xshare:on for an AppCDS archive), so a JVM that
#      cannot map the archive fails instead of starting silently without it; the application must then become ready
#      on PostgreSQL.
# Java is the major version of the run stage's base image (eclipse-temurin:<N>-jre), found under /usr/lib/jvm.
# Usage: .ci/image-stage.sh [DOCKERFILE] (default: Dockerfile). Environment: QUARKUS_DATASOURCE_JDBC_URL / _USERNAME
# (default: a fresh newsdesk_image database on 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."

dockerfile=$(realpath "${1:-Dockerfile}")
app_user=newsdesk-ci
port=${NEWSDESK_IMAGE_PORT:-18998}
# The build stage packages with -Dquarkus.package.jar.appcds.enabled=true: only such a jar stops after start-up when
# run with -Dquarkus.appcds.generate=true (any other would start for good, and connect to a database).
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -f target/quarkus-app/app-cds.jsa ]; then
    echo "No AppCDS-ready build in target/quarkus-app: build it as the Dockerfile's build stage does," \
        "./mvnw -Ppostgresql -DskipTests -Dquarkus.package.jar.appcds.enabled=true package" >&2
    exit 1
fi

# The run stage, one logical line per instruction (continuation lines joined), from its FROM on.
stage=$(awk '/^FROM /{buf=""} {buf=buf $0 "\n"} END{printf "%s", buf}' "$dockerfile" \
    | awk '{ if (sub(/\\$/, "")) { line = line $0 } else { print line $0; line = "" } }')
java_opts=$(printf '%s\n' "$stage" | sed -n 's/.*JAVA_OPTS="\([^"]*\)".*/\1/p')
malloc_arenas=$(printf '%s\n' "$stage" | sed -n 's/.*MALLOC_ARENA_MAX=\([0-9]*\).*/\1/p')
entrypoint=$(printf '%s\n' "$stage" | sed -n 's/^ENTRYPOINT \["sh", "-c", "\(.*\)"\]$/\1/p')
[ -n "$java_opts" ] && [ -n "$entrypoint" ] || { echo "Dockerfile: no JAVA_OPTS or ENTRYPOINT in the run stage" >&2; exit 1; }
# The archive the ENTRYPOINT maps, and the option that makes the JVM refuse to start without it.
if archive=$(grep -o -- '-XX:AOTCache=[^ ]*' <<<"$entrypoint"); then
    archive=${archive#*=}; strict=-XX:AOTMode=on
elif archive=$(grep -o -- '-XX:SharedArchiveFile=[^ ]*' <<<"$entrypoint"); then
    archive=${archive#*=}; strict=-Xshare:on
else
    echo "Dockerfile: the ENTRYPOINT maps no AOT cache or AppCDS archive" >&2; exit 1
fi
major=$(printf '%s\n' "$stage" | sed -n 's/^FROM eclipse-temurin:\([0-9]*\)-.*/\1/p' | head -n 1)
java_home=
for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | head -n 1 | grep -q "version \"$major[.\"]"; then
        java_home=$candidate; break
    fi
done
[ -n "$java_home" ] || { echo "No Java $major (the run stage's) under /usr/lib/jvm" >&2; exit 1; }
export PATH="$java_home/bin:$PATH"
echo "Run stage Java: $(java -version 2>&1 | head -n 1) from $java_home; archive $archive ($strict)"

created_user=no
if ! id "$app_user" >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin "$app_user"
    created_user=yes
fi
base=$(mktemp -d)
chmod 755 "$base"
app_pid=
cleanup() { # set -e stays on in a trap: every step here must not fail (a SIGTERMed java's wait returns 143)
    if [ -n "$app_pid" ]; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    rm -rf "$base"
    if [ "$created_user" = yes ]; then
        userdel "$app_user" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# 1. COPY --from=build /src/target/quarkus-app/ /app/ (as root: root-owned, world-readable).
cp -r target/quarkus-app "$base/app"
chown -R root:root "$base/app"
chmod -R u=rwX,go=rX "$base/app"
if setpriv --reuid="$app_user" --regid="$app_user" --init-groups test -w "$base/app"; then
    echo "The application folder is writable by $app_user: not the image's layout" >&2
    exit 1
fi

as_app_user() { # setpriv execs the command itself (no parent left to forward signals), with the user's groups
    setpriv --reuid="$app_user" --regid="$app_user" --init-groups "$@"
}
as_user() { # USER of the Dockerfile at that point: root, or the unprivileged one
    if [ "$1" = root ]; then shift; "$@"; else shift; as_app_user "$@"; fi
}

# 2. The run stage's RUN instructions that start Java, each as the user the Dockerfile has at that point.
user=root
ran=0
while IFS= read -r instruction; do
    case "$instruction" in
        USER\ *) user=${instruction#USER }; [ "$user" = root ] || user=app ;;
        RUN\ *java*)
            command=${instruction#RUN }
            echo "RUN as ${user/app/$app_user}: $command"
            started=$(date +%s)
            (cd "$base/app" && as_user "$user" timeout 300 env JAVA_OPTS="$java_opts" \
                MALLOC_ARENA_MAX="$malloc_arenas" sh -c "$command") > "$base/run-$ran.log" 2>&1 || {
                echo "The run stage's RUN failed:" >&2; tail -n 30 "$base/run-$ran.log" >&2; exit 1; }
            echo "  done in $(( $(date +%s) - started )) s"
            ran=$((ran + 1))
            ;;
    esac
done <<< "$stage"
[ "$ran" -gt 0 ] || { echo "Dockerfile: no RUN starting Java in the run stage" >&2; exit 1; }
[ -s "$base/app/$archive" ] || { echo "No $archive in /app after the run stage" >&2; exit 1; }
echo "Archive $archive: $(stat -c '%s bytes, owner %U, mode %A' "$base/app/$archive")"

# 3. ENTRYPOINT as the unprivileged user, on PostgreSQL.
if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres \
        -c "drop database if exists newsdesk_image with (force)" -c "create database newsdesk_image"
    export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/newsdesk_image QUARKUS_DATASOURCE_USERNAME=postgres
fi
echo "ENTRYPOINT as $app_user: $entrypoint"
(cd "$base/app" && exec setpriv --reuid="$app_user" --regid="$app_user" --init-groups env JAVA_OPTS="$java_opts" MALLOC_ARENA_MAX="$malloc_arenas" \
    JAVA_TOOL_OPTIONS="$strict" PATH="$PATH" QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="$QUARKUS_DATASOURCE_JDBC_URL" QUARKUS_DATASOURCE_USERNAME="${QUARKUS_DATASOURCE_USERNAME:-}" \
    QUARKUS_DATASOURCE_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-}" sh -c "$entrypoint") > "$base/entrypoint.log" 2>&1 &
app_pid=$!
started=$(date +%s)
for _ in $(seq 1 90); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
        echo "Ready as $app_user with the archive ($strict) after $(( $(date +%s) - started )) s"
        exit 0
    fi
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
done
echo "The run stage's ENTRYPOINT did not become ready as $app_user:" >&2
tail -n 40 "$base/entrypoint.log" >&2
exit 1
