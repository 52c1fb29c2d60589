#!/usr/bin/env bash
# Benchmark: RVTools import speed and memory (issue "Foundation", check: 50,000 VMs in under 10 s
# with -Xmx512m).
#   bench/import-rvtools.sh [FILE ...]
# With no FILE: the 805-VM fixture from ../shared and a generated 50,000-VM workbook (vInfo, vCPU,
# vMemory, vDisk, vPartition, vNetwork, vHost; text in a shared-strings table as RVTools writes it,
# generated once with seed 42). Heap capped by BENCH_HEAP (default 512m); BENCH_RUNS imports per
# JVM (default 3: the first is cold, the others show the JIT-warmed speed).
#
# Each file is imported in a fresh JVM under /usr/bin/time -v (when installed), which adds the whole
# process's wall time, user+sys CPU and maximum resident set size to the benchmark's own lines
# (per run: wall time, CPU of the importing thread and of the whole JVM, peak heap). On a shared
# machine, compare CPU times: wall time depends on what else runs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
HEAP="${BENCH_HEAP:-512m}"
RUNS="${BENCH_RUNS:-3}"
OUT="$ROOT/bench-out"
mkdir -p "$OUT"

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  fixture="$ROOT/../shared/fixtures/rvtools/mjvincent-SizingWorkshop-RVTools-mb-headers.xlsx"
  [ -f "$fixture" ] && files+=("$fixture")
  # the name changed when the generator moved to a shared-strings table: an older inline-string
  # workbook is not reused
  if [ ! -f "$OUT/estate-50k-sst.xlsx" ]; then
    echo "generating a 50,000-VM workbook (once)..." >&2
    ./cloudfit generate --vms 50000 --seed 42 --out "$OUT/estate-50k-sst.xlsx"
  fi
  files+=("$OUT/estate-50k-sst.xlsx")
fi

./cloudfit --version >/dev/null   # builds the distribution if needed
mvn -q -B -ntp -pl assess -am test-compile -Dcheckstyle.skip >/dev/null
timer=()
if [ -x /usr/bin/time ]; then
  timer=(/usr/bin/time -f "process: %e s wall, %U s user + %S s sys CPU, max RSS %M KiB")
fi
for f in "${files[@]}"; do
  "${timer[@]}" java -Xmx"$HEAP" \
    -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    -Dorg.apache.logging.log4j.simplelog.StatusLogger.level=OFF \
    -cp "cli/target/dist/lib/*:assess/target/test-classes" \
    dev.cloudfit.assess.bench.ImportBenchmark "$f" "$RUNS"
done
