#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Latchkey::Translations {

namespace {
const QString kResourceDirectory = QStringLiteral(":/i18n");
const QString kEnglish = QStringLiteral("en");
} // namespace

QStringList available()
{
    return {kEnglish, QStringLiteral("de"), QStringLiteral("fr")};
}

QLocale uiLocale(const QString &language)
{
    if (available().contains(language))
        return QLocale(language);
    return QLocale::system();
}

QString install(QCoreApplication &app, const QLocale &locale)
{
    auto *latchkey = new QTranslator(&app);
    // load(QLocale, …) walks locale.uiLanguages() ("de-AT", "de", …) and takes the first match.
    if (!latchkey->load(locale, QStringLiteral("latchkey"), QStringLiteral("_"),
                        kResourceDirectory)) {
        // No translation for any preferred language: English, with its plural forms.
        if (!latchkey->load(QStringLiteral("latchkey_en"), kResourceDirectory)) {
            delete latchkey;
            return kEnglish;
        }
    }
    QCoreApplication::installTranslator(latchkey);
    // "de_DE" -> "de": Latchkey ships one file per language.
    const QString language = latchkey->language().section(QLatin1Char('_'), 0, 0);

    // Qt's own strings (standard buttons, context menus) in the same language, when installed.
    if (language != kEnglish) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return language.isEmpty() ? kEnglish : language;
}

} // namespace Latchkey::Translations
