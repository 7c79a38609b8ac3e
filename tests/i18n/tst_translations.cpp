// The translations at work: the real widgets in German (offscreen), Qt's own strings too, the
// English plural forms, and the CLI following LANG while its JSON and problem codes stay English.

#include "../gui/GuiTestSupport.h"
#include "MainWindow.h"
#include "ProblemView.h"
#include "SettingsDialog.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Latchkey;
using Latchkey::Testing::GuiEnvironment;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    // Replaces whatever translators are installed by those for `language`.
    static void useLanguage(const QString &language)
    {
        const QList<QTranslator *> installed = qApp->findChildren<QTranslator *>();
        for (QTranslator *translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QCOMPARE(Translations::install(*qApp, Translations::uiLocale(language)), language);
    }

    // The accelerator letters of a menu's entries are unique (otherwise Alt+letter is a guess).
    static void checkAccelerators(const QList<QAction *> &actions, const QString &where)
    {
        QStringList seen;
        for (const QAction *action : actions) {
            const QString text = QString(action->text()).replace(QStringLiteral("&&"), QString());
            const qsizetype at = text.indexOf(u'&');
            if (at < 0 || at + 1 >= text.size())
                continue;
            const QString key = text.mid(at + 1, 1).toLower();
            QVERIFY2(!seen.contains(key),
                     qPrintable(where + QStringLiteral(": ") + key + QStringLiteral(" twice")));
            seen << key;
        }
    }

    // Runs latchkey-cli with a language and a config of its own; returns stdout + stderr.
    static QString runCli(const QString &lang, const QStringList &arguments)
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LANG"), lang);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(qEnvironmentVariable("LATCHKEY_CLI"), arguments);
        if (!cli.waitForFinished(30'000))
            return {};
        return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    }

private Q_SLOTS:
    void englishHasPluralForms()
    {
        QTranslator english;
        QVERIFY(english.load(QStringLiteral("latchkey_en"), QStringLiteral(":/i18n")));
        QCOMPARE(
            english.translate("Latchkey::PasswordsTab", "%n application password(s)", nullptr, 1),
            QStringLiteral("%n application password"));
        QCOMPARE(
            english.translate("Latchkey::PasswordsTab", "%n application password(s)", nullptr, 2),
            QStringLiteral("%n application passwords"));
    }

    void widgetsSpeakGerman()
    {
        useLanguage(QStringLiteral("de"));

        GuiEnvironment environment;
        MainWindow window(environment.services);
        window.show();
        QStringList menus;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(u' ')));
        QVERIFY2(menus.contains(QStringLiteral("&Hilfe")), qPrintable(menus.join(u' ')));

        // A problem sentence from core, shown by the widget that shows every problem.
        ProblemView view;
        view.setProblem(Problem::make(ProblemCode::UnknownSite));
        auto *message = view.findChild<QLabel *>(QStringLiteral("problemMessage"));
        QVERIFY(message);
        QCOMPARE(message->text(),
                 QStringLiteral("Es ist keine Website mit diesem Namen, dieser ID oder Adresse "
                                "bekannt."));
        QCOMPARE(Problem::make(ProblemCode::UnknownSite).codeName(),
                 QStringLiteral("unknown_site"));

        // Settings offers the language, in German, and Qt's own buttons are German too.
        SettingsDialog settings(environment.settings.get());
        QVERIFY(settings.findChild<QWidget *>(QStringLiteral("languageCombo")));
        auto *note = settings.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note);
        QVERIFY2(note->text().contains(QStringLiteral("Neustart")) ||
                     note->text().contains(QStringLiteral("nächsten Start")),
                 qPrintable(note->text()));
        auto *buttons = settings.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    void menuAcceleratorsAreUnique_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void menuAcceleratorsAreUnique()
    {
        QFETCH(QString, language);
        useLanguage(language);
        GuiEnvironment environment;
        MainWindow window(environment.services);
        const QList<QAction *> menus = window.menuBar()->actions();
        checkAccelerators(menus, QStringLiteral("menu bar"));
        for (const QAction *menu : menus) {
            QVERIFY(menu->menu());
            checkAccelerators(menu->menu()->actions(), menu->text());
        }
    }

    void cliFollowsLang()
    {
        const QStringList unknownSite{QStringLiteral("check"), QStringLiteral("no-such-site")};
        const QString german = runCli(QStringLiteral("de_DE.UTF-8"), unknownSite);
        QVERIFY2(german.contains(QStringLiteral("Es ist keine Website mit diesem Namen")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("[unknown_site]")), qPrintable(german));

        const QString english = runCli(QStringLiteral("C"), unknownSite);
        QVERIFY2(english.contains(QStringLiteral("No site with that name")), qPrintable(english));

        // JSON is for scripts: English whatever LANG says, codes included.
        const QString json = runCli(QStringLiteral("de_DE.UTF-8"),
                                    unknownSite + QStringList{QStringLiteral("--json")});
        QVERIFY2(json.contains(QStringLiteral("unknown_site")), qPrintable(json));
        QVERIFY2(!json.contains(QStringLiteral("Website")), qPrintable(json));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
