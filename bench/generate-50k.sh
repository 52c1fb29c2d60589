#!/usr/bin/env bash
# Times `./cloudfit generate` for 50,000 VMs with a 512 MiB heap and prints the wall time and the
# output size. The distribution is built first, so the build is not timed.
#   bench/generate-50k.sh            # workbook: bench-out/estate-50000.xlsx
#   bench/generate-50k.sh zip        # CSV export as a zip
#   BENCH_VMS=10000 bench/generate-50k.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VMS="${BENCH_VMS:-50000}"
FORM="${1:-xlsx}"
case "$FORM" in
  xlsx|zip) ;;
  *) echo "usage: $0 [xlsx|zip]" >&2; exit 2 ;;
esac
OUT_DIR="$ROOT/bench-out"
OUT="$OUT_DIR/estate-$VMS.$FORM"
mkdir -p "$OUT_DIR"

"$ROOT/cloudfit" --version >/dev/null

start=$(date +%s.%N)
CLOUDFIT_JAVA_OPTS="-Xmx512m" "$ROOT/cloudfit" generate --vms "$VMS" --seed 1 --out "$OUT"
end=$(date +%s.%N)

bytes=$(stat -c %s "$OUT")
awk -v s="$start" -v e="$end" -v b="$bytes" -v n="$VMS" -v f="$OUT" 'BEGIN {
  printf "%d VMs, -Xmx512m: wall %.1f s, %s %d bytes (%.1f MiB)\n", n, e - s, f, b, b / 1048576
}'
