#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace lance {

namespace {
// Owned by the application; remembered so a second call (a test switching
// languages) takes the earlier ones out again. Deleting a translator
// uninstalls it.
QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;

// The translator named `baseName` for `locale` from `dir`, installed, or
// nullptr when there is no such file.
QTranslator *install(const QLocale &locale, const QString &baseName, const QString &dir)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, baseName, QStringLiteral("_"), dir)) {
        QCoreApplication::installTranslator(translator);
        return translator;
    }
    delete translator;
    return nullptr;
}

// The locale for a chosen language: the system's own when it already speaks
// it (a rep in Zurich who picks Deutsch keeps Swiss number formats), else
// the language's main one.
QLocale localeFor(const QString &code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale chosen(code);
    return chosen.language() == system.language() ? system : chosen;
}
} // namespace

const QString &languageSettingKey()
{
    static const QString key = QStringLiteral("ui/language");
    return key;
}

const QList<Language> &availableLanguages()
{
    static const QList<Language> languages = {
        {QStringLiteral("en"), QStringLiteral("&English")},
        {QStringLiteral("de"), QStringLiteral("&Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("&Fran\u00e7ais")},
        {QStringLiteral("es"), QStringLiteral("Es&pa\u00f1ol")},
    };
    return languages;
}

QLocale installTranslations(const QString &code)
{
    delete s_app;
    delete s_qt;
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);

    // English is the source text, but its file holds the plural forms the
    // source can only write as "lead(s)"; it is also the fallback for a
    // system language we do not ship.
    const QString ours = QStringLiteral(":/i18n");
    s_app = install(locale, QStringLiteral("lance"), ours);
    if (!s_app)
        s_app = install(QLocale(QLocale::English), QStringLiteral("lance"), ours);
    // Qt's own strings (file dialogs, message box buttons). Missing on a
    // system without Qt's translations (Debian: qt6-translations-l10n): the
    // standard dialogs then stay English, which is no reason to fail.
    if (locale.language() != QLocale::English)
        s_qt = install(locale, QStringLiteral("qtbase"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace lance
