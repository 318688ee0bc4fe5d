#!/usr/bin/env bash
# make bench (second part), or bench/members.sh alone after make build: party members at national scale (issue 13).
# 22 members per cell imported by CSV (one file per province) against a COPY of the same rows into a copy of the
# member table with the same indexes; a plan over all cells published; attendance recorded for sessions from 16
# clients; the coverage rollup read for the root and a province (p95), and checked against a recount.
# BENCH_PROVINCES (default 34: about 5.6 million members) and BENCH_SESSIONS (default 100000) scale it down.
set -euo pipefail
cd "$(dirname "$0")/.."
PROVINCES=${BENCH_PROVINCES:-34}
SESSIONS=${BENCH_SESSIONS:-100000}
JAR=backend/target/quarkus-app/quarkus-run.jar
WORK=bench/target
mkdir -p "$WORK"
PGJDBC=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
source scripts/lib.sh
echo "== Tiến độ member benchmark (transaction timeout ${BENCH_TX_TIMEOUT:-60s}), $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $PROVINCES provinces, $SESSIONS sessions"
java bench/GenerateTree.java "$WORK/member-tree.csv" "$PROVINCES"
DATA=$(mktemp -d); PORT=$(free_port)
# BENCH_TX_TIMEOUT: a publish or a province's import may outlast the 60 s transaction default on a loaded machine
QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT=${BENCH_TX_TIMEOUT:-60s} TIENDO_DATA_DIR=$DATA TIENDO_DEMO_DATA=false TIENDO_ADMIN_PASSWORD=bench QUARKUS_HTTP_PORT=$PORT java -jar $JAR >"$WORK/members-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
wait_ready "$PORT" "$APP" "$WORK/members-app.log"
PGPORT=$(grep -oE "Embedded PostgreSQL [0-9.]+ on port [0-9]+" "$WORK/members-app.log" | grep -oE "[0-9]+$")
java -cp "$PGJDBC" bench/MemberBench.java "http://localhost:$PORT" "jdbc:postgresql://localhost:$PGPORT/tiendo" "$WORK/member-tree.csv" bench \
  "$PROVINCES" "$SESSIONS" "$WORK"
echo "   reproduce: BENCH_PROVINCES=$PROVINCES BENCH_SESSIONS=$SESSIONS bench/members.sh (after make build)"
