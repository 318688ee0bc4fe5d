#!/usr/bin/env bash
# Starts the packaged app (SPA inside) on a free port with a throw-away data directory and the demo data,
# runs the browser journey against it, checks the log holds no secret (scripts/log_hygiene.py), and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=backend/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "missing $jar: run make build first"; exit 1; }
source scripts/lib.sh
port=$(free_port)
data=$(mktemp -d)
log="$data/app.log"
# log_hygiene.py registers a webhook to 127.0.0.1, which is refused unless private targets are allowed
TIENDO_DATA_DIR="$data" TIENDO_ADMIN_PASSWORD=admin TIENDO_DEMO_DATA=true TIENDO_WEBHOOKS_ALLOW_PRIVATE=true QUARKUS_HTTP_PORT=$port java -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
wait_ready "$port" "$pid" "$log"
(cd frontend && BASE_URL="http://localhost:$port" npm run --silent e2e) || { tail -50 "$log"; exit 1; }
# the log of the whole journey, plus every kind of secret sent through the API, must hold no secret and carry request ids
# (the journey made the default admin/admin choose this password at its first sign-in)
python3 scripts/log_hygiene.py "http://localhost:$port" "$log" "${E2E_ADMIN_PASSWORD:-admin-e2e-doi-mat-khau}" || { cp "$log" /tmp/e2e-app.log; echo "log kept in /tmp/e2e-app.log"; exit 1; }
