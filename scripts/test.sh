#!/usr/bin/env bash
# Installs what is missing, builds, runs the whole test suite (Qt Test through ctest), runs it again
# under ASan+UBSan and its threaded tests under TSan, then builds the .deb from the same build,
# installs it and runs the installed binary (scripts/check-package.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
(cd "${CASCADE_BUILD_DIR:-build}" && ctest --output-on-failure --timeout 300 -j 2)
# The suite again under AddressSanitizer + UBSan (build-asan/, all but the crash test), then the
# threaded tests under ThreadSanitizer (build-tsan/).
./scripts/test-sanitizers.sh
# The .deb of this very build: validated, installed on this machine, and run from /usr/bin.
CASCADE_PACKAGE_FROM="${CASCADE_BUILD_DIR:-build}" ./scripts/check-package.sh
