#include "store/Importer.h"
#include "store/SeriesCsvWriter.h"
#include "store/SqliteMarketStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

#include <cmath>
#include <limits>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z
constexpr TimeRange kAll{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};

QByteArray fixture(const char *name)
{
    QFile file(QDir(CASCADE_REAL_FIXTURES).filePath(QString::fromLatin1(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing real fixture %s", name);
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Builds a one-entry zip archive at runtime (the real archives are never stored in the repo).
void makeZip(const QString &zipPath, const QString &entryName, const QByteArray &bytes)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(archive);
    zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    QVERIFY(source);
    QVERIFY(zip_file_add(archive, entryName.toUtf8().constData(), source, ZIP_FL_OVERWRITE) >= 0);
    QCOMPARE(zip_close(archive), 0);
}

QByteArray sha256File(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Spot klines from 2025 on count microseconds: the same rows with times x 1000.
QByteArray toMicroseconds(const QByteArray &klines)
{
    QByteArray out;
    for (const QByteArray &line : klines.trimmed().split('\n')) {
        QList<QByteArray> fields = line.trimmed().split(',');
        fields[0] += "000"; // open time: the first microsecond of the bar
        fields[6] += "999"; // close time: its last microsecond
        out += fields.join(',') + '\n';
    }
    return out;
}
} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    std::unique_ptr<SqliteMarketStore> freshStore()
    {
        auto store =
            SqliteMarketStore::open(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_stores)));
        if (!store)
            qFatal("%s", qPrintable(store.error()));
        return std::move(store).value();
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

private slots:
    void coinMarginedKlinesWithHeader()
    {
        auto store = freshStore();
        Importer importer(*store);
        const QString path = file("BTCUSD_PERP-1h-2023-10-27.csv",
                                  fixture("binance_vision_cm_BTCUSD_PERP-1h-2023-10-27_excerpt.csv"));
        auto summary = importer.importFile(path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->format, QString("Binance klines"));
        const SeriesKey key{"binance", "BTCUSD_PERP", SeriesKind::Candles};
        const auto candles = store->candles(key, kAll).value();
        QCOMPARE(candles.size(), std::size_t(3));
        // Row 1: volume 409953 contracts of 100 USD; "quote_volume" 1202.97118037 is BTC.
        QCOMPARE(candles[0], (Candle{1698364800000, 34161.6, 34182.5, 33977.4, 34024.2, 1202.97118037,
                                     564.12041453, 40995300.0}));
        QCOMPARE(candles[2].close, 34094.2);
        const auto info = store->listSeries().value().front();
        QCOMPARE(info.baseInterval, Interval::hours(1));
        QCOMPARE(info.coverage.ranges().front(), (TimeRange{1698364800000, 1698375600000}));
        QCOMPARE(info.sources, QStringList{"import BTCUSD_PERP-1h-2023-10-27.csv"});
    }

    void headerlessSpotKlinesInMillisecondsAndMicroseconds()
    {
        const QByteArray ms = fixture("binance_vision_spot_BTCUSDT-1h-2023-10-27_excerpt_noheader.csv");
        for (const auto &[name, bytes] :
             {std::pair{QString("BTCUSDT-1h-2023-10-27.csv"), ms},
              std::pair{QString("BTCUSDT-1h-2025-01-02.csv"), toMicroseconds(ms)}}) {
            auto store = freshStore();
            Importer importer(*store);
            auto summary = importer.importFile(file(name, bytes));
            QVERIFY2(summary.ok(), qPrintable(summary.error()));
            const auto candles = store->candles({"binance", "BTCUSDT", SeriesKind::Candles}, kAll).value();
            QCOMPARE(candles.size(), std::size_t(3));
            QCOMPARE(candles[0], (Candle{1698364800000, 34151.66, 34171.28, 33972.39, 34015.27, 908.27901,
                                         416.48838, 30937869.623026}));
            QCOMPARE(candles[1].openTime, qint64(1698368400000));
            QCOMPARE(store->listSeries().value().front().baseInterval, Interval::hours(1));
        }
    }

    void zippedLiquidationSnapshotWithGoodChecksum()
    {
        auto store = freshStore();
        Importer importer(*store);
        const QString zipPath = m_dir.filePath("BTCUSD_PERP-liquidationSnapshot-2023-06-25.zip");
        makeZip(zipPath, "BTCUSD_PERP-liquidationSnapshot-2023-06-25.csv",
                fixture("binance_vision_cm_liquidationSnapshot_excerpt.csv"));
        writeFile(zipPath + ".CHECKSUM",
                  sha256File(zipPath) + "  BTCUSD_PERP-liquidationSnapshot-2023-06-25.zip\n");
        auto summary = importer.importFile(zipPath);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QVERIFY(summary->checksumVerified);
        const auto events =
            store->liquidations({"binance", "BTCUSD_PERP", SeriesKind::Liquidations}, kAll).value();
        // Three rows, one of them repeated by the archive itself: two events.
        QCOMPARE(events.size(), std::size_t(2));
        // BUY closes a short; 7 contracts of 100 USD filled at the average price 30631.6.
        QCOMPARE(events[0], (Liquidation{1687656471926, LiquidationSide::ShortLiquidated, 30631.6,
                                         700.0 / 30631.6, 700.0}));
        QCOMPARE(events[1], (Liquidation{1687656473356, LiquidationSide::ShortLiquidated, 30631.6,
                                         4300.0 / 30631.6, 4300.0}));
        // A daily archive proves its whole day (2023-06-25).
        const auto coverage = store->coverage({"binance", "BTCUSD_PERP", SeriesKind::Liquidations}).value();
        QCOMPARE(coverage.ranges().front(), (TimeRange{1687651200000, 1687737600000}));
    }

    void aChecksumMismatchIsRefused()
    {
        auto store = freshStore();
        Importer importer(*store);
        QDir(m_dir.path()).mkdir("bad");
        const QString zipPath = m_dir.filePath("bad/BTCUSD_PERP-liquidationSnapshot-2023-06-25.zip");
        makeZip(zipPath, "BTCUSD_PERP-liquidationSnapshot-2023-06-25.csv",
                fixture("binance_vision_cm_liquidationSnapshot_excerpt.csv"));
        // The real archive's checksum: our excerpt zip cannot match it.
        writeFile(zipPath + ".CHECKSUM",
                  fixture("binance_vision_cm_BTCUSD_PERP-liquidationSnapshot-2023-06-25.zip.CHECKSUM"));
        auto summary = importer.importFile(zipPath);
        QVERIFY(!summary);
        QVERIFY2(summary.error().startsWith(zipPath + ": checksum mismatch: sha256 is "),
                 qPrintable(summary.error()));
        QVERIFY(summary.error().contains(
            "expects 2068add7e570b1e17afc71e53e22fee716010f08976643ead345d6c96bfbd60b"));
        QVERIFY(store->listSeries().value().empty());
    }

    void coinMarginedMetrics()
    {
        auto store = freshStore();
        Importer importer(*store);
        auto summary = importer.importFile(
            file("BTCUSD_PERP-metrics-2023-06-25.csv", fixture("binance_vision_cm_metrics_excerpt.csv")));
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const auto oi =
            store->openInterest({"binance", "BTCUSD_PERP", SeriesKind::OpenInterest}, kAll).value();
        QCOMPARE(oi.size(), std::size_t(3));
        // 2023-06-25 00:00:00 UTC; 5578700 contracts of 100 USD, worth 18265.00911826 BTC.
        QCOMPARE(oi[0], (OpenInterestPoint{1687651200000, 18265.00911826, 557870000.0}));
        QCOMPARE(oi[2], (OpenInterestPoint{1687651800000, 18244.30356547, 557440100.0}));
        // Only the taker ratio has values in COIN-M rows; the empty ("") ratios write no series.
        const auto series = store->listSeries().value();
        QCOMPARE(series.size(), std::size_t(2));
        const auto taker =
            store->ratios({"binance", "BTCUSD_PERP", SeriesKind::TakerBuySellRatio}, kAll).value();
        QCOMPARE(taker.size(), std::size_t(3));
        QCOMPARE(taker[1].ratio, 1.19645130);
        QCOMPARE(taker[1].longValue, 1.19645130 / 2.19645130);
        QCOMPARE(taker[1].shortValue, 1.0 / 2.19645130);
        QCOMPARE(
            store->coverage({"binance", "BTCUSD_PERP", SeriesKind::OpenInterest}).value().ranges().front(),
            (TimeRange{1687651200000, 1687651200000 + 15 * 60'000}));
    }

    void cascadeExportsRoundTrip()
    {
        const std::vector<Candle> candles{
            {kT0, 100.5, 101, 99.25, 100, 1.5, 0.5, 150.1},
            {kT0 + 60'000, 100, 102, 100, 101.75, 0.1 + 0.2, 0, 30.000000000000004}};
        const std::vector<Liquidation> liqs{
            {kT0 + 1, LiquidationSide::LongLiquidated, 97000.5, 0.013, 1261.0065},
            {kT0 + 2, LiquidationSide::ShortLiquidated, 111900, 2, 223800}};
        const std::vector<OpenInterestPoint> oi{{kT0, 80000.125, 8e9}};
        const std::vector<RatioPoint> ratios{{kT0, 13.64, 0.93, 0.07}};
        OptionQuote put;
        put.snapshotTime = kT0;
        put.instrument = "BTC-27DEC25-100000-P";
        put.expiry = 1766822400000;
        put.strike = 100000;
        put.openInterest = 1234.5;
        put.openInterestUsd = 129622500;
        put.underlyingPrice = 105000;
        put.markIv = 48.25;
        put.gamma = 0.00001;
        QVERIFY(SeriesCsvWriter::writeCandles(m_dir.filePath("c.csv"), "simulated", "BTCUSDT", candles,
                                              Interval::minutes(1)));
        QVERIFY(SeriesCsvWriter::writeLiquidations(m_dir.filePath("l.csv"), "simulated", "BTCUSDT", liqs));
        QVERIFY(SeriesCsvWriter::writeOpenInterest(m_dir.filePath("o.csv"), "simulated", "BTCUSDT", oi));
        QVERIFY(SeriesCsvWriter::writeRatios(m_dir.filePath("r.csv"), "simulated", "BTCUSDT",
                                             SeriesKind::LongShortAccountRatio, ratios));
        QVERIFY(SeriesCsvWriter::writeOptions(m_dir.filePath("p.csv"), "simulated", "BTC", {put}));
        auto store = freshStore();
        Importer importer(*store);
        for (const char *name : {"c.csv", "l.csv", "o.csv", "r.csv", "p.csv"}) {
            auto summary = importer.importFile(m_dir.filePath(name));
            QVERIFY2(summary.ok(), qPrintable(summary.error()));
        }
        QCOMPARE(store->candles({"simulated", "BTCUSDT", SeriesKind::Candles}, kAll).value(), candles);
        QCOMPARE(store->liquidations({"simulated", "BTCUSDT", SeriesKind::Liquidations}, kAll).value(), liqs);
        QCOMPARE(store->openInterest({"simulated", "BTCUSDT", SeriesKind::OpenInterest}, kAll).value(), oi);
        QCOMPARE(store->ratios({"simulated", "BTCUSDT", SeriesKind::LongShortAccountRatio}, kAll).value(),
                 ratios);
        const auto quotes = store->optionQuotes({"simulated", "BTC", SeriesKind::Options}, kAll).value();
        QCOMPARE(quotes.size(), std::size_t(1));
        QCOMPARE(quotes[0].instrument, put.instrument);
        QCOMPARE(quotes[0].expiry, put.expiry);
        QCOMPARE(quotes[0].openInterestUsd, 129622500.0);
        QCOMPARE(quotes[0].markIv, 48.25);
        QCOMPARE(quotes[0].gamma, 0.00001);
        QVERIFY(std::isnan(quotes[0].delta));
        const auto series = store->listSeries().value();
        QCOMPARE(series.size(), std::size_t(5));
        QCOMPARE(series[0].key.kind, SeriesKind::Options); // sorted by exchange, symbol, kind: BTC first
        QCOMPARE(series[1].key.kind, SeriesKind::Candles);
        QCOMPARE(series[1].baseInterval, Interval::minutes(1));
    }

    void genericOhlcvLiquidationAndOptionCsvs()
    {
        auto store = freshStore();
        Importer importer(*store);
        // Epoch seconds, no quote volume (estimated as volume x close), exchange from the flag.
        auto candles = importer.importFile(
            file("ohlcv.csv", "Timestamp,Open,High,Low,Close,Volume\n"
                              "1760054400,100,110,90,105,2\n1760054700,105,106,104,104.5,1\n"),
            "okx", "BTCUSDT");
        QVERIFY2(candles.ok(), qPrintable(candles.error()));
        QCOMPARE(candles->format, QString("OHLCV CSV"));
        const auto bars = store->candles({"okx", "BTCUSDT", SeriesKind::Candles}, kAll).value();
        QCOMPARE(bars[1], (Candle{kT0 + 300'000, 105, 106, 104, 104.5, 1, 0, 104.5}));
        QCOMPARE(store->listSeries().value().front().baseInterval, Interval::minutes(5));

        // ISO times, a venue column and USD sizes; sell = a long was liquidated.
        auto liqs =
            importer.importFile(file("events.csv", "time,venue,symbol,side,price,usd\n"
                                                   "2025-10-10T00:00:01Z,OKX,BTCUSDT,sell,100000,5000\n"
                                                   "2025-10-10T00:00:02.5Z,OKX,BTCUSDT,long,99000,990\n"));
        QVERIFY2(liqs.ok(), qPrintable(liqs.error()));
        const auto events = store->liquidations({"okx", "BTCUSDT", SeriesKind::Liquidations}, kAll).value();
        QCOMPARE(events[0], (Liquidation{kT0 + 1000, LiquidationSide::LongLiquidated, 100000, 0.05, 5000}));
        QCOMPARE(events[1], (Liquidation{kT0 + 2500, LiquidationSide::LongLiquidated, 99000, 0.01, 990}));

        // Deribit book-summary field names; the exchange comes from the file name.
        auto chain = importer.importFile(
            file("deribit_book_summary.csv",
                 "instrument_name,creation_timestamp,open_interest,underlying_price,mark_iv,base_currency\n"
                 "BTC-5JUN20-9250-C,1591000000000,12.5,9500.5,61.2,BTC\n"
                 "BTC-27DEC25-100000-P,1591000000000,300,9500.5,80,BTC\n"));
        QVERIFY2(chain.ok(), qPrintable(chain.error()));
        const auto quotes = store->optionQuotes({"deribit", "BTC", SeriesKind::Options}, kAll).value();
        QCOMPARE(quotes.size(), std::size_t(2));
        QCOMPARE(quotes[0].instrument, QString("BTC-5JUN20-9250-C"));
        QCOMPARE(quotes[0].expiry, qint64(1591344000000)); // 2020-06-05T08:00:00Z
        QCOMPARE(quotes[0].strike, 9250.0);
        QCOMPARE(quotes[0].type, OptionType::Call);
        QCOMPARE(quotes[0].openInterestUsd, 12.5 * 9500.5);
        QCOMPARE(quotes[1].type, OptionType::Put);
        QCOMPARE(quotes[1].expiry, qint64(1766822400000));
    }

    void reimportingChangesNothing()
    {
        auto store = freshStore();
        Importer importer(*store);
        const QString path = file("BTCUSDT-1h-2023-10-27.csv",
                                  fixture("binance_vision_spot_BTCUSDT-1h-2023-10-27_excerpt_noheader.csv"));
        QVERIFY(importer.importFile(path).ok());
        QVERIFY(importer.importFile(path).ok());
        const auto info = store->listSeries().value();
        QCOMPARE(info.size(), std::size_t(1));
        QCOMPARE(info.front().rowCount, qint64(3));
        QCOMPARE(info.front().coverage.ranges().size(), std::size_t(1));
    }

    void aStoreRefusalImportsNothing()
    {
        auto store = freshStore();
        Importer importer(*store);
        QVERIFY(importer
                    .importFile(file("BTCUSDT-1m-2025-10-10.csv",
                                     "1760054400000,1,2,0.5,1.5,10,1760054459999,15,3,5,7,0\n"
                                     "1760054460000,1,2,0.5,1.5,10,1760054519999,15,3,5,7,0\n"))
                    .ok());
        // Valid rows, but the series already holds 1-minute bars: the store refuses the whole file.
        const QString hourly =
            file("hourly.csv", "time,exchange,symbol,interval,open,high,low,close\n"
                               "2025-10-10T01:00:00.000Z,binance,BTCUSDT,1h,1,2,0.5,1.5\n");
        auto summary = importer.importFile(hourly);
        QVERIFY(!summary);
        QCOMPARE(summary.error(),
                 QString("%1: nothing imported: store %2: cannot write binance/BTCUSDT/candles: series "
                         "binance/BTCUSDT/candles holds 1m candles; refusing 1h candles")
                     .arg(hourly, store->location()));
        const auto info = store->listSeries().value();
        QCOMPARE(info.front().rowCount, qint64(2));
        QCOMPARE(info.front().sources, QStringList{"import BTCUSDT-1m-2025-10-10.csv"});
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray header =
            "time,exchange,symbol,interval,open,high,low,close,volume,taker_buy_volume,quote_volume\n";
        const QByteArray row1 = "2025-10-10T00:00:00.000Z,binance,BTCUSDT,1m,100,101,99,100.5,1,0.5,100\n";
        const QByteArray row2 = "2025-10-10T00:01:00.000Z,binance,BTCUSDT,1m,100,101,99,100.5,1,0.5,100\n";
        QTest::newRow("wrong column count")
            << "a.csv" << header + row1 + "2025-10-10T00:01:00.000Z,binance,BTCUSDT,1m,100\n"
            << "a.csv: line 3: expected 11 columns, found 5";
        QTest::newRow("non-numeric price")
            << "b.csv"
            << header + row1 + "2025-10-10T00:01:00.000Z,binance,BTCUSDT,1m,100,1O1,99,100.5,1,0.5,100\n"
            << "b.csv: line 3, column 6 (high): expected a number, found '1O1'";
        QTest::newRow("unsorted")
            << "c.csv" << header + row2 + row1
            << "c.csv: line 3, column 1 (time): time 2025-10-10T00:00:00.000Z is before "
               "2025-10-10T00:01:00.000Z on line 2; rows must be sorted by time";
        QTest::newRow("duplicated")
            << "d.csv" << header + row1 + row1
            << "d.csv: line 3, column 1 (time): time 2025-10-10T00:00:00.000Z is duplicated "
               "(line 2 has it too)";
        QTest::newRow("empty") << "e.csv" << QByteArray() << "e.csv: the file is empty";
        QTest::newRow("header only") << "f.csv" << header << "f.csv: a header but no data rows";
        QTest::newRow("binary garbage") << "g.csv" << QByteArray("PNG\x89\x00\x01\x02garbage", 14)
                                        << "g.csv: binary data at byte 4; expected a CSV text file";
        QTest::newRow("damaged zip") << "j.zip" << QByteArray("PK\x03\x04 this is not really a zip archive")
                                     << "j.zip: not a readable zip archive: Not a zip archive";
        QTest::newRow("unknown columns")
            << "h.csv" << QByteArray("foo,bar\n1,2\n")
            << "h.csv: line 1: unrecognised columns (foo,bar); expected a Binance archive "
               "file or a CSV with a header naming time and open/high/low/close, "
               "side/price/size, instrument/open_interest, or "
               "open_interest/open_interest_usd (see docs/CSV.md)";
        QTest::newRow("no exchange")
            << "i.csv"
            << QByteArray("time,open,high,low,close\n1760054400000,1,1,1,1\n1760054460000,1,1,1,1\n")
            << "i.csv: the file names no exchange; pass --exchange";
        QTest::newRow("bad value late")
            << "BTCUSDT-1m-2025-10-10.csv"
            << QByteArray("1760054400000,1,2,0.5,1.5,10,1760054459999,15,3,5,7,0\n"
                          "1760054460000,1,2,0.5,1.5,10,1760054519999,15,3,5,7,0\n"
                          "1760054520000,1,2,0.5,-1.5,10,1760054579999,15,3,5,7,0\n")
            << "BTCUSDT-1m-2025-10-10.csv: line 3: price -1.5 is not a positive number";
    }

    void malformedFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        auto store = freshStore();
        Importer importer(*store);
        const QString path = file(name, bytes);
        auto summary = importer.importFile(path);
        QVERIFY(!summary);
        QCOMPARE(summary.error(), m_dir.filePath(error));
        QVERIFY(store->listSeries().value().empty());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
