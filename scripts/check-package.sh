#!/usr/bin/env bash
# Builds the .deb (scripts/package.sh), installs it on this machine through apt (so its Depends are
# resolved), and runs the installed /usr/bin/cascade: --version, a demo store, and a headless render
# whose PNG must have the requested size. Also validates the desktop entry, the AppStream metainfo and
# the .deb with lintian (errors fail; warnings are listed in docs/PACKAGING.md). Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
check() { # check NAME COMMAND...: runs the command, counts and reports the outcome
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "PASS: $name"
  else
    failed=$((failed + 1))
    echo "FAIL: $name" >&2
  fi
}

# Width and height from a PNG's IHDR chunk (bytes 16-23, big-endian), without image libraries.
png_size() {
  local w h
  w=$(od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  h=$(od -An -tu1 -j20 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
  echo "${w}x${h}"
}
is_png_of_size() { # FILE WxH
  [ -s "$1" ] && [ "$(od -An -c -j1 -N3 "$1" | tr -d ' ')" = "PNG" ] && [ "$(png_size "$1")" = "$2" ]
}

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

artefacts=$(./scripts/package.sh)
deb=$(echo "$artefacts" | grep '\.deb$')
tgz=$(echo "$artefacts" | grep '\.tar\.gz$')
echo "package check: built $deb and $tgz"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check "desktop-file-validate" desktop-file-validate packaging/io.github.cascade.Cascade.desktop
check "appstreamcli validate" appstreamcli validate --no-net packaging/io.github.cascade.Cascade.metainfo.xml
# lintian exits non-zero on errors only (its default --fail-on error).
check "lintian (no errors)" lintian --tag-display-limit 0 "$deb"
check "tar.gz lays out bin/cascade" sh -c "tar -tzf '$tgz' | grep -q '/bin/cascade$'"

DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --reinstall "$deb" >"$tmp/apt.log" 2>&1 ||
  { cat "$tmp/apt.log" >&2; echo "package check: apt-get install of $deb failed" >&2; exit 1; }

check "installed files" test -x /usr/bin/cascade \
  -a -f /usr/share/applications/io.github.cascade.Cascade.desktop \
  -a -f /usr/share/metainfo/io.github.cascade.Cascade.metainfo.xml \
  -a -f /usr/share/icons/hicolor/512x512/apps/io.github.cascade.Cascade.png \
  -a -f /usr/share/icons/hicolor/scalable/apps/io.github.cascade.Cascade.svg \
  -a -f /usr/share/doc/cascade/copyright
check "cascade --version" sh -c "/usr/bin/cascade --version | grep -qx 'cascade [0-9][0-9.]*'"
check "cascade demo" /usr/bin/cascade demo --days 3 --store "$tmp/demo.sqlite"
check "cascade render --view price" env QT_QPA_PLATFORM=offscreen /usr/bin/cascade render --view price \
  --out "$tmp/price.png" --size 800x500 --store "$tmp/demo.sqlite"
check "rendered PNG is 800x500" is_png_of_size "$tmp/price.png" 800x500

echo "package check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
