#!/usr/bin/env bash
# Builds the release packages: a Release build in build-package/ (no tests, no benchmarks) with Debian's
# hardening flags, then CPack's .deb and .tar.gz. Prints the artefact paths, one a line.
# docs/PACKAGING.md describes the packages and how they are checked.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CASCADE_PACKAGE_DIR:-build-package}
JOBS=${CASCADE_JOBS:-2}

# Debian's own compiler and linker flags (fortify, stack protector, relro, bindnow), as a .deb built by
# dpkg-buildpackage would have them.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cmake -S . -B "$BUILD_DIR" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DCASCADE_BUILD_TESTS=OFF -DCASCADE_BUILD_BENCH=OFF \
  -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
  -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >&2
cmake --build "$BUILD_DIR" -j "$JOBS" >&2
rm -f "$BUILD_DIR"/cascade_*.deb "$BUILD_DIR"/cascade-*.tar.gz
(cd "$BUILD_DIR" && cpack >&2)
ls -1 "$PWD/$BUILD_DIR"/cascade_*.deb "$PWD/$BUILD_DIR"/cascade-*.tar.gz
