#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

namespace cascade {

namespace {
const char kTranslatorName[] = "cascadeTranslator";

QString nativeName(const QString &code)
{
    // CLDR's names read oddly in a menu ("español de España", "中文" whatever the script); the
    // languages Cascade ships are named here, any other one falls back to CLDR.
    static const QHash<QString, QString> names{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("es"), QStringLiteral("Español")},
                                               {QStringLiteral("ja"), QStringLiteral("日本語")},
                                               {QStringLiteral("ko"), QStringLiteral("한국어")},
                                               {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                               {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")}};
    if (const auto it = names.constFind(code); it != names.constEnd())
        return *it;
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // CLDR writes "español"; a menu entry starts with a capital
    return name;
}

void removeInstalledTranslators(QCoreApplication *app)
{
    for (QTranslator *translator : app->findChildren<QTranslator *>(QLatin1String(kTranslatorName))) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool installTranslator(QCoreApplication *app, const QLocale &locale, const QString &file,
                       const QString &directory)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (translator->load(locale, file, QStringLiteral("_"), directory))
        return QCoreApplication::installTranslator(translator);
    delete translator; // a language that file does not cover
    return false;
}
} // namespace

QList<Translations::Language> Translations::available()
{
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    QStringList files = QDir(resourceDirectory()).entryList({QStringLiteral("cascade_*.qm")}, QDir::Files);
    std::sort(files.begin(), files.end());
    for (const QString &file : std::as_const(files)) {
        const QString code = file.mid(8, file.size() - 8 - 3); // cascade_<code>.qm
        if (code == QLatin1String("en"))
            continue; // English plurals only: listed first already
        languages.append({code, nativeName(code)});
    }
    return languages;
}

bool Translations::isAvailable(const QString &code)
{
    const QList<Language> languages = available();
    return std::any_of(languages.begin(), languages.end(),
                       [&code](const Language &l) { return l.code == code; });
}

QLocale Translations::install(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return locale;
    removeInstalledTranslators(app);
    // A language Cascade does not ship still gets English plurals ("1 candle", not "1 candle(s)").
    if (!installTranslator(app, locale, QStringLiteral("cascade"), resourceDirectory()))
        installTranslator(app, QLocale(QLocale::English), QStringLiteral("cascade"), resourceDirectory());
    installTranslator(app, locale, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace cascade
