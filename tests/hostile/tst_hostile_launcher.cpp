// Hostile fixtures for the launcher and the second process (issue "Trust", items 4 and 8): a
// latchkey:// address on the command line is wiped from argv at once (other users read
// /proc/<pid>/cmdline), and the single-instance socket lives only in a private folder this user
// owns (no shared /tmp fallback) with the peer's user checked.
#include "SingleInstance.h"
#include "TestBed.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstring>
#include <vector>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

const QByteArray kCallback =
    "latchkey://authorized?state=AbCdEfGhIjKlMnOpQrStU_&site_url=https%3A%2F%2Fa.example"
    "&user_login=alice&password=abcd%20efgh%20ijkl%20mnop%20qrst%20uvwx";

QByteArray cmdline(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Sets XDG_RUNTIME_DIR for the scope, restores it after.
struct RuntimeDir
{
    QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    bool wasSet = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
    explicit RuntimeDir(const QString &path)
    {
        if (path.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
    }
    ~RuntimeDir()
    {
        if (wasSet)
            qputenv("XDG_RUNTIME_DIR", saved);
        else
            qunsetenv("XDG_RUNTIME_DIR");
    }
};

} // namespace

class TestHostileLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The bytes of the address are overwritten where the kernel shows them, and the address
    // leaves argv (Qt never sees it); other arguments stay.
    void addressIsWipedFromArgv()
    {
        QByteArray block =
            QByteArray("latchkey") + '\0' + "--flag" + '\0' + kCallback + '\0' + "last" + '\0';
        std::vector<char *> argv;
        for (qsizetype i = 0; i < block.size(); i += qsizetype(std::strlen(block.data() + i)) + 1)
            argv.push_back(block.data() + i);
        int argc = int(argv.size());
        argv.push_back(nullptr);

        const QString address = SingleInstance::takeAddressFromArguments(argc, argv.data());
        QCOMPARE(address, QString::fromLatin1(kCallback));
        QCOMPARE(argc, 3);
        QCOMPARE(QByteArray(argv[1]), QByteArray("--flag"));
        QCOMPARE(QByteArray(argv[2]), QByteArray("last"));
        QCOMPARE(argv[3], nullptr);
        QVERIFY(!block.contains("password="));
        QVERIFY(!block.contains("latchkey://"));

        int none = 2;
        char program[] = "latchkey";
        char flag[] = "--flag";
        char *plain[] = {program, flag, nullptr};
        QVERIFY(SingleInstance::takeAddressFromArguments(none, plain).isEmpty());
        QCOMPARE(none, 2);
    }

    // The real binary, started by the desktop with a callback and no instance running: within
    // a second its command line no longer holds the password, and it keeps running.
    void realLatchkeyWipesItsCommandLine()
    {
        const QString latchkey = qEnvironmentVariable("LATCHKEY_GUI");
        QVERIFY2(QFileInfo(latchkey).isExecutable(), "LATCHKEY_GUI not set");
        QTemporaryDir home;
        QTemporaryDir runtime;
        QVERIFY(home.isValid() && runtime.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/c"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/d"));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(latchkey, {QString::fromLatin1(kCallback)});
        QVERIFY(process.waitForStarted(5'000));
        const qint64 pid = process.processId();

        const bool wiped = waitFor(
            [&] {
                const QByteArray line = cmdline(pid);
                return !line.isEmpty() && !line.contains("password=");
            },
            1'000);
        const QByteArray seen = cmdline(pid);
        const bool running = process.state() == QProcess::Running;
        // The window stays up; stop it (this test started it).
        process.kill();
        process.waitForFinished(5'000);
        QVERIFY2(running, process.readAllStandardError().constData());
        QVERIFY2(wiped, "the password is still in /proc/<pid>/cmdline after a second");
        QVERIFY(!seen.contains("abcd%20efgh"));
        QVERIFY(!seen.contains("latchkey://"));
    }

    void privateDirectoryIsCreatedForThisUserOnly()
    {
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        RuntimeDir scope(runtime.path());
        const Result<QString> directory = SingleInstance::privateDirectory();
        QVERIFY2(directory, qPrintable(directory.problem().message()));
        QCOMPARE(*directory, runtime.path() + QStringLiteral("/latchkey"));
        struct stat info = {};
        QCOMPARE(::lstat(QFile::encodeName(*directory).constData(), &info), 0);
        QVERIFY(S_ISDIR(info.st_mode));
        QCOMPARE(info.st_mode & 07777, mode_t(0700));
        QCOMPARE(info.st_uid, ::getuid());
        QCOMPARE(SingleInstance::defaultServerName(),
                 *directory + QStringLiteral("/org.latchkey.Latchkey.socket"));
    }

    // No XDG_RUNTIME_DIR: no socket anywhere (in particular not in /tmp); the instance says why.
    void noRuntimeDirectoryMeansNoSocket()
    {
        RuntimeDir scope(QString{});
        QVERIFY(!SingleInstance::privateDirectory());
        QCOMPARE(SingleInstance::privateDirectory().problem().code(), ProblemCode::ConfigError);
        QVERIFY(SingleInstance::defaultServerName().isEmpty());
        SingleInstance instance;
        QCOMPARE(instance.listen(), SingleInstance::ListenResult::Failed);
        QVERIFY2(instance.errorString().contains(QStringLiteral("XDG_RUNTIME_DIR")),
                 qPrintable(instance.errorString()));
        const QStringList inTmp = QDir(QDir::tempPath())
                                      .entryList({QStringLiteral("org.latchkey.Latchkey*")},
                                                 QDir::AllEntries | QDir::System);
        QVERIFY2(inTmp.isEmpty(), qPrintable(inTmp.join(QLatin1Char(' '))));
    }

    void unsafeDirectoriesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("group- and world-readable folder") << QStringLiteral("mode");
        QTest::newRow("symbolic link to a private folder") << QStringLiteral("symlink");
        QTest::newRow("a file, not a folder") << QStringLiteral("file");
        QTest::newRow("world-writable XDG_RUNTIME_DIR") << QStringLiteral("runtime");
        QTest::newRow("another user's folder") << QStringLiteral("owner");
    }

    // Someone prepared the folder (or the runtime dir is shared): refused, never repaired,
    // nothing listens and nothing is handed over.
    void unsafeDirectoriesAreRefused()
    {
        QFETCH(QString, kind);
        QTemporaryDir runtime;
        QTemporaryDir elsewhere;
        QVERIFY(runtime.isValid() && elsewhere.isValid());
        const QString directory = runtime.path() + QStringLiteral("/latchkey");
        const QByteArray path = QFile::encodeName(directory);
        if (kind == QLatin1String("mode")) {
            QCOMPARE(::mkdir(path.constData(), 0700), 0);
            QCOMPARE(::chmod(path.constData(), 0755), 0);
        } else if (kind == QLatin1String("symlink")) {
            QVERIFY(QFile::link(elsewhere.path(), directory));
        } else if (kind == QLatin1String("file")) {
            QFile file(directory);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == QLatin1String("runtime")) {
            QCOMPARE(::chmod(QFile::encodeName(runtime.path()).constData(), 0777), 0);
        } else if (kind == QLatin1String("owner")) {
            if (::getuid() != 0)
                QSKIP("needs root to give a folder to another user");
            QCOMPARE(::mkdir(path.constData(), 0700), 0);
            QCOMPARE(::chown(path.constData(), 65534, 65534), 0);
        }
        RuntimeDir scope(runtime.path());
        const Result<QString> checked = SingleInstance::privateDirectory();
        QVERIFY2(!checked, "an unsafe folder was accepted");
        QCOMPARE(checked.problem().code(), ProblemCode::ConfigError);
        QVERIFY(!checked.problem().fix().isEmpty());
        QVERIFY(SingleInstance::defaultServerName().isEmpty());

        // An explicit socket name in that folder is refused by both ends too.
        const QString name = directory + QStringLiteral("/org.latchkey.Latchkey.socket");
        SingleInstance instance(name);
        QCOMPARE(instance.listen(), SingleInstance::ListenResult::Failed);
        QVERIFY(!QFileInfo::exists(name));
        QVERIFY(!SingleInstance::forward(name, QString::fromLatin1(kCallback), 1'000));
        if (kind == QLatin1String("mode")) {
            struct stat info = {};
            QCOMPARE(::lstat(path.constData(), &info), 0);
            QCOMPARE(info.st_mode & 07777, mode_t(0755)); // reported, not silently repaired
        }
    }

    // A listener in a folder others can reach: the forwarding process checks it first.
    void forwardingNeverGoesToASharedFolder()
    {
        QTemporaryDir shared;
        QVERIFY(shared.isValid());
        QCOMPARE(::chmod(QFile::encodeName(shared.path()).constData(), 01777), 0);
        QLocalServer listener;
        const QString name = shared.path() + QStringLiteral("/org.latchkey.Latchkey.socket");
        QVERIFY(listener.listen(name));
        QVERIFY(!SingleInstance::forward(name, QString::fromLatin1(kCallback), 1'000));
        QTest::qWait(100);
        QVERIFY(!listener.hasPendingConnections());
    }

    // SO_PEERCRED: a connection from another user's process is recognised as such (the server
    // drops it; the client side uses the same check on the listener).
    void peerOfAnotherUserIsRecognised()
    {
        if (::getuid() != 0)
            QSKIP("needs root to run a process as another user");
        const QString python = QStringLiteral("/usr/bin/python3");
        const QString setpriv = QStringLiteral("/usr/bin/setpriv");
        if (!QFileInfo(python).isExecutable() || !QFileInfo(setpriv).isExecutable())
            QSKIP("needs /usr/bin/python3 and /usr/bin/setpriv");
        QTemporaryDir shared;
        QVERIFY(shared.isValid());
        QCOMPARE(::chmod(QFile::encodeName(shared.path()).constData(), 0777), 0);
        QLocalServer listener;
        listener.setSocketOptions(QLocalServer::WorldAccessOption);
        const QString name = shared.path() + QStringLiteral("/peer.socket");
        QVERIFY(listener.listen(name));

        QProcess other;
        other.start(setpriv,
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                     QStringLiteral("--clear-groups"), python, QStringLiteral("-c"),
                     QStringLiteral("import socket,sys,time; s=socket.socket(socket.AF_UNIX); "
                                    "s.connect(sys.argv[1]); time.sleep(2)"),
                     name});
        QVERIFY(other.waitForStarted(5'000));
        QVERIFY2(waitFor([&] { return listener.hasPendingConnections(); }, 5'000),
                 other.readAllStandardError().constData());
        QLocalSocket *fromOther = listener.nextPendingConnection();
        QVERIFY(!SingleInstance::peerIsThisUser(fromOther->socketDescriptor()));
        other.kill();
        other.waitForFinished(5'000);

        QLocalSocket mine;
        mine.connectToServer(name);
        QVERIFY(waitFor([&] { return listener.hasPendingConnections(); }, 5'000));
        QLocalSocket *fromMe = listener.nextPendingConnection();
        QVERIFY(SingleInstance::peerIsThisUser(fromMe->socketDescriptor()));
        QVERIFY(SingleInstance::peerIsThisUser(mine.socketDescriptor()));
    }
};

QTEST_GUILESS_MAIN(TestHostileLauncher)
#include "tst_hostile_launcher.moc"
