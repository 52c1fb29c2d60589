#!/usr/bin/env bash
# Sizes 100,000 synthetic VMs (1-8 disks, perf summaries folded from 30 days of 2-hour points) with -Xmx2g
# and prints the timings. Run from the repository root. VMS=10000 bench/sizing-100k.sh for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -q -B -ntp -pl assess -am test -Pbench \
  -Dtest=BenchSizing100k -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcloudfit.bench.vms="${VMS:-100000}"
