#!/usr/bin/env bash
# Waits, bounded, while another apt-get or dpkg (unattended upgrades, a second ./test) holds its lock, instead of
# failing at once. Exit 0 when the locks are free (at once or after waiting); exit 1 with one line when they are
# still held after the limit. fuser sees only the holders it may see: a non-root user sees its own processes; the
# apt-get calls also pass DPkg::Lock::Timeout, which covers root's.
#   CLOUDFIT_APT_LOCK_WAIT   seconds to wait at most (default 600)
#   CLOUDFIT_APT_LOCK_POLL   seconds between looks (default 5)
#   CLOUDFIT_APT_LOCK_FILES  the lock files, space-separated (default dpkg's and apt's; tests point it elsewhere)
set -euo pipefail

log() { echo "[install-test-deps] $*" >&2; }

wait_limit="${CLOUDFIT_APT_LOCK_WAIT:-600}"
poll="${CLOUDFIT_APT_LOCK_POLL:-5}"
read -r -a lock_files <<< "${CLOUDFIT_APT_LOCK_FILES:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock}"
case "$wait_limit$poll" in
  *[!0-9]*) log "CLOUDFIT_APT_LOCK_WAIT and CLOUDFIT_APT_LOCK_POLL are whole seconds"; exit 2 ;;
esac
[ "$poll" -gt 0 ] || poll=1

if ! command -v fuser >/dev/null 2>&1; then
  log "fuser (psmisc) is missing: cannot see who holds the apt/dpkg lock; relying on apt's own lock timeout"
  exit 0
fi

waited=0
announced=0
while fuser "${lock_files[@]}" >/dev/null 2>&1; do
  if [ "$waited" -ge "$wait_limit" ]; then
    log "another apt-get or dpkg still holds its lock (${lock_files[*]}) after ${wait_limit} s; try again when it has finished, or set CLOUDFIT_APT_LOCK_WAIT"
    exit 1
  fi
  if [ "$announced" -eq 0 ]; then
    log "waiting (up to ${wait_limit} s) for another apt-get or dpkg to release its lock"
    announced=1
  fi
  sleep "$poll"
  waited=$((waited + poll))
done
if [ "$announced" -eq 1 ]; then
  log "the apt/dpkg lock was released after about ${waited} s"
fi
