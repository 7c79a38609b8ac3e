#include "AppGraph.h"
#include "AppIdentity.h"
#include "DesktopIntegration.h"
#include "GuiSettings.h"
#include "ProcessHardening.h"
#include "SingleInstance.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <cstring>
#include <optional>

using namespace Latchkey;

namespace {

// One command line for both the GUI and the display-less --help/--version path.
void configureParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage WordPress application passwords."));
    parser.addHelpOption();
    // Our own --version (see main): addVersionOption() would print one line and exit.
    parser.addOption(
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                           QCoreApplication::translate("main", "Displays version information.")));
    DesktopIntegration::addOptions(parser);
}

// True when the arguments ask only for help or the version (before "--"): those must work
// without a display (packaging checks, a terminal over ssh), so no QApplication is built.
bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--") == 0)
            return false;
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argument, option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // A latchkey:// address may hold a password, and argv is world-readable
    // (/proc/<pid>/cmdline): copy it out and wipe it there before anything else runs.
    QString address = SingleInstance::takeAddressFromArguments(argc, argv);
    ProcessHardening::disableCoreDumps(); // before anything reads a secret

    // `latchkey latchkey://…` while Latchkey runs: hand the address over and exit at once.
    if (const std::optional<int> status = SingleInstance::forwardAddress(address, argc, argv))
        return *status;

    if (wantsHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppIdentity::apply(app);
        Translations::install(app, Translations::uiLocale());
        QCommandLineParser parser;
        configureParser(parser);
        parser.process(app); // prints help and exits
        if (parser.isSet(QStringLiteral("version"))) {
            // More than QCommandLineParser's one line: the versions a bug report needs.
            std::fputs(qPrintable(AppIdentity::versionReport(QStringLiteral("latchkey"))), stdout);
            return 0;
        }
        return 0;
    }

    QApplication app(argc, argv);
    AppGraph::setUpApplication(app);

    // The object graph, built once and handed down: no singletons. Building it reads the
    // files (no keychain, no window yet).
    AppGraph graph(AppIdentity::configDirectory());
    // Before any window or problem sentence exists: Settings' language, else the system's.
    const QString language = graph.services().settings->language();
    const QLocale uiLocale = Translations::uiLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(uiLocale); // dates and numbers follow the chosen language too
    Translations::install(app, uiLocale);

    QCommandLineParser parser;
    configureParser(parser);
    parser.process(app);

    // This process was the first: it handles the address it was started with itself.
    QStringList arguments = parser.positionalArguments();
    if (!address.isEmpty())
        arguments.append(address);
    graph.showWindow(arguments);
    arguments.clear();
    address.fill(QLatin1Char('\0')); // delivered (and wiped) by now; no copy outlives it
    return QApplication::exec();
}
