#include "AppIdentity.h"
#include "AppServices.h"
#include "Clipboard.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QStyleFactory>

using namespace Latchkey;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppIdentity::apply(app);
    QGuiApplication::setApplicationDisplayName(QLatin1String(AppIdentity::kDisplayName));
    QGuiApplication::setDesktopFileName(QLatin1String(AppIdentity::kDesktopId));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Manage WordPress application passwords."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    // The object graph, built once and handed down: no singletons.
    QNetworkAccessManager network;
    KeychainSecretStore secrets;
    const QString configDirectory = AppIdentity::configDirectory();
    SiteStore sites(configDirectory);
    ActivityLog activity(configDirectory);
    // Next to sites.json (QSettings' default path would need an organisation name).
    GuiSettings settings(QDir(configDirectory).filePath(QStringLiteral("latchkey.conf")));
    Clipboard clipboard(&settings);

    const Problem loadProblem = sites.load();
    activity.load();

    AppServices services;
    services.network = &network;
    services.secrets = &secrets;
    services.sites = &sites;
    services.activity = &activity;
    services.settings = &settings;
    services.clipboard = &clipboard;

    MainWindow window(services);
    window.show();
    if (loadProblem) {
        qWarning("%s", qPrintable(loadProblem.toString()));
    }
    return QApplication::exec();
}
