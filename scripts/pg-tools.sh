# Sourced by backup.sh, restore.sh and their test: where the PostgreSQL client tools of the embedded server's major
# version are. pg_dump must be at least the server's version; Debian bookworm's postgresql-client-15 matches the
# embedded PostgreSQL 15 (make pg-client installs it).
PG_MAJOR=15
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$PG_MAJOR/bin}
if [ ! -x "$PG_BIN/pg_dump" ]; then
  echo "pg_dump $PG_MAJOR not found in $PG_BIN: run 'make pg-client' (apt-get install postgresql-client-$PG_MAJOR) or set PG_BIN" >&2
  exit 1
fi

# Sets PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE for the database of a running Tiến độ: the external database
# when QUARKUS_DATASOURCE_JDBC_URL is set, else the embedded server of TIENDO_DATA_DIR (its port is line 4 of
# postmaster.pid).
connect_to_running() {
  if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    local rest=${QUARKUS_DATASOURCE_JDBC_URL#jdbc:postgresql://}
    local hostport=${rest%%/*}
    export PGHOST=${hostport%%:*} PGDATABASE=${rest#*/}
    PGDATABASE=${PGDATABASE%%\?*}
    [[ $hostport == *:* ]] && export PGPORT=${hostport##*:} || export PGPORT=5432
    export PGUSER=${QUARKUS_DATASOURCE_USERNAME:-postgres} PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-}
    return
  fi
  local data=${TIENDO_DATA_DIR:-$PWD/data}
  local pidfile="$data/pg/postmaster.pid"
  if [ ! -f "$pidfile" ] || ! kill -0 "$(head -1 "$pidfile")" 2>/dev/null; then
    echo "Tiến độ is not running on $data (no live $pidfile). Start it (make run) or set TIENDO_DATA_DIR." >&2
    exit 1
  fi
  export PGHOST=localhost PGPORT=$(sed -n 4p "$pidfile") PGUSER=postgres PGPASSWORD=postgres PGDATABASE=tiendo
}
