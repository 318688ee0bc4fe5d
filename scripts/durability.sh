#!/usr/bin/env bash
# Crash durability (make test): reports submitted by 8 clients, JVM and PostgreSQL killed with SIGKILL in the
# middle, the app restarted on the same data directory (stale postmaster.pid handled), then nothing acknowledged
# is lost or doubled, the figures equal a recount and webhooks still arrive. See scripts/durability.py.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/quarkus-app/quarkus-run.jar
source scripts/lib.sh
port=$(free_port); hook=$(free_port); data=$(mktemp -d); phase="$data/phase"
start() {
  # the receiver listens on 127.0.0.1, which webhooks may only reach when allowed
  TIENDO_DATA_DIR="$data" TIENDO_ADMIN_PASSWORD=durability-admin TIENDO_WEBHOOKS_FIRST_RETRY=PT1S TIENDO_WEBHOOKS_POLL=1s TIENDO_WEBHOOKS_ALLOW_PRIVATE=true \
    QUARKUS_HTTP_PORT=$port java -jar "$jar" >>"$data/app.log" 2>&1 &
  echo $! > "$data/pid"
}
cleanup() { cp "$data/app.log" /tmp/durability-app.log 2>/dev/null || true; kill "$(cat "$data/pid")" 2>/dev/null || true; sleep 2; pkill -9 -f -- "$data/pg" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
start
python3 scripts/durability.py "http://localhost:$port" "$hook" "$phase" &
client=$!
for _ in $(seq 1 600); do grep -q kill "$phase" 2>/dev/null && break; sleep 0.1; done
postmaster=$(head -1 "$data/pg/postmaster.pid")
kill -9 "$(cat "$data/pid")"
pkill -9 -P "$postmaster" || true   # PostgreSQL's backends, then the postmaster itself
kill -9 "$postmaster" || true
echo "killed the JVM and PostgreSQL with SIGKILL; restarting on the same data directory"
start
wait $client || { tail -40 "$data/app.log"; exit 1; }
