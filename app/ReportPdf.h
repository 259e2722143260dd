#pragma once

#include "analysis/WindowSummary.h"
#include "market/Result.h"

#include <QImage>
#include <QPageSize>
#include <QString>

namespace cascade {

class SessionModel;

// report.pdf: one A4 or Letter page with the headline figures, the dashboard image and the zones table.
class ReportPdf
{
public:
    static Status write(const QString &path, const SessionModel &session, const WindowSummary &summary,
                        const QImage &dashboard, QPageSize::PageSizeId page = QPageSize::A4);
};

} // namespace cascade
