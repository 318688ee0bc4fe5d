#!/usr/bin/env bash
# make restore FILE=backups/tiendo-....dump [TARGET=dir]: loads the backup into a fresh data directory (default
# ./data-restored-<timestamp>) with the app's own embedded PostgreSQL, in one transaction; on failure nothing is
# left behind. The running app and its data directory are not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-tools.sh
file=${1:?usage: make restore FILE=backups/tiendo-YYYYmmddTHHMMSSZ.dump [TARGET=new data dir]}
target=${2:-$PWD/data-restored-$(date -u +%Y%m%dT%H%M%SZ)}
jar=backend/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "missing $jar: run make build first" >&2; exit 1; }
"$PG_BIN/pg_restore" --list "$file" >/dev/null || { echo "$file is not a readable pg_dump custom-format file" >&2; exit 1; }
java -Dtiendo.pg-bin="$PG_BIN" -jar "$jar" restore "$file" "$target"
