// The report and image dialogs: what they hand to app/, and what they refuse.

#include "ImageExportDialog.h"
#include "ReportDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cascade;

class TestExportDialogs : public QObject
{
    Q_OBJECT

private slots:
    void reportDialogHandsOverTheChoice()
    {
        QTemporaryDir dir;
        ReportDialog::Choice initial;
        initial.folder = dir.filePath(QStringLiteral("report"));
        ReportDialog dialog(initial, QStringLiteral("Simulated · BTCUSDT · 1h"));
        dialog.findChild<QComboBox *>(QStringLiteral("reportPage"))->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(QStringLiteral("reportTheme"))->setCurrentIndex(1);
        dialog.findChild<QComboBox *>(QStringLiteral("reportScale"))->setCurrentIndex(1);
        QSignalSpy requested(&dialog, &ReportDialog::requested);
        dialog.accept();
        QCOMPARE(requested.size(), 1);
        const auto choice = requested.first().first().value<ReportDialog::Choice>();
        QCOMPARE(choice.folder, initial.folder);
        QCOMPARE(choice.pageSize, QPageSize::Letter);
        QCOMPARE(choice.theme, QStringLiteral("light"));
        QCOMPARE(choice.scale, 2);
    }

    void reportDialogRefusesAFolderWithFiles()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("old.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ReportDialog::Choice initial;
        initial.folder = dir.path();
        ReportDialog dialog(initial, QStringLiteral("x"));
        QSignalSpy requested(&dialog, &ReportDialog::requested);
        dialog.accept();
        QCOMPARE(requested.size(), 0);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("reportError"));
        QVERIFY(error->text().contains(dir.path()));
        QVERIFY(!error->isHidden());
        dialog.findChild<QLineEdit *>(QStringLiteral("reportFolder"))->clear();
        QCOMPARE(dialog.problem(), QStringLiteral("Choose the folder to create for the report."));
    }

    void imageDialogSaysThePixelsAndHandsOverTheChoice()
    {
        ImageExportDialog::Choice initial;
        initial.path = QStringLiteral("/tmp/x.png");
        ImageExportDialog dialog(initial);
        dialog.findChild<QComboBox *>(QStringLiteral("imageView"))->setCurrentIndex(2); // heatmap
        dialog.findChild<QSpinBox *>(QStringLiteral("imageWidth"))->setValue(800);
        dialog.findChild<QSpinBox *>(QStringLiteral("imageHeight"))->setValue(450);
        dialog.findChild<QComboBox *>(QStringLiteral("imageScale"))->setCurrentIndex(1);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("imagePixels"))->text(),
                 QStringLiteral("The PNG will be 1600 × 900 pixels."));
        QSignalSpy requested(&dialog, &ImageExportDialog::requested);
        dialog.accept();
        QCOMPARE(requested.size(), 1);
        const auto choice = requested.first().first().value<ImageExportDialog::Choice>();
        QCOMPARE(choice.view, QStringLiteral("heatmap"));
        QCOMPARE(choice.size, QSize(800, 450));
        QCOMPARE(choice.scale, 2);
        QCOMPARE(choice.path, QStringLiteral("/tmp/x.png"));
    }

    void imageDialogWantsAPngName()
    {
        ImageExportDialog::Choice initial;
        initial.path = QStringLiteral("/tmp/chart.jpg");
        ImageExportDialog dialog(initial);
        QSignalSpy requested(&dialog, &ImageExportDialog::requested);
        dialog.accept();
        QCOMPARE(requested.size(), 0);
        QVERIFY(dialog.problem().contains(QStringLiteral("/tmp/chart.jpg")));
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_export_dialogs.moc"
