// Units of the bulk operations: CSV, import plans, selectors, revoke filters, the rotation
// journal, and the bulk runner's scheduling (bounded concurrency, one result per site, cancel,
// retry) with fake tasks and a fake keychain.
#include "FakeSecretStore.h"
#include "TestBed.h"
#include "fleet/BulkRevoke.h"
#include "fleet/BulkRunner.h"
#include "fleet/Csv.h"
#include "fleet/PasswordAudit.h"
#include "fleet/Reissue.h"
#include "fleet/RotationJournal.h"
#include "fleet/SiteImport.h"
#include "fleet/SiteSelector.h"
#include "sites/SiteStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Latchkey;
using Latchkey::Testing::FakeSecretStore;
using Latchkey::Testing::waitFor;

namespace {

Site makeSite(const QString &name, const QString &url, const QString &group = {},
              const QStringList &tags = {}, const QString &login = QStringLiteral("admin"))
{
    Site site;
    site.id = QStringLiteral("id-") + name;
    site.name = name;
    site.baseUrl = QUrl(url);
    site.userLogin = login;
    site.group = group;
    site.tags = tags;
    return site;
}

// Finishes after delayMs: ok unless the site's name starts with "bad".
class FakeTask : public BulkTask
{
public:
    FakeTask(Site site, int delayMs, int *running, int *maxRunning, int *started)
        : m_site(std::move(site))
        , m_delayMs(delayMs)
        , m_running(running)
        , m_maxRunning(maxRunning)
        , m_started(started)
    {}
    void start() override
    {
        ++*m_started;
        *m_maxRunning = std::max(*m_maxRunning, ++*m_running);
        QTimer::singleShot(m_delayMs, this, [this] {
            --*m_running;
            BulkSiteResult result;
            result.ok = !m_site.name.startsWith(QStringLiteral("bad"));
            if (!result.ok)
                result.problem = Problem::make(ProblemCode::HttpError);
            finish(result);
        });
    }
    void cancel() override
    {
        --*m_running;
        BulkSiteResult result;
        result.problem = Problem(ProblemCode::Cancelled);
        finish(result);
    }

private:
    Site m_site;
    int m_delayMs;
    int *m_running;
    int *m_maxRunning;
    int *m_started;
};

} // namespace

class TestFleetUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void auditCsvCannotRunAsAFormula()
    {
        AuditEntry entry;
        entry.siteName = QStringLiteral("Shop");
        entry.password.name = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
        entry.password.lastIp = QStringLiteral("-1+2");
        const QStringList fields = entry.csvFields();
        QCOMPARE(fields.size(), AuditEntry::csvColumns().size());
        QCOMPARE(fields.at(0), QStringLiteral("Shop"));
        QCOMPARE(fields.at(4), QStringLiteral("'=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(fields.at(9), QStringLiteral("'-1+2"));
    }

    void csvFollowsRfc4180()
    {
        const auto records = Csv::parse(
            QStringLiteral("\xFEFF"
                           "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n\"multi\nline\",x\nlast,,"));
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).fields, QStringList({QStringLiteral("a"), QStringLiteral("b,c"),
                                                     QStringLiteral("say \"hi\"")}));
        QCOMPARE(records->at(0).line, 1);
        QCOMPARE(records->at(1).fields.first(), QStringLiteral("multi\nline"));
        QCOMPARE(records->at(1).line, 3);
        QCOMPARE(records->at(2).line, 5);
        QCOMPARE(records->at(2).fields.size(), 3);
        const auto broken = Csv::parse(QStringLiteral("ok\n\"never ends,x\n"));
        QVERIFY(!broken.ok());
        QVERIFY(broken.problem().message().contains(QStringLiteral("Line 2")));
        QCOMPARE(Csv::record({QStringLiteral("a,b"), QStringLiteral("q\"")}),
                 QStringLiteral("\"a,b\",\"q\"\"\"\r\n"));
    }

    void importPlanFindsDuplicatesAndErrorsWithLines()
    {
        const QList<Site> saved{
            makeSite(QStringLiteral("Shop"), QStringLiteral("https://shop.example"))};
        const QByteArray csv =
            "name,url,user,group,tags,password\n"
            "Blog,blog.example,admin,Acme,\"a;b\",abcd EFGH ijkl MNOP qrst UVWX\n"
            "Again,https://shop.example,ADMIN,,,\n"
            "Twice,https://blog.example/,admin,,,\n"
            ",not a url,admin,,,\n"
            "NoUser,https://x.example,,,,\n"
            "shop,https://other.example,admin,,,\n"
            ",https://bare.example:8443/wp,editor,,,\n";
        const ImportPlan plan = SiteImport::plan(csv, saved);
        QVERIFY(plan.fileProblem.isNull());
        QVERIFY(plan.hadHeader);
        QVERIFY(plan.hasPasswordColumn);
        QCOMPARE(plan.rows.size(), 7);
        const ImportRow &blog = plan.rows.at(0);
        QCOMPARE(blog.line, 2);
        QCOMPARE(blog.status, ImportRow::Status::Ready);
        QCOMPARE(blog.site.baseUrl, QUrl(QStringLiteral("https://blog.example")));
        QCOMPARE(blog.site.group, QStringLiteral("Acme"));
        QCOMPARE(blog.site.tags, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(blog.hasPassword());
        QCOMPARE(plan.rows.at(1).status, ImportRow::Status::Duplicate); // saved, login case
        QCOMPARE(plan.rows.at(1).problem.code(), ProblemCode::DuplicateSite);
        QCOMPARE(plan.rows.at(2).status, ImportRow::Status::Duplicate); // same as line 2
        QVERIFY(plan.rows.at(2).problem.message().contains(QStringLiteral("line 2")));
        QCOMPARE(plan.rows.at(3).status, ImportRow::Status::Invalid);
        QCOMPARE(plan.rows.at(3).line, 5);
        QCOMPARE(plan.rows.at(4).problem.code(), ProblemCode::InvalidInput);
        QCOMPARE(plan.rows.at(5).problem.code(), ProblemCode::DuplicateName);
        QCOMPARE(plan.rows.at(6).site.name, QStringLiteral("bare.example:8443/wp"));
        // Headerless: the fifth field is tags, or the password when it looks like one.
        const ImportPlan bare =
            SiteImport::plan("https://a.example,admin,A,G,AbCdEfGhIjKlMnOpQrStUvWx\n"
                             "https://b.example,admin,B,G,shop\n",
                             {});
        QVERIFY(!bare.hadHeader);
        QVERIFY(bare.rows.at(0).hasPassword());
        QVERIFY(bare.rows.at(0).site.tags.isEmpty());
        QCOMPARE(bare.rows.at(1).site.tags, QStringList{QStringLiteral("shop")});
        // A REST root on another origin would receive the credentials: refused.
        const ImportPlan foreign = SiteImport::plan(
            "url,user,rest_root\nhttps://a.example,admin,https://evil.example/wp-json/\n", {});
        QCOMPARE(foreign.rows.at(0).status, ImportRow::Status::Invalid);
    }

    void exportHasNoSecretsAndRoundTrips()
    {
        Site site = makeSite(QStringLiteral("Shop, Inc"), QStringLiteral("https://shop.example"),
                             QStringLiteral("Acme"), {QStringLiteral("eu"), QStringLiteral("x")});
        site.restRoot = QUrl(QStringLiteral("https://shop.example/wp-json/"));
        const QString csv = SiteExport::toCsv({site});
        QVERIFY(!csv.contains(QStringLiteral("password,"))); // no password column at all
        const ImportPlan plan = SiteImport::plan(csv.toUtf8(), {});
        QCOMPARE(plan.rows.size(), 1);
        QCOMPARE(plan.rows.at(0).status, ImportRow::Status::Ready);
        QCOMPARE(plan.rows.at(0).site.name, site.name);
        QCOMPARE(plan.rows.at(0).site.tags, site.tags);
        QCOMPARE(plan.rows.at(0).site.restRoot, site.restRoot);
        QVERIFY(!plan.rows.at(0).hasPassword());
        const QJsonArray json = QJsonDocument::fromJson(SiteExport::toJson({site})).array();
        QCOMPARE(json.size(), 1);
        QVERIFY(!json.at(0).toObject().contains(QStringLiteral("password")));
    }

    void siteStoreAddsAndModifiesInOneWrite()
    {
        QTemporaryDir dir;
        SiteStore store(dir.path());
        QVERIFY(store.load().isNull());
        QList<Site> sites{makeSite(QStringLiteral("a"), QStringLiteral("https://a.example")),
                          makeSite(QStringLiteral("b"), QStringLiteral("https://b.example"))};
        for (Site &site : sites)
            site.id.clear();
        const Result<QList<Site>> added = store.addMany(sites);
        QVERIFY(added.ok());
        QCOMPARE(store.sites().size(), 2);
        QVERIFY(!added->at(0).id.isEmpty());
        // All or nothing: one duplicate keeps the whole batch out.
        const Result<QList<Site>> again =
            store.addMany({makeSite(QStringLiteral("c"), QStringLiteral("https://c.example")),
                           makeSite(QStringLiteral("a2"), QStringLiteral("https://a.example"))});
        QCOMPARE(again.problem().code(), ProblemCode::DuplicateSite);
        QCOMPARE(store.sites().size(), 2);
        QCOMPARE(store.addMany({makeSite(QStringLiteral("A"), QStringLiteral("https://z.example"))})
                     .problem()
                     .code(),
                 ProblemCode::DuplicateName);
        QVERIFY(store
                    .modifyMany({added->at(0).id, QStringLiteral("gone")},
                                [](Site &site) {
                                    site.lastCheck.ok = true;
                                    site.lastCheck.at = QDateTime::currentDateTimeUtc();
                                })
                    .isNull());
        SiteStore reread(dir.path());
        QVERIFY(reread.load().isNull());
        QVERIFY(reread.byId(added->at(0).id)->lastCheck.ok);
        QVERIFY(!reread.byId(added->at(1).id)->lastCheck.isValid());
    }

    void selectorsPickSites()
    {
        const QList<Site> sites{
            makeSite(QStringLiteral("a"), QStringLiteral("https://a.example"),
                     QStringLiteral("Acme"), {QStringLiteral("shop")}),
            makeSite(QStringLiteral("b"), QStringLiteral("https://b.example"),
                     QStringLiteral("acme")),
            makeSite(QStringLiteral("c"), QStringLiteral("https://c.example"), {},
                     {QStringLiteral("Shop")}),
            makeSite(QStringLiteral("c-editor"), QStringLiteral("https://c.example"), {}, {},
                     QStringLiteral("editor")),
        };
        const auto names = [](const Result<QList<Site>> &result) {
            QStringList list;
            for (const Site &site : *result)
                list.append(site.name);
            return list;
        };
        QCOMPARE(names(SiteSelector::select(sites, QStringLiteral("all"))).size(), 4);
        QCOMPARE(names(SiteSelector::select(sites, QStringLiteral("group:ACME"))),
                 QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(names(SiteSelector::select(sites, QStringLiteral("tag:shop"))),
                 QStringList({QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(names(SiteSelector::select(sites, QStringLiteral("b, A,id-b"))),
                 QStringList({QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(names(SiteSelector::select(sites, QStringLiteral("https://c.example/"))),
                 QStringList({QStringLiteral("c"), QStringLiteral("c-editor")}));
        QCOMPARE(SiteSelector::select(sites, QStringLiteral("a,nope")).problem().code(),
                 ProblemCode::UnknownSite);
        QCOMPARE(SiteSelector::select(sites, QStringLiteral("group:none")).problem().code(),
                 ProblemCode::UnknownSite);
        QCOMPARE(SiteSelector::select(sites, QStringLiteral(" , ")).problem().code(),
                 ProblemCode::InvalidInput);
    }

    void revokeFilterMatches()
    {
        AppPassword zap;
        zap.name = QStringLiteral("Zapier (prod)");
        zap.appId = QStringLiteral("0B3E2C6A-1111-4222-8333-944455556666");
        const auto glob =
            RevokeFilter::make(RevokeFilter::Kind::NameLike, QStringLiteral("zapier*"), false);
        QVERIFY(glob.ok());
        QVERIFY(glob->matches(zap));
        zap.name = QStringLiteral("old zapier");
        QVERIFY(!glob->matches(zap)); // anchored
        const auto exact =
            RevokeFilter::make(RevokeFilter::Kind::Name, QStringLiteral("OLD ZAPIER"), true);
        QVERIFY(exact->matches(zap));
        const auto byApp =
            RevokeFilter::make(RevokeFilter::Kind::AppId,
                               QStringLiteral("{0b3e2c6a-1111-4222-8333-944455556666}"), false);
        QVERIFY(byApp.ok());
        QVERIFY(byApp->matches(zap));
        QVERIFY(!RevokeFilter::make(RevokeFilter::Kind::AppId, QStringLiteral("nope"), false).ok());
        QVERIFY(!RevokeFilter::make(RevokeFilter::Kind::NameLike, QStringLiteral("*"), false).ok());
        RevokeFilter only = *exact;
        only.onlyUuids = {QStringLiteral("other")};
        QVERIFY(!only.matches(zap));
    }

    void journalRoundTripsWithoutSecrets()
    {
        QTemporaryDir dir;
        RotationJournal journal(dir.path());
        QVERIFY(journal.entries()->isEmpty());
        RotationEntry entry;
        entry.siteId = QStringLiteral("s1");
        entry.oldUuid = QStringLiteral("old");
        entry.tempName = QStringLiteral("Latchkey rotation 1234");
        entry.state = RotationEntry::State::Stored;
        entry.started = QDateTime::currentDateTimeUtc();
        QVERIFY(journal.put(entry).isNull());
        entry.siteId = QStringLiteral("s2");
        QVERIFY(journal.put(entry).isNull());
        QCOMPARE(journal.entries()->size(), 2);
        QCOMPARE(journal.entryFor(QStringLiteral("s1"))->state, RotationEntry::State::Stored);
        QVERIFY(journal.remove(QStringLiteral("s1")).isNull());
        QVERIFY(journal.remove(QStringLiteral("s2")).isNull());
        QVERIFY(!QFile::exists(journal.filePath())); // nothing pending, no file
        QVERIFY(reissueSecretKey(QStringLiteral("s"), QStringLiteral("Zap/ier"))
                    .startsWith(QStringLiteral("reissue/s/")));
    }

    void runnerBoundsConcurrencyAndRetriesFailedOnly()
    {
        FakeSecretStore secrets;
        QList<Site> sites;
        for (int i = 0; i < 40; ++i) {
            Site site = makeSite((i % 5 == 0 ? QStringLiteral("bad") : QStringLiteral("good")) +
                                     QString::number(i),
                                 QStringLiteral("https://s%1.example").arg(i));
            if (i != 7)
                secrets.entries.insert(site.secretKey(), QStringLiteral("pw"));
            sites.append(site);
        }
        int running = 0;
        int maxRunning = 0;
        int started = 0;
        QHash<int, int> resultsPerSite;
        BulkRunner runner(&secrets, sites, [&](const Site &site, const SiteEndpoint &) {
            return new FakeTask(site, 5, &running, &maxRunning, &started);
        });
        runner.setConcurrency(6);
        connect(&runner, &BulkRunner::siteFinished, this,
                [&](int index, const BulkSiteResult &) { ++resultsPerSite[index]; });
        bool finished = false;
        connect(&runner, &BulkRunner::finished, this, [&] { finished = true; });
        runner.start();
        QVERIFY(waitFor([&] { return finished; }, 10'000));
        QCOMPARE(maxRunning, 6);
        QCOMPARE(resultsPerSite.size(), 40);
        for (int count : std::as_const(resultsPerSite))
            QCOMPARE(count, 1);
        QCOMPARE(started, 39); // site 7 has no password
        QCOMPARE(runner.results().at(7)->problem.code(), ProblemCode::SecretMissing);
        QCOMPARE(runner.failedCount(), 9); // 8 bad + the missing secret
        QCOMPARE(runner.etaMs(), 0);

        secrets.entries.insert(sites.at(7).secretKey(), QStringLiteral("pw"));
        started = 0;
        finished = false;
        QVERIFY(runner.retryFailed());
        QVERIFY(waitFor([&] { return finished; }, 10'000));
        QCOMPARE(started, 9);
        QCOMPARE(runner.failedCount(), 8);
        QCOMPARE(runner.results().at(0)->attempt, 2);
        QCOMPARE(runner.results().at(1)->attempt, 1);
    }

    // A run never holds every password of its sites: each is read shortly before its site
    // starts (a window of about twice the concurrency), in batches, each exactly once.
    void runnerReadsPasswordsShortlyBeforeEachSite()
    {
        FakeSecretStore secrets;
        QList<Site> sites;
        for (int i = 0; i < 200; ++i) {
            Site site = makeSite(QStringLiteral("good%1").arg(i),
                                 QStringLiteral("https://s%1.example").arg(i));
            secrets.entries.insert(site.secretKey(), QStringLiteral("pw%1").arg(i));
            sites.append(site);
        }
        int running = 0;
        int maxRunning = 0;
        int started = 0;
        int maxAhead = 0; // passwords read (or asked for) but whose site has not finished
        int finishedSites = 0;
        BulkRunner runner(&secrets, sites, [&](const Site &site, const SiteEndpoint &endpoint) {
            if (endpoint.password != QStringLiteral("pw") + site.name.mid(4))
                qFatal("a site got another site's password");
            maxAhead = std::max(maxAhead, secrets.reads - finishedSites);
            return new FakeTask(site, 2, &running, &maxRunning, &started);
        });
        runner.setConcurrency(4);
        connect(&runner, &BulkRunner::siteFinished, this,
                [&](int, const BulkSiteResult &) { ++finishedSites; });
        bool finished = false;
        connect(&runner, &BulkRunner::finished, this, [&] { finished = true; });
        runner.start();
        QVERIFY(secrets.reads <= 2 * 4); // not 200 at the start
        QVERIFY(waitFor([&] { return finished; }, 20'000));
        QCOMPARE(runner.okCount(), 200);
        QCOMPARE(secrets.reads, 200);
        QVERIFY2(maxAhead <= 3 * 4, qPrintable(QString::number(maxAhead)));
        QCOMPARE(maxRunning, 4);
    }

    void cancelStopsNewWorkAtOnce()
    {
        FakeSecretStore secrets;
        QList<Site> sites;
        for (int i = 0; i < 50; ++i) {
            sites.append(makeSite(QStringLiteral("s%1").arg(i),
                                  QStringLiteral("https://s%1.example").arg(i)));
            secrets.entries.insert(sites.last().secretKey(), QStringLiteral("pw"));
        }
        int running = 0;
        int maxRunning = 0;
        int started = 0;
        BulkRunner runner(&secrets, sites, [&](const Site &site, const SiteEndpoint &) {
            return new FakeTask(site, 50, &running, &maxRunning, &started);
        });
        runner.setConcurrency(4);
        bool finished = false;
        connect(&runner, &BulkRunner::finished, this, [&] { finished = true; });
        qint64 lastEta = -2;
        connect(&runner, &BulkRunner::progress, this, [&](int, int, qint64 eta) { lastEta = eta; });
        runner.start();
        QVERIFY(waitFor([&] { return runner.doneCount() >= 6; }, 10'000));
        QVERIFY(lastEta > 0);
        const int startedAtCancel = started;
        runner.cancel();
        QVERIFY(finished); // running fake tasks cancel at once
        QCOMPARE(started, startedAtCancel);
        QCOMPARE(runner.doneCount(), 50);
        int cancelled = 0;
        int notStarted = 0;
        for (const auto &result : runner.results()) {
            cancelled += result->problem.code() == ProblemCode::Cancelled ? 1 : 0;
            notStarted += result->started ? 0 : 1;
        }
        QCOMPARE(cancelled, 50 - runner.okCount());
        QCOMPARE(notStarted, 50 - startedAtCancel);
        QTest::qWait(100);
        QCOMPARE(started, startedAtCancel);
    }

    void keychainUnavailableReachesEverySite()
    {
        FakeSecretStore secrets;
        secrets.unavailable = true;
        QList<Site> sites{makeSite(QStringLiteral("a"), QStringLiteral("https://a.example")),
                          makeSite(QStringLiteral("b"), QStringLiteral("https://b.example"))};
        int running = 0, maxRunning = 0, started = 0;
        BulkRunner runner(&secrets, sites, [&](const Site &site, const SiteEndpoint &) {
            return new FakeTask(site, 1, &running, &maxRunning, &started);
        });
        bool finished = false;
        connect(&runner, &BulkRunner::finished, this, [&] { finished = true; });
        runner.start();
        QVERIFY(waitFor([&] { return finished; }, 5'000));
        QCOMPARE(started, 0);
        for (const auto &result : runner.results())
            QCOMPARE(result->problem.code(), ProblemCode::KeychainUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestFleetUnits)
#include "tst_fleet_units.moc"
