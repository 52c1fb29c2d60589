#!/usr/bin/env bash
# Benchmark: disk upload's bytes on the wire (issue 12's check: a 25 %-allocated 4 GiB disk uploaded into
# Azurite sends <= 1.01 x the allocated bytes). Makes the image once under bench-out/disk-upload/ (sparse,
# about 1 GiB on disk), starts Azurite (installed by build-support/install-test-deps.sh), creates the page
# blob (4 GiB + 512) and its SAS, and runs the real command `./cloudfit disk upload` through a counting
# TCP relay. Needs about 2 GiB free on the disk of bench-out/ and the Azurite data directory (/tmp).
#   bench/disk-upload.sh [PARALLEL]     (requests in flight, default 4)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench-out/disk-upload"
mkdir -p "$OUT"
cd "$ROOT"
./cloudfit --version >/dev/null   # builds the distribution if needed
if ! mvn -q -B -o -pl migrate -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$OUT/classpath.txt" >"$OUT/build.log" 2>&1; then
  cat "$OUT/build.log" >&2
  exit 1
fi
CP="$ROOT/migrate/target/test-classes:$ROOT/migrate/target/classes:$(cat "$OUT/classpath.txt")"
java -cp "$CP" bench/DiskUploadBench.java "$OUT" "${1:-4}"
