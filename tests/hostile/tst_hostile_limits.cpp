// The real latchkey-cli against hostile limits: a site that drips one byte at a time (each
// request's inactivity timeout never fires) must end every network command with "timeout"
// within its deadline, a rotation past its point of no return is stopped and left to its
// journal, a CSV password in the wrong column never reaches the site list, and the process
// allows no core dump unless LATCHKEY_ALLOW_CORE_DUMPS=1.
#include "ProcessHardening.h"
#include "TestBed.h"
#include "fleet/RotationJournal.h"
#include "sites/SiteStore.h"
#include "support/FakeHttpServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Latchkey;
using Latchkey::Testing::FakeHttpRequest;
using Latchkey::Testing::FakeHttpResponse;
using Latchkey::Testing::FakeHttpServer;

namespace {
constexpr int kDripMs = 300;    // far below the 30 s inactivity timeout
constexpr int kDeadlineS = 2;   // --timeout 2
constexpr int kMarginMs = 6000; // process start, keychain, loopback
const QByteArray kOldPassword = "OldPass1OldPass2OldPass3";
const QByteArray kNewPassword = "NewPass1NewPass2NewPass3";
const QByteArray kCsvPassword = "CsvPass1CsvPass2CsvPass3";

// JSON written with single quotes, which no value here contains.
QByteArray jsonOf(QByteArray text)
{
    return text.replace('\'', '"');
}
} // namespace

class TestHostileLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QString m_cli;
    FakeHttpServer m_drip;     // every request drips
    FakeHttpServer m_rotating; // answers until the new password is created, then drips
    int m_creates = 0;

    struct Run
    {
        int exitCode = -1;
        QByteArray output; // stdout + stderr
        qint64 ms = 0;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QString::fromLatin1(ProcessHardening::kAllowCoreDumpsVariable));
        return env;
    }

    // Runs latchkey-cli while this thread's event loop keeps the fake servers dripping.
    Run run(const QStringList &args, const QByteArray &input = {}, int limitMs = 60'000)
    {
        Run result;
        QProcess process;
        process.setProcessEnvironment(environment());
        QElapsedTimer clock;
        clock.start();
        process.start(m_cli, args);
        if (!process.waitForStarted())
            return result;
        process.write(input);
        process.closeWriteChannel();
        const bool ended = Testing::waitFor(
            [&process] { return process.state() == QProcess::NotRunning; }, limitMs);
        result.ms = clock.elapsed();
        if (!ended) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.output = process.readAllStandardOutput() + process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return result;
    }

    QString configDir() const { return m_config.filePath(QStringLiteral("latchkey")); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_config.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    static QByteArray siteRow(const FakeHttpServer &server, const QByteArray &name,
                              const QByteArray &password)
    {
        const QByteArray base = server.url(QStringLiteral("/")).toEncoded();
        return base + ",admin," + name + ',' + password + ',' + base + "wp-json/\n";
    }

    FakeHttpResponse rotatingAnswer(const FakeHttpRequest &request)
    {
        const QByteArray path = request.url().path().toLatin1();
        const QByteArray oldAuth = "Basic " + QByteArray("admin:" + kOldPassword).toBase64();
        if (path.endsWith("/application-passwords/introspect") &&
            request.header("Authorization") == oldAuth) {
            return FakeHttpResponse::json(200, jsonOf("{'uuid':'11111111-1111-4111-8111-"
                                                      "111111111111','app_id':'','name':"
                                                      "'Latchkey','created':'2024-01-01T00:"
                                                      "00:00','last_used':null,'last_ip':null}"));
        }
        if (request.method == "POST" && path.endsWith("/users/me/application-passwords")) {
            ++m_creates;
            return FakeHttpResponse::json(
                201, jsonOf("{'uuid':'22222222-2222-4222-8222-222222222222','app_id':'',"
                            "'name':'Latchkey rotation','created':'2024-01-02T00:00:00',"
                            "'last_used':null,'last_ip':null,'password':'" +
                            kNewPassword + "'}"));
        }
        return FakeHttpResponse::drip(kDripMs);
    }

    void expectTimeout(const Run &run, int limitMs)
    {
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1 after %2 ms: %3")
                                                   .arg(run.exitCode)
                                                   .arg(run.ms)
                                                   .arg(QString::fromUtf8(run.output))));
        QVERIFY2(run.output.contains("timeout"), run.output.constData());
        QVERIFY2(run.ms < limitMs, qPrintable(QString::number(run.ms)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
        QVERIFY(m_config.isValid());
        QVERIFY(m_drip.start());
        m_drip.respondWith(FakeHttpResponse::drip(kDripMs));
        QVERIFY(m_rotating.start());
        m_rotating.setHandler([this](const FakeHttpRequest &r) { return rotatingAnswer(r); });
        const QString csv = writeFile(QStringLiteral("sites.csv"),
                                      "url,user,name,password,rest_root\n" +
                                          siteRow(m_drip, "drip", "DripPas1DripPas2DripPas3") +
                                          siteRow(m_rotating, "rotating", kOldPassword));
        const Run imported = run({QStringLiteral("site"), QStringLiteral("import"), csv});
        QVERIFY2(imported.exitCode == 0, imported.output.constData());
        QCOMPARE(m_drip.requests().size(), 0); // an import without --check sends nothing
    }

    // Single-site and bulk commands alike: each site has an overall deadline.
    void drippingSiteEndsWithTimeout_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        const QString t = QStringLiteral("--timeout");
        const QString two = QString::number(kDeadlineS);
        const auto list = [](const char *text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '));
        };
        QTest::newRow("check") << list("check drip") + QStringList{t, two} << QByteArray();
        QTest::newRow("check --all --json")
            << list("check --sites drip --json") + QStringList{t + QLatin1Char('=') + two}
            << QByteArray();
        QTest::newRow("password list")
            << list("password list drip") + QStringList{t, two} << QByteArray();
        QTest::newRow("password create")
            << list("password create drip Integration") + QStringList{t, two} << QByteArray();
        QTest::newRow("publish-test")
            << list("publish-test drip") + QStringList{t, two} << QByteArray();
        QTest::newRow("site reconnect") << list("site reconnect drip") + QStringList{t, two}
                                        << QByteArray("RecPass1RecPass2RecPass3\n");
        QTest::newRow("audit") << list("audit --sites drip") + QStringList{t, two} << QByteArray();
        QTest::newRow("bulk revoke dry run")
            << list("password revoke --sites drip --name X --dry-run") + QStringList{t, two}
            << QByteArray();
        QTest::newRow("rotate (before the new password)")
            << list("password rotate drip") + QStringList{t, two} << QByteArray();
    }

    void drippingSiteEndsWithTimeout()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const qsizetype before = m_drip.requests().size();
        const Run result = run(args, input);
        QVERIFY(m_drip.requests().size() > before); // it did reach the site
        // The deadline, a check's backstop or a rotation's grace, and the margin.
        expectTimeout(result, kDeadlineS * 1000 * 2 + kMarginMs);
    }

    void importCheckEndsWithTimeout()
    {
        const QByteArray base = m_drip.url(QStringLiteral("/other/")).toEncoded();
        const QString csv =
            writeFile(QStringLiteral("check.csv"), "url,user,name,password\n" + base +
                                                       ",admin,other,OthPass1OthPass2OthPass3\n");
        const Run result =
            run({QStringLiteral("site"), QStringLiteral("import"), QStringLiteral("--check"), csv,
                 QStringLiteral("--timeout"), QString::number(kDeadlineS)});
        expectTimeout(result, kDeadlineS * 1000 + kMarginMs);
        SiteStore store(configDir());
        QVERIFY(store.load().isNull());
        for (const Site &site : store.sites())
            QVERIFY(site.name != QStringLiteral("other")); // nothing of a timed-out row saved
    }

    // Past creating its new password a rotation is not cancelled half-way: it gets a grace
    // period, then is stopped where it is, and the journal keeps what --resume needs.
    void rotationPastCreateIsLeftToItsJournal()
    {
        const Run result =
            run({QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("rotating"),
                 QStringLiteral("--timeout"), QString::number(kDeadlineS)});
        QCOMPARE(m_creates, 1);
        expectTimeout(result, kDeadlineS * 1000 + 10'000 + kMarginMs);
        SiteStore store(configDir());
        QVERIFY(store.load().isNull());
        QString siteId;
        for (const Site &site : store.sites()) {
            if (site.name == QStringLiteral("rotating"))
                siteId = site.id;
        }
        QVERIFY(!siteId.isEmpty());
        const Result<QList<RotationEntry>> entries = RotationJournal(configDir()).entries();
        QVERIFY(entries.ok());
        const bool journaled =
            std::any_of(entries->cbegin(), entries->cend(), [&siteId](const RotationEntry &e) {
                return e.siteId == siteId &&
                       e.newUuid == QStringLiteral("22222222-2222-4222-8222-222222222222");
            });
        QVERIFY2(journaled, "the interrupted rotation must stay in the journal");
    }

    void timeoutOptionIsChecked()
    {
        const Run bad =
            run({QStringLiteral("password"), QStringLiteral("list"), QStringLiteral("drip"),
                 QStringLiteral("--timeout"), QStringLiteral("0")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.output.contains("--timeout"));
    }

    // A headerless url,user,password row: refused, and the password is nowhere to be seen.
    void csvPasswordInTheNameColumnIsNeverSaved()
    {
        const QString csv = writeFile(QStringLiteral("stray.csv"),
                                      "https://stray.example,admin," + kCsvPassword + "\n");
        const Run imported = run({QStringLiteral("site"), QStringLiteral("import"), csv});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY(imported.output.contains("Column 3 (name)"));
        QVERIFY(!imported.output.contains(kCsvPassword));
        const Run json =
            run({QStringLiteral("site"), QStringLiteral("import"), csv, QStringLiteral("--json")});
        QVERIFY(json.output.contains("invalid_input"));
        QVERIFY(!json.output.contains(kCsvPassword));
        const Run listed =
            run({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.output.contains(kCsvPassword));
        QVERIFY(!listed.output.contains("stray.example"));
        QFile sites(configDir() + QStringLiteral("/sites.json"));
        QVERIFY(sites.open(QIODevice::ReadOnly));
        QVERIFY(!sites.readAll().contains(kCsvPassword));
    }

    void noCoreDumps()
    {
        // Give the children something to lose: a core size limit that is not 0.
        rlimit mine{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &mine), 0);
        if (mine.rlim_max == 0)
            QSKIP("the hard core size limit is already 0 here");
        const rlimit saved = mine;
        mine.rlim_cur = mine.rlim_max;
        QCOMPARE(::setrlimit(RLIMIT_CORE, &mine), 0);

        const auto coreLimitOf = [this](bool allow) {
            QProcess process;
            QProcessEnvironment env = environment();
            if (allow)
                env.insert(QString::fromLatin1(ProcessHardening::kAllowCoreDumpsVariable),
                           QStringLiteral("1"));
            process.setProcessEnvironment(env);
            // Waits for a password on standard input: alive until this test closes it.
            process.start(m_cli, {QStringLiteral("site"), QStringLiteral("add"),
                                  QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--user"),
                                  QStringLiteral("x")});
            QByteArray line;
            if (process.waitForStarted()) {
                const QString limits = QStringLiteral("/proc/%1/limits").arg(process.processId());
                Testing::waitFor(
                    [&] {
                        QFile file(limits);
                        if (!file.open(QIODevice::ReadOnly))
                            return false;
                        for (const QByteArray &l : file.readAll().split('\n')) {
                            if (l.startsWith("Max core file size"))
                                line = l.simplified();
                        }
                        return line.endsWith(" 0 0 bytes");
                    },
                    allow ? 1500 : 10'000);
            }
            process.kill();
            process.waitForFinished();
            return line;
        };
        const QByteArray hardened = coreLimitOf(false);
        const QByteArray allowed = coreLimitOf(true);
        QCOMPARE(::setrlimit(RLIMIT_CORE, &saved), 0);
        QCOMPARE(hardened, QByteArray("Max core file size 0 0 bytes"));
        QVERIFY2(!allowed.isEmpty() && allowed != hardened, allowed.constData());
    }

    // The same function in this process: not dumpable, no core size, and both left alone
    // when the variable asks.
    void hardeningInProcess()
    {
        rlimit saved{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &saved), 0);
        qputenv(ProcessHardening::kAllowCoreDumpsVariable, "1");
        QVERIFY(ProcessHardening::disableCoreDumps());
        QCOMPARE(::prctl(PR_GET_DUMPABLE), 1);
        qunsetenv(ProcessHardening::kAllowCoreDumpsVariable);
        QVERIFY(ProcessHardening::disableCoreDumps());
        rlimit now{};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &now), 0);
        const int dumpable = ::prctl(PR_GET_DUMPABLE);
        // Put things back (rlim_max cannot be raised again without privileges).
        ::prctl(PR_SET_DUMPABLE, 1);
        ::setrlimit(RLIMIT_CORE, &saved);
        QCOMPARE(now.rlim_cur, rlim_t(0));
        QCOMPARE(now.rlim_max, rlim_t(0));
        // Sanitizer builds stay dumpable for LeakSanitizer.
        QCOMPARE(dumpable, ProcessHardening::staysDumpable() ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileLimits)
#include "tst_hostile_limits.moc"
