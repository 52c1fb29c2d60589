#!/usr/bin/env bash
# Benchmark: RVTools import speed and memory (issue "Foundation", check).
#   bench/import-rvtools.sh [FILE ...]
# With no FILE: the 805-VM fixture from ../shared and a generated 50,000-VM workbook (vInfo, vCPU,
# vMemory, vDisk, vPartition, vNetwork, vHost). Heap capped by BENCH_HEAP (default 512m).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
HEAP="${BENCH_HEAP:-512m}"
OUT="$ROOT/bench-out"
mkdir -p "$OUT"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  fixture="$ROOT/../shared/fixtures/rvtools/mjvincent-SizingWorkshop-RVTools-mb-headers.xlsx"
  [ -f "$fixture" ] && files+=("$fixture")
  if [ ! -f "$OUT/estate-50k.xlsx" ]; then
    echo "generating a 50,000-VM workbook (once)..." >&2
    ./cloudfit generate --vms 50000 --seed 42 --out "$OUT/estate-50k.xlsx"
  fi
  files+=("$OUT/estate-50k.xlsx")
fi

./cloudfit --version >/dev/null   # builds the distribution if needed
mvn -q -B -ntp -pl assess -am test-compile -Dcheckstyle.skip >/dev/null
for f in "${files[@]}"; do
  java -Xmx"$HEAP" \
    -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -Dorg.apache.logging.log4j.simplelog.StatusLogger.level=OFF \
    -cp "cli/target/dist/lib/*:assess/target/test-classes" \
    dev.cloudfit.assess.bench.ImportBenchmark "$f" 3
done
