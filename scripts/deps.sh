#!/usr/bin/env bash
# Installs the Debian 12 packages Cascade needs to build, test and run (only those missing).
# Sourced by run.sh and test.sh; safe to run again. docs/DEPENDENCIES.md says why each is here.
set -euo pipefail

CASCADE_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-websockets-dev libgl-dev
  libqcustomplot-dev libqcustomplot2.1-qt6
  libcurl4-openssl-dev nlohmann-json3-dev libzip-dev libsqlite3-dev
  libqt6sql6-psql libpq-dev postgresql
  libbenchmark-dev python3-numpy
  libqt6svg6 fonts-dejavu-core xvfb xauth imagemagick desktop-file-utils
  librsvg2-bin appstream lintian file
  fonts-wqy-microhei
  qtkeychain-qt6-dev gnome-keyring dbus-daemon openssl clang libclang-rt-14-dev
)

missing_packages() {
  local p
  for p in "${CASCADE_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
  done
}

install_missing() {
  local missing
  missing=$(missing_packages)
  [ -z "$missing" ] && return 0
  echo "cascade: installing missing packages:" $missing >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -q >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing >&2
}

install_missing
