#!/usr/bin/env bash
# Builds the libraries below the app layer and every test of theirs under AddressSanitizer +
# UndefinedBehaviorSanitizer (build-asan/), and the concurrency-heavy tests under
# ThreadSanitizer (build-tsan/), then runs them. Any sanitizer report fails the test.
#   scripts/test-sanitizers.sh            both
#   scripts/test-sanitizers.sh asan|tsan  one of them
#   scripts/test-sanitizers.sh asan-full  every test under ASan+UBSan, the app and the `cascade`
#                                         binary included (not in CI: about 10 more minutes)
# Suppressions and options (scripts/sanitizers/) cover Qt and system-library noise only, never
# our code; docs/RELIABILITY.md lists what is left out and why, and what each part costs.
# Cheap on purpose (CI runs it): only the libraries the tests need, the shared precompiled
# headers (cmake/CascadePch.cmake), line tables only (-g1: reports still name file and line),
# and ASan at -O0 (a third less compile time than -O1; the tests wait on sockets, not CPU).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WHICH=${1:-all}
JOBS=${CASCADE_JOBS:-2}

# Every test that does not need the app library or the built `cascade` binary: parsers,
# importers, the HTTP client, the fault matrix, fetch jobs, both store backends (PostgreSQL
# included), the analyses, the simulator, the item models, services and replay, and the widgets.
# Left out (docs/RELIABILITY.md): the app and CLI tests (the app library and the binary built a
# second time would not fit CI's budget), the crash test (child processes, minutes under ASan)
# and tst_team_store (the binary again).
ASAN_TESTS="tst_range_set tst_interval tst_time_format tst_number_format
  tst_bad_responses tst_real_captures tst_http_client tst_hostile_servers tst_fetch_job
  tst_fetch_service tst_importer tst_import_paths tst_fuzz_regressions tst_series_csv
  tst_store_copier tst_candle_aggregator tst_liquidation_bars tst_realized_heatmap
  tst_level_estimator tst_analysis_params tst_long_short_imbalance tst_options_analysis
  tst_support_zones tst_level_scorer tst_analysis_csv
  tst_analysis_demo tst_session_simulator tst_simulation_parts tst_market_store
  tst_item_models tst_data_service tst_settings tst_market_structure tst_analysis_exporter
  tst_secret_store tst_replay_engine tst_replay_controller tst_bookmark_model
  tst_price_chart_widget tst_fetch_widgets tst_imbalance_panel tst_heatmap_panel tst_zones_panel
  tst_workspace tst_parameters_panel tst_export_dialogs tst_crosshair_link tst_replay_widgets
  tst_bookmark_keeper"
# Worker threads, queued signals, cancellation, stale results; the loopback servers' threads
# under libcurl; and tsan_probe (tests/sanitizers), which checks that these options still let
# TSan report a race planted in each kind of thread Cascade starts.
TSAN_TESTS="tst_fetch_service tst_data_service tst_market_structure tst_fetch_job tst_http_client
  tst_hostile_servers"

configure() { # dir flags
  local dir=$1 flags=$2
  cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG= \
    -DCASCADE_BUILD_BENCH=OFF -DCASCADE_PCH=ON \
    -DCMAKE_CXX_FLAGS="$flags -g1 -fno-omit-frame-pointer" >/dev/null
}

run() { # dir extra-targets extra-test-regex tests...
  local dir=$1 targets=$2 extra=$3
  shift 3
  # shellcheck disable=SC2086
  cmake --build "$dir" --target "$@" $targets -j"$JOBS"
  local regex
  regex="^($(echo "$@" | tr ' ' '|')$extra)\$"
  (cd "$dir" && ctest --output-on-failure --timeout 600 -j"$JOBS" -R "$regex")
}

configure_asan() {
  configure "$ROOT/build-asan" "-fsanitize=address,undefined -fno-sanitize-recover=undefined -O0"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
  export LSAN_OPTIONS="suppressions=$ROOT/scripts/sanitizers/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
}

status=0
if [ "$WHICH" = all ] || [ "$WHICH" = asan ]; then
  configure_asan
  # shellcheck disable=SC2086
  run "$ROOT/build-asan" "" "" $ASAN_TESTS || status=1
fi
if [ "$WHICH" = asan-full ]; then
  configure_asan
  cmake --build "$ROOT/build-asan" -j"$JOBS"
  (cd "$ROOT/build-asan" && ctest --output-on-failure --timeout 900 -j"$JOBS") || status=1
fi
if [ "$WHICH" = all ] || [ "$WHICH" = tsan ]; then
  # QThread::create and std::call_once run their function inside an interceptor, where
  # ignore_noninstrumented_modules hides every report, and a bare queued invokeMethod is a
  # hand-over TSan cannot see (docs/RELIABILITY.md): postQueuedCall and std::thread instead.
  if grep -rnE --exclude=QueuedCall.h '^[^/]*(QThread::create|call_once|QMetaObject::invokeMethod)' \
    "$ROOT/models" "$ROOT/app" "$ROOT/widgets"; then
    echo "test-sanitizers: use postQueuedCall/startInPool/std::thread (docs/ARCHITECTURE.md)" >&2
    status=1
  fi
  configure "$ROOT/build-tsan" "-fsanitize=thread -O1"
  TSAN_OPTIONS=$(cat "$ROOT/scripts/sanitizers/tsan.options")
  export TSAN_OPTIONS
  # shellcheck disable=SC2086
  run "$ROOT/build-tsan" tsan_probe "|tst_tsan_probe_.*" $TSAN_TESTS || status=1
fi
exit $status
