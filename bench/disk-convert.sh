#!/usr/bin/env bash
# Issue 12's converter benchmark: a fully allocated, MiB-aligned disk (default 4 GiB) as VMware-layout
# streamOptimized (python3-vmdkstream), monolithicSparse and monolithicFlat (qemu-img), each converted to a
# fixed VHD by `cloudfit disk convert` (heap capped with -Xmx64m) and by
# `qemu-img convert -O vpc -o subformat=fixed,force_size=on`, alternately, in the same run.
# Output on tmpfs (/dev/shm), inputs warmed into the page cache first, median of BENCH_RUNS (default 5),
# free memory primed the same way before every timed run (see prime below; PRIME=0 to leave it out).
# Checks, untimed, that both outputs hold identical data bytes (cmp over the disk's size) and that
# `qemu-img compare -f vmdk -F vpc` calls ours identical to the input.
#
#   bench/disk-convert.sh                   # 4 GiB
#   SIZE_MIB=1024 BENCH_RUNS=3 bench/disk-convert.sh
#
# Inputs are made once into BENCH_DIR (default /var/tmp/cloudfit-bench-disk, ~9 GiB for 4 GiB) and kept.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZE_MIB="${SIZE_MIB:-4096}"
RUNS="${BENCH_RUNS:-5}"
DIR="${BENCH_DIR:-/var/tmp/cloudfit-bench-disk}"
OUT="${OUT_DIR:-/dev/shm/cloudfit-bench-disk}"
KINDS="${KINDS:-stream sparse flat}"
mkdir -p "$DIR" "$OUT"

"$ROOT/cloudfit" --version >/dev/null   # builds the distribution when needed
# run a private copy of the distribution, so that a rebuild during the benchmark cannot be timed
LIB="$OUT/lib"
rm -rf "$LIB" && cp -r "$ROOT/cli/target/dist/lib" "$LIB"

SRC="$DIR/src-${SIZE_MIB}m.raw"
if [ ! -f "$SRC" ]; then
  echo "making $SRC: every MiB holds 512 KiB of random bytes and 512 KiB of numbered text lines" >&2
  python3 - "$SRC.part" "$SIZE_MIB" <<'PY'
import random, sys
path, mib = sys.argv[1], int(sys.argv[2])
rnd = random.Random(12)
with open(path, 'wb') as f:
    for m in range(mib):
        text = b''.join(b'line %d of MiB %d: the quick brown fox jumps over the lazy dog\n' % (i, m) for i in range(12000))
        assert len(text) >= 512 * 1024
        f.write(rnd.randbytes(512 * 1024) + text[:512 * 1024])
PY
  mv "$SRC.part" "$SRC"
fi
input() {
  case "$1" in
    stream) echo "$DIR/stream-${SIZE_MIB}m.vmdk" ;;
    sparse) echo "$DIR/sparse-${SIZE_MIB}m.vmdk" ;;
    flat) echo "$DIR/flat-${SIZE_MIB}m.vmdk" ;;
  esac
}
for kind in $KINDS; do
  f="$(input "$kind")"
  [ -f "$f" ] && continue
  echo "making $f" >&2
  tmp="${f%.vmdk}.part.vmdk"
  case "$kind" in
    stream) python3 /usr/lib/python3/dist-packages/VMDKstream.py "$SRC" "$tmp" ;;
    sparse) qemu-img convert -f raw -O vmdk -o subformat=monolithicSparse "$SRC" "$tmp" ;;
    flat) qemu-img convert -f raw -O vmdk -o subformat=monolithicFlat "$SRC" "$tmp"
          mv "${f%.vmdk}.part-flat.vmdk" "${f%.vmdk}-flat.vmdk"
          sed -i "s/$(basename "${f%.vmdk}").part-flat.vmdk/$(basename "${f%.vmdk}")-flat.vmdk/" "$tmp" ;;
  esac
  mv "$tmp" "$f"
done

# This machine is a virtual machine whose host takes back guest memory that stays free for a few seconds
# (free page reporting): the first write of a page after that costs a host fault, and 4 GiB written to
# tmpfs then take 6.4 s instead of 3.4 s (bench/README.md). So that both tools find memory in the same
# state, each timed run follows the writing and removal of a tmpfs file of the disk's size + 512 MiB
# (PRIME=0 leaves it out).
prime() {
  [ "${PRIME:-1}" = 1 ] || return 0
  dd if=/dev/zero of="$OUT/prime" bs=64M count=$(((SIZE_MIB + 512) / 64 + 1)) status=none
  rm -f "$OUT/prime"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timed() { # prints "wall-seconds maxRSS-KiB cpu-seconds" of the command (cpu = user + system)
  /usr/bin/time -f '%e %M %U %S' -o "$OUT/time" "$@" >/dev/null 2>"$OUT/err" || { cat "$OUT/err" >&2; exit 1; }
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$OUT/time"
}

st="$(timed java -Xmx64m -cp "$LIB/*" dev.cloudfit.cli.Main disk convert --help)"
echo "JVM start-up alone (cloudfit disk convert --help): ${st% * *} s wall, ${st##* } s CPU; included in every cloudfit figure below"
echo "disk ${SIZE_MIB} MiB, $RUNS runs each, output on $OUT, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-7s %11s %11s %10s %10s %7s %11s %11s %7s %9s\n' kind "qemu wall" "ours wall" "qemu MiB/s" "ours MiB/s" ratio \
  "qemu CPU s" "ours CPU s" "CPU x" "ours RSS"
for kind in $KINDS; do
  in="$(input "$kind")"
  cat "$in" "${in%.vmdk}-flat.vmdk" >/dev/null 2>&1 || cat "$in" >/dev/null
  : >"$OUT/q"; : >"$OUT/c"; : >"$OUT/rss"; : >"$OUT/qcpu"; : >"$OUT/ccpu"
  # untimed check first: both outputs hold the same data bytes, and qemu-img calls ours identical to the input
  qemu-img convert -f vmdk -O vpc -o subformat=fixed,force_size=on "$in" "$OUT/q.vhd"
  java -Xmx64m -cp "$LIB/*" dev.cloudfit.cli.Main disk convert "$in" "$OUT/c.vhd" --force >/dev/null 2>&1
  cmp -n "$((SIZE_MIB * 1048576))" "$OUT/q.vhd" "$OUT/c.vhd" || { echo "data bytes differ for $kind" >&2; exit 1; }
  qemu-img compare -q -f vmdk -F vpc "$in" "$OUT/c.vhd" || { echo "qemu-img compare: $kind differs" >&2; exit 1; }
  rm -f "$OUT/q.vhd" "$OUT/c.vhd"
  for run in $(seq 1 "$RUNS"); do
    prime
    r="$(timed qemu-img convert -f vmdk -O vpc -o subformat=fixed,force_size=on "$in" "$OUT/q.vhd")"
    echo "$r" | cut -d' ' -f1 >>"$OUT/q"; echo "$r" | cut -d' ' -f3 >>"$OUT/qcpu"
    rm -f "$OUT/q.vhd"
    prime
    r="$(timed java -Xmx64m -cp "$LIB/*" dev.cloudfit.cli.Main disk convert "$in" "$OUT/c.vhd" --force)"
    echo "$r" | cut -d' ' -f1 >>"$OUT/c"; echo "$r" | cut -d' ' -f2 >>"$OUT/rss"; echo "$r" | cut -d' ' -f3 >>"$OUT/ccpu"
    rm -f "$OUT/c.vhd"
  done
  rm -f "$OUT/q.vhd" "$OUT/c.vhd"
  q="$(median <"$OUT/q")"; c="$(median <"$OUT/c")"; rss="$(median <"$OUT/rss")"
  qc="$(median <"$OUT/qcpu")"; cc="$(median <"$OUT/ccpu")"
  awk -v k="$kind" -v q="$q" -v c="$c" -v m="$SIZE_MIB" -v rss="$rss" -v qc="$qc" -v cc="$cc" 'BEGIN {
    printf "%-7s %11.2f %11.2f %10.0f %10.0f %6.2fx %11.2f %11.2f %6.2fx %5.0f MiB\n", k, q, c, m / q, m / c, q / c,
      qc, cc, qc / cc, rss / 1024 }'
  echo "        wall s, qemu-img: $(tr '\n' ' ' <"$OUT/q") cloudfit: $(tr '\n' ' ' <"$OUT/c")"
  echo "        load after $kind: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "        CPU s,  qemu-img: $(tr '\n' ' ' <"$OUT/qcpu") cloudfit: $(tr '\n' ' ' <"$OUT/ccpu")"
done
