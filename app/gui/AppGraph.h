#pragma once

#include "AppServices.h"
#include "Problem.h"

#include <QIcon>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

#include <memory>

class QApplication;

namespace Latchkey {

class ApprovalInbox;
class Clipboard;
class DesktopIntegration;
class GuiSettings;
class KeychainSecretStore;
class MainWindow;
class SiteStore;
class ActivityLog;

// The application's object graph, built once and handed down (no singletons): what main()
// runs, and what the GUI benchmark (tests/bench/) builds to measure exactly the same thing.
// The constructor builds and loads the services; showWindow() builds the main window and the
// desktop integration and shows the window. A caller may replace services().secrets (e.g. with
// a decorator around keychain()) before showWindow().
class AppGraph
{
public:
    // The application's identity, icon and style, set before anything else (main() and the
    // benchmark).
    static void setUpApplication(QApplication &app);
    // The application's icon: the theme's when installed, else the bundled SVG.
    static QIcon applicationIcon();

    explicit AppGraph(const QString &configDirectory);
    ~AppGraph();
    AppGraph(const AppGraph &) = delete;
    AppGraph &operator=(const AppGraph &) = delete;

    AppServices &services() { return m_services; }
    KeychainSecretStore &keychain() { return *m_secrets; }
    // Shows the window and handles the addresses on the command line (positional arguments).
    MainWindow *showWindow(const QStringList &arguments);
    MainWindow *window() const { return m_window.get(); }

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<SiteStore> m_sites;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<GuiSettings> m_settings;
    std::unique_ptr<Clipboard> m_clipboard;
    std::unique_ptr<ApprovalInbox> m_approvals;
    Problem m_loadProblem;
    AppServices m_services;
    // Last: destroyed first, before the services they use.
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

} // namespace Latchkey
