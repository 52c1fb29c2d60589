#!/usr/bin/env bash
# Workspace ingest benchmark: VMs x days of 2-hour synthetic points (8 series per VM) through the
# appender, then 1-month P50/P90/P95/P99 summaries for every VM, with a 512 MiB heap.
#   bench/workspace-ingest.sh [VMS=1000] [DAYS=30] [FOLDER=bench-out/workspace]
set -euo pipefail
cd "$(dirname "$0")/.."
vms=${1:-1000}
days=${2:-30}
out=${3:-bench-out/workspace}
mvn -q -B -ntp -pl assess -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="assess/target/test-classes:assess/target/classes:$(cat assess/target/bench-classpath.txt)"
# earlier results under bench-out/ are ours to replace; anywhere else the benchmark refuses an existing folder
case "$out" in bench-out/*) rm -rf -- "$out" ;; esac
exec java -Xmx512m -cp "$cp" dev.cloudfit.assess.workspace.WorkspaceIngestBench "$vms" "$days" "$out"
