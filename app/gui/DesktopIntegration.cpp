#include "DesktopIntegration.h"

#include "MessageBox.h"
#include "SingleInstance.h"
#include "approval/ApprovalInbox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QLoggingCategory>
#include <QWidget>

#ifdef LATCHKEY_HAVE_DBUS
#include "DBusApplicationAdaptor.h"
#endif
#ifdef Q_OS_WIN
#include <QDir>
#include <QSettings>
#endif

namespace Latchkey {

Q_LOGGING_CATEGORY(lcDesktop, "latchkey.desktop", QtInfoMsg)

DesktopIntegration::DesktopIntegration(ApprovalInbox *inbox, QObject *parent)
    : QObject(parent)
    , m_inbox(inbox)
    , m_instance(new SingleInstance(SingleInstance::defaultServerName(), this))
{
    connect(m_instance, &SingleInstance::addressReceived, this, &DesktopIntegration::deliver);
    connect(m_instance, &SingleInstance::activationRequested, this,
            &DesktopIntegration::raiseWindow);
    if (m_inbox) {
        connect(m_inbox, &ApprovalInbox::ignored, this,
                [this](ApprovalInbox::Delivery, const QString &message) {
                    // A waiting add-site dialog shows it itself.
                    if (m_notifier && !m_inbox->hasWaitingFlow())
                        m_notifier(message);
                });
        // A password exists that Latchkey used nowhere: say so until the user has read it
        // (a status bar message is gone in seconds, e.g. right after start-up from argv).
        connect(m_inbox, &ApprovalInbox::unclaimedPassword, this, [this](const QString &message) {
            MessageBox::warning(m_window, tr("Revoke an unused application password"), message);
        });
    }
}

DesktopIntegration::~DesktopIntegration()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void DesktopIntegration::addOptions(QCommandLineParser &parser)
{
    QCommandLineOption dbusActivated(
        QStringLiteral("dbus-activated"),
        QCoreApplication::translate("DesktopIntegration", "Started by D-Bus activation."));
    dbusActivated.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(dbusActivated);
    parser.addPositionalArgument(
        QStringLiteral("address"),
        QCoreApplication::translate("DesktopIntegration",
                                    "A latchkey:// address from the browser (optional)."),
        QStringLiteral("[address]"));
}

void DesktopIntegration::setWindow(QWidget *window)
{
    m_window = window;
}

void DesktopIntegration::setNotifier(std::function<void(const QString &)> notifier)
{
    m_notifier = std::move(notifier);
}

void DesktopIntegration::start()
{
    if (m_instance->listen() != SingleInstance::ListenResult::Listening) {
        // Still runs; a second `latchkey latchkey://…` then starts its own window.
        qCWarning(lcDesktop).noquote()
            << "running without the single-instance socket (addresses from the browser reach "
               "this window only through D-Bus or a paste):"
            << m_instance->errorString();
    }
#ifdef LATCHKEY_HAVE_DBUS
    auto *host = new DBusApplicationHost(this);
    m_dbus = host;
    connect(host, &DBusApplicationHost::addressReceived, this, &DesktopIntegration::deliver);
    connect(host, &DBusApplicationHost::activationRequested, this,
            &DesktopIntegration::raiseWindow);
    if (!host->registerOnSessionBus())
        qCInfo(lcDesktop).noquote() << "no D-Bus activation:" << host->errorString();
#endif
    // macOS hands URLs of the bundle's schemes to the application as QFileOpenEvent.
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    registerSchemeForCurrentUser();
}

void DesktopIntegration::handleArguments(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("latchkey:"), Qt::CaseInsensitive))
            deliver(argument);
    }
}

void DesktopIntegration::deliver(const QString &address)
{
    raiseWindow();
    if (m_inbox)
        m_inbox->deliver(address);
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && watched == QCoreApplication::instance()) {
        const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
        if (url.scheme().compare(QLatin1String("latchkey"), Qt::CaseInsensitive) == 0) {
            deliver(url.toString(QUrl::FullyEncoded));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DesktopIntegration::raiseWindow()
{
    Q_EMIT activationRequested();
    QWidget *front = QApplication::activeModalWidget();
    if (!front)
        front = m_window;
    if (!front)
        return;
    if (front->isMinimized())
        front->showNormal();
    front->show();
    front->raise();
    front->activateWindow();
}

void DesktopIntegration::registerSchemeForCurrentUser()
{
#ifdef Q_OS_WIN
    // Per-user registration (no administrator rights): HKCU\Software\Classes\latchkey. An
    // installer may register the same for all users; this keeps a portable build working.
    const QString executable = QDir::toNativeSeparators(QCoreApplication::applicationFilePath());
    const QString command = QStringLiteral("\"%1\" \"%2\"").arg(executable, QStringLiteral("%1"));
    QSettings classes(QStringLiteral("HKEY_CURRENT_USER\\Software\\Classes\\latchkey"),
                      QSettings::NativeFormat);
    if (classes.value(QStringLiteral("shell/open/command/Default")).toString() == command)
        return;
    classes.setValue(QStringLiteral("Default"), QStringLiteral("URL:Latchkey"));
    classes.setValue(QStringLiteral("URL Protocol"), QString());
    classes.setValue(QStringLiteral("DefaultIcon/Default"),
                     QStringLiteral("\"%1\",0").arg(executable));
    classes.setValue(QStringLiteral("shell/open/command/Default"), command);
    classes.sync();
    if (classes.status() != QSettings::NoError)
        qCWarning(lcDesktop) << "could not register the latchkey:// scheme for this user";
#endif
    // Linux: the .desktop file (MimeType=x-scheme-handler/latchkey) registers it on install;
    // macOS: the bundle's Info.plist (CFBundleURLTypes).
}

} // namespace Latchkey
