#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace lance {

// A language the app ships a translation for.
struct Language
{
    QString code;     // "en", "de", …: the suffix of translations/lance_<code>.ts
    QString menuText; // its own name in its own language, with a mnemonic
};

// The settings key holding the rep's language: a code from
// availableLanguages(), or empty for the system locale.
const QString &languageSettingKey();

// English first; names are never translated, so a rep who cannot read the
// current language still finds their own.
const QList<Language> &availableLanguages();

// Installs Lance Desk's translation (from :/i18n) and Qt's own for the
// standard dialogs, for `code` ("" = the system locale), replacing any
// installed by an earlier call, and makes QLocale's default follow the
// language so numbers and dates match the text. Returns the locale used.
QLocale installTranslations(const QString &code);

} // namespace lance
