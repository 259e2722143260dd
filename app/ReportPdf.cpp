#include "ReportPdf.h"

#include "ImbalanceModel.h"
#include "SessionModel.h"
#include "ZonesModel.h"
#include "market/NumberFormat.h"
#include "market/TimeFormat.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace cascade {

namespace {
QStringList headlines(const SessionModel &session, const WindowSummary &s)
{
    const QLocale locale;
    QStringList lines;
    lines << QStringLiteral("Liquidated %1 (longs %2, shorts %3): %4")
                 .arg(NumberFormat::compactUsd(s.imbalance.longUsd + s.imbalance.shortUsd),
                      NumberFormat::compactUsd(s.imbalance.longUsd), NumberFormat::compactUsd(s.imbalance.shortUsd),
                      ImbalanceModel::describe(s.imbalance));
    if (s.largestBarUsd > 0)
        lines << QStringLiteral("Largest %1 bar: %2 at %3 UTC")
                     .arg(session.interval().name(), NumberFormat::compactUsd(s.largestBarUsd),
                          TimeFormat::shortUtc(s.largestBarTime));
    lines << QStringLiteral("Range: %1 to %2")
                 .arg(locale.toString(s.rangeLow, 'f', 0), locale.toString(s.rangeHigh, 'f', 0));
    if (s.putWall > 0)
        lines << QStringLiteral("Put wall %1 (%2% of put open interest)")
                     .arg(locale.toString(s.putWall, 'f', 0), locale.toString(s.putWallShare * 100, 'f', 1));
    return lines;
}
} // namespace

Status ReportPdf::write(const QString &path, const SessionModel &session, const WindowSummary &summary,
                        const QImage &dashboard, QPageSize::PageSizeId page)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setPageSize(QPageSize(page));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        pdf.setResolution(150);
        pdf.setTitle(QStringLiteral("Cascade report"));
        pdf.setCreator(QStringLiteral("Cascade " CASCADE_VERSION));
        QPainter painter(&pdf);
        const QRect area = painter.viewport();
        const int line = pdf.resolution() / 4;
        int y = 0;
        QFont title = painter.font();
        title.setPointSizeF(16);
        title.setBold(true);
        painter.setFont(title);
        painter.drawText(QRect(0, y, area.width(), line * 2), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("Cascade report: %1").arg(session.title()));
        y += line * 2;
        QFont body = title;
        body.setPointSizeF(9.5);
        body.setBold(false);
        painter.setFont(body);
        const TimeRange span = session.span();
        QStringList lines{QStringLiteral("%1 to %2 UTC%3")
                              .arg(TimeFormat::shortUtc(span.from), TimeFormat::shortUtc(span.to),
                                   session.marketData().simulated ? QStringLiteral(" · SIMULATED data") : QString())};
        lines << headlines(session, summary);
        for (const QString &text : lines) {
            painter.drawText(QRect(0, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text);
            y += line;
        }
        y += line / 2;
        if (!dashboard.isNull()) {
            const QImage scaled = dashboard.scaledToWidth(area.width(), Qt::SmoothTransformation);
            painter.drawImage(QPoint(0, y), scaled);
            y += scaled.height() + line;
        }
        painter.drawText(QRect(0, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("Zones (estimated; evidence and weights in report.json):"));
        y += line;
        const ZoneReport &zones = const_cast<SessionModel &>(session).zones()->report();
        const QLocale locale;
        auto row = [&](const PriceZone &zone) {
            painter.drawText(QRect(0, y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1  %2 - %3   score %4   %5")
                                 .arg(zone.support ? QStringLiteral("Support   ") : QStringLiteral("Resistance"),
                                      locale.toString(zone.low, 'f', 0), locale.toString(zone.high, 'f', 0),
                                      locale.toString(zone.score, 'f', 2), ZonesModel::evidenceText(zone)));
            y += line;
        };
        for (const PriceZone &zone : zones.resistance)
            row(zone);
        for (const PriceZone &zone : zones.support)
            row(zone);
        if (!painter.end())
            return Status::failure(QStringLiteral("cannot draw %1").arg(path));
    }
    if (!file.commit())
        return Status::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace cascade
