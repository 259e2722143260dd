#!/usr/bin/env bash
# Builds the non-GUI libraries and a chosen set of their tests under AddressSanitizer +
# UndefinedBehaviorSanitizer (build-asan/), and the concurrency-heavy tests under
# ThreadSanitizer (build-tsan/), then runs them. Any sanitizer report fails the test.
#   scripts/test-sanitizers.sh            both
#   scripts/test-sanitizers.sh asan|tsan  one of them
# Suppressions (scripts/sanitizers/*.supp) cover Qt and system-library noise only, never our
# code; docs/RELIABILITY.md lists what is left out and why (time: CI must stay under 15 min).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WHICH=${1:-all}
JOBS=${CASCADE_JOBS:-2}

# Parsers, store, importers, HTTP client, hostile servers, fetch jobs: everything that reads
# outside data. Left out: GUI, widget and app tests (Qt Gui noise, and their build doubles the time).
ASAN_TESTS="tst_range_set tst_interval tst_time_format tst_number_format
  tst_bad_responses tst_real_captures tst_http_client tst_hostile_servers tst_fetch_job
  tst_importer tst_import_paths tst_fuzz_regressions tst_series_csv
  tst_candle_aggregator tst_liquidation_bars tst_realized_heatmap tst_level_estimator"
# Worker threads, queued signals, cancellation, stale results.
TSAN_TESTS="tst_fetch_service tst_data_service tst_market_structure"

configure() { # dir flags
  local dir=$1 flags=$2
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCASCADE_BUILD_BENCH=OFF \
      -DCMAKE_CXX_FLAGS="$flags -O1 -g -fno-omit-frame-pointer" >/dev/null
  fi
}

run() { # dir tests...
  local dir=$1
  shift
  # shellcheck disable=SC2086
  cmake --build "$dir" --target "$@" -j"$JOBS"
  local regex
  regex="^($(echo "$@" | tr ' ' '|'))\$"
  (cd "$dir" && ctest --output-on-failure --timeout 600 -j"$JOBS" -R "$regex")
}

status=0
if [ "$WHICH" = all ] || [ "$WHICH" = asan ]; then
  configure "$ROOT/build-asan" "-fsanitize=address,undefined -fno-sanitize-recover=undefined"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
  export LSAN_OPTIONS="suppressions=$ROOT/scripts/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  # shellcheck disable=SC2086
  run "$ROOT/build-asan" $ASAN_TESTS || status=1
fi
if [ "$WHICH" = all ] || [ "$WHICH" = tsan ]; then
  configure "$ROOT/build-tsan" "-fsanitize=thread"
  export TSAN_OPTIONS="suppressions=$ROOT/scripts/sanitizers/tsan.supp:halt_on_error=1:second_deadlock_stack=1"
  # shellcheck disable=SC2086
  run "$ROOT/build-tsan" $TSAN_TESTS || status=1
fi
exit $status
