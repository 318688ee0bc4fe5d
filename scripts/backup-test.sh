#!/usr/bin/env bash
# Backups (make test): the packaged app runs on a throw-away data directory with the demo data; `make backup` dumps
# it while it serves; `make restore` loads the dump into a fresh data directory; the app is started on that copy and
# every table's row count, a checksum of the reports and the progress answer over HTTP must equal the original's.
# Also: a backup needs a running app, a restore refuses a used directory, and a broken file leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-tools.sh
source scripts/lib.sh
jar=backend/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "missing $jar: run make build first"; exit 1; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "backup test FAILED: $*"; for f in "$work"/*.log; do echo "--- $f"; tail -20 "$f"; done; exit 1; }

start_app() { # data dir, port, log
  TIENDO_DATA_DIR="$1" TIENDO_ADMIN_PASSWORD=backup-test-admin TIENDO_DEMO_DATA=true QUARKUS_HTTP_PORT=$2 java -jar "$jar" >"$3" 2>&1 &
  pids+=($!)
  wait_ready "$2" "${pids[-1]}" "$3" || fail "the app on $1 did not become ready"
}
# one line per table with its row count, then the reports' checksum: the fingerprint both databases must share
fingerprint() { # data dir
  local port; port=$(sed -n 4p "$1/pg/postmaster.pid")
  PGPASSWORD=postgres "$PG_BIN/psql" -X -qAt -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d tiendo -c "
    SELECT format('SELECT %L || '' '' || count(*) FROM public.%I;', relname, relname) FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND relkind = 'r' ORDER BY relname" \
  | PGPASSWORD=postgres "$PG_BIN/psql" -X -qAt -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d tiendo
  PGPASSWORD=postgres "$PG_BIN/psql" -X -qAt -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d tiendo \
    -c "SELECT 'reports md5 ' || md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) FROM report r"
}
progress() { # port
  local token
  token=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"username":"admin","password":"backup-test-admin"}' \
    "http://localhost:$1/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
  local plan
  plan=$(curl -sf -H "Authorization: Bearer $token" "http://localhost:$1/api/v1/plans?status=PUBLISHED" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
  curl -sf -H "Authorization: Bearer $token" "http://localhost:$1/api/v1/plans/$plan/progress"
}

# 1. no running app: a clear refusal, no file
if TIENDO_DATA_DIR="$work/nothing" BACKUP_DIR="$work/backups" make -s backup >"$work/refusal.log" 2>&1; then
  fail "backup without a running app succeeded"
fi
grep -q "is not running" "$work/refusal.log" || fail "no clear message without a running app: $(cat "$work/refusal.log")"

# 2. back up the running original
port=$(free_port)
start_app "$work/original" "$port" "$work/original.log"
TIENDO_DATA_DIR="$work/original" BACKUP_DIR="$work/backups" make -s backup | tee "$work/backup.log"
dump=$(ls "$work"/backups/tiendo-*.dump)
[ "$(echo "$dump" | wc -l)" = 1 ] || fail "expected one backup file, found: $dump"
[[ $(basename "$dump") =~ ^tiendo-[0-9]{8}T[0-9]{6}Z\.dump$ ]] || fail "backup name without a timestamp: $dump"
[ "$(stat -c %a "$dump")" = 600 ] || fail "backup readable by others: $(stat -c %a "$dump")"
[ -z "$(ls "$work"/backups/*.partial 2>/dev/null)" ] || fail "a .partial file was left"
fingerprint "$work/original" >"$work/original.fp" || fail "cannot read the original's fingerprint"
progress "$port" >"$work/original.progress"

# 3. restore into a fresh directory, start the app on it, compare
make -s restore FILE="$dump" TARGET="$work/restored" | tee "$work/restore.log"
port2=$(free_port)
start_app "$work/restored" "$port2" "$work/restored.log"
fingerprint "$work/restored" >"$work/restored.fp" || fail "cannot read the restored copy's fingerprint"
progress "$port2" >"$work/restored.progress"
diff "$work/original.fp" "$work/restored.fp" || fail "row counts or the reports' checksum differ"
diff "$work/original.progress" "$work/restored.progress" || fail "the progress answer differs"
tables=$(grep -vc "^reports md5" "$work/original.fp")
reports=$(grep -E "^report [0-9]+$" "$work/original.fp" | cut -d' ' -f2)
[ "$reports" -gt 0 ] || fail "the demo data has no reports to compare"

# 4. a used directory is refused; a broken file leaves nothing behind
if make -s restore FILE="$dump" TARGET="$work/restored" >"$work/used.log" 2>&1; then fail "restore into a used directory succeeded"; fi
grep -q "must be new or empty" "$work/used.log" || fail "no clear message for a used directory: $(cat "$work/used.log")"
head -c 20000 "$dump" >"$work/broken.dump"
if make -s restore FILE="$work/broken.dump" TARGET="$work/from-broken" >"$work/broken.log" 2>&1; then fail "a truncated backup restored"; fi
[ ! -e "$work/from-broken" ] || fail "a failed restore left $work/from-broken behind"

echo "backup test: $tables tables and $reports reports identical after make backup + make restore (checksum $(grep '^reports md5' "$work/original.fp" | cut -d' ' -f3 | cut -c1-12)…), progress identical"
