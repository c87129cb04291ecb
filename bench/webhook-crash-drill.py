#!/usr/bin/env python3
"""Kill-and-restart drill for webhook delivery (issue 10: "the API is killed mid-delivery and restarted; nothing lost").

Runs the packaged API (an H2 file database in a temporary folder), a slow local receiver on 127.0.0.1 that checks
every Standard Webhooks signature, registers one endpoint for every event, and makes a burst of writes (create +
publish + edit of BURST articles). When the receiver has got a third of the expected deliveries, with requests still
in flight, the API gets SIGKILL; it is started again on the same database and the writer carries on. At the end:

  - every seq the change log holds after the pre-burst token (read through GET /api/v1/changes) reached the
    receiver at least once: nothing lost;
  - one webhook-id per seq, whatever the number of sends (re-sends after the crash keep it);
  - the change feed read from a token taken before the burst, after the restart, is continuous (seq n+1 follows n);
  - every write the API acknowledged (2xx) is in the feed;
  - every signature verified, no delivery for a seq twice with different bodies.

Only the standard library; everything listens on 127.0.0.1. Called by bench/webhook-crash-drill.sh, which builds and
writes the report; run it alone with --app-dir.
"""
import argparse
import base64
import hashlib
import hmac
import http.server
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ADMIN_KEY = "nd_drill-" + secrets.token_hex(20)


def log(message):
    print(">>> " + message, file=sys.stderr, flush=True)


class Receiver:
    """A threading HTTP server that records every webhook request, answers 200 after a delay."""

    def __init__(self, port, delay):
        self.records = []
        self.lock = threading.Lock()
        self.secret = None
        receiver = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("content-length", "0")))
                record = {"at": time.time(), "id": self.headers.get("webhook-id"),
                          "timestamp": self.headers.get("webhook-timestamp"),
                          "valid": receiver.verify(self.headers, body), "body": body.decode()}
                try:
                    data = json.loads(body)["data"]
                    record.update(seq=data["seq"], item=data["id"], type=json.loads(body)["type"])
                except (ValueError, KeyError):
                    record.update(seq=None, item=None, type=None)
                with receiver.lock:
                    receiver.records.append(record)
                time.sleep(delay)  # slow on purpose: requests are in flight when the API is killed
                try:
                    self.send_response(200)
                    self.send_header("content-length", "2")
                    self.end_headers()
                    self.wfile.write(b"ok")
                except OSError:
                    pass  # the sender died meanwhile

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def verify(self, headers, body):
        if self.secret is None:
            return False
        key = base64.b64decode(self.secret[len("whsec_"):])
        content = "%s.%s.%s" % (headers.get("webhook-id"), headers.get("webhook-timestamp"), body.decode())
        expected = base64.b64encode(hmac.new(key, content.encode(), hashlib.sha256).digest()).decode()
        return any(sig.startswith("v1,") and hmac.compare_digest(sig[3:], expected)
                   for sig in headers.get("webhook-signature", "").split(" "))

    def snapshot(self):
        with self.lock:
            return list(self.records)


class Api:
    def __init__(self, app_dir, port, db_dir, lease, log_path, h2_options=""):
        self.base = "http://127.0.0.1:%d" % port
        self.app_dir, self.port, self.db_dir, self.lease, self.log_path = app_dir, port, db_dir, lease, log_path
        self.process = None
        self.h2_options = h2_options

    def start(self):
        url = ("jdbc:h2:file:%s/newsdesk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
               "LOCK_TIMEOUT=10000;WRITE_DELAY=0%s") % (self.db_dir, self.h2_options)
        command = ["java", "-Xmx256m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=%d" % self.port,
                   "-Dquarkus.datasource.jdbc.url=" + url, "-Dnewsdesk.sample-data.enabled=true",
                   "-Dnewsdesk.editorial.bootstrap-admin-key=" + ADMIN_KEY,
                   "-Dnewsdesk.webhooks.allow-loopback=true", "-Dnewsdesk.rate-limit.editorial-key.quota=10000000", "-Dnewsdesk.webhooks.worker.lease=" + self.lease,
                   "-Dquarkus.log.level=WARN", "-Dquarkus.log.category.\"io.quarkus\".level=INFO",
                   "-jar", "quarkus-run.jar"]
        env = dict(os.environ, NEWSDESK_WEBHOOKS_ENCRYPTION_KEY="drill-webhook-encryption-key-0123456789",
                   NEWSDESK_CHANGES_TOKEN_SECRET="drill-changes-token-secret-0123456789")
        started = time.time()
        self.process = subprocess.Popen(command, cwd=self.app_dir, env=env, stdout=open(self.log_path, "a"),
                                        stderr=subprocess.STDOUT)
        while time.time() - started < 300:
            try:
                if urllib.request.urlopen(self.base + "/q/health/ready", timeout=2).status == 200:
                    return time.time() - started
            except (urllib.error.URLError, OSError):
                pass
            if self.process.poll() is not None:
                raise SystemExit("the API stopped at start; see " + self.log_path)
            time.sleep(0.2)
        raise SystemExit("the API did not get ready within 300 s; see " + self.log_path)

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def call(self, method, path, body=None, headers=None):
        request = urllib.request.Request(self.base + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header("Authorization", "Bearer " + ADMIN_KEY)
        headers = dict(headers or {})
        if body is not None:
            headers.setdefault("Content-Type", "application/json")
        for name, value in headers.items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                return response.status, response.headers, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode()


def feed_token(api):
    """The delta token at the end of an initial sync: every change after it is read later."""
    status, _, page = api.call("GET", "/api/v1/changes?limit=1000")
    while page["hasMore"] and page["phase"] == "snapshot":
        status, _, page = api.call("GET", "/api/v1/changes?limit=1000&token=" + page["next"])
    return page["next"]


def feed_after(api, token):
    items = []
    while True:
        status, _, page = api.call("GET", "/api/v1/changes?limit=1000&token=" + token)
        assert status == 200, (status, page)
        items.extend(page["items"])
        token = page["next"]
        if not page["hasMore"]:
            return items


class Writer(threading.Thread):
    """Creates, publishes and edits BURST articles one after another; waits out the API's absence and goes on. A
    publication or an edit whose answer was lost in the crash is looked up, not repeated blindly."""

    def __init__(self, api, section, burst):
        super().__init__(daemon=True)
        self.api, self.section, self.burst = api, section, burst
        self.acknowledged = []  # (article id, what) for every write the API confirmed
        self.failed_attempts = 0
        self.unexpected = 0
        self.lost = []  # acknowledged writes the database did not have after the restart

    def attempt(self, method, path, body=None, headers=None):
        """(status, headers, answer), or None while the API is away."""
        try:
            answer = self.api.call(method, path, body, headers)
        except (urllib.error.URLError, OSError, ConnectionError):
            self.failed_attempts += 1
            time.sleep(0.2)
            return None
        if answer[0] >= 300:
            self.unexpected += 1
            if self.unexpected <= 5:
                log("%s %s answered %s: %s" % (method, path, answer[0], str(answer[2])[:300]))
            time.sleep(0.2)
        return answer

    def current(self, article_id):
        """(ETag, article), or None when the article is gone: its acknowledged creation did not survive the crash."""
        while True:
            answer = self.attempt("GET", "/api/v1/editorial/articles/" + article_id)
            if answer and answer[0] == 200:
                return answer[1]["ETag"], answer[2]
            if answer and answer[0] == 404:
                return None

    def run(self):
        for n in range(self.burst):
            while not self.article(n):
                self.lost.append("article %d created, then gone after the restart" % n)

    def article(self, n):
        """Creates, publishes and edits article n; False when the database lost it (start it again)."""
        slug = "drill-%d-%s" % (n, secrets.token_hex(3))
        article_id = None
        while article_id is None:
            answer = self.attempt("POST", "/api/v1/editorial/articles", {
                "slug": slug, "headline": "Drill story %d" % n, "language": "en", "sectionId": self.section,
                "body": [{"type": "paragraph", "html": "Paragraph of drill story %d" % n}]})
            if answer and answer[0] == 201:
                article_id = answer[2]["id"]
            elif answer and answer[0] == 409:  # created just before the kill: find it by its slug
                found = self.attempt("GET", "/api/v1/editorial/articles?limit=20")
                for summary in found[2]["data"] if found and found[0] == 200 else []:
                    if summary["slug"] == slug:
                        article_id = summary["id"]
        headline = "Drill story %d, edited" % n
        for what in ("published", "edited"):
            while True:
                current = self.current(article_id)
                if current is None:
                    return False
                etag, article = current
                if what == "published" and article["status"] == "published" \
                        or what == "edited" and article["headline"] == headline:
                    break
                if what == "edited" and article["status"] != "published":
                    # An acknowledged publication the database lost: it stays missing from the feed (checked).
                    self.lost.append("publication of %s acknowledged, then gone after the restart" % article_id)
                if what == "published":
                    answer = self.attempt("POST", "/api/v1/editorial/articles/%s/publish" % article_id, {},
                                          {"If-Match": etag})
                else:
                    answer = self.attempt("PATCH", "/api/v1/editorial/articles/" + article_id, {"headline": headline},
                                          {"If-Match": etag, "Content-Type": "application/merge-patch+json"})
                if answer and answer[0] == 200:
                    break
            self.acknowledged.append((article_id, what))
        return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-dir", required=True)
    parser.add_argument("--burst", type=int, default=150, help="articles created, published and edited")
    parser.add_argument("--api-port", type=int, default=18450)
    parser.add_argument("--receiver-port", type=int, default=18451)
    parser.add_argument("--receiver-delay", type=float, default=0.15, help="seconds before each answer")
    parser.add_argument("--lease", default="PT15S", help="newsdesk.webhooks.worker.lease of the API")
    parser.add_argument("--kill-at", type=float, default=1 / 3, help="share of expected deliveries before SIGKILL")
    parser.add_argument("--h2-options", default="", help="appended to the H2 URL (the production build's options)")
    parser.add_argument("--json", required=True, help="where to write the figures")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="newsdesk-crash-drill.")
    api = Api(os.path.abspath(args.app_dir), args.api_port, work + "/db", args.lease, work + "/app.log",
              args.h2_options)
    receiver = Receiver(args.receiver_port, args.receiver_delay)
    figures = {"burst": args.burst, "receiverDelaySeconds": args.receiver_delay, "lease": args.lease, "work": work,
               "h2Options": args.h2_options}
    try:
        figures["firstStartSeconds"] = round(api.start(), 1)
        status, _, section = api.call("GET", "/api/v1/sections/international")
        status, _, registered = api.call("POST", "/api/v1/editorial/webhooks", {
            "url": "http://127.0.0.1:%d/hook" % args.receiver_port, "eventTypes": [], "description": "crash drill"})
        assert status == 201, (status, registered)
        receiver.secret = registered["secret"]
        hook = registered["webhook"]["id"]
        before = feed_token(api)

        expected = args.burst * 2  # a publication and an edit per article
        writer = Writer(api, section["id"], args.burst)
        started = time.time()
        writer.start()
        while len(receiver.snapshot()) < expected * args.kill_at:
            time.sleep(0.01)
        killed = time.time()
        at_kill = receiver.snapshot()
        api.kill()
        figures["receivedBeforeKill"] = len(at_kill)
        figures["acknowledgedWritesBeforeKill"] = len(writer.acknowledged)
        # Requests the receiver was still holding (it answers after receiver-delay): the API died before the answer.
        figures["inFlightAtKill"] = sum(1 for r in at_kill if r["at"] > killed - args.receiver_delay)
        log("SIGKILL after %d deliveries (%d in flight) and %d acknowledged writes"
            % (len(at_kill), figures["inFlightAtKill"], len(writer.acknowledged)))
        figures["restartSeconds"] = round(api.start(), 1)
        log("restarted in %.1f s" % figures["restartSeconds"])
        writer.join(600)
        if writer.is_alive():
            raise SystemExit("the writer did not finish within 10 minutes")
        log("writes done: %d acknowledged" % len(writer.acknowledged))
        figures["writeSeconds"] = round(time.time() - started, 1)
        figures["writerRetries"] = writer.failed_attempts
        figures["acknowledgedWritesLost"] = writer.lost

        deadline = time.time() + 300
        while True:
            feed = feed_after(api, before)
            seqs = [item["seq"] for item in feed]
            got = {r["seq"] for r in receiver.snapshot()}
            if set(seqs) <= got or time.time() > deadline:
                break
            log("%d of %d changes delivered" % (len(set(seqs) & got), len(seqs)))
            time.sleep(2)
        figures["allDeliveredSecondsAfterKill"] = round(time.time() - killed, 1)
        records = receiver.snapshot()

        ids_by_seq, bodies_by_seq, sends_by_seq = {}, {}, {}
        for r in records:
            ids_by_seq.setdefault(r["seq"], set()).add(r["id"])
            bodies_by_seq.setdefault(r["seq"], set()).add(json.dumps(json.loads(r["body"])["data"], sort_keys=True))
            sends_by_seq[r["seq"]] = sends_by_seq.get(r["seq"], 0) + 1
        first_order = {}
        for r in sorted(records, key=lambda r: r["at"]):
            first_order.setdefault(r["item"], [])
            if r["seq"] not in first_order[r["item"]]:
                first_order[r["item"]].append(r["seq"])
        acknowledged = {(a, w) for a, w in writer.acknowledged}
        in_feed = {(item["id"], "published" if item.get("reason") == "published" else "edited") for item in feed
                   if item["type"] == "article"}
        status, _, log_page = api.call("GET", "/api/v1/editorial/webhooks/%s/deliveries?limit=100" % hook)

        figures.update({
            "changesInFeed": len(seqs),
            "firstSeq": seqs[0] if seqs else None, "lastSeq": seqs[-1] if seqs else None,
            "feedContinuous": seqs == list(range(seqs[0], seqs[0] + len(seqs))) if seqs else False,
            "missing": sorted(set(seqs) - {r["seq"] for r in records}),
            "requestsReceived": len(records),
            "seqsSentMoreThanOnce": sum(1 for n in sends_by_seq.values() if n > 1),
            "extraSends": sum(n - 1 for n in sends_by_seq.values()),
            "seqsWithSeveralWebhookIds": sorted(s for s, ids in ids_by_seq.items() if len(ids) > 1),
            "seqsWithDifferentBodies": sorted(s for s, b in bodies_by_seq.items() if len(b) > 1),
            "invalidSignatures": sum(1 for r in records if not r["valid"]),
            "itemsOutOfOrderOnFirstArrival": sorted(i for i, s in first_order.items() if s != sorted(s)),
            "acknowledgedWrites": len(acknowledged),
            "acknowledgedWritesNotInFeed": sorted("%s %s" % a for a in acknowledged - in_feed),
            "deliveryLogFirstPage": len(log_page["data"]) if status == 200 else status,
        })
        figures["passed"] = (figures["feedContinuous"] and not figures["missing"]
                             and not figures["seqsWithSeveralWebhookIds"] and not figures["seqsWithDifferentBodies"]
                             and figures["invalidSignatures"] == 0 and not figures["acknowledgedWritesNotInFeed"]
                             and figures["firstSeq"] is not None and not figures["acknowledgedWritesLost"])
    finally:
        api.stop()
        receiver.server.server_close()
    with open(args.json, "w") as out:
        json.dump(figures, out, indent=2)
    print(json.dumps(figures, indent=2))
    return 0 if figures.get("passed") else 1


if __name__ == "__main__":
    sys.exit(main())
