#pragma once

// Linux only (Q_OS_LINUX with QtDBus): compiled from app/gui/CMakeLists.txt there.

#include <QDBusAbstractAdaptor>
#include <QStringList>
#include <QVariantMap>

namespace Latchkey {

// org.freedesktop.Application on the session bus, so that a desktop that reads
// DBusActivatable=true from org.latchkey.Latchkey.desktop starts or reaches Latchkey over
// D-Bus and hands it latchkey:// addresses through Open(): the address never sits in a
// process's argv. Well-known name org.latchkey.Latchkey, object /org/latchkey/Latchkey (the
// desktop id with dots as slashes, as the Desktop Entry Specification requires).
//
// Usage (main): DBusApplicationAdaptor::registerOnSessionBus(&appObject) after building the
// window; connect the host object's signals (see DBusApplicationHost).
class DBusApplicationHost;

class DBusApplicationAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Application")

public:
    explicit DBusApplicationAdaptor(DBusApplicationHost *host);

public Q_SLOTS:
    void Activate(const QVariantMap &platformData);
    void Open(const QStringList &uris, const QVariantMap &platformData);
    void ActivateAction(const QString &actionName, const QVariantList &parameter,
                        const QVariantMap &platformData);

private:
    DBusApplicationHost *m_host;
};

// The object the adaptor is attached to: what the rest of the app connects to.
class DBusApplicationHost : public QObject
{
    Q_OBJECT

public:
    static constexpr char kServiceName[] = "org.latchkey.Latchkey";
    static constexpr char kObjectPath[] = "/org/latchkey/Latchkey";

    explicit DBusApplicationHost(QObject *parent = nullptr);

    // Registers the object and claims the well-known name on the session bus. False (with
    // errorString()) when there is no session bus or the name is taken.
    bool registerOnSessionBus();
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void activationRequested(const QString &startupId);
    // Only latchkey:// addresses are passed on; anything else sent to Open() is dropped.
    void addressReceived(const QString &address);
    void actionRequested(const QString &actionName);

private:
    friend class DBusApplicationAdaptor;
    QString m_error;
};

} // namespace Latchkey
