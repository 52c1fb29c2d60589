#!/usr/bin/env bash
# Sizes 100,000 synthetic VMs (1-8 disks, perf summaries folded from 30 days of 2-hour points) with -Xmx2g
# and prints the timings. Run from the repository root. VMS=10000 bench/sizing-100k.sh for a quick run;
# WS_VMS=500 sets the workspace phase's size (ingest, SQL summaries, sizing from them);
# JFR=/tmp/sizing.jfr records a flight recording (then: jfr print --events jdk.ExecutionSample FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
JVM_ARGS=""
if [ -n "${JFR:-}" ]; then
  JVM_ARGS="-XX:StartFlightRecording=filename=${JFR},settings=profile"
fi
exec mvn -q -B -ntp -pl assess -am test -Pbench \
  -Dtest='BenchSizing100k,BenchSizingFromWorkspace' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcloudfit.bench.vms="${VMS:-100000}" -Dcloudfit.bench.wsvms="${WS_VMS:-500}" -Dcloudfit.bench.jvmArgs="${JVM_ARGS}"
