#!/usr/bin/env bash
# make bench: the national-scale figures of issue 5. Needs `make build` first (the Makefile does it).
# Prints every figure with the command that reproduces it. Durability stays on (fsync, synchronous_commit).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=backend/target/quarkus-app/quarkus-run.jar
WORK=bench/target
mkdir -p "$WORK"
make -s pg-client
PGJDBC=$(ls backend/target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -1)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "== Tiến độ national benchmark, $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB"
java bench/GenerateTree.java "$WORK/national-tree.csv"

DATA=$(mktemp -d); PORT=$(free_port)
TIENDO_DATA_DIR=$DATA TIENDO_DEMO_DATA=false TIENDO_ADMIN_PASSWORD=bench QUARKUS_HTTP_PORT=$PORT java -jar $JAR >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready"; do kill -0 $APP 2>/dev/null || { cat "$WORK/app.log"; exit 1; }; sleep 0.2; done
PGPORT=$(grep -oE "Embedded PostgreSQL [0-9]+ on port [0-9]+" "$WORK/app.log" | grep -oE "[0-9]+$")
echo "app on :$PORT, embedded PostgreSQL on :$PGPORT (fsync=$(psql -At -h localhost -p $PGPORT -U postgres -d tiendo -c 'show fsync'), synchronous_commit=$(psql -At -h localhost -p $PGPORT -U postgres -d tiendo -c 'show synchronous_commit'))"

java -cp "$PGJDBC" -Dbench.out="$WORK/range.txt" bench/Bench.java "http://localhost:$PORT" "jdbc:postgresql://localhost:$PGPORT/tiendo" "$WORK/national-tree.csv" bench
read LO HI HTTP_RATE < "$WORK/range.txt"
PGBENCH_OUT=$(PGPASSWORD=postgres pgbench -n -h localhost -p $PGPORT -U postgres -c 16 -j 2 -t 313 -D lo=$LO -D hi=$HI -f bench/report-tx.sql tiendo 2>&1)
PG_RATE=$(echo "$PGBENCH_OUT" | grep -oE "tps = [0-9.]+" | head -1 | grep -oE "[0-9.]+")
echo "   pgbench, same transaction, 16 clients x 313: $PG_RATE tx/s; HTTP/pgbench = $(python3 -c "print(f'{$HTTP_RATE/$PG_RATE*100:.0f} %')") (target >= 50 %)"
echo "   reproduce: PGPASSWORD=postgres pgbench -n -h localhost -p <pg port> -U postgres -c 16 -j 2 -t 313 -D lo=$LO -D hi=$HI -f bench/report-tx.sql tiendo"
kill $APP; wait $APP 2>/dev/null || true

bench/startup.sh
