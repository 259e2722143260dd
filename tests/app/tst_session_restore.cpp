// The window reopens where the analyst left it: the last series, interval and visible range.
#include "AppController.h"
#include "IsolatedGuiTest.h"
#include "PriceChartWidget.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

namespace {
constexpr int kWait = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kStart = 1'757'980'800'000; // 2025-09-16, the demo session's first day
} // namespace

class TestSessionRestore : public QObject
{
    Q_OBJECT

private slots:
    void reopensOnTheLastVisibleRange()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("store.sqlite"));
        {
            Settings settings; // under this test's own XDG_CONFIG_HOME
            settings.set(Settings::visibleFromMs, qint64(0));
            settings.set(Settings::visibleToMs, qint64(0));
            settings.set(Settings::intervalMs, qint64(3'600'000));
            settings.sync();
        }
        {
            AppController app(store);
            app.start();
            QTRY_VERIFY_WITH_TIMEOUT(app.session()->hasData(), kWait);
            app.window()->priceChart()->setVisibleRange(kStart + 24 * kDay, kStart + 26 * kDay);
            app.saveWindowState();
        }
        {
            Settings settings;
            QCOMPARE(settings.get(Settings::visibleFromMs), kStart + 24 * kDay);
            QCOMPARE(settings.get(Settings::visibleToMs), kStart + 26 * kDay);
        }
        AppController again(store);
        again.start();
        QTRY_VERIFY_WITH_TIMEOUT(again.session()->hasData(), kWait);
        QCOMPARE(again.window()->priceChart()->visibleFrom(), kStart + 24 * kDay);
        QCOMPARE(again.window()->priceChart()->visibleTo(), kStart + 26 * kDay);
    }

    void ignoresARangeOutsideTheSession()
    {
        QTemporaryDir dir;
        {
            Settings settings;
            settings.set(Settings::visibleFromMs, qint64(1'000));
            settings.set(Settings::visibleToMs, qint64(2'000));
            settings.sync();
        }
        AppController app(dir.filePath(QStringLiteral("store.sqlite")));
        app.start();
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->hasData(), kWait);
        QCOMPARE(app.window()->priceChart()->visibleFrom(), app.session()->span().from);
    }
};

int main(int argc, char **argv)
{
    return cascade::test::runIsolatedGuiTest<TestSessionRestore>(argc, argv);
}
#include "tst_session_restore.moc"
