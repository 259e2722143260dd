#!/usr/bin/env bash
# Builds the libFuzzer harnesses under fuzz/ with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (build-fuzz/), then runs each one in turn for SECONDS (default 600).
#   scripts/fuzz.sh [SECONDS]            all harnesses
#   FUZZ_ONLY="fuzz_okx fuzz_bybit" scripts/fuzz.sh 60
# Corpora grow in build-fuzz/corpus/<harness> (seeded from fuzz/seeds and, read by path, the real
# captures in ../shared/fixtures/real: they are never copied into the repository). Crashes land
# in build-fuzz/crashes/; a summary of runs per harness is printed and kept in build-fuzz/summary.txt.
# Runs at nice 19, one harness at a time: the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_HARNESS=${1:-600}
BUILD=${CASCADE_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
REAL=${CASCADE_REAL_FIXTURES:-$ROOT/../shared/fixtures/real}
ALL="fuzz_binance fuzz_bybit fuzz_okx fuzz_deribit fuzz_coinglass fuzz_stream fuzz_import_csv
     fuzz_import_archive fuzz_import_zip fuzz_time_range fuzz_store_migration"
HARNESSES=${FUZZ_ONLY:-$ALL}

if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCASCADE_FUZZ=ON -DCASCADE_BUILD_TESTS=OFF -DCASCADE_BUILD_BENCH=OFF >/dev/null
fi
# shellcheck disable=SC2086
nice -n 19 cmake --build "$BUILD" --target $HARNESSES -j2

# Seeds for one harness into its corpus folder (only new files are added).
# The exchange harnesses read one parser-choosing byte first (fuzz::pick in fuzz/FuzzCheck.h):
# each JSON body is seeded once per parser, with that parser's byte in front.
parsers() {
  case $1 in binance|bybit) echo 5 ;; okx) echo 8 ;; deribit) echo 6 ;; *) echo 0 ;; esac
}
seed() {
  local name=$1 corpus=$BUILD/corpus/$1 short=${1#fuzz_}
  mkdir -p "$corpus"
  local count
  count=$(parsers "$short")
  if [ "$count" -gt 0 ]; then
    local f i
    for f in "$ROOT/fuzz/seeds/$short"/* "$REAL/${short}"_*.json; do
      [ -f "$f" ] || continue
      for ((i = 0; i < count; i++)); do
        [ -e "$corpus/$i-$(basename "$f")" ] ||
          { printf "\\x$(printf %02x $i)"; cat "$f"; } > "$corpus/$i-$(basename "$f")"
      done
    done
    return 0
  fi
  [ -d "$ROOT/fuzz/seeds/$short" ] && cp -n "$ROOT/fuzz/seeds/$short"/* "$corpus/" 2>/dev/null || true
  [ -d "$REAL" ] || return 0
  case $short in
    stream)
      local i=0 exchange f
      for exchange in binance bybit okx deribit; do
        for f in "$REAL/${exchange}"_ws_*.json; do
          [ -f "$f" ] && { printf "\\x$(printf %02x $i)"; cat "$f"; } > "$corpus/$(basename "$f")"
        done
        i=$((i + 1))
      done ;;
    import_csv) cp -n "$REAL"/*.csv "$corpus/" ;;
    import_archive)
      # The first byte picks the archive name (see fuzz_import_archive.cpp).
      { printf '\x00'; cat "$REAL/binance_vision_spot_BTCUSDT-1h-2023-10-27_excerpt_noheader.csv"; } > "$corpus/klines_noheader"
      { printf '\x01'; cat "$REAL/binance_vision_cm_BTCUSD_PERP-1h-2023-10-27_excerpt.csv"; } > "$corpus/klines_cm"
      { printf '\x02'; cat "$REAL/binance_vision_cm_metrics_excerpt.csv"; } > "$corpus/metrics"
      { printf '\x03'; cat "$REAL/binance_vision_cm_liquidationSnapshot_excerpt.csv"; } > "$corpus/liquidation_snapshot" ;;
    import_zip)
      python3 - "$corpus" "$REAL" "$ROOT/fuzz/seeds/import_csv" <<'PY'
import pathlib, sys, zipfile
out = pathlib.Path(sys.argv[1])
for folder in sys.argv[2:]:
    for csv in sorted(pathlib.Path(folder).glob('*.csv')):
        with zipfile.ZipFile(out / (csv.stem + '.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
            z.write(csv, csv.name)
PY
      ;;
    store_migration) python3 "$ROOT/fuzz/make_store_seeds.py" "$corpus" ;;
  esac
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES="*.debug=false;*.warning=false"
mkdir -p "$BUILD/crashes" "$BUILD/logs"
SUMMARY=$BUILD/summary.txt
# On a shared machine at nice 19 the wall-clock rate says more about the load than about the
# harness: the CPU seconds the harness really got, and runs per CPU second, are kept beside it.
printf '%-22s %8s %8s %12s %10s %10s %8s %s\n' harness seconds cpu-s runs exec/s runs/cpu-s corpus result \
  > "$SUMMARY"
status=0
for name in $HARNESSES; do
  seed "$name"
  maxlen=8192
  case $name in fuzz_import_zip|fuzz_store_migration) maxlen=65536 ;; fuzz_time_range) maxlen=256 ;; esac
  log=$BUILD/logs/$name.log
  start=$(date +%s)
  set +e
  /usr/bin/time -f '%U %S' -o "$BUILD/logs/$name.cpu" \
    nice -n 19 "$BUILD/bin/$name" -max_total_time="$SECONDS_PER_HARNESS" -max_len=$maxlen -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$BUILD/crashes/$name-" \
    "$BUILD/corpus/$name" > "$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  files=$(find "$BUILD/corpus/$name" -type f | wc -l)
  cpu=$(tail -n 1 "$BUILD/logs/$name.cpu" 2>/dev/null | awk '{printf "%.0f", $1 + $2}')
  per_cpu=$(awk -v r="$runs" -v c="$cpu" 'BEGIN { if (c > 0 && r ~ /^[0-9]+$/) printf "%.0f", r / c; else print "?" }')
  result=clean
  [ $rc -ne 0 ] && { result="FAILED rc=$rc (see $log)"; status=1; }
  printf '%-22s %8s %8s %12s %10s %10s %8s %s\n' "$name" "$elapsed" "$cpu" "$runs" "$rate" "$per_cpu" "$files" \
    "$result" | tee -a "$SUMMARY"
done
exit $status
