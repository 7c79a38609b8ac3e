// latchkey-cli when the keychain cannot be read, against the real WordPress test bed and a real
// gnome-keyring in a private D-Bus session (with-keychain.sh):
// - with no session bus to reach (cron, ssh -X: DBUS_SESSION_BUS_ADDRESS unset, DISPLAY set, no
//   $XDG_RUNTIME_DIR/bus), it says keychain_unavailable and starts no bus and no keyring (libdbus
//   would "autolaunch" both, and the new, empty keyring made every site secret_missing);
// - with the login collection locked, `check` says keychain_unavailable, not secret_missing,
//   and saves nothing as the site's status (it used to turn every site red).
#include "TestBed.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Latchkey;
using Latchkey::Testing::TestBed;
using Latchkey::Testing::waitFor;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Processes (other than ourselves) whose environment holds marker: everything a command started
// with that marker in its environment left running, however it was started (a daemon that
// forked away, a bus that activated a keyring).
QList<qint64> processesMarked(const QByteArray &marker)
{
    QList<qint64> found;
    QDirIterator entries(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (entries.hasNext()) {
        entries.next();
        bool numeric = false;
        const qint64 pid = entries.fileName().toLongLong(&numeric);
        if (!numeric || pid == QCoreApplication::applicationPid())
            continue;
        QFile environ(entries.filePath() + QStringLiteral("/environ"));
        if (environ.open(QIODevice::ReadOnly) && environ.readAll().contains(marker))
            found.append(pid);
    }
    return found;
}

} // namespace

class TestCliKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestBed::instance().isValid(), qPrintable(TestBed::instance().errorString()));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through ctest: the test needs with-keychain.sh's private session");
        QVERIFY(m_config.isValid());
        QVERIFY(m_emptyRuntime.isValid());
        m_cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
        // The seed password: adding a site creates nothing on WordPress.
        const Run added =
            cli({QStringLiteral("site"), QStringLiteral("add"),
                 TestBed::instance().prettyUrl().toString(), QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Pretty")},
                TestBed::instance().adminEndpoint().password.toUtf8() + "\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run checked = cli({QStringLiteral("check"), QStringLiteral("Pretty")});
        QVERIFY2(checked.exitCode == 0, checked.out.constData());
        QVERIFY(sitesJson().contains("\"ok\": true"));
    }

    void noSessionBusStartsNoBusAndNoKeyring()
    {
        // An X display, so that libdbus would autolaunch a bus (dbus-launch needs one).
        QProcess xvfb;
        const int display = startXvfb(xvfb);
        if (display < 0)
            QSKIP("Xvfb could not start: libdbus would not autolaunch here anyway");
        const QByteArray before = sitesJson();
        const QByteArray marker =
            "LATCHKEY_TEST_MARK=" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QProcessEnvironment environment = baseEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_emptyRuntime.path());
        environment.insert(QString::fromLatin1(marker.left(marker.indexOf('='))),
                           QString::fromLatin1(marker.mid(marker.indexOf('=') + 1)));
        const Run run =
            cli({QStringLiteral("check"), QStringLiteral("Pretty"), QStringLiteral("--json")}, {},
                environment);
        // Give an autolaunched daemon time to show up before looking.
        QTest::qWait(1500);
        const QList<qint64> left = processesMarked(marker);
        for (const qint64 pid : left)
            ::kill(pid_t(pid), SIGTERM); // started by this test's command: clean up
        xvfb.terminate();
        xvfb.waitForFinished(5000);

        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 process(es) left running, the "
                                                           "first pid %2")
                                                .arg(left.size())
                                                .arg(left.value(0))));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(run.out).array().first().toObject();
        QCOMPARE(result.value(QStringLiteral("problem")).toString(),
                 QStringLiteral("keychain_unavailable"));
        QVERIFY2(result.value(QStringLiteral("detail")).toString().contains(QLatin1String("D-Bus")),
                 run.out.constData());
        QVERIFY2(result.value(QStringLiteral("fix")).toString().contains(QLatin1String("cron")),
                 run.out.constData());
        QCOMPARE(sitesJson(), before);
    }

    void lockedKeychainIsNotSavedAsTheSiteStatus()
    {
        const QByteArray before = sitesJson();
        QProcess lock;
        lock.start(QStringLiteral("gdbus"),
                   {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                    QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                    QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
        QVERIFY(lock.waitForFinished(10'000));
        QCOMPARE(lock.exitCode(), 0);

        for (const QStringList &args :
             {QStringList{QStringLiteral("check"), QStringLiteral("Pretty"),
                          QStringLiteral("--json")},
              QStringList{QStringLiteral("check"), QStringLiteral("--all"),
                          QStringLiteral("--json")}}) {
            const Run run = cli(args);
            QCOMPARE(run.exitCode, 1);
            const QJsonArray results = QJsonDocument::fromJson(run.out).array();
            QCOMPARE(results.size(), 1);
            const QJsonObject result = results.first().toObject();
            QCOMPARE(result.value(QStringLiteral("problem")).toString(),
                     QStringLiteral("keychain_unavailable"));
            QVERIFY2(result.value(QStringLiteral("message"))
                         .toString()
                         .contains(QLatin1String("locked")),
                     run.out.constData());
            QVERIFY(!run.err.contains("secret_missing"));
            // The site's saved status is what the last real check established.
            QCOMPARE(sitesJson(), before);
        }
    }

private:
    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return environment;
    }

    Run cli(const QStringList &args, const QByteArray &input = {},
            std::optional<QProcessEnvironment> environment = std::nullopt)
    {
        QProcess process;
        process.setProcessEnvironment(environment.value_or(baseEnvironment()));
        process.start(m_cli, args);
        if (!process.waitForStarted(10'000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120'000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QByteArray sitesJson() const
    {
        QDirIterator files(m_config.path(), {QStringLiteral("sites.json")}, QDir::Files,
                           QDirIterator::Subdirectories);
        if (!files.hasNext())
            return {};
        QFile file(files.next());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Starts Xvfb on a free display; returns its number, or -1.
    static int startXvfb(QProcess &xvfb)
    {
        for (int display = 99; display < 140; ++display) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)))
                continue;
            xvfb.start(QStringLiteral("Xvfb"),
                       {QStringLiteral(":%1").arg(display), QStringLiteral("-nolisten"),
                        QStringLiteral("tcp")});
            if (!xvfb.waitForStarted(5000))
                return -1;
            const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(display);
            if (waitFor(
                    [&] {
                        return QFileInfo::exists(socket) || xvfb.state() == QProcess::NotRunning;
                    },
                    10'000) &&
                xvfb.state() == QProcess::Running)
                return display;
            xvfb.kill();
            xvfb.waitForFinished(2000);
        }
        return -1;
    }

    QTemporaryDir m_config;
    QTemporaryDir m_emptyRuntime;
    QString m_cli;
};

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
