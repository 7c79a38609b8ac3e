#include "DBusApplicationAdaptor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QLoggingCategory>

namespace Latchkey {

Q_LOGGING_CATEGORY(lcDBus, "latchkey.dbus", QtInfoMsg)

namespace {

QString startupId(const QVariantMap &platformData)
{
    // "desktop-startup-id" (X11) or "activation-token" (Wayland's xdg-activation).
    const QString token = platformData.value(QStringLiteral("activation-token")).toString();
    return token.isEmpty() ? platformData.value(QStringLiteral("desktop-startup-id")).toString()
                           : token;
}

} // namespace

DBusApplicationAdaptor::DBusApplicationAdaptor(DBusApplicationHost *host)
    : QDBusAbstractAdaptor(host)
    , m_host(host)
{}

void DBusApplicationAdaptor::Activate(const QVariantMap &platformData)
{
    Q_EMIT m_host->activationRequested(startupId(platformData));
}

void DBusApplicationAdaptor::Open(const QStringList &uris, const QVariantMap &platformData)
{
    Q_EMIT m_host->activationRequested(startupId(platformData));
    int dropped = 0;
    for (const QString &uri : uris) {
        if (uri.size() <= 8192 && uri.startsWith(QLatin1String("latchkey:"), Qt::CaseInsensitive))
            Q_EMIT m_host->addressReceived(uri);
        else
            ++dropped;
    }
    if (dropped)
        qCWarning(lcDBus) << "Open: ignored" << dropped << "address(es) that are not latchkey://";
}

void DBusApplicationAdaptor::ActivateAction(const QString &actionName, const QVariantList &,
                                            const QVariantMap &platformData)
{
    Q_EMIT m_host->activationRequested(startupId(platformData));
    Q_EMIT m_host->actionRequested(actionName);
}

DBusApplicationHost::DBusApplicationHost(QObject *parent)
    : QObject(parent)
{
    new DBusApplicationAdaptor(this);
}

bool DBusApplicationHost::registerOnSessionBus()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_error = tr("No D-Bus session bus: %1").arg(bus.lastError().message());
        return false;
    }
    if (!bus.registerObject(QLatin1String(kObjectPath), this, QDBusConnection::ExportAdaptors)) {
        m_error = tr("Cannot register %1 on the session bus.").arg(QLatin1String(kObjectPath));
        return false;
    }
    if (!bus.registerService(QLatin1String(kServiceName))) {
        m_error = tr("The name %1 is taken on the session bus: %2")
                      .arg(QLatin1String(kServiceName), bus.lastError().message());
        bus.unregisterObject(QLatin1String(kObjectPath));
        return false;
    }
    qCInfo(lcDBus) << "serving org.freedesktop.Application as" << kServiceName;
    return true;
}

} // namespace Latchkey
