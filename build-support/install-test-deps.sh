#!/usr/bin/env bash
# Installs what the test suite needs when it is missing; safe to run again (idempotent).
# Debian packages: Go + govmomi sources (vcsim), qemu-img, LibreOffice Calc, openpyxl.
# npm: Azurite (Azure Storage emulator).
set -euo pipefail

log() { echo "[install-test-deps] $*" >&2; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

need_apt=()
command -v go >/dev/null 2>&1 || need_apt+=(golang-go)
[ -d /usr/share/gocode/src/github.com/vmware/govmomi ] || need_apt+=(golang-github-vmware-govmomi-dev)
command -v qemu-img >/dev/null 2>&1 || need_apt+=(qemu-utils)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-calc-nogui)
/usr/bin/python3 -c 'import openpyxl' >/dev/null 2>&1 || need_apt+=(python3-openpyxl)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)

if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

AZURITE_PREFIX="${CLOUDFIT_TOOLS:-$HOME/.cache/cloudfit-tools}/azurite"
if [ ! -x "$AZURITE_PREFIX/node_modules/.bin/azurite-blob" ]; then
  log "npm install azurite into $AZURITE_PREFIX"
  mkdir -p "$AZURITE_PREFIX"
  npm install --silent --no-audit --no-fund --prefix "$AZURITE_PREFIX" azurite >&2
fi
log "ready"
