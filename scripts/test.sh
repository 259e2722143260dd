#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite (Qt Test through ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
cd "${CASCADE_BUILD_DIR:-build}"
ctest --output-on-failure --timeout 300 -j 2
