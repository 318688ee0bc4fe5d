#!/usr/bin/env bash
# Figure 5 of make bench: java -jar to first 200 and memory, Tiến độ against a bare Quarkus REST app of the same
# version started the same way (median of 3 starts each). Run alone: bench/startup.sh (after make build).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=backend/target/quarkus-app/quarkus-run.jar
source scripts/lib.sh
(cd bench/bare && ../../backend/mvnw -B -q -ntp package -DskipTests >/dev/null)
# 5. start time and memory against a bare Quarkus REST app of the same version, both with java -jar
measure() { # $1 = command prefix env, $2 = jar, $3 = url path ; prints "ms rss_kb"
  local port; port=$(free_port)
  local t0; t0=$(date +%s%N)
  local log; log=$(mktemp)
  env $1 QUARKUS_HTTP_PORT=$port java -jar "$2" >"$log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://localhost:$port$3"; do sleep 0.01; done
  local t1; t1=$(date +%s%N)
  sleep 1
  local rss; rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
  # PostgreSQL's processes share memory: sum their proportional set size (Pss), not RSS
  local dir; dir=$(echo "$1" | grep -oE 'TIENDO_DATA_DIR=[^ ]+' | cut -d= -f2 || true)
  local pgrss=0
  if [ -n "$dir" ]; then
    pgrss=$(for c in $(pgrep -f -- "$dir/pg" || true); do awk '/^Pss:/{print $2}' /proc/$c/smaps_rollup 2>/dev/null; done | awk '{s+=$1} END {print s+0}')
  fi
  kill $pid; wait $pid 2>/dev/null || true
  # how long Main took to start the embedded PostgreSQL (it logs it), before Quarkus itself starts
  local pgms; pgms=$(grep -oE "Embedded PostgreSQL [0-9.]+ on port [0-9]+, data in .* \(([0-9]+) ms\)" "$log" | grep -oE "[0-9]+ ms\)$" | grep -oE "[0-9]+" || echo 0)
  rm -f "$log"
  echo "$(( (t1 - t0) / 1000000 )) $rss $pgrss ${pgms:-0}"
}
D2=$(mktemp -d)
measure "TIENDO_DATA_DIR=$D2 TIENDO_DEMO_DATA=false TIENDO_ADMIN_PASSWORD=bench" $JAR /q/health/ready >/dev/null # first start creates the database
ours=(); bare=()
for i in 1 2 3; do ours+=("$(measure "TIENDO_DATA_DIR=$D2 TIENDO_DEMO_DATA=false" $JAR /q/health/ready)"); bare+=("$(measure "X=1" bench/bare/target/quarkus-app/quarkus-run.jar /hello)"); done
rm -rf "$D2"
python3 - "${ours[@]}" -- "${bare[@]}" <<'PY'
import sys, statistics
a = sys.argv[1:]; i = a.index('--'); ours = [list(map(int, x.split())) for x in a[:i]]; bare = [list(map(int, x.split())) for x in a[i+1:]]
om = statistics.median(x[0] for x in ours); bm = statistics.median(x[0] for x in bare)
orss = statistics.median(x[1] for x in ours) / 1024; brss = statistics.median(x[1] for x in bare) / 1024
pg = statistics.median(x[2] for x in ours) / 1024
pgms = statistics.median(x[3] for x in ours)
print(f"\n5. java -jar to first 200 (median of 3): Tiến độ {om:.0f} ms (embedded PostgreSQL start + Flyway + /q/health/ready), bare Quarkus REST {bm:.0f} ms: ratio {om/bm:.1f}x (target <= 1.3x)")
print(f"   of which starting the embedded PostgreSQL (before Quarkus starts): {pgms:.0f} ms; without it {om-pgms:.0f} ms, ratio {(om-pgms)/bm:.1f}x")
print(f"   RSS 1 s after start: Tiến độ JVM {orss:.0f} MB (+ {pg:.0f} MB embedded PostgreSQL), bare {brss:.0f} MB: ratio {orss/brss:.1f}x JVM only (target <= 1.3x)")
print("   reproduce: make bench")
PY
