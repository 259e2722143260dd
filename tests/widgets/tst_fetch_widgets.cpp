// The fetch dialog, the fetch progress bar and the settings dialog, driven like a user would.
#include "FetchDialog.h"
#include "FetchProgressBar.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cascade;

namespace {
constexpr qint64 kNow = 1760099696789;       // 2025-10-10T12:34:56.789Z
constexpr qint64 kNowMinute = 1760099640000; // 2025-10-10T12:34:00.000Z
constexpr qint64 kDay = 86'400'000;

QList<FetchDialog::Exchange> exchanges()
{
    return {{QStringLiteral("binance"),
             QStringLiteral("Binance"),
             {SeriesKind::Candles, SeriesKind::OpenInterest, SeriesKind::LongShortAccountRatio,
              SeriesKind::TakerBuySellRatio},
             {}},
            {QStringLiteral("deribit"),
             QStringLiteral("Deribit"),
             {SeriesKind::Candles, SeriesKind::Options},
             {}},
            {QStringLiteral("coinglass"),
             QStringLiteral("CoinGlass"),
             {SeriesKind::Liquidations},
             QStringLiteral("CoinGlass needs an API key.")}};
}

QList<SettingsDialog::Endpoint> endpoints()
{
    return {
        {QStringLiteral("binance"), QStringLiteral("Binance"), QStringLiteral("https://fapi.binance.com")},
        {QStringLiteral("okx"), QStringLiteral("OKX"), QStringLiteral("https://www.okx.com")}};
}

template<typename W> W *child(QObject *parent, const char *name)
{
    W *found = parent->findChild<W *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void clickFetch(FetchDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

class TestFetchWidgets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void presetsEndAtTheLastWholeMinute_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<qint64>("span");
        QTest::newRow("24h") << QStringLiteral("preset24h") << kDay;
        QTest::newRow("7d") << QStringLiteral("preset7d") << 7 * kDay;
        QTest::newRow("30d") << QStringLiteral("preset30d") << 30 * kDay;
    }

    void presetsEndAtTheLastWholeMinute()
    {
        QFETCH(QString, button);
        QFETCH(qint64, span);
        FetchDialog dialog(exchanges());
        dialog.setClock([] { return kNow; });
        dialog.setSeries(QStringLiteral("binance"), QStringLiteral("BTCUSDT"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
        const auto request = dialog.request();
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(request->range.to, kNowMinute);
        QCOMPARE(request->range.from, kNowMinute - span);
        QCOMPARE(child<QDateTimeEdit>(&dialog, "to")->dateTime(), utc(kNowMinute));
    }

    void fetchEmitsTheRequestAsEntered()
    {
        FetchDialog dialog(exchanges());
        dialog.setClock([] { return kNow; });
        child<QComboBox>(&dialog, "exchange")->setCurrentIndex(0);
        QTest::keyClicks(child<QLineEdit>(&dialog, "symbol"), QStringLiteral(" ethusdt "));
        child<QDateTimeEdit>(&dialog, "from")->setDateTime(utc(1759276800000)); // 2025-10-01T00:00Z
        child<QDateTimeEdit>(&dialog, "to")->setDateTime(utc(1759363200000));   // 2025-10-02T00:00Z
        child<QComboBox>(&dialog, "interval")->setCurrentText(QStringLiteral("4h"));
        QTest::mouseClick(child<QCheckBox>(&dialog, "ratios"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(&dialog, "openInterest"), Qt::LeftButton);
        QSignalSpy requested(&dialog, &FetchDialog::requested);
        clickFetch(dialog);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto request = requested.at(0).at(0).value<FetchRequest>();
        QCOMPARE(request.exchange, QStringLiteral("binance"));
        QCOMPARE(request.symbol, QStringLiteral("ETHUSDT"));
        QCOMPARE(request.range, (TimeRange{1759276800000, 1759363200000}));
        QCOMPARE(request.interval, Interval::hours(4));
        // Candles first, then what the exchange serves of the ticked groups.
        QCOMPARE(request.kinds,
                 (std::vector<SeriesKind>{SeriesKind::Candles, SeriesKind::OpenInterest,
                                          SeriesKind::LongShortAccountRatio, SeriesKind::TakerBuySellRatio}));
        QVERIFY(request.apiKey.isEmpty()); // app/ adds the key from Settings
    }

    void aRangeEndingInTheFutureEndsNow()
    {
        FetchDialog dialog(exchanges());
        dialog.setClock([] { return kNow; });
        dialog.setSeries(QStringLiteral("binance"), QStringLiteral("BTCUSDT"));
        child<QDateTimeEdit>(&dialog, "to")->setDateTime(utc(kNow + kDay));
        const auto request = dialog.request();
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(request->range, (TimeRange{kNowMinute - kDay, kNow}));
    }

    void kindsTheExchangeLacksAreOff()
    {
        FetchDialog dialog(exchanges());
        dialog.setClock([] { return kNow; });
        child<QCheckBox>(&dialog, "openInterest")->setChecked(true);
        dialog.setSeries(QStringLiteral("deribit"), QStringLiteral("BTC-PERPETUAL"));
        QVERIFY(!child<QCheckBox>(&dialog, "openInterest")->isEnabled());
        QVERIFY(child<QCheckBox>(&dialog, "options")->isEnabled());
        child<QCheckBox>(&dialog, "options")->setChecked(true);
        const auto request = dialog.request();
        QVERIFY2(request.ok(), qPrintable(request.error()));
        QCOMPARE(request->kinds, (std::vector<SeriesKind>{SeriesKind::Candles, SeriesKind::Options}));
        // Options alone are a snapshot: no range needed.
        child<QCheckBox>(&dialog, "candles")->setChecked(false);
        child<QDateTimeEdit>(&dialog, "from")->setDateTime(utc(kNow + kDay));
        QVERIFY2(dialog.request().ok(), qPrintable(dialog.request().error()));
    }

    void badFormsSayWhyAndStayOpen_data()
    {
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<bool>("candles");
        QTest::addColumn<QString>("error");
        const qint64 t0 = 1759276800000;
        QTest::newRow("no symbol") << "binance"
                                   << "  " << t0 << t0 + kDay << true << "Enter a symbol, e.g. BTCUSDT.";
        QTest::newRow("spaces") << "binance"
                                << "BTC USDT" << t0 << t0 + kDay << true
                                << "Symbol 'BTC USDT': exchanges use letters, digits and - _ . / : only.";
        QTest::newRow("reversed") << "binance"
                                  << "BTCUSDT" << t0 + kDay << t0 << true
                                  << "From 2025-10-02 00:00 UTC must be before To 2025-10-01 00:00 UTC.";
        QTest::newRow("future")
            << "binance"
            << "BTCUSDT" << kNow + kDay << kNow + 2 * kDay << true
            << "From 2025-10-11 12:34 UTC is in the future (now is 2025-10-10 12:34 UTC).";
        QTest::newRow("no kinds") << "binance"
                                  << "BTCUSDT" << t0 << t0 + kDay << false
                                  << "Tick at least one kind of data that Binance serves.";
        QTest::newRow("no key") << "coinglass"
                                << "BTCUSDT" << t0 << t0 + kDay << true << "CoinGlass needs an API key.";
        QTest::newRow("checker") << "binance"
                                 << "NOPE" << t0 << t0 + kDay << true << "binance has no NOPE";
    }

    void badFormsSayWhyAndStayOpen()
    {
        QFETCH(QString, exchange);
        QFETCH(QString, symbol);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(bool, candles);
        QFETCH(QString, error);
        FetchDialog dialog(exchanges());
        dialog.setClock([] { return kNow; });
        dialog.setChecker([](const FetchRequest &r) {
            return r.symbol == QLatin1String("NOPE") ? QStringLiteral("binance has no NOPE") : QString();
        });
        dialog.setSeries(exchange, symbol);
        child<QDateTimeEdit>(&dialog, "from")->setDateTime(utc(from));
        child<QDateTimeEdit>(&dialog, "to")->setDateTime(utc(to));
        child<QCheckBox>(&dialog, "candles")->setChecked(candles);
        QSignalSpy requested(&dialog, &FetchDialog::requested);
        dialog.show();
        clickFetch(dialog);
        QCOMPARE(requested.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), error);
    }

    void progressBarSaysRequestsAndRows()
    {
        Translations::install(QStringLiteral("en")); // as main() does: English plurals
        QCOMPARE(FetchProgressBar::describe({12, 40, 18000, {}}),
                 QStringLiteral("12 / 40 requests · 18,000 rows"));
        FetchProgressBar bar;
        QVERIFY(bar.isHidden());
        bar.begin(QStringLiteral("Binance BTCUSDT"));
        QVERIFY(!bar.isHidden());
        QCOMPARE(bar.text(), QStringLiteral("Binance BTCUSDT: planning…"));
        bar.setProgress({12, 40, 18000, QStringLiteral("binance /fapi/v1/klines 2025-10-10T00:00:00.000Z")});
        QCOMPARE(bar.text(), QStringLiteral("Binance BTCUSDT: 12 / 40 requests · 18,000 rows"));
        QCOMPARE(bar.value(), 12);
        QCOMPARE(bar.maximum(), 40);
        bar.setProgress({41, 41, 1234567, {}}); // a cursor page made the plan grow
        QCOMPARE(bar.text(), QStringLiteral("Binance BTCUSDT: 41 / 41 requests · 1,234,567 rows"));
        QCOMPARE(bar.value(), 41);
        bar.end();
        QVERIFY(bar.isHidden());
    }

    void progressBarCancelAsksOnce()
    {
        FetchProgressBar bar;
        bar.begin(QStringLiteral("OKX BTC-USDT-SWAP"));
        QSignalSpy cancel(&bar, &FetchProgressBar::cancelRequested);
        auto *button = child<QToolButton>(&bar, "fetchCancel");
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::mouseClick(button, Qt::LeftButton); // disabled now: no second request
        QCOMPARE(cancel.count(), 1);
        QCOMPARE(bar.text(), QStringLiteral("OKX BTC-USDT-SWAP: cancelling…"));
        bar.setProgress({3, 9, 300, {}}); // a page that was under way still lands
        QCOMPARE(bar.value(), 3);
        QCOMPARE(bar.text(), QStringLiteral("OKX BTC-USDT-SWAP: cancelling…"));
        bar.begin(QStringLiteral("OKX BTC-USDT-SWAP"));
        QVERIFY(button->isEnabled());
    }

    void settingsDialogRoundTripsThroughSettings()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cascade.ini"));
        {
            Settings settings(file);
            settings.setApiBase(QStringLiteral("okx"), QStringLiteral("http://127.0.0.1:9/okx"));
            settings.set(Settings::proxyUrl, QStringLiteral("http://proxy.local:3128"));
            SettingsDialog dialog(&settings, endpoints());
            auto *binance = child<QLineEdit>(&dialog, "apiBase_binance");
            auto *okx = child<QLineEdit>(&dialog, "apiBase_okx");
            QCOMPARE(binance->text(), QStringLiteral("https://fapi.binance.com"));
            QCOMPARE(okx->text(), QStringLiteral("http://127.0.0.1:9/okx"));
            QVERIFY(!child<QToolButton>(&dialog, "resetApiBase_binance")->isEnabled());
            QVERIFY(child<QToolButton>(&dialog, "resetApiBase_okx")->isEnabled());
            QCOMPARE(child<QLineEdit>(&dialog, "proxy")->text(), QStringLiteral("http://proxy.local:3128"));
            QCOMPARE(child<QComboBox>(&dialog, "theme")->currentData().toString(), QStringLiteral("dark"));
            auto *key = child<QLineEdit>(&dialog, "coinGlassKey");
            QCOMPARE(key->echoMode(), QLineEdit::Password);
            // Where the key goes is said as it is: the keychain when a service runs, else this file.
            QCOMPARE(child<QLabel>(&dialog, "coinGlassKeyWhere")->text(),
                     settings.keepsSecretsInKeychain()
                         ? QStringLiteral("Kept in the system keychain.")
                         : QStringLiteral("No keychain service is running: kept in Cascade's settings "
                                          "file, readable only by you."));

            QTest::mouseClick(child<QToolButton>(&dialog, "resetApiBase_okx"), Qt::LeftButton);
            QCOMPARE(okx->text(), QStringLiteral("https://www.okx.com"));
            binance->setText(QStringLiteral("http://127.0.0.1:8080"));
            child<QLineEdit>(&dialog, "proxy")->setText(QStringLiteral(" socks5://127.0.0.1:1080 "));
            QTest::keyClicks(key, QStringLiteral("cg-4f2a"));
            child<QComboBox>(&dialog, "theme")->setCurrentIndex(1);
            QCOMPARE(child<QLineEdit>(&dialog, "storeLocation")->text(), QString()); // the default file
            child<QLineEdit>(&dialog, "storeLocation")
                ->setText(QStringLiteral(" postgresql://desk@db.example:5432/market "));
            QSignalSpy changed(&settings, &Settings::changed);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(changed.count(), 6); // two bases, proxy, store, key, theme
            settings.sync();
        }
        Settings reopened(file);
        QCOMPARE(reopened.apiBase(QStringLiteral("binance")), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(reopened.apiBase(QStringLiteral("okx")), QString()); // back to the default: no override kept
        QCOMPARE(reopened.get(Settings::proxyUrl), QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(reopened.get(Settings::coinGlassApiKey), QStringLiteral("cg-4f2a"));
        QCOMPARE(reopened.get(Settings::theme), QStringLiteral("light"));
        QCOMPARE(reopened.get(Settings::storeLocation),
                 QStringLiteral("postgresql://desk@db.example:5432/market"));
        SettingsDialog again(&reopened, endpoints());
        QCOMPARE(child<QLineEdit>(&again, "coinGlassKey")->text(), QStringLiteral("cg-4f2a"));
        QCOMPARE(child<QComboBox>(&again, "theme")->currentData().toString(), QStringLiteral("light"));
    }

    void settingsDialogRefusesBadUrls_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("ftp base") << "apiBase_binance"
                                  << "ftp://mirror.example"
                                  << "Binance API: 'ftp://mirror.example' is not an http(s) URL such as "
                                     "https://fapi.binance.com.";
        QTest::newRow("no scheme")
            << "apiBase_okx"
            << "www.okx.com"
            << "OKX API: 'www.okx.com' is not an http(s) URL such as https://www.okx.com.";
        QTest::newRow("proxy") << "proxy"
                               << "proxy.local:3128"
                               << "Proxy: 'proxy.local:3128' is not a proxy URL such as http://host:3128 or "
                                  "socks5://host:1080.";
        QTest::newRow("key") << "coinGlassKey"
                             << "ab cd"
                             << "CoinGlass API key: a key has no spaces; paste it again.";
    }

    void settingsDialogRefusesBadUrls()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, error);
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("cascade.ini")));
        SettingsDialog dialog(&settings, endpoints());
        dialog.show();
        dialog.findChild<QLineEdit *>(field)->setText(text);
        QSignalSpy changed(&settings, &Settings::changed);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), error);
        QCOMPARE(changed.count(), 0); // nothing saved
    }
};

QTEST_MAIN(TestFetchWidgets)
#include "tst_fetch_widgets.moc"
