#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Latchkey::Translations {

// The languages Latchkey ships, as the language code its settings store: "en", "de", "fr".
// English is the source language; its .qm only holds the plural forms ("%n site(s)").
QStringList available();

// The locale for the user interface: `language` when it is one of available(), otherwise the
// system's (LC_ALL, LC_MESSAGES, LANG; LANGUAGE for the order of preferred languages).
QLocale uiLocale(const QString &language = {});

// Installs Latchkey's translation (embedded under :/i18n) and Qt's own (qtbase_*.qm from
// QLibraryInfo::TranslationsPath) for `locale` into `app`. Falls back to English when Latchkey
// has no translation for any of the locale's languages. Returns the language used ("en", …).
QString install(QCoreApplication &app, const QLocale &locale);

} // namespace Latchkey::Translations
