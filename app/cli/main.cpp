// latchkey-cli: the command-line companion over Latchkey's core, for scripts and cron.
#include "AppIdentity.h"
#include "Cli.h"
#include "CliContext.h"
#include "ProcessHardening.h"
#include "SignalWatcher.h"
#include "Translations.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/SiteStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// JSON is for scripts: it stays English whatever the locale, sentences included.
bool wantsJson(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            return false;
        if (argument == QLatin1String("--json"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    Latchkey::ProcessHardening::disableCoreDumps(); // before anything reads a secret
    QCoreApplication app(argc, argv);
    Latchkey::AppIdentity::apply(app);
    // Sentences follow LC_ALL / LC_MESSAGES / LANG (and LANGUAGE); problem codes never change.
    if (!wantsJson(QCoreApplication::arguments()))
        Latchkey::Translations::install(app, Latchkey::Translations::uiLocale());

    // The object graph, built here and injected: no singletons.
    QNetworkAccessManager network;
    Latchkey::KeychainSecretStore secrets;
    Latchkey::SiteStore sites(Latchkey::AppIdentity::configDirectory());
    QTextStream out(stdout);
    QTextStream err(stderr);
    Latchkey::CliContext context(&network, &secrets, &sites, out, err);
    Latchkey::SignalWatcher signalWatcher; // armed by the fleet commands only
    context.setSignalWatcher(&signalWatcher);
    Latchkey::Cli cli(context);

    int exitCode = -1;
    QObject::connect(&cli, &Latchkey::Cli::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    cli.run(QCoreApplication::arguments().mid(1));
    if (exitCode >= 0)
        return exitCode; // finished without needing the event loop
    return QCoreApplication::exec();
}
