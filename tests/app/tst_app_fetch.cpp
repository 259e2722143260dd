// The GUI's fetch end to end: AppController, the fetch dialog and progress bar, FetchService and
// the fake exchange on 127.0.0.1, into a temporary store and back into the session.
#include "AppController.h"
#include "ErrorBanner.h"
#include "FakeExchange.h"
#include "FetchDialog.h"
#include "FetchProgressBar.h"
#include "IsolatedGuiTest.h"
#include "MainWindow.h"
#include "SessionModel.h"
#include "Settings.h"
#include "sources/CurlGlobal.h"
#include "Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cascade;
using cascade::test::FakeExchange;
using cascade::test::LoopbackServer;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr qint64 kMinute = 60'000;
constexpr int kWait = 30'000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A started controller on a new store whose binance API is `baseUrl`, showing the demo session.
std::unique_ptr<AppController> startApp(const QString &store, const QString &baseUrl)
{
    Settings settings; // the user settings, under this test's own XDG_CONFIG_HOME
    settings.setApiBase(QStringLiteral("binance"), baseUrl);
    settings.set(Settings::lastExchange, QString());
    settings.set(Settings::lastSymbol, QString());
    settings.sync();
    Translations::install(QStringLiteral("en")); // as main() does: "3,000 rows", not "3,000 row(s)"
    auto app = std::make_unique<AppController>(store);
    app->start();
    return app;
}

FetchRequest binanceCandles(qint64 minutes)
{
    FetchRequest request;
    request.exchange = QStringLiteral("binance");
    request.symbol = QStringLiteral("BTCUSDT");
    request.range = {kT0, kT0 + minutes * kMinute};
    return request;
}
} // namespace

class TestAppFetch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void fetchFromTheDialogFillsTheSession()
    {
        FakeExchange exchange;
        const auto app = startApp(m_dir.filePath(QStringLiteral("fetch.sqlite")), exchange.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->marketData().simulated, kWait); // first run: the demo
        MainWindow *window = app->window();

        window->findChild<QAction *>(QStringLiteral("fetchAction"))->trigger();
        auto *dialog = window->findChild<FetchDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("exchange"))->currentData().toString(),
                 QStringLiteral("binance"));
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("from"))->setDateTime(utc(kT0));
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("to"))->setDateTime(utc(kT0 + 3000 * kMinute));
        auto *bar = window->findChild<QProgressBar *>(QStringLiteral("fetchProgressBar"));
        QSignalSpy moved(bar, &QProgressBar::valueChanged);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(!window->fetchProgress()->isHidden());

        QTRY_COMPARE_WITH_TIMEOUT(app->session()->marketData().exchange, QStringLiteral("binance"), kWait);
        const MarketData &data = app->session()->marketData();
        QCOMPARE(data.symbol, QStringLiteral("BTCUSDT"));
        QVERIFY(!data.simulated);
        QCOMPARE(data.candles.size(), std::size_t(3000));
        QCOMPARE(data.candles.front().openTime, kT0);
        QCOMPARE(data.candles.front().open, FakeExchange::open(kT0));
        QCOMPARE(data.candles.back().openTime, kT0 + 2999 * kMinute);
        QCOMPARE(data.candles.back().open, FakeExchange::open(kT0 + 2999 * kMinute));
        QCOMPARE(exchange.requestCount(), 2); // 1500 klines a page

        // The bar went 1 then 2 of 2, said so, and went away; nothing went wrong.
        QList<int> values;
        QStringList seen;
        for (const auto &arguments : moved) {
            values << arguments.at(0).toInt();
            seen << arguments.at(0).toString();
        }
        QVERIFY2(values.contains(1) && values.endsWith(2), qPrintable(seen.join(u',')));
        QCOMPARE(window->fetchProgress()->text(),
                 QStringLiteral("Binance BTCUSDT: 2 / 2 requests · 3,000 rows"));
        QVERIFY(window->fetchProgress()->isHidden());
        QCOMPARE(window->errorBanner()->message(), QString());
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Fetched Binance BTCUSDT: 2 requests, 3,000 rows")); // not "Loaded …"
        auto *picker = window->findChild<QComboBox *>(QStringLiteral("seriesPicker"));
        QVERIFY(picker->findText(QStringLiteral("binance · BTCUSDT")) >= 0);
        QCOMPARE(picker->currentText(), QStringLiteral("binance · BTCUSDT"));
    }

    void aBannedIpShowsTheWholeMessage()
    {
        FakeExchange exchange;
        exchange.breakFromRequest(1, R"({"code":-1003,"msg":"Way too many requests; IP banned."})", 418);
        const auto app = startApp(m_dir.filePath(QStringLiteral("banned.sqlite")), exchange.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->marketData().simulated, kWait);
        MainWindow *window = app->window();
        app->fetcher()->start(binanceCandles(60));
        QTRY_VERIFY_WITH_TIMEOUT(!window->errorBanner()->message().isEmpty(), kWait);
        const QString message = window->errorBanner()->message();
        QVERIFY2(message.startsWith(QStringLiteral("Fetch from Binance failed: binance /fapi/v1/klines")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("HTTP 418: the exchange has banned this IP address")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("proxy")), qPrintable(message));
        QCOMPARE(exchange.requestCount(), 1); // 418 is not retried
        QVERIFY(window->fetchProgress()->isHidden());
        QTest::qWait(200); // a refresh after the failure keeps the session where it was
        QVERIFY(app->session()->marketData().simulated);
    }

    void aBrokenPageNamesTheEndpoint()
    {
        FakeExchange exchange;
        exchange.breakFromRequest(2, "<html><body>502 Bad Gateway</body></html>");
        const auto app = startApp(m_dir.filePath(QStringLiteral("broken.sqlite")), exchange.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->marketData().simulated, kWait);
        MainWindow *window = app->window();
        app->fetcher()->start(binanceCandles(3000));
        QTRY_VERIFY_WITH_TIMEOUT(!window->errorBanner()->message().isEmpty(), kWait);
        const QString message = window->errorBanner()->message();
        QVERIFY2(message.startsWith(QStringLiteral("Fetch from Binance failed: binance /fapi/v1/klines")),
                 qPrintable(message));
        QVERIFY2(message.endsWith(
                     QStringLiteral("(1 earlier pages are stored; the next fetch resumes after them)")),
                 qPrintable(message));
    }

    void cancelStopsTheFetchWithoutAnError()
    {
        FakeExchange exchange;
        const auto app = startApp(m_dir.filePath(QStringLiteral("cancel.sqlite")), exchange.baseUrl());
        QTRY_VERIFY_WITH_TIMEOUT(app->session()->marketData().simulated, kWait);
        exchange.server().setHandler([](const LoopbackServer::Request &) {
            auto reply = LoopbackServer::Reply::json("[]");
            reply.stallMidBody = true; // the answer never completes
            return reply;
        });
        MainWindow *window = app->window();
        app->fetcher()->start(binanceCandles(3000));
        QTRY_VERIFY_WITH_TIMEOUT(exchange.requestCount() >= 1, kWait);
        QTest::mouseClick(window->fetchProgress()->findChild<QToolButton *>(QStringLiteral("fetchCancel")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->fetchProgress()->isHidden(), kWait);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Fetch of Binance BTCUSDT cancelled; the pages fetched before stay stored."));
        QCOMPARE(window->errorBanner()->message(), QString());
        QVERIFY(!app->fetcher()->isRunning());
    }
};

int main(int argc, char **argv)
{
    CurlGlobal curl;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    return cascade::test::runIsolatedGuiTest<TestAppFetch>(argc, argv);
}

#include "tst_app_fetch.moc"
