#!/usr/bin/env python3
"""Crash durability and webhook delivery across a crash (issues 6 and 8), against the packaged app.

Started by scripts/durability.sh with the app running. 8 clients submit reports; the shell kills the JVM and
PostgreSQL with SIGKILL in the middle (signalled through a file), restarts the app on the same data directory;
then every report whose 201 a client received must be there exactly once, the figures must equal a recount, and
the webhook receiver (failing its first three deliveries) must hold a validly signed event for each of them.
"""
import hashlib, hmac, http.server, json, os, sys, threading, time, urllib.error, urllib.request
from concurrent.futures import ThreadPoolExecutor

base, hook_port, phase_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
SECRET = "bi-mat-kiem-thu-do-ben-1234"
received, failures_left, lock = {}, [3], threading.Lock()
passed, failed = 0, 0

def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what, flush=True)

class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with lock:
            if failures_left[0] > 0:
                failures_left[0] -= 1
                self.send_response(503); self.end_headers(); return
        # the signature covers "<X-Tiendo-Timestamp>.<raw body>"; a receiver also refuses stale timestamps (README)
        stamp = self.headers["X-Tiendo-Timestamp"]
        signed = stamp.encode() + b"." + body
        good = hmac.compare_digest(self.headers["X-Tiendo-Signature"],
                                   "sha256=" + hmac.new(SECRET.encode(), signed, hashlib.sha256).hexdigest()) \
            and abs(time.time() - int(stamp)) <= 300
        event = json.loads(body)
        with lock:
            received.setdefault(event["data"]["reportId"], []).append(good)
        self.send_response(204); self.end_headers()
    def log_message(self, *a):
        pass

server = http.server.ThreadingHTTPServer(("127.0.0.1", hook_port), Hook)
threading.Thread(target=server.serve_forever, daemon=True).start()

def call(method, path, body=None, token=None, timeout=10):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, None

def login():
    for _ in range(300):
        try:
            s, b = call("POST", "/api/v1/auth/login", {"username": "admin", "password": "durability-admin"})
            if s == 200:
                return b["accessToken"]
        except Exception:
            pass
        time.sleep(0.2)
    raise SystemExit("app did not come back")

token = login()
s, province = call("GET", "/api/v1/organizations?roots=true", token=token)
root = province["items"][0]["id"]
s, _ = call("POST", "/api/v1/webhooks", {"url": f"http://127.0.0.1:{hook_port}/hook", "secret": SECRET,
                                          "events": ["report.submitted"], "orgId": root}, token)
check(s == 201, "webhook created")
s, plans = call("GET", "/api/v1/plans?status=PUBLISHED", token=token)
plan = plans["items"][0]["id"]
s, page = call("GET", f"/api/v1/plans/{plan}/assignments?status=PENDING&size=1000", token=token)
targets = [a["id"] for a in page["items"]]
today = time.strftime("%Y-%m-%d", time.localtime())
acknowledged = {}  # assignment id -> report id the client was told about

def submit(aid):
    for attempt in range(200):
        try:
            s, b = call("POST", f"/api/v1/assignments/{aid}/reports",
                        {"heldOn": today, "attendees": 5, "expected": 9, "writeUps": 5}, login_token[0], timeout=5)
            if s == 201:
                with lock:
                    acknowledged[aid] = b["id"]
                return
            if s in (401,):
                login_token[0] = login()
            elif s == 409:  # an earlier attempt committed but its answer was lost in the crash
                return
        except Exception:
            pass
        time.sleep(0.3)

login_token = [token]

def signal_kill_midway():
    while True:
        with lock:
            if len(acknowledged) >= len(targets) // 3:
                break
        time.sleep(0.01)
    with open(phase_file, "w") as f:
        f.write("kill\n")  # the shell kills the JVM and PostgreSQL now, while the other clients are mid-request

threading.Thread(target=signal_kill_midway, daemon=True).start()
with ThreadPoolExecutor(8) as pool:
    list(pool.map(submit, targets))
print(f"submitted {len(acknowledged)} of {len(targets)} with a 201 across the crash", flush=True)

token = login()
for aid, rid in acknowledged.items():
    s, versions = call("GET", f"/api/v1/assignments/{aid}/reports", token=token)
    check(s == 200 and [v["id"] for v in versions] == [rid], f"assignment {aid}: exactly report {rid}, got {versions and [v['id'] for v in versions]}")
s, prog = call("GET", f"/api/v1/plans/{plan}/progress", token=token)
s, reported = call("GET", f"/api/v1/plans/{plan}/assignments?status=REPORTED&size=1", token=token)
s, accepted = call("GET", f"/api/v1/plans/{plan}/assignments?status=ACCEPTED&size=1", token=token)
check(prog["totals"]["completed"] == reported["total"] + accepted["total"],
      f"progress completed {prog['totals']['completed']} = recount {reported['total'] + accepted['total']}")
for _ in range(120):  # retries: 1 s, 2 s, 4 s apart (tiendo.webhooks.first-retry=PT1S)
    with lock:
        if all(r in received for r in acknowledged.values()):
            break
    time.sleep(0.5)
with lock:
    missing = [r for r in acknowledged.values() if r not in received]
    check(not missing, f"webhook events for every acknowledged report (missing {missing})")
    check(all(all(v) for v in received.values()), "every delivery validly signed")
print(f"durability: {passed} passed, {failed} failed", flush=True)
server.shutdown()
sys.exit(1 if failed else 0)
