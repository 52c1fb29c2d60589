#!/usr/bin/env bash
# Benchmark: `cloudfit collect` (inventory, tags, performance history) against govmomi's vCenter simulator.
#   bench/collect-vcsim.sh                  # 1,000 VMs: 2 datacenters x (4 clusters of 3 hosts + 1 standalone host) x 100,
#                                           # 30 days at the 2-hour rollup only (--perf-intervals 7200)
#   VMS_PER=200 bench/collect-vcsim.sh      # 2,000 VMs
#   INTERVALS= bench/collect-vcsim.sh       # every interval 30 days need (5 min, 30 min, 2 h)
# The heap is capped (HEAP, default 512m) and the GC log gives the peak heap (before a collection)
# and the live heap (after it); both should stay flat as the VM count grows.
# BENCH_JAVA_OPTS adds JVM options to the collect process (e.g. -XX:StartFlightRecording=filename=/tmp/c.jfr).
# Builds the testkit's vcsim (testkit/src/main/go/vcsim/main.go, same flags as the tests) into
# bench-out/, starts it on a free port with a random password passed through the environment, pins
# its certificate, runs ./cloudfit collect into a fresh workspace, and prints wall time, VMs/s and
# peak RSS. Nothing is written outside bench-out/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
OUT="$ROOT/bench-out/collect-vcsim"
VMS_PER="${VMS_PER:-100}"
DAYS="${DAYS:-30}"
INTERVALS="${INTERVALS-7200}"
HEAP="${HEAP:-512m}"
PAGE_NOTE="page size ${PAGE:-100} (the default)"
mkdir -p "$OUT"

GO="$(command -v go || echo /usr/lib/go/bin/go)"
SRC="$ROOT/testkit/src/main/go/vcsim/main.go"
SUM="$(sha256sum "$SRC" | cut -c1-16)"
BIN="$OUT/vcsim-$SUM"
if [ ! -x "$BIN" ]; then
  echo "building vcsim (once)..." >&2
  mkdir -p "$OUT/src" && cp "$SRC" "$OUT/src/main.go"
  (cd "$OUT/src" && GO111MODULE=off GOPATH=/usr/share/gocode CGO_ENABLED=0 GOFLAGS= \
     GOCACHE="${CLOUDFIT_TOOLS:-$HOME/.cache/cloudfit-tools}/go-build-cache" "$GO" build -trimpath -o "$BIN" main.go)
fi

./cloudfit --version >/dev/null   # builds the distribution if needed

export BENCH_VC_PASSWORD="bench-$RANDOM-$RANDOM-$$"
rm -rf "$OUT/ws" "$OUT/vcsim.pem" "$OUT/tmp" && mkdir -p "$OUT/tmp"
# stdin from a FIFO that stays open: vcsim stops when its stdin closes (when this script exits)
mkfifo "$OUT/stdin.$$" && exec 3<>"$OUT/stdin.$$" && rm "$OUT/stdin.$$"
TMPDIR="$OUT/tmp" "$BIN" -listen 127.0.0.1:0 -password-env BENCH_VC_PASSWORD -cert-out "$OUT/vcsim.pem" \
  -dc 2 -cluster 4 -host 3 -standalone-host 1 -vm "$VMS_PER" -ds 1 -pg 1 -username bench \
  <&3 >"$OUT/vcsim.out" 2>"$OUT/vcsim.err" &
VCSIM=$!
trap 'kill $VCSIM 2>/dev/null || true; wait $VCSIM 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q VCSIM_READY "$OUT/vcsim.out" 2>/dev/null && break; sleep 0.1; done
READY="$(grep VCSIM_READY "$OUT/vcsim.out")"
URL="$(sed -E 's/.*url=([^ ]+).*/\1/' <<<"$READY")"
VMS="$(sed -E 's/.*vms=([0-9]+).*/\1/' <<<"$READY")"
THUMB="$(openssl x509 -in "$OUT/vcsim.pem" -noout -fingerprint -sha256 | cut -d= -f2)"
echo "vcsim: $READY" >&2

PERF_ARGS=(--days "$DAYS")
[ -n "$INTERVALS" ] && PERF_ARGS+=(--perf-intervals "$INTERVALS")
rm -f "$OUT/gc.log"
start=$(date +%s.%N)
CLOUDFIT_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$OUT/gc.log ${BENCH_JAVA_OPTS:-}" /usr/bin/time -f "%M" -o "$OUT/rss.kb" \
  ./cloudfit collect --vcenter "$URL" --user bench \
  --password-env BENCH_VC_PASSWORD --thumbprint "$THUMB" --workspace "$OUT/ws" "${PERF_ARGS[@]}" 2>"$OUT/collect.err"
end=$(date +%s.%N)
cat "$OUT/collect.err" >&2
SAMPLES="$(grep -oE '^performance: [0-9,]+ samples' "$OUT/collect.err" | grep -oE '[0-9,]+' | tr -d , || echo 0)"
# GC lines end "... 150M->30M(512M) 3.2ms": peak = largest before, live = largest after
HEAPS="$(grep -oE '[0-9]+M->[0-9]+M' "$OUT/gc.log" | awk -F'M->|M' '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { printf "%d %d", b, a }')"
awk -v s="$start" -v e="$end" -v n="$VMS" -v rss="$(cat "$OUT/rss.kb")" -v note="$PAGE_NOTE" -v samples="${SAMPLES:-0}" \
    -v heaps="$HEAPS" -v days="$DAYS" -v iv="${INTERVALS:-all}" -v heap="$HEAP" 'BEGIN {
  t = e - s; split(heaps, h, " ")
  printf "collect-vcsim: %d VMs, %d days (intervals %s s) in %.1f s wall (%.1f VMs/s, %.0f samples/s; JVM start, inventory and workspace creation included), %d samples; heap (-Xmx%s) peak %d MiB, live after GC %d MiB; peak RSS %.0f MiB, %s\n",
    n, days, iv, t, n / t, samples / t, samples, heap, h[1], h[2], rss / 1024, note }'
