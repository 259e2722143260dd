#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate: new strings arrive as "unfinished",
# vanished ones are dropped), then says how many entries each file still needs.
# Usage: scripts/update-translations.sh [build-dir]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target update_translations
for ts in "$root"/translations/*.ts; do
  echo "$(basename "$ts"): $(grep -c 'type="unfinished"' "$ts" || true) unfinished"
done
