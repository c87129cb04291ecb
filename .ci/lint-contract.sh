#!/usr/bin/env bash
# Lints the committed OpenAPI contract with Spectral (ruleset spectral:oas) and Redocly (ruleset recommended), and
# fails on any error or warning. The linters come from npm, at pinned versions, into a cache folder that later runs
# reuse (NEWSDESK_LINT_CACHE, default ~/.cache/newsdesk-contract-lint); nothing is added to the project.
#
# Rules switched off: none. The public delivery API needs no key, and the contract says so with an empty security
# requirement (security: []) on each public operation, which satisfies Redocly's security-defined rule without
# skipping it. Accepted problems at named places, each with its reason: .ci/.redocly.lint-ignore.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."

SPECTRAL_VERSION=6.16.3
REDOCLY_VERSION=2.77.0
cache=${NEWSDESK_LINT_CACHE:-$HOME/.cache/newsdesk-contract-lint}/spectral-$SPECTRAL_VERSION-redocly-$REDOCLY_VERSION
contract=openapi/openapi.yaml

if ! command -v npm >/dev/null 2>&1; then
    echo "Installing Node.js and npm from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq nodejs npm >/dev/null
fi

if [ ! -x "$cache/node_modules/.bin/spectral" ] || [ ! -x "$cache/node_modules/.bin/redocly" ]; then
    echo "Installing @stoplight/spectral-cli@$SPECTRAL_VERSION and @redocly/cli@$REDOCLY_VERSION into $cache"
    mkdir -p "$cache"
    npm install --no-save --no-audit --no-fund --loglevel=error --prefix "$cache" \
        "@stoplight/spectral-cli@$SPECTRAL_VERSION" "@redocly/cli@$REDOCLY_VERSION" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'extends: ["spectral:oas"]\n' > "$work/spectral.yaml"

status=0

echo "--- Spectral $SPECTRAL_VERSION (spectral:oas) on $contract"
# --fail-severity=warn: a warning fails the run as an error does.
if ! "$cache/node_modules/.bin/spectral" lint --ruleset "$work/spectral.yaml" --fail-severity=warn \
        --format=stylish "$contract"; then
    status=1
fi

echo "--- Redocly $REDOCLY_VERSION (recommended, .ci/redocly.yaml) on $contract"
# Redocly exits non-zero on errors only, so its report is read for warnings too. NO_COLOR keeps it plain; the Node
# end-of-life banner it prints on Node 20 goes to stderr and is harmless.
if ! NO_COLOR=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true "$cache/node_modules/.bin/redocly" lint \
        --config .ci/redocly.yaml --format=stylish "$contract" > "$work/redocly.txt" 2> "$work/redocly.err"; then
    status=1
fi
cat "$work/redocly.txt"
grep -v -e '║' -e '╔' -e '╚' "$work/redocly.err" >&2 || true
problems=$(grep -Ec '^[[:space:]]+[0-9]+:[0-9]+[[:space:]]+(error|warning)' "$work/redocly.txt" || true)
if [ "$problems" -ne 0 ] || ! grep -q 'validated in' "$work/redocly.txt" "$work/redocly.err"; then
    status=1
fi

if [ "$status" -ne 0 ]; then
    echo "The contract does not lint clean: fix the annotations or web/openapi/ContractFilter, not the generated files" >&2
    exit 1
fi
echo "Contract lints clean: 0 errors, 0 warnings from Spectral and Redocly"
