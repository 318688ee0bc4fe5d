#!/usr/bin/env bash
# Database outage under load (make test): the packaged app runs against a PostgreSQL it does not own
# (QUARKUS_DATASOURCE_JDBC_URL, a zonky server started separately), 6 clients read and write, the database is stopped
# for 8 s and started again. Every answer while it is away must be 503 problem+json with Retry-After (never a 500),
# readiness must go DOWN, and service must come back by itself. See scripts/db_outage.py.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
app=backend/target/quarkus-app
cp="$app/lib/main/*:$app/app/*"
port=$(free_port); pgport=$(free_port); data=$(mktemp -d); control="$data/control"
start_pg() {
  java -cp "$cp" scripts/ExternalPg.java "$data/db" "$pgport" >>"$data/pg.log" 2>&1 &
  echo $! > "$data/pg.pid"
  for _ in $(seq 1 300); do grep -q "ready on port" "$data/pg.log" 2>/dev/null && return 0; sleep 0.1; done
  echo "PostgreSQL did not start"; cat "$data/pg.log"; exit 1
}
stop_pg() { kill "$(cat "$data/pg.pid")"; wait "$(cat "$data/pg.pid")" 2>/dev/null || true; : > "$data/pg.log"; }
cleanup() {
  kill "$(cat "$data/app.pid" 2>/dev/null)" 2>/dev/null || true
  kill "$(cat "$data/pg.pid" 2>/dev/null)" 2>/dev/null || true
  sleep 2; cp "$data/app.log" /tmp/db-outage-app.log 2>/dev/null || true; rm -rf "$data"
}
trap cleanup EXIT
start_pg
TIENDO_DATA_DIR="$data/app" TIENDO_ADMIN_PASSWORD=outage-admin TIENDO_DEMO_DATA=false QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pgport/tiendo" QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres java -jar "$app/quarkus-run.jar" >"$data/app.log" 2>&1 &
echo $! > "$data/app.pid"
wait_ready "$port" "$(cat "$data/app.pid")" "$data/app.log"
python3 scripts/db_outage.py "http://localhost:$port" "$control" &
client=$!
for _ in $(seq 1 600); do grep -q stop "$control" 2>/dev/null && break; sleep 0.1; done
stop_pg; echo "database stopped"
echo stopped >> "$control"
for _ in $(seq 1 600); do grep -q start "$control" 2>/dev/null && break; sleep 0.1; done
start_pg; echo "database started again"
echo started >> "$control"
wait $client || { grep -E "ERROR|Exception" "$data/app.log" | head -20; exit 1; }
