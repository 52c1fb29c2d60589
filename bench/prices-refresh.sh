#!/usr/bin/env bash
# Price refresh benchmark (not a timed test). Builds the assess module through the reactor, converts the radar
# westeurope VM + storage snapshots (~10,000 rows) into raw API pages of 100, replays them from a local server
# (a separate JVM on 127.0.0.1), and runs a full refresh (client + normaliser + PriceBook) in a JVM capped at
# -Xmx128m: once over the ~10,000 rows and once over 10 times as many, to show memory does not grow with rows.
# Usage: bench/prices-refresh.sh [SHARED_DIR]   (default: ../shared next to the project)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${1:-$ROOT/../shared}"
OUT="$ROOT/bench-out/prices"
HEAP="${BENCH_HEAP:--Xmx128m}"
mkdir -p "$OUT"
cd "$ROOT"
if ! mvn -q -B -ntp -pl assess -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1; then
  cat "$OUT/build.log" >&2
  exit 1
fi
CP="$ROOT/assess/target/classes:$ROOT/core/target/classes:$(cat "$OUT/classpath.txt")"
rm -rf "$OUT/pages"
java -cp "$CP" bench/PricesRefreshBench.java pages "$SHARED" "$OUT"
for REPEATS in 1 10; do
  rm -f "$OUT/endpoint"
  java -Xmx256m -Dsun.net.httpserver.nodelay=true -cp "$CP" bench/PricesRefreshBench.java serve "$OUT" "$REPEATS" "$OUT/endpoint" &
  SERVER=$!
  for _ in $(seq 1 600); do [ -s "$OUT/endpoint" ] && break; sleep 0.1; done  # up to 60 s: a loaded machine starts JVMs slowly
  java "$HEAP" -cp "$CP" bench/PricesRefreshBench.java refresh "$(cat "$OUT/endpoint")"
  kill "$SERVER"
  wait "$SERVER" 2>/dev/null || true
done
