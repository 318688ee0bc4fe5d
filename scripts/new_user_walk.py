#!/usr/bin/env python3
"""A new user's walk over HTTP on a running app, on a tree and roster the tests never saw (Thành ủy Huế).

Usage: python3 scripts/new_user_walk.py http://localhost:8080 <admin password> (on a fresh `make run`: admin).
Start the app with TIENDO_WEBHOOKS_ALLOW_PRIVATE=true to check a signed delivery to a loopback receiver instead of
its refusal. Prints PASS/FAIL per check; exit 1 on any failure."""
import json, sys, time, urllib.request, urllib.error, datetime

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
ADMIN_PW = sys.argv[2] if len(sys.argv) > 2 else "admin"
results = []


def call(method, path, token=None, body=None, ctype="application/json", headers=None):
    data = None
    h = dict(headers or {})
    if body is not None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        h["Content-Type"] = ctype
    if token:
        h["Authorization"] = "Bearer " + token
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=h)
    t0 = time.time()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            raw = r.read()
            status = r.status
            rh = dict(r.headers)
    except urllib.error.HTTPError as e:
        raw = e.read()
        status = e.code
        rh = dict(e.headers)
    ms = (time.time() - t0) * 1000
    try:
        js = json.loads(raw) if raw and rh.get("Content-Type", "").find("json") >= 0 else None
    except Exception:
        js = None
    return status, js, raw, ms


def check(name, ok, detail=""):
    results.append((name, ok))
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else "  :: " + str(detail)[:400]))


def login(user, pw="tiendo123"):
    s, js, raw, _ = call("POST", "/api/v1/auth/login", body={"username": user, "password": pw})
    assert s == 200, (user, s, raw[:200])
    return js["accessToken"]


admin = login("admin", ADMIN_PW)
s, js, _, _ = call("GET", "/api/v1/me", admin)
if js.get("mustChangePassword"):
    s, _, _, _ = call("GET", "/api/v1/organizations", admin)
    check("the default admin is refused everything until it changes its password (403)", s == 403, s)
    s, js, raw, _ = call("POST", "/api/v1/me/password", admin, {"currentPassword": ADMIN_PW, "newPassword": "quan-tri-hue-2026"})
    admin = js["accessToken"]
    ADMIN_PW = "quan-tri-hue-2026"
check("admin signs in", s == 200)

stamp = str(int(time.time()) % 100000)
P = "HUE" + stamp
tree = [
    {"code": P, "name": "Thành ủy Huế " + stamp, "parentCode": None, "levelCode": "tinh", "memberCount": 0},
    {"code": P + "-PX", "name": "Đảng ủy phường Phú Xuân", "parentCode": P, "levelCode": "co-so", "memberCount": 0},
    {"code": P + "-TH", "name": "Đảng ủy phường Thuận Hóa", "parentCode": P, "levelCode": "co-so", "memberCount": 0},
    {"code": P + "-PX-1", "name": "Chi bộ Tổ dân phố Đông Ba", "parentCode": P + "-PX", "levelCode": "chi-bo", "memberCount": 0},
    {"code": P + "-PX-2", "name": "Chi bộ Tổ dân phố Gia Hội", "parentCode": P + "-PX", "levelCode": "chi-bo", "memberCount": 0},
    {"code": P + "-TH-1", "name": "Chi bộ Tổ dân phố Vĩnh Ninh", "parentCode": P + "-TH", "levelCode": "chi-bo", "memberCount": 0},
]
s, js, raw, _ = call("POST", "/api/v1/organizations/import", admin, tree)
check("admin imports a new city tree", s == 200 and js.get("created") == 6, raw[:300])
ids = {}
for o in tree:
    s, js, _, _ = call("GET", "/api/v1/organizations?q=" + o["code"], admin)
    ids[o["code"]] = [i for i in js["items"] if i["code"] == o["code"]][0]["id"]


def mkuser(name, org, roles):
    u = (name + stamp).lower()
    s, js, raw, _ = call("POST", "/api/v1/users", admin, {"username": u, "password": "tiendo123", "fullName": "Người " + name,
                                                         "orgId": ids[org], "roles": roles})
    assert s == 201, raw[:300]
    return login(u)


city = mkuser("bantg", P, ["DEPARTMENT"])
ward = mkuser("phuxuan", P + "-PX", ["DEPARTMENT", "REPORTER"])
cell = mkuser("dongba", P + "-PX-1", ["REPORTER"])
cell2 = mkuser("giahoi", P + "-PX-2", ["REPORTER"])
viewer = mkuser("thuongtruc", P, ["VIEWER"])
thuanhoa = mkuser("thuanhoa", P + "-TH", ["REPORTER"])
other = login("tuyengiao")  # Đà Nẵng's department: another tree

# roster: a bad file refused whole, naming its lines; then the good one
bad = "code,fullName,orgCode,status,exemptReason\n" + "\n".join([
    f"{P}-DV1,Hoàng Thị Lan,{P}-PX-1,CHINH_THUC,",
    f"{P}-DV2,Trương Văn Nam,{P}-KHONGCO,CHINH_THUC,",
    "",
    f"{P}-DV3,,{P}-PX-1,DU_BI,",
]) + "\n"
s, js, raw, _ = call("POST", "/api/v1/members/import", city, bad, "text/csv; charset=UTF-8")
fields = [e["field"] for e in (js or {}).get("errors", [])]
check("a roster with bad lines is refused whole, naming the file's own lines (3 and 5)", s == 422 and fields == ["line 3", "line 5"], raw[:400])
rows = ["code,fullName,orgCode,status,exemptReason"]
names = ["Hoàng Thị Lan", "Trương Văn Nam", "Lê Thị Hồng", "Phạm Quốc Bảo", "Nguyễn Hữu Phước", "Đoàn Thị Mai"]
for i, n in enumerate(names):
    rows.append(f"{P}-DV{i+1},{n},{P}-PX-1,{'DU_BI' if i == 1 else 'CHINH_THUC'},{'Ốm dài ngày' if i == 5 else ''}")
for i in range(4):
    rows.append(f"{P}-GH{i+1},Đảng viên Gia Hội {i+1},{P}-PX-2,CHINH_THUC,")
s, js, raw, _ = call("POST", "/api/v1/members/import", city, "\n".join(rows) + "\n", "text/csv; charset=UTF-8")
check("the good roster imports (10 members)", s == 200 and js["created"] == 10, raw[:300])

today = datetime.date.today()
# levels: the district level renamed (only the root administrator), a central level at rank 0 present
s, js, _, _ = call("GET", "/api/v1/levels", admin)
levels = {l["code"]: l for l in (js if isinstance(js, list) else js.get("items", []))}
check("a central level exists at rank 0", levels.get("trung-uong", {}).get("rank") == 0, list(levels))
h = levels["huyen"]
s, js, raw, _ = call("PUT", "/api/v1/levels/huyen", admin, {"name": h["name"] + " (cũ)", "rank": h["rank"]})
check("the administrator renames the district level", s == 200, raw[:200])
s, js, raw, _ = call("PUT", "/api/v1/levels/huyen", city, {"name": "x", "rank": 1})
check("a department cannot edit levels (403)", s == 403, s)
call("PUT", "/api/v1/levels/huyen", admin, {"name": h["name"], "rank": h["rank"]})

# an earlier plan, run and closed: its figures must never move
old = {"number": f"{stamp}-01-KH/TU", "title": "Kế hoạch đã kết thúc", "tiers": [
    {"name": "Cấp cơ sở", "levelCodes": ["co-so"], "deadline": str(today + datetime.timedelta(days=5))}]}
s, js, raw, _ = call("POST", "/api/v1/plans", city, old)
old_id = js["id"]
call("POST", f"/api/v1/plans/{old_id}/publish", city)
s, js, _, _ = call("GET", f"/api/v1/plans/{old_id}/assignments?size=50", city)
old_th = [a for a in js["items"] if a["orgCode"] == P + "-TH"][0]["id"]
s, js, raw, _ = call("POST", f"/api/v1/assignments/{old_th}/reports", thuanhoa, {"heldOn": str(today), "attendees": 5, "expected": 5})
check("a ward files its report on the earlier plan", s == 201, raw[:200])
call("POST", f"/api/v1/reports/{js['id']}/review", city, {"decision": "ACCEPT"})
s, js, raw, _ = call("POST", f"/api/v1/plans/{old_id}/close", city)
check("the earlier plan is closed", s == 200, raw[:200])
_, closed_before, _, _ = call("GET", f"/api/v1/plans/{old_id}/progress", city)

# a plan for the cells, bounded by the wards'
plan = {"number": f"{stamp}-KH/TU", "title": "Học tập, quán triệt Nghị quyết số 66-NQ/TW", "tiers": [
    {"name": "Cấp cơ sở", "levelCodes": ["co-so"], "deadline": str(today + datetime.timedelta(days=20))},
    {"name": "Chi bộ", "levelCodes": ["chi-bo"], "deadline": str(today + datetime.timedelta(days=10))}]}
s, js, raw, _ = call("POST", "/api/v1/plans", city, plan)
plan_id = js["id"]
s, js, raw, _ = call("POST", f"/api/v1/plans/{plan_id}/publish", city)
check("the city publishes the plan (5 assignments)", s == 200 and js.get("assignmentsCreated") == 5, raw[:300])
s, js, _, _ = call("GET", f"/api/v1/plans/{plan_id}/assignments?size=50", city)
asg = {a["orgCode"]: a for a in js["items"]}
a_ward, a_cell = asg[P + "-PX"]["id"], asg[P + "-PX-1"]["id"]

# the cell's session and attendance, then its report
started = (datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))) - datetime.timedelta(hours=2)).isoformat()
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_cell}/sessions", cell, {"startsAt": started})
sess = js["id"]
s, js, _, _ = call("GET", f"/api/v1/organizations/{ids[P + '-PX-1']}/members?size=50", cell)
mem = {m["code"]: m["id"] for m in js["items"]}
entries = [{"memberId": mem[f"{P}-DV{i}"], "status": "PRESENT"} for i in (1, 2, 3)] + [
    {"memberId": mem[f"{P}-DV4"], "status": "ABSENT_EXCUSED", "reason": "Đi công tác"},
    {"memberId": mem[f"{P}-DV5"], "status": "ABSENT"}]
s, js, raw, _ = call("PUT", f"/api/v1/sessions/{sess}/attendance", cell, {"entries": entries})
check("the cell records attendance (3 present, 1 excused, 1 absent)", s == 200 and js["present"] == 3, raw[:300])
s, js, raw, _ = call("PUT", f"/api/v1/sessions/{sess}/attendance", cell2, {"entries": entries})
check("another cell's secretary gets 404 on that session", s == 404, s)
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_cell}/reports", cell, {"heldOn": str(today)})
check("the cell's report takes its figures from the roster (3 of 5)", s == 201 and js["attendees"] == 3 and js["expected"] == 5, raw[:300])
report_cell = js["id"]

# figures: the city's view of the ward
s, js, raw, _ = call("GET", f"/api/v1/plans/{plan_id}/progress?orgId={ids[P + '-PX']}", city)
t = js["totals"]
check("coverage: the ward has 9 members expected, 3 studied", t["members"] == 9 and t["membersStudied"] == 3, t)
s, js, raw, _ = call("GET", f"/api/v1/organizations/{ids[P + '-PX-1']}/members", viewer)
check("a viewer gets 403 on names", s == 403, s)
s, js, raw, _ = call("GET", f"/api/v1/organizations/{ids[P + '-PX-1']}/members", other)
check("another city's department gets 404 on names", s == 404, s)

# the level above decides: the ward reviews its cell, never itself
s, js, raw, _ = call("POST", f"/api/v1/reports/{report_cell}/review", ward, {"decision": "ACCEPT"})
check("the ward accepts its cell's report", s == 200, raw[:300])
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_ward}/reports", ward, {"heldOn": str(today), "attendees": 9, "expected": 9})
report_ward = (js or {}).get("id")
check("the ward files its own report", s == 201, raw[:300])
s, js, raw, _ = call("POST", f"/api/v1/reports/{report_ward}/review", ward, {"decision": "ACCEPT"})
check("the ward cannot accept its own report (403, naming the rule)", s == 403 and "cấp trên" in raw.decode(), raw[:300])
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_ward}/extend", ward, {"deadline": "2099-12-31", "reason": "tự gia hạn"})
check("nor extend its own deadline", s == 403, raw[:200])
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_ward}/exempt", ward, {"reason": "tự miễn"})
check("nor exempt itself", s == 403, raw[:200])
s, js, raw, _ = call("GET", f"/api/v1/organizations/{ids[P + '-PX']}", ward)
body = {"name": js["name"], "parentId": js["parentId"], "levelCode": js["levelCode"], "memberCount": 1}
s, js, raw, _ = call("PUT", f"/api/v1/organizations/{ids[P + '-PX']}", ward, body)
check("nor edit its own organisation", s == 403, raw[:200])
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_cell}/extend", ward, {"deadline": str(today + datetime.timedelta(days=30)), "reason": "bão"})
check("an accepted assignment cannot be extended (409)", s == 409, raw[:200])
a_gh = asg[P + "-PX-2"]["id"]
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_gh}/extend", ward, {"deadline": str(today + datetime.timedelta(days=40)), "reason": "bão"})
print("  (extension of a cell past its ward's own deadline, root plan:", s, ")")
s, js, raw, _ = call("POST", f"/api/v1/reports/{report_ward}/review", city, {"decision": "ACCEPT"})
check("the city accepts the ward's report", s == 200, raw[:200])

# the reporter sees its own organisation only
s, js, raw, _ = call("GET", f"/api/v1/plans/{plan_id}/progress", cell)
check("a cell's progress is its own (1 assignment)", s == 200 and js["totals"]["assignments"] == 1, (js or {}).get("totals"))
s, js, raw, _ = call("GET", f"/api/v1/plans/{plan_id}/progress?orgId={ids[P + '-PX']}", cell)
check("a cell asking for its ward gets 404", s == 404, s)

# every figure from one definition: live, CSV export and summary agree
s, js, _, _ = call("GET", f"/api/v1/plans/{plan_id}/progress", city)
live = js["totals"]
s, _, csv, _ = call("GET", f"/api/v1/plans/{plan_id}/progress/export?format=csv", city)
text = csv.decode("utf-8-sig")
check("the CSV export names the completed count the screen shows", str(live["completed"]) in text.splitlines()[-1], text.splitlines()[-1][:200])
s, _, docx, _ = call("GET", f"/api/v1/plans/{plan_id}/summary?format=docx", city)
check("the summary DOCX downloads", s == 200 and docx[:2] == b"PK", s)

# bad input: clear problems, no 500
s, js, raw, _ = call("GET", "/api/v1/organizations?page=2147483647&size=50", city)
check("a huge page number is 400", s == 400, s)
s, js, raw, ms = call("POST", "/api/v1/plans/parse", city, "\n" * 200000, "text/plain; charset=UTF-8")
check(f"parsing 200 kB of blank lines answers fast ({ms:.0f} ms)", s < 500 and ms < 5000, (s, ms))
s, js, raw, ms = call("POST", "/api/v1/plans/parse", city, "tháng 1" + " " * 1000000, "text/plain; charset=UTF-8")
check(f"1 MB after 'tháng 1' is refused or answered fast ({s}, {ms:.0f} ms)", s < 500 and ms < 5000, (s, ms))
s, js, raw, _ = call("POST", "/api/v1/webhooks", admin, {"url": "http://169.254.169.254/latest/meta-data", "secret": "0123456789abcdef",
                                                     "events": ["plan.published"], "orgId": ids[P]})
check("a webhook to the metadata address is refused (422)", s == 422, raw[:200])
s, js, raw, _ = call("POST", f"/api/v1/assignments/{a_cell}/reports", cell, "{\"heldOn\": ", "application/json")
check("a broken JSON body is a 400 problem", s == 400 and b"problem" in raw or s == 400, raw[:200])

# restructuring: the two wards merge mid-plan; the figures follow
merge = {"sourceCodes": [P + "-PX", P + "-TH"], "target": {"code": P + "-HOP", "name": "Đảng ủy phường Phú Xuân mới", "parentCode": P,
                                                         "levelCode": "co-so"}, "effectiveOn": str(today), "decision": "Nghị quyết 1/NQ-TU"}
s, js, raw, _ = call("POST", "/api/v1/organizations/merge?dryRun=true", city, merge)
check("a merge's dry run answers its impact", s == 200, raw[:300])
s, js, raw, _ = call("POST", "/api/v1/organizations/merge", city, merge)
check("the merge runs", s == 200, raw[:300])
s, js, _, _ = call("GET", f"/api/v1/plans/{plan_id}/progress", city)
check("after the merge the city's figures still count 9 members expected (one exempt), 3 studied",
      js["totals"]["members"] == 9 and js["totals"]["membersStudied"] == 3, js["totals"])
tiers = {t["tierName"]: t["totals"] for t in js["byTier"]}
check("the open plan counts one ward assignment and three cells",
      tiers["Cấp cơ sở"]["assignments"] == 1 and tiers["Chi bộ"]["assignments"] == 3, tiers)
rates = [v for t in [js["totals"]] + list(tiers.values()) for k, v in t.items() if k.endswith("Rate") and isinstance(v, (int, float))]
check("no rate exceeds 100 %", all(r <= 1.0 for r in rates), rates)
s, js, _, _ = call("GET", f"/api/v1/organizations/{ids[P + '-PX']}", city)
check("a source is inactive and points to its successor", js.get("active") is False and js.get("successorId") is not None, js)
s, js, _, _ = call("GET", f"/api/v1/organizations?parentId={js.get('successorId')}&size=50", city)
check("the three cells sit under the successor", js and len(js.get("items", [])) == 3, js)
_, closed_after, _, _ = call("GET", f"/api/v1/plans/{old_id}/progress", city)
for k in ("asOf", "generatedAt"):
    closed_before.pop(k, None); closed_after.pop(k, None)
def diff(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in set(a) | set(b):
            yield from diff(a.get(k), b.get(k), path + "." + k)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from diff(x, y, f"{path}[{i}]")
    elif a != b:
        yield f"{path}: {a!r} -> {b!r}"
check("the closed plan's figures are identical after the merge", closed_before == closed_after, list(diff(closed_before, closed_after))[:10])

# the portal: a PORTAL key relays a cell's report, retried safely; it decides nothing
import threading, http.server, hmac, hashlib
s, js, raw, _ = call("POST", "/api/v1/api-keys", admin, {"name": "Cổng thông tin Huế", "orgId": ids[P], "roles": ["PORTAL"]})
key = (js or {}).get("key")
check("the administrator creates a PORTAL key", s == 201 and key, raw[:200])
a_th1 = asg[P + "-TH-1"]["id"]
hdr = {"X-API-Key": key, "Idempotency-Key": "hue-" + stamp}
rel = {"heldOn": str(today), "attendees": 12, "expected": 14, "writeUps": 10}
s1, js1, raw1, _ = call("POST", f"/api/v1/assignments/{a_th1}/reports", None, rel, headers=hdr)
s2, js2, raw2, _ = call("POST", f"/api/v1/assignments/{a_th1}/reports", None, rel, headers=hdr)
check("the key relays a cell's report, recording key and organisation", s1 == 201 and js1.get("apiKeyId") and js1.get("filedForOrgId") == ids[P + "-TH-1"], raw1[:300])
check("the same Idempotency-Key replays the first answer", s2 == 201 and js2.get("id") == js1.get("id"), raw2[:200])
s, js, raw, _ = call("POST", f"/api/v1/reports/{js1.get('id')}/review", None, {"decision": "ACCEPT"}, headers={"X-API-Key": key})
check("the key cannot review (403)", s == 403, s)

# a webhook to a loopback receiver: refused by default, delivered signed when private targets are allowed
got = []
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        got.append((dict(self.headers), body))
        self.send_response(204); self.end_headers()
    def log_message(self, *a):
        pass
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
threading.Thread(target=srv.serve_forever, daemon=True).start()
secret = "bi-mat-chung-cua-cong-hue-2026"
s, js, raw, _ = call("POST", "/api/v1/webhooks", admin, {"url": f"http://127.0.0.1:{srv.server_port}/h", "secret": secret,
                                                     "events": ["report.submitted"], "orgId": ids[P]})
if s == 422:
    check("a loopback webhook is refused by default (422)", True)
else:
    check("a loopback webhook is accepted with TIENDO_WEBHOOKS_ALLOW_PRIVATE=true", s == 201, raw[:200])
    call("POST", f"/api/v1/assignments/{asg[P + '-PX-2']['id']}/reports", cell2, {"heldOn": str(today), "attendees": 4, "expected": 4})
    for _ in range(30):
        if got:
            break
        time.sleep(1)
    ok = False
    if got:
        h, body = got[0]
        h = {k.lower(): v for k, v in h.items()}
        want = "sha256=" + hmac.new(secret.encode(), (h["x-tiendo-timestamp"] + ".").encode() + body, hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(want, h["x-tiendo-signature"])
    check("the delivery arrives, signed over timestamp and body", ok, got[:1])

failed = [n for n, ok in results if not ok]
print(f"\n{len(results) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
