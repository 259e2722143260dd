#!/usr/bin/env bash
# Configures and builds Cascade into build/ (executable: build/bin/cascade). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${CASCADE_BUILD_DIR:-build}
JOBS=${CASCADE_JOBS:-2}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  # Debian's hardening flags (fortify, stack protector, relro, bindnow) and the /usr prefix: the tests run
  # the binary the .deb ships (scripts/package.sh with CASCADE_PACKAGE_FROM packages this build).
  # Precompiled Qt headers (cmake/CascadePch.cmake): about 1 s less per file. -g1 (it comes after
  # Debian's -g): function names and line tables, enough for backtraces and perf, and 10-30%
  # less compile time per file than full debug information.
  export DEB_BUILD_MAINT_OPTIONS=hardening=+all
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_INSTALL_PREFIX=/usr \
    -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
    -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" -DCASCADE_PCH=ON "$@"
fi
cmake --build "$BUILD_DIR" -j "$JOBS"
