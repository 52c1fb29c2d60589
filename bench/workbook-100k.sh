#!/usr/bin/env bash
# Benchmark: write the assessment workbook for a synthetic estate (issue "The assessment workbook").
#   bench/workbook-100k.sh [VMS]        (default 100000; heap capped by BENCH_HEAP, default 1g)
# Prints the time to write the workbook (target: <= 20 s for 100,000 VMs with -Xmx1g), the time for
# the approved-plan reader to verify it, the file size and the peak heap. Output in bench-out/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VMS="${1:-100000}"
HEAP="${BENCH_HEAP:-1g}"
OUT="$ROOT/bench-out"
mkdir -p "$OUT"
mvn -q -B -ntp -pl reports -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/reports-classpath.txt" -Dmdep.includeScope=test >"$OUT/workbook-build.log" 2>&1
java -Xmx"$HEAP" \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -Dorg.apache.logging.log4j.simplelog.StatusLogger.level=OFF \
  -cp "reports/target/classes:reports/target/test-classes:$(cat "$OUT/reports-classpath.txt")" \
  dev.cloudfit.reports.bench.WorkbookBenchmark "$VMS" "$OUT/workbook-$VMS.xlsx"
