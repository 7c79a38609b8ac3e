// Ctrl-C and SIGTERM while a fleet command of the real latchkey-cli runs against the fleet
// simulator (slow sites, in a thread of this test): the process stops starting sites at once,
// lets what is under way reach a safe point, says what was done, and exits 130 (SIGINT) or
// 143 (SIGTERM). "No new requests after the signal" is read from the simulator's counters.
#include "FleetSimulator.h"
#include "TestBed.h"
#include "fleet/RotationJournal.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Latchkey;
using Latchkey::Bench::FleetSimulator;
using Latchkey::Testing::waitFor;

namespace {
constexpr int kSites = 12;
}

class TestCliInterrupt : public QObject
{
    Q_OBJECT

private:
    QThread m_thread;
    FleetSimulator *m_simulator = nullptr;
    QTemporaryDir m_config;
    QString m_cli;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    int run(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_cli, args);
        process.closeWriteChannel();
        if (!process.waitForFinished(120'000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

    // The sites the simulator has seen any request for.
    QList<int> touchedSites() const
    {
        QList<int> touched;
        for (int i = 0; i < kSites; ++i) {
            if (m_simulator->requestsForSite(i) > 0)
                touched.append(i);
        }
        return touched;
    }

    struct Interrupted
    {
        int exitCode = -1;
        QByteArray stderrText;
        QList<int> touchedAtSignal;
        qint64 requestsAtSignal = 0;
    };

    // Starts latchkey-cli with args, waits until ready() says the moment has come, sends
    // signal, and waits for the process to end.
    Interrupted interrupt(const QStringList &args, const std::function<bool()> &ready, int signal)
    {
        Interrupted result;
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_cli, args);
        process.closeWriteChannel();
        if (!process.waitForStarted() || !waitFor(ready, 60'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        // Let every request already sent reach the simulator (loopback: well under this).
        QTest::qWait(200);
        result.touchedAtSignal = touchedSites();
        result.requestsAtSignal = m_simulator->totalRequests();
        ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(60'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.stderrText = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
        QVERIFY(m_config.isValid());
        m_thread.start();
        m_simulator = new FleetSimulator();
        m_simulator->moveToThread(&m_thread);
        bool started = false;
        QString error;
        QMetaObject::invokeMethod(
            m_simulator,
            [&] {
                FleetSimulator::Options options;
                options.sites = kSites;
                options.latencyMs = 600;
                started = m_simulator->start(options, &error);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY2(started, qPrintable(error));
        QFile csv(m_config.filePath(QStringLiteral("sites.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(m_simulator->importCsv());
        csv.close();
        QByteArray out;
        QCOMPARE(run({QStringLiteral("site"), QStringLiteral("import"), csv.fileName()}, &out), 0);
        QCOMPARE(m_simulator->totalRequests(), 0); // the import sends nothing
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_simulator, &QObject::deleteLater);
        m_thread.quit();
        m_thread.wait();
    }

    void init()
    {
        m_simulator->resetCounters();
        // Slow enough that nothing is answered (so nothing new is asked) around the signal.
        m_simulator->setLatency(1500);
    }

    void sigintStopsCheckAll()
    {
        const Interrupted result = interrupt(
            {QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--concurrency"),
             QStringLiteral("2")},
            [this] { return m_simulator->totalRequests() >= 2; }, SIGINT);
        QVERIFY2(result.exitCode == 130,
                 qPrintable(QStringLiteral("exit %1: %2")
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.stderrText))));
        QVERIFY2(result.stderrText.contains("Interrupted by SIGINT"),
                 result.stderrText.constData());
        QCOMPARE(result.touchedAtSignal.size(), 2);
        // Nothing was sent after the signal: in-flight requests were aborted, no site started.
        QTest::qWait(300);
        QCOMPARE(m_simulator->totalRequests(), result.requestsAtSignal);
        QCOMPARE(touchedSites(), result.touchedAtSignal);
    }

    void sigintStopsAudit()
    {
        const Interrupted result = interrupt(
            {QStringLiteral("audit"), QStringLiteral("--sites"), QStringLiteral("all"),
             QStringLiteral("--concurrency"), QStringLiteral("3"), QStringLiteral("--json")},
            [this] { return m_simulator->totalRequests() >= 3; }, SIGINT);
        QVERIFY2(result.exitCode == 130, result.stderrText.constData());
        QVERIFY(result.stderrText.contains("Interrupted by SIGINT"));
        QTest::qWait(300);
        QCOMPARE(m_simulator->totalRequests(), result.requestsAtSignal);
    }

    void sigtermStopsRotationAtASafePoint()
    {
        // The signal comes while the first rotations are creating their new passwords.
        m_simulator->setLatency(600); // seven steps per site
        const Interrupted result = interrupt(
            {QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("--sites"),
             QStringLiteral("all"), QStringLiteral("--concurrency"), QStringLiteral("2")},
            [this] { return m_simulator->routeCounts().value(QStringLiteral("ap_create")) > 0; },
            SIGTERM);
        QVERIFY2(result.exitCode == 143,
                 qPrintable(QStringLiteral("exit %1: %2")
                                .arg(result.exitCode)
                                .arg(QString::fromUtf8(result.stderrText))));
        QVERIFY2(result.stderrText.contains("Interrupted by SIGTERM"),
                 result.stderrText.constData());
        QVERIFY(!result.touchedAtSignal.isEmpty());
        QVERIFY(result.touchedAtSignal.size() < kSites);
        // No site was started after the signal (the ones under way may finish their steps).
        QTest::qWait(300);
        QCOMPARE(touchedSites(), result.touchedAtSignal);
        // Whatever the signal left half done is settled by the next run, for those sites only.
        m_simulator->resetCounters();
        QByteArray out;
        QCOMPARE(
            run({QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("--resume")},
                &out),
            0);
        const RotationJournal after(m_config.filePath(QStringLiteral("latchkey")));
        QVERIFY2(after.entries()->isEmpty(), out.constData());
        for (int site : touchedSites())
            QVERIFY(result.touchedAtSignal.contains(site));
        // And the rotated sites still work: a check of everything passes.
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--all")}, &out), 0);

        // Each bulk run is in the activity of every site it touched, with the run's counts.
        SiteStore store(m_config.filePath(QStringLiteral("latchkey")));
        QVERIFY(store.load().isNull());
        ActivityLog activity(m_config.filePath(QStringLiteral("latchkey")));
        QVERIFY(activity.load().isNull());
        int rotations = 0;
        for (const Site &site : store.sites()) {
            const QList<ActivityEntry> entries = activity.entriesFor(site.id);
            QVERIFY(!entries.isEmpty());
            QCOMPARE(entries.first().action, QStringLiteral("bulk_check"));
            QVERIFY2(
                entries.first().summary.contains(QStringLiteral("(%1 ok, 0 failed)").arg(kSites)),
                qPrintable(entries.first().summary));
            rotations += int(std::count_if(entries.cbegin(), entries.cend(), [](const auto &e) {
                return e.action == QStringLiteral("password_rotated");
            }));
        }
        QVERIFY(rotations > 0);
    }
};

QTEST_MAIN(TestCliInterrupt)
#include "tst_cli_interrupt.moc"
