#pragma once

#include "analysis/AnalysisParams.h"
#include "market/MarketData.h"
#include "market/Result.h"
#include "replay/ReplayBookmark.h"
#include "store/MarketStore.h"

#include <QPageSize>
#include <QSize>
#include <QString>

#include <optional>
#include <vector>

namespace cascade {

// A report folder that says exactly what it shows and how it was made: the dashboard and each
// panel as PNG, each panel's CSV (the same bytes `cascade export` writes), report.json (inputs,
// sources, coverage gaps, every parameter, version) and report.pdf (headline figures, the
// dashboard, the zones). It is built in a temporary sibling folder and renamed into place, so a
// failure leaves no half bundle.
class ReportBundle
{
public:
    struct Inputs
    {
        MarketData data;                // the range reported on
        std::vector<SeriesInfo> series; // the store's series (sources, last writes) for report.json
        AnalysisParams params;
        Interval interval;
        QSize imageSize{1920, 1080};
        double scale = 1.0;                             // device pixels per pixel of the PNGs
        QString theme = QStringLiteral("dark");         // dark or light
        QPageSize::PageSizeId pageSize = QPageSize::A4; // of report.pdf: A4 or Letter
        QString storeLocation;
        // The replay bookmarks of the session: those inside the reported range go into
        // bookmarks.json and report.json.
        std::vector<ReplayBookmark> bookmarks;
    };

    // "a4" / "letter" (any case) as a page size; nothing for another name.
    static std::optional<QPageSize::PageSizeId> pageSizeNamed(const QString &name);
    static QString pageSizeName(QPageSize::PageSizeId page);

    // Writes the bundle into `folder` (created; must not exist or be empty). Returns the file names.
    static Result<QStringList> write(const QString &folder, const Inputs &inputs);
};

} // namespace cascade
