#include "store/CsvReader.h"
#include "store/CsvWriter.h"
#include "store/SeriesCsvWriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1760054400000; // 2025-10-10T00:00:00Z

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}
} // namespace

class TestSeriesCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void numbersAreShortestFixedWithDot()
    {
        QCOMPARE(CsvWriter::formatNumber(0.1), QByteArray("0.1"));
        QCOMPARE(CsvWriter::formatNumber(97000.0), QByteArray("97000"));
        QCOMPARE(CsvWriter::formatNumber(1234567.5), QByteArray("1234567.5"));
        QCOMPARE(CsvWriter::formatNumber(1e-8), QByteArray("0.00000001"));
        QCOMPARE(CsvWriter::formatNumber(-0.31), QByteArray("-0.31"));
        QCOMPARE(CsvWriter::formatNumber(0.1 + 0.2), QByteArray("0.30000000000000004"));
        QCOMPARE(CsvWriter::formatNumber(OptionQuote::unknown), QByteArray());
    }

    void fieldsAreQuotedOnlyWhenNeeded()
    {
        QCOMPARE(CsvWriter::quoted(u"BTCUSDT"), QByteArray("BTCUSDT"));
        QCOMPARE(CsvWriter::quoted(u"a,b"), QByteArray("\"a,b\""));
        QCOMPARE(CsvWriter::quoted(u"say \"hi\""), QByteArray("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::quoted(u"two\nlines"), QByteArray("\"two\nlines\""));
    }

    void candlesFileHasTheDocumentedColumns()
    {
        const QString path = m_dir.filePath("candles.csv");
        const std::vector<Candle> candles{
            {kT0, 111900.5, 112000, 111800.25, 111950, 12.5, 6.25, 1399375.0},
            {kT0 + 60'000, 111950, 111990, 111900, 111901.1, 0.001, 0, 111.9011}};
        QVERIFY(SeriesCsvWriter::writeCandles(path, "binance", "BTCUSDT", candles, Interval::minutes(1)));
        QCOMPARE(
            readAll(path),
            QByteArray(
                "time,exchange,symbol,interval,open,high,low,close,volume,taker_buy_volume,quote_volume\r\n"
                "2025-10-10T00:00:00.000Z,binance,BTCUSDT,1m,111900.5,112000,111800.25,111950,12.5,6.25,"
                "1399375\r\n"
                "2025-10-10T00:01:00.000Z,binance,BTCUSDT,1m,111950,111990,111900,111901.1,0.001,0,111."
                "9011\r\n"));
    }

    void liquidationsOpenInterestRatiosAndOptions()
    {
        const QString liqs = m_dir.filePath("liqs.csv");
        QVERIFY(SeriesCsvWriter::writeLiquidations(
            liqs, "okx", "BTCUSDT",
            {{kT0 + 123, LiquidationSide::ShortLiquidated, 100000.5, 0.02, 2000.01}}));
        QCOMPARE(
            readAll(liqs),
            QByteArray("time,exchange,symbol,side,price,quantity,notional_usd\r\n"
                       "2025-10-10T00:00:00.123Z,okx,BTCUSDT,short_liquidated,100000.5,0.02,2000.01\r\n"));

        const QString oi = m_dir.filePath("oi.csv");
        QVERIFY(SeriesCsvWriter::writeOpenInterest(oi, "binance", "BTCUSDT", {{kT0, 81234.5, 9100000000.0}}));
        QCOMPARE(readAll(oi), QByteArray("time,exchange,symbol,open_interest,open_interest_usd\r\n"
                                         "2025-10-10T00:00:00.000Z,binance,BTCUSDT,81234.5,9100000000\r\n"));

        const QString ratios = m_dir.filePath("ratios.csv");
        QVERIFY(SeriesCsvWriter::writeRatios(ratios, "binance", "BTCUSDT", SeriesKind::LongShortAccountRatio,
                                             {{kT0, 1.5, 0.6, 0.4}}));
        QCOMPARE(
            readAll(ratios),
            QByteArray("time,exchange,symbol,kind,ratio,long_value,short_value\r\n"
                       "2025-10-10T00:00:00.000Z,binance,BTCUSDT,long-short-account-ratio,1.5,0.6,0.4\r\n"));

        OptionQuote put;
        put.snapshotTime = kT0;
        put.instrument = "BTC-27DEC25-100000-P";
        put.expiry = 1766822400000;
        put.strike = 100000;
        put.openInterest = 12.5;
        put.openInterestUsd = 1312500;
        put.underlyingPrice = 105000;
        put.markIv = 48.25;
        const QString options = m_dir.filePath("options.csv");
        QVERIFY(SeriesCsvWriter::writeOptions(options, "deribit", "BTC", {put}));
        QCOMPARE(
            readAll(options),
            QByteArray(
                "time,exchange,symbol,instrument,expiry,strike,type,open_interest,open_interest_usd,"
                "underlying_price,mark_iv,delta,gamma,vega,theta\r\n"
                "2025-10-10T00:00:00.000Z,deribit,BTC,BTC-27DEC25-100000-P,2025-12-27T08:00:00.000Z,100000,"
                "put,12.5,1312500,105000,48.25,,,,\r\n"));
    }

    void aWriteErrorNamesTheFileAndLeavesNoFile()
    {
        // The parent "folder" is a file: nothing can be created below it.
        const QString blocker = m_dir.filePath("not-a-folder");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + "/out.csv";
        const Status status =
            SeriesCsvWriter::writeCandles(path, "binance", "BTCUSDT", {}, Interval::minutes(1));
        QVERIFY(!status);
        QVERIFY2(status.error().startsWith("cannot write " + path + ": "), qPrintable(status.error()));
        QVERIFY(!QFile::exists(path));
    }

    void anUncommittedWriteLeavesTheOldFileWhole()
    {
        const QString path = m_dir.filePath("existing.csv");
        QVERIFY(SeriesCsvWriter::writeOpenInterest(path, "binance", "BTCUSDT", {{kT0, 1, 2}}));
        const QByteArray before = readAll(path);
        {
            CsvWriter interrupted(path);
            QVERIFY(interrupted.open());
            interrupted.addField(u"half");
            interrupted.endRow();
        } // destroyed without commit(), as when an export is interrupted
        QCOMPARE(readAll(path), before);
    }

    void readerHandlesQuotesLineBreaksAndBom()
    {
        CsvReader csv("\xEF\xBB\xBFtime,note\r\n1,\"a, \"\"b\"\"\nc\"\n\n2,\r\n3,\"\"");
        QVERIFY(csv.readRecord());
        QCOMPARE(csv.fieldText(0), QString("time"));
        QVERIFY(csv.readRecord());
        QCOMPARE(csv.line(), 2);
        QCOMPARE(csv.fieldCount(), 2);
        QCOMPARE(csv.fieldText(1), QString("a, \"b\"\nc"));
        QCOMPARE(csv.column(1), 3);
        QVERIFY(csv.readRecord());
        QCOMPARE(csv.line(), 5); // the quoted line break and the blank line are counted
        QCOMPARE(csv.fieldCount(), 2);
        QCOMPARE(csv.fieldText(1), QString());
        QVERIFY(csv.readRecord());
        QCOMPARE(csv.fieldText(1), QString());
        QVERIFY(!csv.readRecord());
        QVERIFY(!csv.hasError());
    }

    void readerErrorsPointAtLineAndColumn()
    {
        CsvReader unclosed("a,b\n1,\"open\n2,3\n");
        QVERIFY(unclosed.readRecord());
        QVERIFY(!unclosed.readRecord());
        QCOMPARE(unclosed.error(), QString("line 2, column 3: a quoted field is never closed"));

        CsvReader stray("a,b\n1,\"x\"y\n");
        QVERIFY(stray.readRecord());
        QVERIFY(!stray.readRecord());
        QCOMPARE(stray.error(),
                 QString("line 2, column 6: expected ',' or the end of the line after a closing quote"));
    }

    void writtenFilesReadBack()
    {
        const QString path = m_dir.filePath("roundtrip.csv");
        QVERIFY(SeriesCsvWriter::writeLiquidations(
            path, "binance", "BTC,USDT",
            {{kT0, LiquidationSide::LongLiquidated, 0.1, 3, 0.30000000000000004}}));
        CsvReader csv(readAll(path));
        QVERIFY(csv.readRecord());
        QCOMPARE(csv.fieldCount(), 7);
        QVERIFY(csv.readRecord());
        QCOMPARE(csv.fieldText(2), QString("BTC,USDT"));
        QCOMPARE(csv.fieldText(3), QString("long_liquidated"));
        QCOMPARE(csv.fieldText(6).toDouble(), 0.30000000000000004);
        QVERIFY(!csv.readRecord());
    }
};

QTEST_GUILESS_MAIN(TestSeriesCsv)
#include "tst_series_csv.moc"
