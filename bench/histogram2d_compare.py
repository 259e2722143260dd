#!/usr/bin/env python3
"""Side-by-side figure for docs/PERFORMANCE.md: numpy.histogram2d on the exact events that
bench_analysis bins (5,000,000 liquidations into 2000 x 500 cells).

Usage: python3 bench/histogram2d_compare.py build/bin/bench_analysis
Runs the benchmark once with CASCADE_BENCH_EVENTS_OUT set (it dumps its events as raw
cascade::Liquidation records), then times numpy on them and prints both figures.
"""
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

# cascade::Liquidation: qint64 time, quint8 side (+7 padding), double price, quantity, notionalUsd.
LIQUIDATION = np.dtype([("time", "<i8"), ("side", "u1"), ("pad", "V7"),
                        ("price", "<f8"), ("quantity", "<f8"), ("notional", "<f8")])
T0 = 1760054400000
COLUMNS, ROWS = 2000, 500
TIME_RANGE = (T0, T0 + COLUMNS * 60000)
PRICE_RANGE = (95000.0, 95000.0 + ROWS * 20.0)


def best_of(n, fn):
    best = float("inf")
    for _ in range(n):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000.0


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    bench = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        dump = os.path.join(tmp, "events.bin")
        out = subprocess.run([bench, "--benchmark_filter=BM_StreamingPass|BM_RealizedHeatmap$",
                              "--benchmark_repetitions=5", "--benchmark_report_aggregates_only=true"],
                             env=dict(os.environ, CASCADE_BENCH_EVENTS_OUT=dump),
                             check=True, capture_output=True, text=True).stdout
        events = np.fromfile(dump, dtype=LIQUIDATION)
    print(out)
    assert len(events) == 5_000_000, len(events)
    t = events["time"].astype(np.float64)
    p = events["price"]
    w = events["notional"]
    longs = events["side"] == 0

    def one_call():
        np.histogram2d(t, p, bins=[COLUMNS, ROWS], range=[TIME_RANGE, PRICE_RANGE], weights=w)

    def same_output():
        # What RealizedHeatmap::build returns in one pass: sums and counts for each side.
        for side in (longs, ~longs):
            np.histogram2d(t[side], p[side], bins=[COLUMNS, ROWS], range=[TIME_RANGE, PRICE_RANGE],
                           weights=w[side])
            np.histogram2d(t[side], p[side], bins=[COLUMNS, ROWS], range=[TIME_RANGE, PRICE_RANGE])

    print(f"numpy {np.__version__} histogram2d, one weighted call (all events): {best_of(3, one_call):.0f} ms")
    print(f"numpy histogram2d, same output (long/short x sum/count): {best_of(3, same_output):.0f} ms")


if __name__ == "__main__":
    main()
