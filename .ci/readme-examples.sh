#!/usr/bin/env bash
# The README is executable documentation: every shell block with a curl in it runs against the packaged application
# (a fresh embedded database with the sample newsroom, the development admin key, port 8080 as the README says),
# twice in a row. A curl fails the run when it cannot connect, or answers another status than the one its line's
# comment names (`# 412`), or anything but 2xx/3xx when the comment names none; a block fails when any of its
# commands does (bash -e -o pipefail). Needs target/quarkus-app from an H2 build (./mvnw verify), jq and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jar="$root/target/quarkus-app/quarkus-run.jar"
[ -f "$jar" ] || { echo "No $jar: build first (./mvnw verify)" >&2; exit 1; }
for tool in jq python3 curl; do
    command -v "$tool" >/dev/null || { echo "$tool is needed to run the README's examples" >&2; exit 1; }
done
if curl -s -o /dev/null --max-time 2 http://localhost:8080/; then
    echo "Something already listens on localhost:8080, where the README's examples go" >&2; exit 1
fi

key=$(sed -n 's/^%dev\.newsdesk\.editorial\.bootstrap-admin-key=//p' src/main/resources/application.properties)
[ -n "$key" ] || { echo "No development admin key in application.properties" >&2; exit 1; }

work=$(mktemp -d)
python3 .ci/readme_examples.py README.md > "$work/examples.sh"
(cd "$work" && NEWSDESK_SAMPLE_DATA_ENABLED=true NEWSDESK_EDITORIAL_BOOTSTRAP_ADMIN_KEY="$key" QUARKUS_HTTP_PORT=8080 \
    exec java -Xmx512m -jar "$jar" > "$work/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 90); do
    curl -fsS -o /dev/null http://localhost:8080/q/health/ready 2>/dev/null && break
    kill -0 $app 2>/dev/null || { tail -n 50 "$work/app.log" >&2; exit 1; }
    sleep 1
done

# readme_curl LINE EXPECT ARGS...: curl ARGS, then the status check. The status goes to curl's stderr through -w
# (appended to the block's own -w format, if it has one), so what the example prints stays as written.
readme_curl() {
    local line=$1 expect=$2 args=() previous="" arg out rc codes code bad=""
    shift 2
    local marker="%{stderr}@@status %{http_code}\\n"
    local has_format=no
    for arg in "$@"; do
        if [ "$previous" = -w ] || [ "$previous" = --write-out ]; then arg="$arg$marker"; has_format=yes; fi
        args+=("$arg")
        previous=$arg
    done
    [ $has_format = yes ] || args=(-w "$marker" "${args[@]}")
    out=$(mktemp)
    rc=0
    command curl "${args[@]}" 2>"$out" || rc=$?
    codes=$(sed -n 's/^@@status //p' "$out")
    grep -v '^@@status ' "$out" >&2 || true
    rm -f "$out"
    if [ $rc -ne 0 ] && ! { [ $rc -eq 28 ] && [[ " $* " == *" --max-time "* ]]; }; then
        bad="curl exited with $rc"
    fi
    [ -n "$codes" ] || bad="${bad:-no answer}"
    for code in $codes; do
        if [ "$expect" = ok ]; then
            [[ $code =~ ^[23] ]] || bad="answered $code, the README names no error here"
        elif [ "$code" != "$expect" ]; then
            bad="answered $code, the README says $expect"
        fi
    done
    if [ -n "$bad" ]; then
        echo "README.md:$line: $bad" >> "$README_FAILURES"
        echo "README.md:$line: $bad" >&2
        return 1
    fi
}
export -f readme_curl

# readme_block LINE < block: runs one block in a shell of its own.
readme_block() {
    local line=$1 file
    file=$(mktemp "$work/block-$line.XXXX")
    cat > "$file"
    if ! (cd "$work" && bash -e -o pipefail "$file" > "$work/out-$line.txt" 2>&1 < /dev/null); then
        echo "README.md:$line: the block failed; its output:" >> "$README_FAILURES"
        tail -n 15 "$work/out-$line.txt" | cut -c1-400 | sed "s/^/    /" >> "$README_FAILURES"
    fi
    blocks=$((blocks + 1))
}

export README_FAILURES="$work/failures.txt"
status=0
for pass in 1 2; do
    : > "$README_FAILURES"
    blocks=0
    # shellcheck disable=SC1091 # generated
    source "$work/examples.sh"
    if [ -s "$README_FAILURES" ]; then
        echo "README examples, run $pass: failures" >&2
        cat "$README_FAILURES" >&2
        status=1
    else
        echo "README examples, run $pass: $blocks blocks, every curl answered as the README says"
    fi
done
exit $status
