#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace cascade {

// The languages Cascade ships (one embedded :/i18n/cascade_<code>.qm each) and the one place that
// installs translators: Cascade's own and Qt's (qtbase_<code>.qm, for standard dialogs and buttons).
class Translations
{
public:
    struct Language
    {
        QString code;       // "de", "zh_CN"; "en" is the untranslated source language
        QString nativeName; // the language named in itself: "Deutsch", "简体中文"
    };

    // English first, then every embedded translation, sorted by code.
    static QList<Language> available();
    static bool isAvailable(const QString &code);

    // Installs the translations for code ("" follows the system's UI languages) on the running
    // application, replacing those of an earlier call, and makes the language's QLocale the default
    // so numbers read the way the translation expects. Returns that locale.
    static QLocale install(const QString &code);

    // Where the embedded .qm files live.
    static QString resourceDirectory() { return QStringLiteral(":/i18n"); }
};

} // namespace cascade
