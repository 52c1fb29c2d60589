#!/usr/bin/env bash
# History collection benchmark against vcsim: VMS VMs x DAYS days at the 2-hour rollup (or the
# sampling periods given), 4 parallel queries, 512 MiB heap; prints VMs/s, samples/s, peak and live heap.
#   bench/collect-perf-vcsim.sh [VMS=1000] [DAYS=30] [PERIODS=7200] [PARALLELISM=4]
# e.g. all three default intervals:  bench/collect-perf-vcsim.sh 1000 30 300,1800,7200
set -euo pipefail
cd "$(dirname "$0")/.."
vms=${1:-1000}
days=${2:-30}
periods=${3:-7200}
parallelism=${4:-4}
out=bench-out/collect-perf-$vms
mvn -q -B -ntp -pl assess -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="assess/target/test-classes:assess/target/classes:$(cat assess/target/bench-classpath.txt)"
rm -rf -- "$out"
exec java -Xmx512m -cp "$cp" dev.cloudfit.assess.collect.perf.CollectPerfVcsimBench "$vms" "$days" "$out" "$periods" "$parallelism"
