#pragma once

#include "ChartTheme.h"
#include "market/Result.h"
#include "market/TimeRange.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QWidget;

namespace cascade {

class SessionModel;

// One panel or the whole dashboard of a session drawn offscreen by the widgets the GUI uses,
// with the footer saying what it shows: `cascade render`, a report bundle and File > Export
// image all draw through here, so they give the same picture for the same inputs.
class ViewImage
{
public:
    struct Options
    {
        QString view = QStringLiteral("dashboard"); // one of views()
        QSize size{1920, 1080};                     // logical pixels, footer included
        double scale = 1.0;                         // device pixels per pixel (2 for high-DPI)
        ChartTheme theme = ChartTheme::dark();
        std::optional<TimeRange> visible; // the time range shown; unset = the whole session
    };

    // price, heatmap, map, options, imbalance, zones, dashboard.
    static const QStringList &views();
    // The widget for `options.view`, fed by the session's models, in the options' theme.
    static std::unique_ptr<QWidget> widget(SessionModel &session, const Options &options);
    // The image: size x scale device pixels.
    static QImage render(SessionModel &session, const Options &options);
    // Whether the view shows estimated levels (the footer then says they are a model).
    static bool showsEstimates(const SessionModel &session, const QString &view);
    // Writes a PNG atomically (QSaveFile): a failure names the file and the reason and leaves
    // any existing file as it was.
    static Status savePng(const QImage &image, const QString &path);
};

} // namespace cascade
