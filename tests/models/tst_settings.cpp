#include "Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsThenRoundTrip()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("cascade.ini"));
        {
            Settings settings(file);
            QCOMPARE(settings.get(Settings::intervalMs), qint64(3'600'000));
            QCOMPARE(settings.get(Settings::theme), QStringLiteral("dark"));
            QVERIFY(settings.get(Settings::lastSymbol).isEmpty());
            QSignalSpy changed(&settings, &Settings::changed);
            settings.set(Settings::intervalMs, qint64(900'000));
            settings.set(Settings::lastSymbol, QStringLiteral("BTCUSDT"));
            settings.set(Settings::windowState, QByteArray("\x01\x02", 2));
            settings.set(Settings::intervalMs, qint64(900'000)); // unchanged: no signal
            QCOMPARE(changed.count(), 3);
            QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("session/intervalMs"));
            settings.sync();
        }
        Settings reopened(file);
        QCOMPARE(reopened.get(Settings::intervalMs), qint64(900'000));
        QCOMPARE(reopened.get(Settings::lastSymbol), QStringLiteral("BTCUSDT"));
        QCOMPARE(reopened.get(Settings::windowState), QByteArray("\x01\x02", 2));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
