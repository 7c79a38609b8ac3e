// The bulk commands in a session without any Secret Service (tests/testbed/without-keychain.sh),
// as under cron without a keyring: each fails once with keychain_unavailable and the advice, a
// site import with passwords saves nothing, and no password is ever written to a file.
#include "TestBed.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray kPassword = "AbCdEfGhIjKlMnOpQrStUvWx";

} // namespace

class TestFleetNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
    }

    void importWithPasswordsSavesNothing()
    {
        QFile csv(m_home.filePath(QStringLiteral("sites.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("url,user,name,password\nhttps://a.example,admin,a," + kPassword +
                  "\nhttps://b.example,admin,b,\n");
        csv.close();
        const Run run = cli({QStringLiteral("site"), QStringLiteral("import"), csv.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("keychain_unavailable"), run.err.constData());
        QVERIFY(run.err.contains("cron"));
        QVERIFY(run.err.contains("Nothing was imported"));
        const Run list =
            cli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.out.trimmed(), QByteArray("[\n]"));
        // A file without passwords needs no keychain.
        QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
        csv.write("url,user,name\nhttps://a.example,admin,a\nhttps://b.example,admin,b\n");
        csv.close();
        QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("import"), csv.fileName()}).exitCode,
                 0);
    }

    void bulkCommandsFailOnceWithTheAdvice_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("check") << QStringList{QStringLiteral("check"), QStringLiteral("--all")};
        QTest::newRow("check json")
            << QStringList{QStringLiteral("check"), QStringLiteral("--sites"),
                           QStringLiteral("all"), QStringLiteral("--json")};
        QTest::newRow("audit") << QStringList{QStringLiteral("audit")};
        QTest::newRow("revoke") << QStringList{QStringLiteral("password"), QStringLiteral("revoke"),
                                               QStringLiteral("--sites"),  QStringLiteral("all"),
                                               QStringLiteral("--name"),   QStringLiteral("x")};
        QTest::newRow("rotate") << QStringList{QStringLiteral("password"), QStringLiteral("rotate"),
                                               QStringLiteral("--sites"), QStringLiteral("a,b")};
        QTest::newRow("reissue") << QStringList{
            QStringLiteral("password"), QStringLiteral("reissue"), QStringLiteral("--sites"),
            QStringLiteral("all"),      QStringLiteral("--name"),  QStringLiteral("x")};
    }

    void bulkCommandsFailOnceWithTheAdvice()
    {
        QFETCH(QStringList, args);
        QElapsedTimer clock;
        clock.start();
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count("error [keychain_unavailable]"), 1);
        QVERIFY(run.err.contains("what to do:"));
        QVERIFY2(clock.elapsed() < 20'000, "must fail fast");
    }

    void noPasswordOnDisk()
    {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QStringLiteral("sites.csv")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kPassword), qPrintable(path));
        }
    }

private:
    Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.path() + QStringLiteral("/config"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.path() + QStringLiteral("/data"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(m_cli, args);
        if (!process.waitForStarted(10'000))
            return {};
        process.closeWriteChannel();
        process.waitForFinished(60'000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QTemporaryDir m_home;
    QString m_cli;
};

QTEST_GUILESS_MAIN(TestFleetNoKeychain)
#include "tst_fleet_no_keychain.moc"
