#!/usr/bin/env bash
# Rebuilds the price file embedded in cloudfit from the recorded radar snapshots listed in
# build-support/embedded-prices.tsv. Reproducible: the same snapshots give the same rows and header.
# Usage: build-support/build-embedded-prices.sh [SHARED_DIR]   (default: ../shared next to the project)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${1:-$ROOT/../shared}"
OUT="$ROOT/assess/src/main/resources/dev/cloudfit/assess/pricing/store/embedded-prices.jsonl.gz"
LOG="$(mktemp)"
cd "$ROOT"
if ! mvn -q -B -ntp -pl assess -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$ROOT/assess/target/embedded-prices.classpath" >"$LOG" 2>&1; then
  cat "$LOG" >&2
  exit 1
fi
CP="$ROOT/assess/target/classes:$ROOT/core/target/classes:$(cat "$ROOT/assess/target/embedded-prices.classpath")"
java -cp "$CP" dev.cloudfit.assess.pricing.store.EmbeddedPricesBuild \
  "$ROOT/build-support/embedded-prices.tsv" "$SHARED/fixtures/azure/retail-prices/radar-snapshots" "$OUT"
ls -l "$OUT"
