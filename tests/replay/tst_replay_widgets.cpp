#include "BookmarkModel.h"
#include "ChartTheme.h"
#include "BookmarksPanel.h"
#include "MainWindow.h"
#include "PriceChartWidget.h"
#include "ReplayBar.h"
#include "ReplayController.h"
#include "ReplayDocks.h"
#include "SessionModel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <cmath>

using namespace cascade;

namespace {
constexpr qint64 kT0 = 1'760'054'400'000; // 2025-10-10T00:00:00Z
constexpr qint64 kMin = 60'000;

MarketData day()
{
    MarketData data;
    data.exchange = QStringLiteral("binance");
    data.symbol = QStringLiteral("BTCUSDT");
    for (int m = 0; m < 1440; ++m) {
        const double p = 100'000 + 500 * std::sin(m / 90.0);
        data.candles.push_back({kT0 + m * kMin, p, p + 40, p - 40, p + 5, 1, 0.5, p});
    }
    data.liquidations = {{kT0 + 600 * kMin, LiquidationSide::LongLiquidated, 99'990, 3, 299'970},
                         {kT0 + 900 * kMin, LiquidationSide::ShortLiquidated, 100'400, 1, 100'400}};
    return data;
}
} // namespace

class TestReplayWidgets : public QObject
{
    Q_OBJECT

private slots:
    void controlsAreDrawnInTheThemeTextColour()
    {
        ChartTheme::dark().applyToApplication();
        SessionModel session;
        session.setMarketData(day());
        ReplayController replay(&session);
        ReplayBar bar(&replay);
        replay.start();
        for (const QString &name : {QStringLiteral("replayPreviousEvent"), QStringLiteral("replayStepBack"),
                                    QStringLiteral("replayPlay"), QStringLiteral("replayStepForward"),
                                    QStringLiteral("replayNextEvent")}) {
            auto *button = bar.findChild<QToolButton *>(name);
            QVERIFY2(button && !button->icon().isNull(), qPrintable(name));
            QVERIFY(button->isEnabled());
            const QImage image = button->icon().pixmap(16, 16).toImage();
            int light = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    light += qAlpha(image.pixel(x, y)) > 128 && qGray(image.pixel(x, y)) > 150;
            QVERIFY2(light > 20, qPrintable(name + QStringLiteral(": %1 light pixels").arg(light)));
        }
    }

    void replayFromTheWindow()
    {
        SessionModel session;
        session.setMarketData(day());
        session.setInterval(Interval::hours(1));
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReplayDocks *replay = window.replayDocks();
        QVERIFY(replay);
        auto *start = window.findChild<QToolButton *>(QStringLiteral("replayStart"));
        auto *clock = window.findChild<QLabel *>(QStringLiteral("replayClock"));
        auto *scrubber = window.findChild<QSlider *>(QStringLiteral("replayScrubber"));
        QVERIFY(start && clock && scrubber);
        QCOMPARE(clock->text(), QStringLiteral("Live view"));
        QVERIFY(!scrubber->isEnabled());

        start->click();
        QVERIFY(session.isReplaying());
        QCOMPARE(clock->text(), QStringLiteral("2025-10-10 01:00:00 UTC"));
        QCOMPARE(start->text(), QStringLiteral("Stop replay"));
        QCOMPARE(scrubber->maximum(), 23);
        QCOMPARE(scrubber->value(), 0);
        // The whole session stays on the axis; bars appear on its left as the clock runs.
        QCOMPARE(window.priceChart()->visibleTo(), kT0 + 1440 * kMin);

        // Right steps one bar while replaying (it pans when not).
        QTest::keyClick(&window, Qt::Key_Right);
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(session.replayTime(), kT0 + 3 * 60 * kMin);
        QCOMPARE(session.candles()->rowCount(), 3);
        QCOMPARE(scrubber->value(), 2);
        QCOMPARE(window.priceChart()->visibleTo(), kT0 + 1440 * kMin);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(session.replayTime(), kT0 + 2 * 60 * kMin);

        scrubber->setValue(14);
        QCOMPARE(session.replayTime(), kT0 + 15 * 60 * kMin);
        QCOMPARE(clock->text(), QStringLiteral("2025-10-10 15:00:00 UTC"));

        // Ctrl+B bookmarks the replay time and opens its note for editing.
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(replay->bookmarks()->rowCount(), 1);
        QCOMPARE(replay->bookmarks()->bookmarks().front().time, kT0 + 15 * 60 * kMin);
        auto *table = window.findChild<QTableView *>(QStringLiteral("bookmarksTable"));
        QVERIFY(table && table->isVisible());
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->setText(QStringLiteral("longs swept"));
        QVERIFY(QMetaObject::invokeMethod(table, "commitData", Q_ARG(QWidget *, editor)));
        QCOMPARE(replay->bookmarks()->bookmarks().front().note, QStringLiteral("longs swept"));

        // Space plays at the chosen speed until the end of the session.
        window.setFocus();
        replay->controller()->setSpeed(1000);
        auto *speed = window.findChild<QComboBox *>(QStringLiteral("replaySpeed"));
        QCOMPARE(speed->currentData().toInt(), 1000);
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY(replay->controller()->isPlaying());
        QTRY_COMPARE(session.replayTime(), kT0 + 1440 * kMin);
        QTRY_VERIFY(!replay->controller()->isPlaying());

        // A bookmark double-clicked moves the replay back there.
        emit replay->bookmarksPanel()->bookmarkActivated(kT0 + 15 * 60 * kMin);
        QCOMPARE(session.replayTime(), kT0 + 15 * 60 * kMin);

        start->click();
        QVERIFY(!session.isReplaying());
        QCOMPARE(session.candles()->rowCount(), 24);
        QCOMPARE(clock->text(), QStringLiteral("Live view"));
    }
};

QTEST_MAIN(TestReplayWidgets)
#include "tst_replay_widgets.moc"
