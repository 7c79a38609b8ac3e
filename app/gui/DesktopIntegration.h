#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QWidget;

namespace Latchkey {

class ApprovalInbox;
class SingleInstance;

// Everything that brings latchkey:// addresses (the browser approval callbacks) and "show
// yourself" requests from the desktop to the running Latchkey, on every platform:
// - all: the single-instance socket (a second `latchkey latchkey://…` forwards and exits; see
//   SingleInstance), and an address on this process's own command line;
// - Linux: org.freedesktop.Application on the session bus (DBusActivatable=true; Open(uris));
// - macOS: QFileOpenEvent (the bundle's Info.plist declares CFBundleURLTypes "latchkey");
// - Windows: registers the scheme for the current user (HKCU\Software\Classes\latchkey) on
//   start, pointing at this executable.
// Addresses go to the ApprovalInbox, which checks them; activation raises the window (or the
// dialog in front of it). When an address is ignored and no attempt is waiting, the notifier
// tells the user (e.g. the main window's status bar).
//
// Hook for main() (see the issue-6 report):
//   if (auto status = SingleInstance::forwardFromArguments(argc, argv)) return *status;
//   … QApplication, parser: DesktopIntegration::addOptions(parser) before parser.process(app) …
//   ApprovalInbox approvals; services.approvals = &approvals;
//   MainWindow window(services);
//   DesktopIntegration desktop(&approvals);
//   desktop.setWindow(&window);
//   desktop.setNotifier([&window](const QString &m) { window.statusBar()->showMessage(m, 20000);
//   }); desktop.start(); window.show(); desktop.handleArguments(parser.positionalArguments());
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    explicit DesktopIntegration(ApprovalInbox *inbox, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // --dbus-activated (the D-Bus service file's Exec line passes it; nothing else to do:
    // the window is shown as usual and the desktop's Activate/Open call follows).
    static void addOptions(QCommandLineParser &parser);

    void setWindow(QWidget *window);
    void setNotifier(std::function<void(const QString &)> notifier);
    // Starts listening on every channel the platform has.
    void start();
    // Addresses given to this process itself (it was the first one).
    void handleArguments(const QStringList &arguments);
    void deliver(const QString &address);

    SingleInstance *singleInstance() const { return m_instance; }

Q_SIGNALS:
    void activationRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void raiseWindow();
    void registerSchemeForCurrentUser();

    QPointer<ApprovalInbox> m_inbox;
    QPointer<QWidget> m_window;
    std::function<void(const QString &)> m_notifier;
    SingleInstance *m_instance = nullptr;
    QObject *m_dbus = nullptr;
};

} // namespace Latchkey
