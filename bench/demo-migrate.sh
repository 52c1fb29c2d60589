#!/usr/bin/env bash
# How long './cloudfit demo --migrate' takes: the assessment demo, then three approved rows migrated
# against vcsim, Azurite and the local ARM (test migration, cutover, status).
#   bench/demo-migrate.sh [VMS ...]      (default: 300, the demo's default, and 20)
# Each run is a fresh process into a fresh folder under bench-out/; it prints the wall time of the
# whole command and the demo's own figures (the assessment's and the total's "done in" lines).
# Build first (./cloudfit --version) so the build is not timed; vcsim's first build (Go, about a
# minute, once per machine) is not part of what a run costs either.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/bench-out"
mkdir -p "$OUT"
./cloudfit --version >/dev/null
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(300 20)
for vms in "${sizes[@]}"; do
  dir="$OUT/demo-migrate-$vms"
  rm -rf "$dir"
  start=$(date +%s.%N)
  ./cloudfit demo --vms "$vms" --migrate --out "$dir" >"$OUT/demo-migrate-$vms.out" 2>"$OUT/demo-migrate-$vms.err"
  end=$(date +%s.%N)
  printf 'demo --migrate --vms %s: %.1f s wall (load average %s)\n' "$vms" "$(echo "$end - $start" | bc)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
  grep -h "done in" "$OUT/demo-migrate-$vms.err" | sed 's/^/  /'
done
