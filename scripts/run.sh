#!/usr/bin/env bash
# Installs what is missing, builds, and launches Cascade on the simulated demo session.
# Without a display it renders the dashboard headlessly to out/dashboard.png instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec ./build/bin/cascade "$@"
fi
echo "cascade: no display found (DISPLAY and WAYLAND_DISPLAY are unset); rendering the dashboard headlessly." >&2
mkdir -p out
QT_QPA_PLATFORM=offscreen ./build/bin/cascade render --view dashboard --out out/dashboard.png --size 1920x1080
echo "$(pwd)/out/dashboard.png"
