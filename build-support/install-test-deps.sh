#!/usr/bin/env bash
# Installs what the test suite needs when it is missing; safe to run again (idempotent).
# Debian packages: Go + govmomi sources (vcsim), qemu-img, LibreOffice Calc, openpyxl; for the disk
# converter's tests: python3-vmdkstream (VMware-layout streamOptimized VMDKs) and, for the boot test,
# qemu-system-x86, syslinux + mtools + dosfstools (a bootable FAT image), busybox-static and a kernel.
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
/usr/bin/python3 -c 'import VMDKstream' >/dev/null 2>&1 || need_apt+=(python3-vmdkstream)
command -v qemu-system-x86_64 >/dev/null 2>&1 || need_apt+=(qemu-system-x86)
command -v syslinux >/dev/null 2>&1 || need_apt+=(syslinux)
[ -f /usr/lib/syslinux/modules/bios/ldlinux.c32 ] || need_apt+=(syslinux-common)
command -v mcopy >/dev/null 2>&1 || need_apt+=(mtools)
command -v mkfs.vfat >/dev/null 2>&1 || need_apt+=(dosfstools)
[ -x /bin/busybox ] || need_apt+=(busybox-static)
ls /boot/vmlinuz-* >/dev/null 2>&1 || need_apt+=(linux-image-amd64)

# Another apt-get or dpkg (unattended upgrades, a second ./test) may hold the lock: wait for it, bounded
# (CLOUDFIT_APT_LOCK_WAIT, default 600 s), instead of failing at once. DPkg::Lock::Timeout covers the dpkg lock
# (install) and, on apt >= 2.1, the lists lock (update); wait-for-apt-locks.sh covers an older apt's update.
APT_LOCK_WAIT="${CLOUDFIT_APT_LOCK_WAIT:-600}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  bash "$HERE/wait-for-apt-locks.sh"
  $SUDO apt-get -o DPkg::Lock::Timeout="$APT_LOCK_WAIT" update -qq >&2
  $SUDO apt-get -o DPkg::Lock::Timeout="$APT_LOCK_WAIT" install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

AZURITE_PREFIX="${CLOUDFIT_TOOLS:-$HOME/.cache/cloudfit-tools}/azurite"
if [ ! -x "$AZURITE_PREFIX/node_modules/.bin/azurite-blob" ]; then
  log "npm install azurite into $AZURITE_PREFIX"
  mkdir -p "$AZURITE_PREFIX"
  npm install --silent --no-audit --no-fund --prefix "$AZURITE_PREFIX" azurite >&2
fi
log "ready"
