#!/usr/bin/env bash
# make bench: the national-scale figures of issue 5. Needs `make build` first (the Makefile does it).
# Prints every figure with the command that reproduces it. Durability stays on (fsync, synchronous_commit).
# bench/run.sh --profile (make bench-profile): the same run with JDK Flight Recorder on the app and pg_stat_statements
# on the database; prints the top statements after each phase and the top JFR frames per phase (bench/JfrTop.java);
# the recording stays in bench/target/app.jfr. Its figures carry the profilers' overhead: quote those of make bench.
set -euo pipefail
PROFILE=0
if [ "${1:-}" = "--profile" ]; then PROFILE=1; fi
cd "$(dirname "$0")/.."
JAR=backend/target/quarkus-app/quarkus-run.jar
WORK=bench/target
mkdir -p "$WORK"
make -s pg-client
PGJDBC=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
source scripts/lib.sh

echo "== Tiến độ national benchmark, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
java bench/GenerateTree.java "$WORK/national-tree.csv"

DATA=$(mktemp -d); PORT=$(free_port)
JVM_OPTS=()
start_app() {
  TIENDO_DATA_DIR=$DATA TIENDO_DEMO_DATA=false TIENDO_ADMIN_PASSWORD=bench QUARKUS_HTTP_PORT=$PORT java "${JVM_OPTS[@]}" -jar $JAR >"$WORK/app.log" 2>&1 &
  APP=$!
  wait_ready "$PORT" "$APP" "$WORK/app.log"
  PGPORT=$(grep -oE "Embedded PostgreSQL [0-9.]+ on port [0-9]+" "$WORK/app.log" | grep -oE "[0-9]+$")
}
start_app
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
BENCH_OPTS=()
if [ $PROFILE = 1 ]; then
  # pg_stat_statements needs a restart to load; JFR samples every 10 ms (settings=profile)
  PGPASSWORD=postgres psql -q -h localhost -p $PGPORT -U postgres -d tiendo -c "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'" \
    -c "ALTER SYSTEM SET pg_stat_statements.track = 'all'"
  kill $APP; wait $APP 2>/dev/null || true
  rm -f "$WORK/app.jfr"
  JVM_OPTS=(-XX:StartFlightRecording=name=bench,settings=profile,filename=$WORK/app.jfr,dumponexit=true)
  start_app
  PGPASSWORD=postgres psql -q -h localhost -p $PGPORT -U postgres -d tiendo -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
  BENCH_OPTS=(-Dbench.phases="$WORK/phases.txt" -Dbench.pgstat=true)
fi
echo "app on :$PORT, embedded PostgreSQL on :$PGPORT (fsync=$(psql -At -h localhost -p $PGPORT -U postgres -d tiendo -c 'show fsync'), synchronous_commit=$(psql -At -h localhost -p $PGPORT -U postgres -d tiendo -c 'show synchronous_commit'))"

PGPID=$(head -1 "$DATA/pg/postmaster.pid")
java -cp "$PGJDBC" -Dbench.out="$WORK/range.txt" -Dbench.appPid=$APP -Dbench.pgPid=$PGPID "${BENCH_OPTS[@]}" bench/Bench.java "http://localhost:$PORT" "jdbc:postgresql://localhost:$PGPORT/tiendo" "$WORK/national-tree.csv" bench
read LO HI HTTP_RATE < "$WORK/range.txt"
# CPU ticks (1/100 s) of the postmaster with its reaped and live children: PostgreSQL's share of a transaction
pg_ticks() { local s; s=$(awk '{print $14+$15+$16+$17}' /proc/$PGPID/stat); for c in $(ps --ppid $PGPID -o pid=); do s=$((s + $(awk '{print $14+$15}' /proc/$c/stat 2>/dev/null || echo 0))); done; echo $s; }
PG0=$(pg_ticks)
PGBENCH_OUT=$( (PGPASSWORD=postgres pgbench -n -h localhost -p $PGPORT -U postgres -c 16 -j 2 -t 313 -D lo=$LO -D hi=$HI -f bench/report-tx.sql tiendo 2>&1; times) )
PG1=$(pg_ticks)
PG_RATE=$(echo "$PGBENCH_OUT" | grep -oE "tps = [0-9.]+" | head -1 | grep -oE "[0-9.]+")
CLIENT_CPU=$(echo "$PGBENCH_OUT" | tail -1 | python3 -c "import sys, re; t = sum(int(m) * 60 + float(s) for m, s in re.findall(r'(\d+)m([\d.]+)s', sys.stdin.read())); print(f'{t / 5008 * 1000:.2f}')")
echo "   pgbench, same transaction, 16 clients x 313: $PG_RATE tx/s; HTTP/pgbench = $(python3 -c "print(f'{$HTTP_RATE/$PG_RATE*100:.0f} %')") (target >= 50 %)"
echo "   CPU per transaction: pgbench client $CLIENT_CPU ms, PostgreSQL $(python3 -c "print(f'{($PG1-$PG0)*10/5008:.2f}')") ms"
echo "   reproduce: PGPASSWORD=postgres pgbench -n -h localhost -p <pg port> -U postgres -c 16 -j 2 -t 313 -D lo=$LO -D hi=$HI -f bench/report-tx.sql tiendo"
if [ $PROFILE = 1 ]; then
  echo "   pg_stat_statements, pgbench:"
  PGPASSWORD=postgres psql -h localhost -p $PGPORT -U postgres -d tiendo -c "SELECT round(total_exec_time) AS total_ms, calls,
    round(mean_exec_time::numeric, 3) AS mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 140) AS statement FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'tiendo') ORDER BY total_exec_time DESC LIMIT 8"
fi
kill $APP; wait $APP 2>/dev/null || true
if [ $PROFILE = 1 ]; then
  java bench/JfrTop.java "$WORK/app.jfr" "$WORK/phases.txt" 12
  echo "   reproduce: make bench-profile (recording: $WORK/app.jfr; e.g. jfr print --events jdk.ExecutionSample $WORK/app.jfr)"
  exit 0
fi

bench/startup.sh
