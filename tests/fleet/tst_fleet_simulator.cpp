// Bulk checks over 200 simulated sites (tests/bench/FleetSimulator, in its own thread) with
// mixed faults: every site gets exactly one result, and the right one; cancel stops new
// requests at once; "retry failed" re-checks exactly the sites that failed.
#include "FakeSecretStore.h"
#include "FleetSimulator.h"
#include "TestBed.h"
#include "fleet/BulkRunner.h"
#include "fleet/FleetCheck.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QThread>

using namespace Latchkey;
using Latchkey::Bench::Fault;
using Latchkey::Bench::FleetSimulator;
using Latchkey::Testing::FakeSecretStore;
using Latchkey::Testing::waitFor;

namespace {

constexpr int kSites = 200;

Fault faultFor(int site)
{
    switch (site % 10) {
    case 1:
        return Fault::ServerError;
    case 2:
        return Fault::HtmlFirewall;
    case 3:
        return Fault::WrongPassword;
    case 4:
        return Fault::Hang;
    default:
        return Fault::None;
    }
}

} // namespace

class TestFleetSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
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
                options.latencyMs = 20;
                started = m_simulator->start(options, &error);
            },
            Qt::BlockingQueuedConnection);
        QVERIFY2(started, qPrintable(error));
        for (int i = 0; i < kSites; ++i) {
            Site site;
            site.id = QStringLiteral("site-%1").arg(i);
            site.name = QStringLiteral("sim-%1").arg(i);
            site.baseUrl = m_simulator->url(i);
            site.userLogin = QStringLiteral("admin");
            // Half know their REST root (the fast path), half discover it first.
            if (i % 2 == 0)
                site.restRoot = QUrl(site.baseUrl.toString() + QStringLiteral("/wp-json/"));
            m_secrets.entries.insert(site.secretKey(), m_simulator->password(i));
            m_sites.append(site);
        }
    }

    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_simulator, &QObject::deleteLater);
        m_thread.quit();
        m_thread.wait();
    }

    void init()
    {
        for (int i = 0; i < kSites; ++i)
            m_simulator->setFault(i, faultFor(i));
        m_simulator->setLatency(20);
        m_simulator->resetCounters();
    }

    void everySiteGetsExactlyOneCorrectResult()
    {
        BulkRunner runner(&m_secrets, m_sites, factory());
        runner.setConcurrency(32);
        QHash<int, int> results;
        connect(&runner, &BulkRunner::siteFinished, this,
                [&](int index, const BulkSiteResult &) { ++results[index]; });
        bool finished = false;
        connect(&runner, &BulkRunner::finished, this, [&] { finished = true; });
        runner.start();
        QVERIFY(waitFor([&] { return finished; }, 120'000));
        QCOMPARE(results.size(), kSites);
        for (int i = 0; i < kSites; ++i) {
            QCOMPARE(results.value(i), 1);
            const BulkSiteResult &result = *runner.results().at(i);
            const QString where = QStringLiteral("site %1 (%2): %3")
                                      .arg(i)
                                      .arg(Bench::faultName(faultFor(i)), result.summary);
            switch (faultFor(i)) {
            case Fault::None:
                QVERIFY2(result.ok, qPrintable(where));
                QCOMPARE(result.details.value(QStringLiteral("user")).toString(),
                         QStringLiteral("admin"));
                break;
            case Fault::WrongPassword:
                QVERIFY2(result.problem.code() == ProblemCode::CredentialsRejected,
                         qPrintable(where));
                break;
            case Fault::HtmlFirewall:
                QVERIFY2(result.problem.code() == ProblemCode::RestApiBlocked, qPrintable(where));
                break;
            case Fault::Hang:
                QVERIFY2(result.problem.code() == ProblemCode::Timeout, qPrintable(where));
                break;
            case Fault::ServerError:
                QVERIFY2(!result.ok && result.problem.code() != ProblemCode::Cancelled,
                         qPrintable(where));
                break;
            }
        }
        // A healthy site that knows its REST root costs two requests; one that does not, five.
        QCOMPARE(m_simulator->requestsForSite(0), 2);
        QCOMPARE(m_simulator->requestsForSite(5), 5);
    }

    void cancelStopsNewRequestsAtOnce()
    {
        m_simulator->setLatency(150);
        for (int i = 0; i < kSites; ++i)
            m_simulator->setFault(i, Fault::None);
        BulkRunner runner(&m_secrets, m_sites, factory());
        runner.setConcurrency(8);
        bool finished = false;
        connect(&runner, &BulkRunner::finished, this, [&] { finished = true; });
        runner.start();
        QVERIFY(waitFor([&] { return runner.doneCount() >= 10; }, 60'000));
        QElapsedTimer clock;
        clock.start();
        runner.cancel();
        const qint64 atCancel = m_simulator->totalRequests();
        QVERIFY(waitFor([&] { return finished; }, 5'000));
        QVERIFY2(clock.elapsed() < 1000, "cancel must not wait for running requests");
        QTest::qWait(600); // longer than a reply takes: anything still coming would show
        // At most the requests already on their way when cancel() ran arrive afterwards.
        QVERIFY2(m_simulator->totalRequests() - atCancel <= 8,
                 qPrintable(QStringLiteral("%1 requests after cancel")
                                .arg(m_simulator->totalRequests() - atCancel)));
        int notStarted = 0;
        for (const auto &result : runner.results()) {
            QVERIFY(result.has_value());
            notStarted += result->started ? 0 : 1;
        }
        QVERIFY(notStarted >= kSites - 10 - 8 - 8);
        QCOMPARE(runner.doneCount(), kSites);
    }

    void retryRechecksOnlyTheFailedOnes()
    {
        BulkRunner runner(&m_secrets, m_sites, factory());
        runner.setConcurrency(32);
        bool finished = false;
        connect(&runner, &BulkRunner::finished, this, [&] { finished = true; });
        runner.start();
        QVERIFY(waitFor([&] { return finished; }, 120'000));
        QList<bool> failed;
        for (const auto &result : runner.results())
            failed.append(!result->ok);
        QCOMPARE(int(std::count(failed.cbegin(), failed.cend(), true)), kSites * 4 / 10);
        // The sites get fixed; "retry failed" must touch only the ones that failed.
        for (int i = 0; i < kSites; ++i)
            m_simulator->setFault(i, Fault::None);
        m_simulator->resetCounters();
        finished = false;
        QVERIFY(runner.retryFailed());
        QVERIFY(waitFor([&] { return finished; }, 120'000));
        for (int i = 0; i < kSites; ++i) {
            QCOMPARE(m_simulator->requestsForSite(i) > 0, bool(failed.at(i)));
            QVERIFY2(runner.results().at(i)->ok,
                     qPrintable(runner.results().at(i)->problem.toString()));
        }
        QVERIFY(!runner.retryFailed()); // nothing left to retry
    }

private:
    BulkRunner::TaskFactory factory()
    {
        return [this](const Site &site, const SiteEndpoint &endpoint) {
            auto *check = new FleetCheck(&m_network, site, endpoint);
            ConnectionCheck::Options options;
            // Only the hanging sites need the short timeout; a healthy site on a slow
            // (sanitizer) build under load must not be turned into a timeout.
            const int index = site.id.section(QLatin1Char('-'), 1).toInt();
            options.timeoutMs = m_simulator->fault(index) == Fault::Hang ? m_hangTimeoutMs : 30'000;
            options.crossCheckXmlRpc = false;
            check->setCheckOptions(options);
            return check;
        };
    }

    int m_hangTimeoutMs = 2'000; // short, so the hanging sites fail fast
    QThread m_thread;
    FleetSimulator *m_simulator = nullptr;
    QNetworkAccessManager m_network;
    FakeSecretStore m_secrets;
    QList<Site> m_sites;
};

QTEST_GUILESS_MAIN(TestFleetSimulator)
#include "tst_fleet_simulator.moc"
