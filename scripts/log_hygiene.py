#!/usr/bin/env python3
"""Log hygiene, run by scripts/e2e.sh after the browser journey on the same app and log.

Makes every kind of secret travel through the API (passwords at user creation and login, a wrong password, bearer
tokens, an API key, a webhook secret, the refresh cookie when the server sets one), then checks the app's log holds
none of them nor anything shaped like one, and that request ids reach the problem bodies, the response headers and
the log lines of the requests.

usage: log_hygiene.py BASE_URL APP_LOG ADMIN_PASSWORD
"""
import json
import re
import secrets
import sys
import time
import urllib.error
import urllib.request

base, log_path, admin_password = sys.argv[1], sys.argv[2], sys.argv[3]
seen_secrets: list[str] = []
failures: list[str] = []


def call(method, path, body=None, token=None, api_key=None, headers=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(base + path, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", content_type)
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if api_key:
        req.add_header("X-API-Key", api_key)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        text = e.read()
        return e.code, dict(e.headers), json.loads(text) if text else None


def expect(cond, what):
    if not cond:
        failures.append(what)


def login(username, password):
    status, headers, body = call("POST", "/api/v1/auth/login", {"username": username, "password": password})
    expect(status == 200, f"login {username}: {status} {body}")
    seen_secrets.append(body["accessToken"])
    cookie = headers.get("Set-Cookie") or headers.get("set-cookie")
    if cookie:  # a refresh token travels as an HttpOnly cookie
        seen_secrets.append(cookie.split(";")[0].split("=", 1)[1])
    return body


admin = login("admin", admin_password)
admin_token = admin["accessToken"]
status, _, orgs = call("GET", "/api/v1/organizations?size=1", token=admin_token)
expect(status == 200 and orgs["items"], f"list organisations: {status} {orgs}")
org_id = orgs["items"][0]["id"]

password = "Mk-" + secrets.token_urlsafe(18)
username = "hygiene." + secrets.token_hex(4)
seen_secrets.append(password)
status, _, body = call("POST", "/api/v1/users", {"username": username, "password": password, "fullName": "Kiểm tra nhật ký",
                                                  "orgId": org_id, "roles": ["REPORTER"]}, token=admin_token)
expect(status == 201, f"create user: {status} {body}")

wrong = "Sai-" + secrets.token_urlsafe(18)
seen_secrets.append(wrong)
status, _, _ = call("POST", "/api/v1/auth/login", {"username": username, "password": wrong})
expect(status == 401, f"wrong password answered {status}")
user_token = login(username, password)["accessToken"]
status, _, _ = call("GET", "/api/v1/me", token=user_token)
expect(status == 200, f"/me with the user's token: {status}")

status, _, body = call("POST", "/api/v1/api-keys", {"name": "Kiểm tra nhật ký", "orgId": org_id, "roles": ["REPORTER"]},
                       token=admin_token, headers={"Idempotency-Key": secrets.token_hex(8)})
expect(status == 201, f"create API key: {status} {body}")
api_key = body["key"]
seen_secrets.append(api_key)
status, _, _ = call("GET", "/api/v1/me", api_key=api_key)
expect(status == 200, f"/me with the API key: {status}")
status, _, _ = call("GET", "/api/v1/me", api_key=api_key + "x")
expect(status == 401, f"/me with a wrong API key: {status}")

hook_secret = "whsec-" + secrets.token_urlsafe(24)
seen_secrets.append(hook_secret)
status, _, body = call("POST", "/api/v1/webhooks", {"url": "http://127.0.0.1:9/hook", "secret": hook_secret,
                                                     "events": ["report.submitted"]},
                       token=admin_token, headers={"Idempotency-Key": secrets.token_hex(8)})
expect(status == 201, f"create webhook: {status} {body}")

# request ids: the client's id is kept; a fresh one is made otherwise; both reach the problem body and the header
mine = "hygiene-" + secrets.token_hex(6)
status, headers, body = call("GET", "/api/v1/plans/999999999", token=admin_token, headers={"X-Request-Id": mine})
expect(status == 404 and body.get("requestId") == mine and headers.get("X-Request-Id") == mine,
       f"client request id not echoed: {status} {headers.get('X-Request-Id')} {body}")
status, headers, body = call("POST", "/api/v1/plans", raw=b"{not json", token=admin_token)
made = headers.get("X-Request-Id")
expect(status == 400 and made and body.get("requestId") == made, f"made request id not in problem: {status} {made} {body}")

time.sleep(1.5)  # let the console log flush
log = open(log_path, encoding="utf-8", errors="replace").read()
lines = log.splitlines()

for s in seen_secrets:
    if s and s in log:
        failures.append(f"a secret ({s[:6]}…) appears in the log")
shapes = {
    "a JWT": r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}",
    "an API key": r"td_[A-Za-z0-9_-]{16,}",
    "a bcrypt hash": r"\$2[aby]\$\d\d\$[./A-Za-z0-9]{20,}",
    "an Authorization header": r"(?i)authorization:\s*\S",
    "an X-API-Key header": r"(?i)x-api-key:\s*\S",
}
for what, pattern in shapes.items():
    m = re.search(pattern, log)
    if m:
        failures.append(f"{what} in the log: …{m.group(0)[:12]}…")

access = [l for l in lines if '"GET /api/' in l or '"POST /api/' in l]
expect(len(access) > 20, f"expected the access log of the journey, found {len(access)} lines")
no_id = [l for l in access if not re.search(r"\) \[[A-Za-z0-9._:-]+\] ", l)]
expect(not no_id, f"{len(no_id)} access-log lines without a request id, e.g. {no_id[:1]}")
expect(any(mine in l for l in lines), f"the client's request id {mine} is in no log line")
expect(any(made in l for l in lines if made), f"the made request id {made} is in no log line")

print(f"log hygiene: {len(seen_secrets)} secrets and {len(shapes)} secret shapes checked against {len(lines)} log lines, "
      f"{len(access)} access-log lines with request ids")
if failures:
    print("FAILED:\n  " + "\n  ".join(failures))
    sys.exit(1)
