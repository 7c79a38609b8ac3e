// org.freedesktop.Application on a private session bus: the desktop's Activate and Open calls
// (as a DBusActivatable .desktop file makes them) reach Latchkey; only latchkey:// addresses
// are passed on.
#include "DBusApplicationAdaptor.h"
#include "TestBed.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QSignalSpy>
#include <QTest>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestApprovalDBus : public QObject
{
    Q_OBJECT

private:
    // A call from another connection, as the desktop (another process) makes it.
    bool call(const QString &method, const QVariantList &arguments)
    {
        QDBusConnection desktop =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("desktop"));
        QDBusMessage message =
            QDBusMessage::createMethodCall(QLatin1String(DBusApplicationHost::kServiceName),
                                           QLatin1String(DBusApplicationHost::kObjectPath),
                                           QStringLiteral("org.freedesktop.Application"), method);
        message.setArguments(arguments);
        QDBusPendingCallWatcher watcher(desktop.asyncCall(message));
        waitFor([&] { return watcher.isFinished(); }, 5'000);
        return watcher.isFinished() && !watcher.isError();
    }

private Q_SLOTS:
    void openAndActivate()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no session bus");
        DBusApplicationHost host;
        QVERIFY2(host.registerOnSessionBus(), qPrintable(host.errorString()));
        DBusApplicationHost second;
        QVERIFY(!second.registerOnSessionBus());

        QSignalSpy activated(&host, &DBusApplicationHost::activationRequested);
        QSignalSpy received(&host, &DBusApplicationHost::addressReceived);
        QVariantMap platformData;
        platformData.insert(QStringLiteral("activation-token"), QStringLiteral("token-1"));

        QVERIFY(call(QStringLiteral("Activate"), {platformData}));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("token-1"));

        const QStringList uris{QStringLiteral("latchkey://rejected?state=AbCdEfGhIjKlMnOpQrStU_"),
                               QStringLiteral("https://example.com/"),
                               QStringLiteral("file:///etc/passwd")};
        QVERIFY(call(QStringLiteral("Open"), {uris, QVariantMap()}));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(), uris.first());

        QVERIFY(
            call(QStringLiteral("ActivateAction"),
                 {QStringLiteral("add-site"), QVariant::fromValue(QVariantList()), QVariantMap()}));
        QCOMPARE(activated.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestApprovalDBus)
#include "tst_approval_dbus.moc"
