// latchkey-cli: the command-line companion over Latchkey's core, for scripts and cron.
#include "AppIdentity.h"
#include "Cli.h"
#include "CliContext.h"
#include "SignalWatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/SiteStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Latchkey::AppIdentity::apply(app);

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
