#!/usr/bin/env python3
"""The client side of scripts/db-outage.sh (issue 12 item 9): load before, during and after a database outage.

6 threads read (/me, organisations, plans) and write (a new organisation each time) without pause. Phases, told to the
shell through the control file: 'up' (4 s, all 2xx), then 'stop' → the shell stops PostgreSQL and writes 'stopped';
'down' (8 s): every answer must be 503 application/problem+json with Retry-After, readiness 503 DOWN; then 'start' →
the shell starts PostgreSQL again and writes 'started'; 'back': within 60 s answers are 2xx again, by themselves.
No answer in any phase may be a 500 (or any status but 2xx/503).
"""
import json, sys, threading, time, urllib.error, urllib.request, uuid
from collections import Counter

base, control = sys.argv[1], sys.argv[2]
phase = ["up"]
seen = {p: Counter() for p in ("up", "down", "back")}
bad = []
lock = threading.Lock()
stop = threading.Event()

def call(method, path, body=None, token=None, timeout=15):
    req = urllib.request.Request(base + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()

def wait_for(word):
    for _ in range(1200):
        with open(control) as f:
            if word in f.read():
                return
        time.sleep(0.05)
    raise SystemExit("the shell never wrote " + word)

def tell(word):
    with open(control, "a") as f:
        f.write(word + "\n")

s, _, b = call("POST", "/api/v1/auth/login", {"username": "admin", "password": "outage-admin"})
assert s == 200, (s, b)
token = json.loads(b)["accessToken"]
s, _, b = call("POST", "/api/v1/organizations", {"code": "OUT-ROOT-" + uuid.uuid4().hex[:8], "name": "Gốc", "levelCode": "tinh"}, token)
assert s == 201, (s, b)
root = json.loads(b)["id"]

def client(n):
    i = 0
    while not stop.is_set():
        i += 1
        kind = i % 4
        try:
            if kind == 0:
                s, h, b = call("POST", "/api/v1/organizations",
                               {"code": f"OUT-{n}-{i}-{uuid.uuid4().hex[:6]}", "name": f"Xã {n}.{i}", "parentId": root, "levelCode": "co-so"},
                               token)
            else:
                s, h, b = call("GET", ["/api/v1/me", "/api/v1/organizations?size=5", "/api/v1/plans"][kind - 1], token=token)
        except Exception as e:  # a connection the server dropped: count it, it is not an answer
            s, h, b = "no-answer:" + type(e).__name__, {}, b""
        p = phase[0]
        with lock:
            seen[p][s] += 1
            ok = isinstance(s, int) and (200 <= s < 300 or s == 503)
            if s == 503:
                ok = ok and h.get("Retry-After") is not None and h.get("Content-Type", "").startswith("application/problem+json")
            if not ok and len(bad) < 10:
                bad.append((p, s, b[:300]))
        time.sleep(0.02)

threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(6)]
for t in threads:
    t.start()
time.sleep(4)
tell("stop")
wait_for("stopped")
phase[0] = "down"
time.sleep(8)
s, _, b = call("GET", "/q/health/ready")
ready_down = s == 503 and b'"DOWN"' in b
tell("start")
wait_for("started")
phase[0] = "back"
recovered_after = None
t0 = time.time()
while time.time() - t0 < 60:
    s, _, _ = call("GET", "/api/v1/me", token=token)
    if s == 200:
        recovered_after = time.time() - t0
        break
    time.sleep(0.2)
time.sleep(3)
stop.set()
for t in threads:
    t.join(20)
s, _, _ = call("GET", "/q/health/ready")
ready_back = s == 200

print("answers by phase:", {p: dict(c) for p, c in seen.items()})
print("readiness while down:", "DOWN" if ready_down else "not DOWN", "| after:", "UP" if ready_back else "not UP")
print("service back", f"{recovered_after:.1f} s after the database started" if recovered_after is not None else "NEVER")
failures = []
if bad:
    failures.append(f"answers that were neither 2xx nor 503 problem+json with Retry-After: {bad}")
if any(not isinstance(k, int) for p in seen for k in seen[p]):
    failures.append("some requests got no answer at all")
if seen["down"][503] == 0:
    failures.append("no 503 while the database was away")
if not ready_down:
    failures.append("readiness did not go DOWN")
if recovered_after is None or not ready_back:
    failures.append("service did not come back by itself")
if sum(v for k, v in seen["up"].items() if isinstance(k, int) and 200 <= k < 300) == 0:
    failures.append("nothing served before the outage")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
