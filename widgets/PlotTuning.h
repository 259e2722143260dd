#pragma once

class QCustomPlot;
class QCPBars;
class QCPFinancial;

namespace cascade {

// Settings that keep a replot cheap (issue 6: a replot of the price and heatmap panels within
// 8 ms over a year of 1-minute data). Measured with bench/bench_workspace.cpp; see
// docs/PERFORMANCE.md for what each one saves.
class PlotTuning
{
public:
    // One paint buffer fewer: QCustomPlot gives its "overlay" layer (used only by a selection
    // rectangle, which Cascade does not use) a buffer of its own, cleared and blended on every replot.
    static void tunePlot(QCustomPlot *plot);
    // Axis-aligned rectangles need no antialiasing; without it Qt fills them on its fast path
    // instead of rasterizing every bar as a path, and the edges stay crisp.
    static void tuneBars(QCPBars *bars);
    static void tuneCandles(QCPFinancial *candles);
};

} // namespace cascade
