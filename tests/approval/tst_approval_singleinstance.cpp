// The single-instance handover: one process listens in XDG_RUNTIME_DIR/latchkey, a second one
// forwards a latchkey:// address and exits; stale sockets, oversized and malformed messages.
#include "SingleInstance.h"
#include "TestBed.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

// Sends raw bytes from this process (no blocking: the server runs in this event loop) and
// returns what the server answered before it closed.
QByteArray exchange(const QString &serverName, const QByteArray &message)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!waitFor([&] { return socket.state() == QLocalSocket::ConnectedState; }, 5'000))
        return "not connected";
    socket.write(message);
    QByteArray answer;
    waitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QLocalSocket::UnconnectedState;
        },
        5'000);
    return answer + socket.readAll();
}

} // namespace

class TestApprovalSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;
    QString m_forwarder;

    int runForwarder(const QStringList &arguments)
    {
        QProcess process;
        process.start(m_forwarder, arguments);
        if (!process.waitForStarted(5'000))
            return -1;
        // Not blocking: the instance in this process must answer meanwhile.
        waitFor([&] { return process.state() == QProcess::NotRunning; }, 10'000);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        m_forwarder = qEnvironmentVariable("LATCHKEY_APPROVAL_FORWARD");
        QVERIFY2(QFileInfo(m_forwarder).isExecutable(), "LATCHKEY_APPROVAL_FORWARD not set");
    }

    void nameIsPerUserInTheRuntimeDirectory()
    {
        // A private folder of its own in XDG_RUNTIME_DIR (tests/hostile checks its rules).
        const QString name = SingleInstance::defaultServerName();
        QCOMPARE(name, m_runtime.path() + QStringLiteral("/latchkey/org.latchkey.Latchkey.socket"));
    }

    void secondProcessForwardsAndExits()
    {
        SingleInstance instance;
        QCOMPARE(instance.listen(), SingleInstance::ListenResult::Listening);
        // Only its user may connect.
        const QFileInfo socketFile(instance.serverName());
        QVERIFY(socketFile.exists());
        QCOMPARE(socketFile.permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());

        SingleInstance second;
        QCOMPARE(second.listen(), SingleInstance::ListenResult::AlreadyRunning);

        QSignalSpy received(&instance, &SingleInstance::addressReceived);
        const QString address = QStringLiteral("latchkey://rejected?state=AbCdEfGhIjKlMnOpQrStU_");
        QCOMPARE(runForwarder({QStringLiteral("--some-flag"), address}), 0);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(), address);
    }

    void realLatchkeyForwardsAndExits()
    {
        // The installed binary as the desktop runs it (`latchkey %u`), without a display: it
        // hands the address over before building any window, and exits at once.
        const QString latchkey = qEnvironmentVariable("LATCHKEY_GUI");
        QVERIFY2(QFileInfo(latchkey).isExecutable(), "LATCHKEY_GUI not set");
        SingleInstance instance;
        QCOMPARE(instance.listen(), SingleInstance::ListenResult::Listening);
        QSignalSpy received(&instance, &SingleInstance::addressReceived);

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QProcess process;
        process.setProcessEnvironment(environment);
        const QString address = QStringLiteral("latchkey://authorized?state=AbCdEfGhIjKlMnOpQrStU_"
                                               "&site_url=https%3A%2F%2Fexample.com&user_login=a"
                                               "&password=abcd%20efgh");
        QElapsedTimer elapsed;
        elapsed.start();
        process.start(latchkey, {address});
        QVERIFY(process.waitForStarted(5'000));
        QVERIFY(waitFor([&] { return process.state() == QProcess::NotRunning; }, 10'000));
        QVERIFY2(elapsed.elapsed() < 5'000, "the second process exits at once");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(), address);
    }

    void withoutInstanceTheProcessStartsItself()
    {
        QCOMPARE(runForwarder({QStringLiteral("latchkey://rejected?state=x")}), 3);
        // No address: nothing to forward, start normally.
        QCOMPARE(runForwarder({}), 3);
        QVERIFY(SingleInstance::addressFromArguments({QStringLiteral("latchkey")}).isEmpty());
        QCOMPARE(SingleInstance::addressFromArguments(
                     {QStringLiteral("latchkey"), QStringLiteral("LATCHKEY://x")}),
                 QStringLiteral("LATCHKEY://x"));
    }

    void staleSocketIsReplaced()
    {
        const QString name = SingleInstance::defaultServerName();
        // A socket file whose process is gone: bound, never listened on, closed, not removed.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(name));

        SingleInstance instance;
        QCOMPARE(instance.listen(), SingleInstance::ListenResult::Listening);
        QSignalSpy received(&instance, &SingleInstance::addressReceived);
        QCOMPARE(runForwarder({QStringLiteral("latchkey://rejected?state=y")}), 0);
        QCOMPARE(received.count(), 1);
    }

    void badMessagesAreDropped()
    {
        SingleInstance instance;
        QCOMPARE(instance.listen(), SingleInstance::ListenResult::Listening);
        QSignalSpy received(&instance, &SingleInstance::addressReceived);
        QSignalSpy activated(&instance, &SingleInstance::activationRequested);

        const QByteArray huge =
            "OPEN latchkey://x?" + QByteArray(SingleInstance::kMaxMessage, 'a') + '\n';
        QCOMPARE(exchange(instance.serverName(), huge), QByteArray());
        QCOMPARE(exchange(instance.serverName(), "HELLO\n"), QByteArray());
        QCOMPARE(exchange(instance.serverName(), "OPEN https://evil.example/\n"), QByteArray());
        QCOMPARE(received.count(), 0);
        QVERIFY(!SingleInstance::forward(instance.serverName(), QStringLiteral("https://x")));
        QVERIFY(!SingleInstance::forward(
            instance.serverName(), QStringLiteral("latchkey://") +
                                       QString(SingleInstance::kMaxMessage, QLatin1Char('a'))));

        // Good messages still work afterwards; only the first line of a connection counts.
        QCOMPARE(exchange(instance.serverName(), "OPEN latchkey://a\nOPEN latchkey://b\n"),
                 QByteArray("OK\n"));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(), QStringLiteral("latchkey://a"));
        QCOMPARE(exchange(instance.serverName(), "ACTIVATE\n"), QByteArray("OK\n"));
        QCOMPARE(activated.count(), 1);
    }

    void silentClientIsDropped()
    {
        SingleInstance instance;
        QCOMPARE(instance.listen(), SingleInstance::ListenResult::Listening);
        QLocalSocket socket;
        socket.connectToServer(instance.serverName());
        QVERIFY(waitFor([&] { return socket.state() == QLocalSocket::ConnectedState; }));
        socket.write("OPEN latchkey://never-ends");
        QVERIFY(waitFor([&] { return socket.state() == QLocalSocket::UnconnectedState; }, 5'000));
    }

    void cleanupTestCase() { qunsetenv("XDG_RUNTIME_DIR"); }
};

QTEST_GUILESS_MAIN(TestApprovalSingleInstance)
#include "tst_approval_singleinstance.moc"
