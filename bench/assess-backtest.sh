#!/usr/bin/env bash
# Benchmark: what --backtest and --compare-regions add to `cloudfit assess --workspace`.
#   bench/assess-backtest.sh [DIR]        (default bench-out/ws-bt-2000; made when missing)
#   VMS=10000 bench/assess-backtest.sh bench-out/ws-bt-10k
# Runs `assess --workspace` three times on the same workspace (summaries of the default window cached by
# generate): plain, with --backtest (a second sizing on the window before the held-out week, its summaries
# computed on first use, and one pass over the held-out samples), and with --compare-regions
# northeurope,francecentral; each with wall time and peak RSS.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
DIR="${1:-bench-out/ws-bt-2000}"
VMS="${VMS:-2000}"
HEAP="${BENCH_HEAP:-2g}"
mkdir -p bench-out
if [ ! -f "$DIR/workspace.duckdb" ]; then
  echo "making $DIR: $VMS VMs, 30 days at 2 h"
  CLOUDFIT_JAVA_OPTS="-Xmx$HEAP" ./cloudfit generate --vms "$VMS" --seed 7 --days 30 \
    --out "bench-out/estate-bt-$VMS.xlsx" --workspace "$DIR" >/dev/null
fi
run() {
  local label="$1"
  shift
  local start end
  start=$(date +%s%N)
  CLOUDFIT_JAVA_OPTS="-Xmx$HEAP" /usr/bin/time -f "%M" -o bench-out/assess-bt-rss.txt ./cloudfit assess \
    --workspace "$DIR" --out "bench-out/assess-bt.xlsx" "$@" >bench-out/assess-bt-out.txt 2>&1 \
    || { cat bench-out/assess-bt-out.txt; exit 1; }
  end=$(date +%s%N)
  printf 'assess --workspace %-45s %.1f s wall, peak RSS %d MiB\n' "$label" \
    "$(( (end - start) / 1000000 ))e-3" "$(( $(tail -1 bench-out/assess-bt-rss.txt) / 1024 ))"
}
./cloudfit --version >/dev/null # builds first when the sources changed, outside the timings
run "(plain)"
run "--backtest (first: computes its summaries)" --backtest
run "--backtest (again: summaries cached)" --backtest
grep -h "^Backtest" bench-out/assess-bt-out.txt || true
run "--compare-regions northeurope,francecentral" --compare-regions northeurope,francecentral
