// Rotation against a second worker and a late keychain, in one process (the GUI's case: its
// Rotate dialog and its start-up resume share the process), against a capturing fake of a
// user's application passwords: a second rotation of a site whose rotation is under way sends
// nothing; a journal entry whose owner still runs is never resumed, a dead owner's is; a
// keychain write that times out and lands late never leaves the keychain holding a revoked
// password.
#include "../fleet/FakeSecretStore.h"
#include "FakeApplicationPasswords.h"
#include "TestBed.h"
#include "fleet/BulkRevoke.h"
#include "fleet/PasswordRotation.h"
#include "fleet/Reissue.h"
#include "fleet/RotationJournal.h"
#include "fleet/SiteOperationLock.h"
#include "sites/SiteStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

// A keychain whose write of one chosen secret times out (as KeychainSecretStore reports it)
// yet lands later: just before the next write (the keychain runs writes one after another),
// or after a while. Reads answer at once with what is stored now.
class LateKeychain : public FakeSecretStore
{
public:
    using FakeSecretStore::FakeSecretStore;

    QString lateSecret; // the write of this secret times out and lands late
    int lateAfterMs = 300;
    bool landed = false;

    void write(const QString &key, const QString &secret, QObject *context,
               DoneCallback done) override
    {
        landPending();
        if (!lateSecret.isEmpty() && secret == lateSecret) {
            m_pending = {key, secret};
            QTimer::singleShot(lateAfterMs, this, [this] { landPending(); });
            QTimer::singleShot(0, context, [done] {
                done(Problem::make(ProblemCode::Timeout, QStringLiteral("keychain write")));
            });
            return;
        }
        FakeSecretStore::write(key, secret, context, std::move(done));
    }

private:
    void landPending()
    {
        if (m_pending.first.isEmpty())
            return;
        entries.insert(m_pending.first, m_pending.second);
        m_pending = {};
        landed = true;
    }

    QPair<QString, QString> m_pending;
};

} // namespace

class TestRotationInProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->start());
        m_wordpress = std::make_unique<FakeApplicationPasswords>(m_server.get());
        m_oldPassword = m_wordpress->mint(QStringLiteral("Latchkey"));
        m_sites = std::make_unique<SiteStore>(m_config->path());
        m_sites->load();
        Site site;
        site.name = QStringLiteral("fake");
        site.baseUrl = m_server->url(QStringLiteral("/"));
        site.restRoot = m_wordpress->restRoot();
        site.userLogin = QString::fromLatin1(FakeApplicationPasswords::kLogin);
        const Result<Site> added = m_sites->add(site);
        QVERIFY2(added, qPrintable(added ? QString() : added.problem().toString()));
        m_site = *added;
        m_keychain.entries.insert(m_site.secretKey(), m_oldPassword);
    }

    // Two rotations of one site at once in one process (the Rotate dialog while the start-up
    // resume runs): the second ends with operation_in_progress before sending anything, the
    // first completes, and the site keeps exactly one working password, the keychain's.
    void secondRotationInTheSameProcessSendsNothing()
    {
        RotationTask *first = rotation(false);
        std::optional<BulkSiteResult> firstResult;
        std::optional<BulkSiteResult> secondResult;
        qsizetype requestsBefore = -1;
        first->setStepObserver([&](RotationTask::Step step) {
            if (step != RotationTask::Step::Create)
                return;
            // The first holds a new password the keychain does not have yet: the riskiest
            // moment for a resume.
            requestsBefore = m_server->requests().size();
            RotationTask *second = rotation(true);
            connect(second, &BulkTask::finished, this,
                    [&](const BulkSiteResult &r) { secondResult = r; });
            second->start();
        });
        connect(first, &BulkTask::finished, this,
                [&](const BulkSiteResult &r) { firstResult = r; });
        first->start();
        QVERIFY(waitFor([&] { return firstResult && secondResult; }, 20'000));
        QVERIFY2(firstResult->ok, qPrintable(firstResult->summary));
        QVERIFY(!secondResult->ok);
        QCOMPARE(secondResult->problem.codeName(), QStringLiteral("operation_in_progress"));
        // Only the first's requests reached the site: exactly one revoke, of the old password.
        QVERIFY(requestsBefore > 0);
        QCOMPARE(m_wordpress->revoked().size(), 1);
        assertOneWorkingPasswordInTheKeychain();
    }

    // An entry whose owner still runs (another process, here pid 1 with its own start time)
    // is its work in progress: neither a resume nor a new rotation touches it or the site.
    void entryOfALiveOwnerIsNeverResumed()
    {
        RotationEntry entry = pendingEntry();
        entry.owner.host = QSysInfo::machineHostName();
        entry.owner.pid = 1;
        entry.owner.startTicks = 0; // unknown: a live pid 1 is enough
        QVERIFY(!RotationJournal(m_config->path()).put(entry));
        for (bool resumeOnly : {true, false}) {
            const BulkSiteResult result = run(rotation(resumeOnly));
            QVERIFY(!result.ok);
            QCOMPARE(result.problem.codeName(), QStringLiteral("operation_in_progress"));
        }
        QVERIFY(m_server->requests().isEmpty());
        QVERIFY(RotationJournal(m_config->path()).entryFor(m_site.id).has_value());
        QCOMPARE(m_wordpress->entries().size(), 2); // the old one and the pending new one
    }

    // A dead owner's entry (its pid now names a process that started at another time) is
    // settled: rolled back here, since the keychain holds the old password.
    void entryOfADeadOwnerIsRolledBack()
    {
        RotationEntry entry = pendingEntry();
        entry.owner = OperationOwner::current();
        entry.owner.startTicks += 1; // the same pid, another process
        QVERIFY(!RotationJournal(m_config->path()).put(entry));
        const BulkSiteResult result = run(rotation(true));
        QVERIFY2(result.ok, qPrintable(result.summary));
        QCOMPARE(result.details.value(QStringLiteral("resumed")).toString(),
                 QStringLiteral("rolled_back"));
        QCOMPARE(m_wordpress->revoked(), QStringList{entry.newUuid});
        QVERIFY(!RotationJournal(m_config->path()).entryFor(m_site.id).has_value());
        assertOneWorkingPasswordInTheKeychain();
    }

    // The keychain write of the new password times out and lands later. The rollback puts the
    // old password back after it and reads it back before revoking the new one, so the
    // keychain never ends with a revoked password.
    void lateKeychainWriteNeverLeavesARevokedPassword()
    {
        RotationTask *task = rotation(false);
        task->setStepObserver([&](RotationTask::Step step) {
            if (step == RotationTask::Step::Create) {
                for (const FakeApplicationPasswords::Entry &entry : m_wordpress->entries()) {
                    if (entry.password != m_oldPassword)
                        m_keychain.lateSecret = entry.password;
                }
            }
        });
        const BulkSiteResult result = run(task);
        QVERIFY(!result.ok); // the rotation did not happen: the keychain write failed
        QCOMPARE(result.problem.codeName(), QStringLiteral("timeout"));
        // Let a write that was going to land late land.
        QTest::qWait(m_keychain.lateAfterMs + 200);
        QVERIFY(m_keychain.landed);
        QCOMPARE(m_keychain.entries.value(m_site.secretKey()), m_oldPassword);
        QCOMPARE(m_wordpress->revoked().size(), 1); // the new one
        QVERIFY(!RotationJournal(m_config->path()).entryFor(m_site.id).has_value());
        assertOneWorkingPasswordInTheKeychain();
    }

    // A re-issue whose create left for the site and was then cancelled (its answer lost):
    // the password may exist, so the entry stays and the next re-issue finds it by its name
    // and revokes it before issuing again. Nothing is left on the site that nobody holds.
    void reissueRemembersAnAmbiguousCreate()
    {
        m_wordpress->mint(QStringLiteral("shop-sync"));
        ReissueTask *first = reissue(QStringLiteral("shop-sync"));
        m_wordpress->loseAnswer = [&](const FakeHttpRequest &request) {
            if (request.method != "POST" || !request.body.contains("shop-sync (new"))
                return false;
            QTimer::singleShot(50, first, [first] { first->cancel(); });
            return true;
        };
        const BulkSiteResult lost = run(first);
        QVERIFY(!lost.ok);
        QCOMPARE(lost.problem.codeName(), QStringLiteral("cancelled"));
        QString ambiguous;
        for (const FakeApplicationPasswords::Entry &entry : m_wordpress->entries()) {
            if (entry.name.startsWith(QStringLiteral("shop-sync (new")))
                ambiguous = entry.uuid;
        }
        QVERIFY(!ambiguous.isEmpty()); // it was created, though nobody got its password
        const std::optional<ReissueEntry> kept =
            ReissueStore(m_config->path()).find(m_site.id, QStringLiteral("shop-sync"));
        QVERIFY(kept.has_value());
        QVERIFY(kept->issuing);

        m_wordpress->loseAnswer = nullptr;
        QTest::qWait(1'100); // the new name carries the second
        const BulkSiteResult again = run(reissue(QStringLiteral("shop-sync")));
        QVERIFY2(again.ok, qPrintable(again.summary));
        QCOMPARE(m_wordpress->revoked(), QStringList{ambiguous});
        int fresh = 0;
        for (const FakeApplicationPasswords::Entry &entry : m_wordpress->entries())
            fresh += entry.name.startsWith(QStringLiteral("shop-sync (new")) ? 1 : 0;
        QCOMPARE(fresh, 1);
        const std::optional<ReissueEntry> issued =
            ReissueStore(m_config->path()).find(m_site.id, QStringLiteral("shop-sync"));
        QVERIFY(issued.has_value());
        QVERIFY(!issued->issuing);
        QVERIFY(m_wordpress->byPassword(m_keychain.entries.value(issued->keychainKey())));
    }

    // Two re-issues of one site at once (the Re-issue dialog and latchkey-cli): the second
    // ends with operation_in_progress before sending anything; the first issues one password.
    void secondReissueOfASiteSendsNothing()
    {
        m_wordpress->mint(QStringLiteral("shop-sync"));
        ReissueTask *first = reissue(QStringLiteral("shop-sync"));
        std::optional<BulkSiteResult> firstResult;
        connect(first, &BulkTask::finished, this,
                [&](const BulkSiteResult &r) { firstResult = r; });
        first->start(); // its introspect is on the way
        const qsizetype requestsBefore = m_server->requests().size();
        const BulkSiteResult second = run(reissue(QStringLiteral("shop-sync")));
        QVERIFY(!second.ok);
        QCOMPARE(second.problem.codeName(), QStringLiteral("operation_in_progress"));
        QVERIFY(waitFor([&] { return firstResult.has_value(); }, 20'000));
        QVERIFY2(firstResult->ok, qPrintable(firstResult->summary));
        // introspect, list, create: the first's; nothing of the second's.
        QCOMPARE(m_server->requests().size(), requestsBefore + 3);
        int fresh = 0;
        for (const FakeApplicationPasswords::Entry &entry : m_wordpress->entries())
            fresh += entry.name.startsWith(QStringLiteral("shop-sync (new")) ? 1 : 0;
        QCOMPARE(fresh, 1);
    }

    // Latchkey's own password is the one the site names when asked (introspect), whatever
    // uuid the site list holds (stale here): re-issue refuses it, bulk revoke skips it.
    void ownPasswordIsRecognisedByTheSite_data()
    {
        QTest::addColumn<QString>("savedUuid");
        QTest::newRow("stale") << QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("empty") << QString();
    }

    void ownPasswordIsRecognisedByTheSite()
    {
        QFETCH(QString, savedUuid);
        m_site.passwordUuid = savedUuid;
        const BulkSiteResult refused = run(reissue(QStringLiteral("Latchkey")));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.problem.codeName(), QStringLiteral("invalid_input"));
        const Result<RevokeFilter> filter =
            RevokeFilter::make(RevokeFilter::Kind::Name, QStringLiteral("Latchkey"), false);
        QVERIFY(filter);
        auto *revoke = new RevokeTask(&m_network, m_site, m_site.endpoint(m_oldPassword), *filter,
                                      false, this);
        QList<RevokeItem> items;
        connect(revoke, &RevokingTask::itemsReady, this,
                [&](const QString &, const QList<RevokeItem> &ready) { items = ready; });
        const BulkSiteResult revoked = run(revoke);
        QVERIFY2(revoked.ok, qPrintable(revoked.summary));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().action, RevokeItem::Action::SkippedOwn);
        // What reached the site: no revoke, no create, and one introspect per task.
        QVERIFY(m_wordpress->revoked().isEmpty());
        QCOMPARE(m_wordpress->entries().size(), 1);
        int introspects = 0;
        for (const FakeHttpRequest &request : m_server->requests()) {
            QVERIFY(request.method == "GET");
            introspects += request.url().path().endsWith(QStringLiteral("/introspect")) ? 1 : 0;
        }
        QCOMPARE(introspects, 2);
    }

    void cleanup()
    {
        m_sites.reset();
        m_wordpress.reset();
        m_server.reset();
        m_config.reset();
        m_keychain.entries.clear();
        m_keychain.lateSecret.clear();
        m_keychain.landed = false;
    }

private:
    RotationTask *rotation(bool resumeOnly)
    {
        return new RotationTask(&m_network, &m_keychain, m_sites.get(), m_config->path(), m_site,
                                m_site.endpoint(m_oldPassword), resumeOnly, this);
    }

    ReissueTask *reissue(const QString &name)
    {
        return new ReissueTask(&m_network, &m_keychain, m_config->path(), m_site,
                               m_site.endpoint(m_oldPassword), ReissueTask::Mode::Issue, name,
                               this);
    }

    BulkSiteResult run(BulkTask *task)
    {
        std::optional<BulkSiteResult> result;
        connect(task, &BulkTask::finished, this, [&](const BulkSiteResult &r) { result = r; });
        task->start();
        waitFor([&] { return result.has_value(); }, 20'000);
        return result.value_or(BulkSiteResult{});
    }

    // A rotation that created its new password (not yet in the keychain) and stopped.
    RotationEntry pendingEntry()
    {
        const QString pending = m_wordpress->mint(QStringLiteral("Latchkey rotation 0123abcd"));
        RotationEntry entry;
        entry.siteId = m_site.id;
        entry.userLogin = m_site.userLogin;
        entry.oldUuid = m_wordpress->byPassword(m_oldPassword)->uuid;
        entry.oldName = QStringLiteral("Latchkey");
        entry.tempName = QStringLiteral("Latchkey rotation 0123abcd");
        entry.newUuid = m_wordpress->byPassword(pending)->uuid;
        entry.state = RotationEntry::State::Created;
        entry.started = QDateTime::currentDateTimeUtc();
        return entry;
    }

    void assertOneWorkingPasswordInTheKeychain()
    {
        const QList<FakeApplicationPasswords::Entry> left = m_wordpress->entries();
        QCOMPARE(left.size(), 1);
        const QString held = m_keychain.entries.value(m_site.secretKey());
        QVERIFY(m_wordpress->byPassword(held).has_value()); // it authenticates
        QVERIFY(
            !SiteOperationLock(m_config->path(), QStringLiteral("rotate"), m_site.id).tryLock());
    }

    QNetworkAccessManager m_network;
    LateKeychain m_keychain;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<FakeApplicationPasswords> m_wordpress;
    std::unique_ptr<SiteStore> m_sites;
    QString m_oldPassword;
    Site m_site;
};

QTEST_GUILESS_MAIN(TestRotationInProcess)
#include "tst_rotation_inprocess.moc"
