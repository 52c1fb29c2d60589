#!/usr/bin/env bash
# Benchmark: sizing every VM of a workspace made by `cloudfit generate --workspace`, and the whole `assess` of it.
#   bench/assess-workspace.sh [DIR]   (default bench-out/ws-100k; made when missing: ~20 min for 100,000 VMs)
#   VMS=10000 bench/assess-workspace.sh bench-out/ws-10k
# Prints (1) inventory read, performance summaries and sizing (EstateAssessment) of every VM, first with the
# summaries computed (cache emptied) and then read from the cache, with -Xmx2g; (2) the whole
# `cloudfit assess --workspace` twice, the first computing the summaries and the second reading the cache,
# each with wall time and peak RSS.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIR="${1:-bench-out/ws-100k}"
VMS="${VMS:-100000}"
HEAP="${BENCH_HEAP:-2g}"
mkdir -p bench-out
if [ ! -f "$DIR/workspace.duckdb" ]; then
  echo "making $DIR: $VMS VMs, 30 days at 2 h"
  CLOUDFIT_JAVA_OPTS="-Xmx$HEAP" ./cloudfit generate --vms "$VMS" --seed 7 --days 30 \
    --out "bench-out/estate-$VMS.xlsx" --workspace "$DIR"
fi
ABS="$(cd "$DIR" && pwd)"
# leaves the cache empty again, so that the first assess below computes the summaries
mvn -q -B -ntp -pl assess -am test -Pbench -Dtest=BenchWorkspaceSummaries -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcloudfit.bench.workspace="$ABS"
for run in "computes the summaries" "reads the cache"; do
  start=$(date +%s%N)
  CLOUDFIT_JAVA_OPTS="-Xmx$HEAP" /usr/bin/time -f "%M" -o bench-out/assess-rss.txt ./cloudfit assess \
    --workspace "$DIR" --out "bench-out/assess-$(basename "$DIR").xlsx" >bench-out/assess-out.txt 2>&1 \
    || { cat bench-out/assess-out.txt; exit 1; }
  end=$(date +%s%N)
  printf 'assess --workspace (%s): %.1f s wall, peak RSS %d MiB\n' "$run" \
    "$(( (end - start) / 1000000 ))e-3" "$(( $(tail -1 bench-out/assess-rss.txt) / 1024 ))"
done
