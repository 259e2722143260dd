// Not a test: draws the fetch dialog, the settings dialog and the main window with a fetch under
// way into PNGs for docs/screenshots, against the fake exchange on 127.0.0.1.
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/gui_screenshots docs/screenshots
#include "AppController.h"
#include "FakeExchange.h"
#include "FetchDialog.h"
#include "FetchProgressBar.h"
#include "MainWindow.h"
#include "SessionModel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "sources/CurlGlobal.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace cascade;

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 30'000)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

void settle()
{
    waitFor([] { return false; }, 400); // let layouts and the window manager finish
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    CurlGlobal curl;
    QTemporaryDir config;
    QTemporaryDir store;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Cascade"));
    QCoreApplication::setApplicationName(QStringLiteral("Cascade"));
    const QDir out(app.arguments().value(1, QStringLiteral(".")));

    test::FakeExchange exchange;
    {
        Settings settings;
        settings.setApiBase(QStringLiteral("binance"), exchange.baseUrl());
    }
    AppController controller(store.filePath(QStringLiteral("shots.sqlite")));
    controller.start();
    MainWindow *window = controller.window();
    window->resize(1440, 900);
    if (!waitFor([&] { return controller.session()->marketData().simulated; }))
        return 1;

    // Three days of candles from the fake exchange, so the window shows a fetched series.
    FetchRequest request;
    request.exchange = QStringLiteral("binance");
    request.symbol = QStringLiteral("BTCUSDT");
    request.range = {1760054400000 - 3 * 86'400'000LL, 1760054400000};
    controller.fetcher()->start(request);
    if (!waitFor([&] { return controller.session()->marketData().exchange == QLatin1String("binance"); }))
        return 1;

    window->findChild<QAction *>(QStringLiteral("fetchAction"))->trigger();
    auto *fetch = window->findChild<FetchDialog *>();
    bool ok = save(fetch, out.filePath(QStringLiteral("fetch-dialog.png")));
    fetch->reject();

    SettingsDialog *settings = controller.openSettings();
    settings->findChild<QLineEdit *>(QStringLiteral("coinGlassKey"))
        ->setText(QStringLiteral("cg-0123456789abcdef"));
    ok = save(settings, out.filePath(QStringLiteral("settings-dialog.png"))) && ok;
    settings->reject();

    // The bar as a longer fetch shows it (set by hand: the fake exchange answers too fast to catch).
    window->fetchProgress()->begin(QStringLiteral("Binance BTCUSDT"));
    window->fetchProgress()->setProgress({12, 40, 18000, QStringLiteral("binance /fapi/v1/klines")});
    ok = save(window, out.filePath(QStringLiteral("main-window-fetching.png"))) && ok;
    return ok ? 0 : 1;
}
