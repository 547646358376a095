#!/usr/bin/env bash
# Installs every build, test and run dependency of Lance Desk on Debian 12.
# Idempotent: packages already present are skipped, and it prints nothing when
# everything is installed already.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git clang-format
  clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qt6-translations-l10n
  qt6-svg-dev libqt6svg6 qt6-qpa-plugins
  libqt6sql6-sqlite libqt6network6 libqt6httpserver6
  qtkeychain-qt6-dev libsqlite3-dev
  gnome-keyring libsecret-1-0 dbus
  libgl-dev libglx-dev libvulkan-dev
  xvfb xauth x11-apps imagemagick xdotool openbox fonts-dejavu-core
  procps curl ca-certificates python3
  dpkg-dev fakeroot lintian desktop-file-utils appstream librsvg2-bin man-db
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
