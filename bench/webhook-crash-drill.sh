#!/usr/bin/env bash
# Kill-and-restart drill for webhooks (issue 10, README "Webhooks"): the packaged API (H2 file database in a
# temporary folder) delivers to a slow receiver on 127.0.0.1 while a burst of writes runs; it gets SIGKILL in the
# middle of delivery, is started again on the same database, and the drill checks that every change-log seq reached
# the receiver at least once, with one webhook-id per seq, that the change feed is continuous across the crash and
# that every acknowledged write is in it. Writes bench/results/<date>-webhook-crash-drill.md.
#
#   bench/webhook-crash-drill.sh                                 # builds target/quarkus-app, then the drill
#   SKIP_BUILD=1 bench/webhook-crash-drill.sh                    # the jar already in target/quarkus-app
#   APP_DIR=/tmp/app BURST=300 bench/webhook-crash-drill.sh      # another build, a larger burst
set -euo pipefail
cd "$(dirname "$0")/.."

APP_DIR=${APP_DIR:-target/quarkus-app}
BURST=${BURST:-150}
RECEIVER_DELAY=${RECEIVER_DELAY:-0.15}
LEASE=${LEASE:-PT15S}
API_PORT=${API_PORT:-18450}
H2_OPTIONS=${H2_OPTIONS:-}
RESULT=${RESULT:-bench/results/$(date -u +%Y-%m-%d)-webhook-crash-drill.md}
LABEL=${LABEL:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}

if [[ -z "${SKIP_BUILD:-}" && "$APP_DIR" == target/quarkus-app ]]; then
    echo ">>> Building the H2 variant (./mvnw package -DskipTests)" >&2
    ./mvnw -B -q -o package -DskipTests >&2
fi
FIGURES=$(mktemp /tmp/newsdesk-crash-drill-XXXXXX.json)
COMMAND="bench/webhook-crash-drill.py --app-dir $APP_DIR --burst $BURST --receiver-delay $RECEIVER_DELAY --lease $LEASE --api-port $API_PORT --receiver-port $((API_PORT + 1))"
[[ -n "$H2_OPTIONS" ]] && COMMAND="$COMMAND --h2-options $H2_OPTIONS"
status=0
# shellcheck disable=SC2086 # COMMAND is a list of words
python3 $COMMAND --json "$FIGURES" >/dev/null || status=$?

python3 - "$FIGURES" "$RESULT" "$LABEL" "$COMMAND" "$(java -version 2>&1 | head -1)" <<'PY'
import json, sys, datetime
figures, result, label, command, java = sys.argv[1:]
f = json.load(open(figures))
rows = [
    ("articles created, published and edited", f["burst"]),
    ("changes after the pre-burst token (feed read after the restart)", f["changesInFeed"]),
    ("seq range", "%s - %s" % (f["firstSeq"], f["lastSeq"])),
    ("feed continuous (every seq once, none skipped)", f["feedContinuous"]),
    ("deliveries received before SIGKILL", f["receivedBeforeKill"]),
    ("requests in flight at SIGKILL (received, not yet answered)", f["inFlightAtKill"]),
    ("writes acknowledged before SIGKILL / in all", "%s / %s" % (f["acknowledgedWritesBeforeKill"], f["acknowledgedWrites"])),
    ("writer attempts refused while the API was down", f["writerRetries"]),
    ("restart until ready (s)", f["restartSeconds"]),
    ("requests received in all", f["requestsReceived"]),
    ("seqs sent more than once (re-sends after the crash)", f["seqsSentMoreThanOnce"]),
    ("extra sends", f["extraSends"]),
    ("**seqs never delivered**", len(f["missing"])),
    ("**seqs with more than one webhook-id**", len(f["seqsWithSeveralWebhookIds"])),
    ("seqs re-sent with a different payload", len(f["seqsWithDifferentBodies"])),
    ("invalid signatures", f["invalidSignatures"]),
    ("items whose first arrivals were out of seq order", len(f["itemsOutOfOrderOnFirstArrival"])),
    ("acknowledged writes missing from the feed", len(f["acknowledgedWritesNotInFeed"])),
    ("**acknowledged writes the database lost in the crash**", len(f["acknowledgedWritesLost"])),
    ("everything delivered, seconds after SIGKILL", f["allDeliveredSecondsAfterKill"]),
    ("worker lease (a dead worker's in-flight sends wait this long)", f["lease"]),
    ("receiver answer delay (s)", f["receiverDelaySeconds"]),
]
with open(result, "w") as out:
    out.write("# Webhook kill-and-restart drill, %s\n\n" % datetime.date.today().isoformat())
    options = " plus " + f["h2Options"] if f["h2Options"] else ""
    out.write(("Build %s, %s, H2 file database (the production H2 URL options%s), 2 shared cores. Command:\n\n```\n"
               "bench/webhook-crash-drill.sh   # = python3 %s\n```\n\n") % (label, java, options, command))
    out.write("Result: **%s**\n\n| figure | value |\n| --- | --- |\n" % ("PASSED" if f["passed"] else "FAILED"))
    for name, value in rows:
        out.write("| %s | %s |\n" % (name, value))
    if f["missing"] or f["seqsWithSeveralWebhookIds"] or f["acknowledgedWritesNotInFeed"] or f["acknowledgedWritesLost"]:
        out.write("\nMissing: %s\n\nSeveral ids: %s\n\nDifferent payloads: %s\n\nWrites not in feed: %s\n\nLost: %s\n"
                  % (f["missing"], f["seqsWithSeveralWebhookIds"], f["seqsWithDifferentBodies"],
                     f["acknowledgedWritesNotInFeed"], f["acknowledgedWritesLost"]))
print(open(result).read())
PY
exit $status
