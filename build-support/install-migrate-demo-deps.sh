#!/usr/bin/env bash
# Installs the stand-ins 'cloudfit demo --migrate' runs against, when missing (idempotent, silent when
# all is there): Go and govmomi's sources (Debian packages; vcsim is built from them on first use into
# ~/.cache/cloudfit-tools) and Azurite (npm, into ~/.cache/cloudfit-tools/azurite). The local Azure
# Resource Manager is Java and ships with cloudfit. A subset of install-test-deps.sh.
set -euo pipefail

log() { echo "[install-migrate-demo-deps] $*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need_apt=()
command -v go >/dev/null 2>&1 || [ -x /usr/lib/go/bin/go ] || need_apt+=(golang-go)
[ -d /usr/share/gocode/src/github.com/vmware/govmomi ] || need_apt+=(golang-github-vmware-govmomi-dev)
command -v npm >/dev/null 2>&1 || need_apt+=(npm)

if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

AZURITE_PREFIX="${CLOUDFIT_TOOLS:-$HOME/.cache/cloudfit-tools}/azurite"
if [ ! -x "$AZURITE_PREFIX/node_modules/.bin/azurite-blob" ]; then
  log "npm install azurite into $AZURITE_PREFIX"
  mkdir -p "$AZURITE_PREFIX"
  npm install --silent --no-audit --no-fund --prefix "$AZURITE_PREFIX" azurite >&2
fi
