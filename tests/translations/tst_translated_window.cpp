#include "MainWindow.h"
#include "QCustomPlotInclude.h"
#include "SessionModel.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "simulation/SessionSimulator.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyleOptionComboBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

using namespace cascade;

// The main window drawn in German (long words) and Chinese (wide glyphs): every toolbar and dock
// text fits its widget, and no "%1" is left for the user to see.

namespace {

QString plain(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)"))); // accelerator marks take no room
    return text;
}

int widest(const QFontMetrics &metrics, const QString &text)
{
    int width = 0;
    for (const QString &line : plain(text).split(u'\n'))
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

bool shown(const QWidget *widget)
{
    return widget->isVisible() && widget->width() > 0;
}

// Text wider than the room its widget gives it: "what: 'text' needs N px, has M".
QStringList clipped(QWidget *root)
{
    QStringList problems;
    const auto check = [&problems](const QWidget *widget, const QString &text, int room) {
        const int need = widest(widget->fontMetrics(), text);
        if (!text.isEmpty() && need > room)
            problems << QStringLiteral("%1 '%2' needs %3 px, has %4")
                            .arg(QString::fromLatin1(widget->metaObject()->className()), plain(text))
                            .arg(need)
                            .arg(room);
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (shown(label) && !label->wordWrap() && label->pixmap().isNull())
            check(label, label->text(),
                  label->contentsRect().width() - 2 * label->margin() - label->indent());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shown(button) || button->text().isEmpty())
            continue;
        const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
        // Fusion's frame and padding around a button's text, measured from its own size hint.
        const int frame = button->sizeHint().width() - widest(button->fontMetrics(), button->text()) - icon;
        check(button, button->text(), button->width() - std::max(frame, 0) - icon);
    }
    for (QComboBox *combo : root->findChildren<QComboBox *>()) {
        if (!shown(combo))
            continue;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const int room =
            combo->style()
                ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                .width();
        for (int i = 0; i < combo->count(); ++i)
            check(combo, combo->itemText(i), room);
    }
    return problems;
}

// Every text a user can see: widgets, window and dock titles, menus, chart items and legends.
QStringList visibleTexts(QMainWindow *window)
{
    QStringList texts{window->windowTitle()};
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text() << label->toolTip();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text() << button->toolTip();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        else if (auto *dock = qobject_cast<QDockWidget *>(widget))
            texts << dock->windowTitle();
        else if (auto *plot = qobject_cast<QCustomPlot *>(widget)) {
            for (int i = 0; i < plot->itemCount(); ++i)
                if (auto *item = qobject_cast<QCPItemText *>(plot->item(i)); item && item->visible())
                    texts << item->text();
            for (int i = 0; i < plot->plottableCount(); ++i)
                texts << plot->plottable(i)->name();
            for (QCPAxisRect *rect : plot->axisRects())
                for (QCPAxis *axis : rect->axes())
                    texts << axis->label();
        }
        for (QAction *action : widget->actions())
            texts << action->text() << action->toolTip();
    }
    for (QAction *menu : window->menuBar()->actions()) {
        texts << menu->text();
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                texts << action->text();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslatedWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        SimulationConfig config;
        config.days = 7;
        m_data = SessionSimulator(config).run().data;
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void loadsTheChosenLanguage()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")).language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("cascade::MainWindow", "&File"), QStringLiteral("&Datei"));
        // Qt's own strings too (qtbase_de.qm): the standard Cancel button of every dialog.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(Translations::install(QStringLiteral("zh_CN")).language(), QLocale::Chinese);
        QCOMPARE(QCoreApplication::translate("cascade::MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(QCoreApplication::translate("cascade::AppController", "Loaded %n candle(s)", nullptr, 3),
                 QStringLiteral("已加载 3 根K线"));
        // English plurals come from cascade_en.qm, not from the "(s)" of the source text.
        Translations::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("cascade::AppController", "Loaded %n candle(s)", nullptr, 1),
                 QStringLiteral("Loaded 1 candle"));
        QCOMPARE(QCoreApplication::translate("cascade::MainWindow", "&File"), QStringLiteral("&File"));
    }

    void listsEachLanguageInItself()
    {
        QStringList names;
        for (const Translations::Language &language : Translations::available())
            names << language.code + u'=' + language.nativeName;
        QCOMPARE(names, (QStringList{QStringLiteral("en=English"), QStringLiteral("de=Deutsch"),
                                     QStringLiteral("es=Español"), QStringLiteral("ja=日本語"),
                                     QStringLiteral("ko=한국어"), QStringLiteral("zh_CN=简体中文")}));
        QVERIFY(Translations::isAvailable(QStringLiteral("ko")));
        QVERIFY(!Translations::isAvailable(QStringLiteral("xx")));
    }

    // Edit > Settings: "System default" first, then every language in itself; saved as its code.
    void settingsDialogChoosesTheLanguage()
    {
        Translations::install(QStringLiteral("en"));
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("cascade.ini")));
        SettingsDialog dialog(&settings, {});
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 7);
        QCOMPARE(combo->currentText(), QStringLiteral("System default"));
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(6), QStringLiteral("简体中文"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Deutsch")));
        dialog.accept();
        QCOMPARE(settings.get(Settings::language), QStringLiteral("de"));
        SettingsDialog again(&settings, {});
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("language"))->currentText(),
                 QStringLiteral("Deutsch"));
        const QStringList labels = [&again] {
            QStringList texts;
            for (QLabel *label : again.findChildren<QLabel *>())
                texts << label->text();
            return texts;
        }();
        QVERIFY2(labels.contains(QStringLiteral("A new language takes effect the next time Cascade starts.")),
                 qPrintable(labels.join(u'\n')));
    }

    void nothingClippedNoPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sample"); // a translated word the window must show
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Liquidationen je Kerze");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("每根K线的爆仓");
        // The other shipped languages cost a third of a second each: check them too.
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Liquidaciones por vela");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("足ごとの清算");
        QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("봉별 청산");
    }

    void nothingClippedNoPlaceholders()
    {
        QFETCH(QString, language);
        QFETCH(QString, sample);
        Translations::install(language);
        SessionModel session;
        MainWindow window(&session);
        session.setMarketData(m_data);
        session.setInterval(Interval::hours(1));
        session.waitForAnalysis();
        window.setSeriesChoices({{QStringLiteral("simulated"), QStringLiteral("BTCUSDT")}}, 0);
        window.resize(1280, 800); // a laptop screen; the first launch is maximized
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();

        const QStringList texts = visibleTexts(&window);
        QVERIFY2(texts.join(u'\n').contains(sample), qPrintable(texts.join(u'\n')));
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d|%n"));
        for (const QString &text : texts)
            QVERIFY2(!placeholder.match(text).hasMatch(),
                     qPrintable(QStringLiteral("placeholder in '%1'").arg(text)));

        QStringList problems;
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            // A toolbar too narrow for its items hides them behind the extension button.
            for (QAction *action : bar->actions()) {
                QWidget *widget = bar->widgetForAction(action);
                if (widget && !action->isSeparator() && !widget->isVisible()) {
                    const auto *label = qobject_cast<QLabel *>(widget);
                    const QString what = label ? label->text() : widget->metaObject()->className();
                    problems << QStringLiteral("%1: '%2' pushed into the overflow")
                                    .arg(bar->objectName(), action->text().isEmpty() ? what : action->text());
                }
            }
            problems << clipped(bar);
        }
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            problems << clipped(dock);
        problems << clipped(window.statusBar());

        // The settings dialog, where the language is chosen, in that language.
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("cascade.ini")));
        SettingsDialog dialog(&settings, {{QStringLiteral("binance"), QStringLiteral("Binance"),
                                           QStringLiteral("https://fapi.binance.com")}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        problems << clipped(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    MarketData m_data;
};

QTEST_MAIN(TestTranslatedWindow)
#include "tst_translated_window.moc"
