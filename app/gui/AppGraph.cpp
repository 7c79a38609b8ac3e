#include "AppGraph.h"

#include "AppIdentity.h"
#include "Clipboard.h"
#include "DesktopIntegration.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "approval/ApprovalInbox.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"

#include <QApplication>
#include <QDir>
#include <QStatusBar>
#include <QStyleFactory>

namespace Latchkey {

void AppGraph::setUpApplication(QApplication &app)
{
    AppIdentity::apply(app);
    QGuiApplication::setApplicationDisplayName(QLatin1String(AppIdentity::kDisplayName));
    QGuiApplication::setDesktopFileName(QLatin1String(AppIdentity::kDesktopId));
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

QIcon AppGraph::applicationIcon()
{
    return QIcon::fromTheme(QLatin1String(AppIdentity::kDesktopId),
                            QIcon(QStringLiteral(":/icons/org.latchkey.Latchkey.svg")));
}

AppGraph::AppGraph(const QString &configDirectory)
    : m_secrets(std::make_unique<KeychainSecretStore>())
    , m_sites(std::make_unique<SiteStore>(configDirectory))
    , m_activity(std::make_unique<ActivityLog>(configDirectory))
    // Next to sites.json (QSettings' default path would need an organisation name).
    , m_settings(std::make_unique<GuiSettings>(
          QDir(configDirectory).filePath(QStringLiteral("latchkey.conf"))))
    , m_clipboard(std::make_unique<Clipboard>(m_settings.get()))
    , m_approvals(std::make_unique<ApprovalInbox>())
{
    m_loadProblem = m_sites->load();
    m_activity->load();

    m_services.network = &m_network;
    m_services.secrets = m_secrets.get();
    m_services.sites = m_sites.get();
    m_services.activity = m_activity.get();
    m_services.settings = m_settings.get();
    m_services.clipboard = m_clipboard.get();
    m_services.approvals = m_approvals.get();
}

AppGraph::~AppGraph() = default;

MainWindow *AppGraph::showWindow(const QStringList &arguments)
{
    m_window = std::make_unique<MainWindow>(m_services);
    m_desktop = std::make_unique<DesktopIntegration>(m_approvals.get());
    MainWindow *window = m_window.get();
    m_desktop->setWindow(window);
    m_desktop->setNotifier(
        [window](const QString &message) { window->statusBar()->showMessage(message, 20'000); });
    m_desktop->start();
    window->show();
    // This process was the first: it handles an address on its own command line itself.
    m_desktop->handleArguments(arguments);
    if (m_loadProblem)
        qWarning("%s", qPrintable(m_loadProblem.toString()));
    return window;
}

} // namespace Latchkey
