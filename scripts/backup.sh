#!/usr/bin/env bash
# make backup: a pg_dump custom-format file of the running database, named with a UTC timestamp, in BACKUP_DIR
# (default ./backups). Written to a .partial file and renamed only once pg_restore can read its table of contents,
# so a file named *.dump is always a whole backup. Readable by its owner only: it holds password and key hashes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-tools.sh
connect_to_running
out_dir=${BACKUP_DIR:-$PWD/backups}
mkdir -p "$out_dir"
umask 077
file="$out_dir/tiendo-$(date -u +%Y%m%dT%H%M%SZ).dump"
SECONDS=0
"$PG_BIN/pg_dump" --format=custom --compress=6 --file="$file.partial"
"$PG_BIN/pg_restore" --list "$file.partial" >/dev/null
mv "$file.partial" "$file"
echo "Backup written: $file ($(du -h "$file" | cut -f1), ${SECONDS} s, from $PGHOST:$PGPORT/$PGDATABASE)"
