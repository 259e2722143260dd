#!/usr/bin/env bash
# Builds the release packages: a Release build in build-package/ (no tests, no benchmarks) with Debian's
# hardening flags, then CPack's .deb and .tar.gz. Prints the artefact paths, one a line.
# CASCADE_PACKAGE_FROM=DIR packages an existing build instead (CI: the tested build/).
# docs/PACKAGING.md describes the packages and how they are checked.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CASCADE_PACKAGE_DIR:-build-package}
JOBS=${CASCADE_JOBS:-2}

if [ -n "${CASCADE_PACKAGE_FROM:-}" ]; then
  # Package an existing build: the test build, which scripts/build.sh configures with the same Debian
  # flags, so CI ships exactly the binary it tested and pays for one build, not two.
  BUILD_DIR=$CASCADE_PACKAGE_FROM
  cmake --build "$BUILD_DIR" -j "$JOBS" >&2
else
  # Debian's own compiler and linker flags (fortify, stack protector, relro, bindnow), as a .deb built by
  # dpkg-buildpackage would have them.
  export DEB_BUILD_MAINT_OPTIONS=hardening=+all
  cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DCASCADE_BUILD_TESTS=OFF -DCASCADE_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >&2
  cmake --build "$BUILD_DIR" -j "$JOBS" >&2
fi
rm -f "$BUILD_DIR"/cascade_*.deb "$BUILD_DIR"/cascade-*.tar.gz
(cd "$BUILD_DIR" && cpack >&2)
ls -1 "$PWD/$BUILD_DIR"/cascade_*.deb "$PWD/$BUILD_DIR"/cascade-*.tar.gz
