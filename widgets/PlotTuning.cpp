#include "PlotTuning.h"

#include "QCustomPlotInclude.h"

namespace cascade {

void PlotTuning::tunePlot(QCustomPlot *plot)
{
    if (QCPLayer *overlay = plot->layer(QStringLiteral("overlay")))
        overlay->setMode(QCPLayer::lmLogical);
    plot->setNoAntialiasingOnDrag(true);
}

void PlotTuning::tuneBars(QCPBars *bars)
{
    bars->setAntialiased(false);
    bars->setAntialiasedFill(false);
}

void PlotTuning::tuneCandles(QCPFinancial *candles)
{
    candles->setAntialiased(false);
    candles->setAntialiasedFill(false);
}

} // namespace cascade
