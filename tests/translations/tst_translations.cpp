#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Each .ts file must hold exactly the messages lupdate finds in the sources today, every one
// translated, with the same placeholders as its source and the plural forms its language has.

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
};

QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            if (!current.source.isNull())
                messages.append(current);
            current = Message{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                {},      {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (!current.source.isNull())
        messages.append(current);
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> set;
    for (const Message &m : messages)
        set.insert(m.context + u'|' + m.source + u'|' + m.comment);
    return set;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    found.removeDuplicates();
    return found;
}

// Plural forms per language, as Qt's numerus rules define them.
int pluralForms(const QString &language)
{
    static const QStringList oneForm{QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("zh")};
    return oneForm.contains(language.section(u'_', 0, 0)) ? 1 : 2;
}

QStringList tsFiles()
{
    return QDir(QStringLiteral(CASCADE_TRANSLATIONS_DIR))
        .entryList({QStringLiteral("cascade_*.ts")}, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void shipsTheIssueLanguages()
    {
        const QStringList files = tsFiles();
        for (const char *language : {"de", "es", "ja", "ko", "zh_CN", "en"})
            QVERIFY2(files.contains(QStringLiteral("cascade_%1.ts").arg(QLatin1String(language))),
                     qPrintable(files.join(u',')));
    }

    void upToDateWithTheSources_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
    }

    // lupdate into a temporary copy: any message added or removed means someone changed a string
    // without running scripts/update-translations.sh.
    void upToDateWithTheSources()
    {
        QFETCH(QString, file);
        QFile list(QStringLiteral(CASCADE_TR_SOURCES_FILE));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList sources = QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(sources.size() > 50);

        QTemporaryDir temp;
        const QString original = QStringLiteral(CASCADE_TRANSLATIONS_DIR "/") + file;
        const QString copy = temp.filePath(file);
        QVERIFY(QFile::copy(original, copy));
        QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"), QStringLiteral("none")};
        if (file == QLatin1String("cascade_en.ts"))
            arguments << QStringLiteral("-pluralonly");
        arguments << sources << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(CASCADE_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60'000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString language;
        const QSet<QString> stored = keys(readTs(original, &language));
        const QSet<QString> current = keys(readTs(copy, &language));
        QStringList added = (current - stored).values();
        QStringList gone = (stored - current).values();
        added.sort();
        gone.sort();
        QVERIFY2(
            added.isEmpty() && gone.isEmpty(),
            qPrintable(
                QStringLiteral("%1 is out of date: run scripts/update-translations.sh\n  new: %2\n  gone: %3")
                    .arg(file, added.join(QStringLiteral("\n       ")),
                         gone.join(QStringLiteral("\n        ")))));
    }

    void completeAndConsistent_data() { upToDateWithTheSources_data(); }

    void completeAndConsistent()
    {
        QFETCH(QString, file);
        QString language;
        const QList<Message> messages =
            readTs(QStringLiteral(CASCADE_TRANSLATIONS_DIR "/") + file, &language);
        QVERIFY(!messages.isEmpty());
        // lupdate writes the territory too: cascade_de.ts holds language="de_DE".
        const QString code = file.mid(8, file.size() - 8 - 3);
        QVERIFY2(language == code || language.startsWith(code + u'_'), qPrintable(file + u' ' + language));
        const QString english = QStringLiteral("en");
        language = language.section(u'_', 0, 0) == english ? english : language;
        if (language != english)
            QVERIFY2(messages.size() > 200, qPrintable(QString::number(messages.size())));
        for (const Message &m : messages) {
            const QString where = QStringLiteral("%1 %2: '%3'").arg(file, m.context, m.source);
            QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
            QVERIFY2(language != english || m.numerus,
                     qPrintable(where + QStringLiteral(": English holds plurals only")));
            QCOMPARE(m.translations.size(), m.numerus ? pluralForms(language) : 1);
            for (const QString &translation : m.translations) {
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" is empty")));
                QVERIFY2(placeholders(translation) == placeholders(m.source),
                         qPrintable(where + QStringLiteral(" -> '") + translation +
                                    QStringLiteral("': placeholders differ")));
                QVERIFY2(m.source.count(u'&') == 0 || translation.contains(u'&'),
                         qPrintable(where + QStringLiteral(" lost its keyboard accelerator")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
