// Bulk operations against the real WordPress test bed and a real gnome-keyring, through
// latchkey-cli where a user would use it and through the core where a fault must be injected:
// import, bulk revoke by name across the pretty and plain sites, audit across two users,
// rotation with a failure injected at every step, and a process killed mid-rotation.
// Only passwords minted here are revoked: the seed passwords stay for the other tests.
#include "TestBed.h"
#include "fleet/PasswordRotation.h"
#include "fleet/RotationJournal.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/SiteStore.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;
using Latchkey::Testing::TestBed;
using Latchkey::Testing::waitFor;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestFleetWordPress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestBed::instance().isValid(), qPrintable(TestBed::instance().errorString()));
        QVERIFY(m_config.isValid());
        m_cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
        m_tag = QString::number(QDateTime::currentMSecsSinceEpoch());
        const TestBed &bed = TestBed::instance();
        // Latchkey's own passwords on each site, minted with the seeds.
        const QString prettyAdmin =
            mint(bed.adminEndpoint(), QStringLiteral("fleet-admin-") + m_tag);
        const QString plainAdmin =
            mint(bed.plainAdminEndpoint(), QStringLiteral("fleet-admin-") + m_tag);
        const QString prettyAuthor =
            mint(bed.authorEndpoint(), QStringLiteral("fleet-author-") + m_tag);
        QVERIFY(!prettyAdmin.isEmpty() && !plainAdmin.isEmpty() && !prettyAuthor.isEmpty());
        // Import them (with a check: the plain site's REST root is ?rest_route=/).
        QFile csv(m_config.filePath(QStringLiteral("sites.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("url,user,name,group,tags,password\n");
        csv.write(QStringLiteral("%1,admin,pretty,acme,\"shop,eu\",%2\n")
                      .arg(bed.prettyUrl().toString(), prettyAdmin)
                      .toUtf8());
        csv.write(QStringLiteral("%1,admin,plain,acme,blog,%2\n")
                      .arg(bed.plainUrl().toString(), plainAdmin)
                      .toUtf8());
        csv.write(QStringLiteral("%1,author1,pretty-author,other,,%2\n")
                      .arg(bed.prettyUrl().toString(), prettyAuthor)
                      .toUtf8());
        csv.close();
        const Run dry = cli({QStringLiteral("site"), QStringLiteral("import"), csv.fileName(),
                             QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(dry.json().object().value(QStringLiteral("rows")).toArray().size(), 3);
        const Run imported = cli({QStringLiteral("site"), QStringLiteral("import"), csv.fileName(),
                                  QStringLiteral("--check")});
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.out + imported.err).constData());
        QVERIFY(imported.err.contains("delete it now"));
        QVERIFY(!imported.out.contains(prettyAdmin.toUtf8()));
        // Again: all duplicates, nothing added.
        const Run again = cli({QStringLiteral("site"), QStringLiteral("import"), csv.fileName()});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("Imported 0 sites. 0 passwords stored in the keychain. 3 "
                                    "duplicates skipped."),
                 again.out.constData());
        QVERIFY(csv.remove());
        const Run check =
            cli({QStringLiteral("check"), QStringLiteral("--sites"),
                 QStringLiteral("group:acme,pretty-author"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
        QCOMPARE(check.json().array().size(), 3);
        const Run exported = cli({QStringLiteral("site"), QStringLiteral("export")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains("pretty-author"));
        for (const QString &secret : {prettyAdmin, plainAdmin, prettyAuthor})
            QVERIFY(!exported.out.contains(secret.toUtf8()));
    }

    void bulkRevokeByNameAcrossSites()
    {
        const TestBed &bed = TestBed::instance();
        const QString leak = QStringLiteral("fleet-leak-") + m_tag;
        QVERIFY(!mint(bed.adminEndpoint(), leak).isEmpty());
        QVERIFY(!mint(bed.authorEndpoint(), leak).isEmpty());
        QVERIFY(!mint(bed.plainAdminEndpoint(), leak.toUpper()).isEmpty()); // names fold case
        const QString decoy = QStringLiteral("fleet-leak-") + m_tag + QStringLiteral("-other");
        QVERIFY(!mint(bed.adminEndpoint(), decoy).isEmpty());

        const Run preview = cli({QStringLiteral("password"), QStringLiteral("revoke"),
                                 QStringLiteral("--sites"), QStringLiteral("group:acme"),
                                 QStringLiteral("--name"), leak, QStringLiteral("--all-users"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(preview.exitCode == 0, QByteArray(preview.out + preview.err).constData());
        QStringList planned;
        for (const QJsonValue &site : preview.json().array()) {
            for (const QJsonValue &match :
                 site.toObject().value(QStringLiteral("matches")).toArray()) {
                QCOMPARE(match.toObject().value(QStringLiteral("action")).toString(),
                         QStringLiteral("would_revoke"));
                planned.append(site.toObject().value(QStringLiteral("site")).toString() +
                               QLatin1Char('/') +
                               match.toObject().value(QStringLiteral("user")).toString());
            }
        }
        planned.sort();
        QCOMPARE(planned,
                 QStringList({QStringLiteral("plain/admin"), QStringLiteral("pretty/admin"),
                              QStringLiteral("pretty/author1")}));
        QCOMPARE(countNamed(bed.adminEndpoint(), leak), 1); // a dry run revokes nothing

        const Run revoked = cli({QStringLiteral("password"), QStringLiteral("revoke"),
                                 QStringLiteral("--sites"), QStringLiteral("group:acme"),
                                 QStringLiteral("--name"), leak, QStringLiteral("--all-users")});
        QVERIFY2(revoked.exitCode == 0, QByteArray(revoked.out + revoked.err).constData());
        QVERIFY2(revoked.out.contains("3 of 3 matching passwords revoked. Matches on 2 sites. 0 "
                                      "sites failed."),
                 revoked.out.constData());
        QCOMPARE(countNamed(bed.adminEndpoint(), leak), 0);
        QCOMPARE(countNamed(bed.authorEndpoint(), leak), 0);
        QCOMPARE(countNamed(bed.plainAdminEndpoint(), leak), 0);
        QCOMPARE(countNamed(bed.adminEndpoint(), decoy), 1);
        QCOMPARE(countNamed(bed.adminEndpoint(), QStringLiteral("testbed-seed")), 1);
        // Latchkey's own password is never revoked this way, even when it matches.
        const Run own = cli({QStringLiteral("password"), QStringLiteral("revoke"),
                             QStringLiteral("--sites"), QStringLiteral("pretty"),
                             QStringLiteral("--name-like"), QStringLiteral("fleet-admin-*")});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(own.out.contains("skipped_own"));
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("pretty")}).exitCode, 0);
        // The single-site form still belongs to "password revoke SITE".
        QCOMPARE(cli({QStringLiteral("password"), QStringLiteral("revoke"),
                      QStringLiteral("pretty"), QStringLiteral("not-a-uuid")})
                     .exitCode,
                 2);
        revokeNamed(bed.adminEndpoint(), decoy);
    }

    void auditAcrossTwoUsers()
    {
        // Two Latchkey entries on one WordPress: "pretty" (admin, who sees every user's
        // passwords) and "pretty-author" (author1, who sees its own). author1 gets a name twice,
        // and admin that name once: a duplicate for author1 only (names are per user).
        const TestBed &bed = TestBed::instance();
        const QString twice = QStringLiteral("audit-twice-") + m_tag;
        QVERIFY(!mint(bed.authorEndpoint(), twice).isEmpty());
        QVERIFY(!mint(bed.adminEndpoint(), twice).isEmpty());
        // WordPress refuses a second one by that name, but lets one be renamed to it (and
        // older versions allowed both): names fold case.
        SiteEndpoint second = bed.authorEndpoint();
        second.password = mint(bed.authorEndpoint(), twice + QStringLiteral("-b"));
        const Result<AppPassword> secondPassword = introspect(second);
        QVERIFY(secondPassword.ok());
        std::optional<Result<AppPassword>> renamed;
        ApplicationPasswordsApi(WordPressClient(&m_network, bed.authorEndpoint()))
            .rename(UserRef::me(), secondPassword->uuid, twice.toUpper(), this,
                    [&renamed](const Result<AppPassword> &value) { renamed.emplace(value); });
        QVERIFY(waitFor([&] { return renamed.has_value(); }));
        QVERIFY2(renamed->ok(), qPrintable(renamed->problem().toString()));
        const Run audit =
            cli({QStringLiteral("audit"), QStringLiteral("--sites"),
                 QStringLiteral("pretty,pretty-author"), QStringLiteral("--stale-days"),
                 QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY2(
            audit.exitCode == 0,
            QByteArray(QByteArray::number(audit.exitCode) + audit.out + audit.err).constData());
        const QJsonArray passwords =
            audit.json().object().value(QStringLiteral("passwords")).toArray();
        QSet<QString> users;
        QSet<QString> rows;
        QHash<QString, int> sameName; // wordpress, user, lowered name
        for (const QJsonValue &value : passwords) {
            const QJsonObject entry = value.toObject();
            const QString wordpress = entry.value(QStringLiteral("wordpress")).toString();
            QVERIFY(!wordpress.isEmpty());
            const QString user = QString::number(entry.value(QStringLiteral("user_id")).toInt());
            users.insert(entry.value(QStringLiteral("user")).toString());
            // One row per (WordPress, user, uuid), however many entries listed it.
            const QString row = wordpress + QLatin1Char(' ') + user + QLatin1Char(' ') +
                                entry.value(QStringLiteral("uuid")).toString();
            QVERIFY2(!rows.contains(row), qPrintable(QStringLiteral("listed twice: ") + row));
            rows.insert(row);
            ++sameName[wordpress + QLatin1Char(' ') + user + QLatin1Char(' ') +
                       entry.value(QStringLiteral("name")).toString().toLower()];
            QCOMPARE(entry.value(QStringLiteral("never_used")).toBool(),
                     entry.value(QStringLiteral("last_used")).isNull());
            QVERIFY(!entry.value(QStringLiteral("created")).toString().isEmpty());
            QVERIFY(entry.contains(QStringLiteral("last_ip")));
            // --stale-days 0: everything created or used before now is stale.
            QVERIFY(entry.value(QStringLiteral("stale")).toBool());
        }
        // A duplicate is the same name twice for the same user on the same WordPress, and only
        // that ("testbed-seed" of admin and of author1 is not one).
        int duplicates = 0;
        for (const QJsonValue &value : passwords) {
            const QJsonObject entry = value.toObject();
            const QString key =
                entry.value(QStringLiteral("wordpress")).toString() + QLatin1Char(' ') +
                QString::number(entry.value(QStringLiteral("user_id")).toInt()) + QLatin1Char(' ') +
                entry.value(QStringLiteral("name")).toString().toLower();
            QCOMPARE(entry.value(QStringLiteral("duplicate_name")).toBool(),
                     sameName.value(key) > 1);
            duplicates += entry.value(QStringLiteral("duplicate_name")).toBool() ? 1 : 0;
            if (entry.value(QStringLiteral("name")).toString().toLower() == twice) {
                QCOMPARE(entry.value(QStringLiteral("duplicate_name")).toBool(),
                         entry.value(QStringLiteral("user")).toString() ==
                             QStringLiteral("author1"));
            }
        }
        QVERIFY(duplicates >= 2);
        // The administrator sees every user's passwords.
        QVERIFY(users.contains(QStringLiteral("admin")));
        QVERIFY(users.contains(QStringLiteral("author1")));
        QVERIFY(users.contains(QStringLiteral("contrib1")));
        // Each entry's own password is Latchkey's, on its one row, whichever entry listed it.
        // QString pairs, not deduced ones: "a" + m_tag deduces a QStringBuilder that refers to
        // temporaries gone by the time the loop reads it (AddressSanitizer: use after scope).
        const QList<std::pair<QString, QString>> ownPasswords{
            {QStringLiteral("admin"), QStringLiteral("fleet-admin-") + m_tag},
            {QStringLiteral("author1"), QStringLiteral("fleet-author-") + m_tag}};
        for (const auto &pair : ownPasswords) {
            // Copies: C++17 lambdas cannot capture structured bindings (clang refuses).
            const QString user = pair.first;
            const QString name = pair.second;
            const auto own = std::count_if(passwords.begin(), passwords.end(), [&](const auto &v) {
                return v.toObject().value(QStringLiteral("user")).toString() == user &&
                       v.toObject().value(QStringLiteral("name")).toString() == name;
            });
            QCOMPARE(int(own), 1);
            for (const QJsonValue &value : passwords) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QStringLiteral("name")).toString() == name)
                    QVERIFY2(entry.value(QStringLiteral("used_by_latchkey")).toBool(),
                             qPrintable(name));
                else if (!entry.value(QStringLiteral("name"))
                              .toString()
                              .startsWith(QLatin1String("fleet-")))
                    QVERIFY(!entry.value(QStringLiteral("used_by_latchkey")).toBool());
            }
        }
        // The CSV carries the same rows and the same flags.
        const Run csv = cli({QStringLiteral("audit"), QStringLiteral("--sites"),
                             QStringLiteral("pretty,pretty-author"), QStringLiteral("--csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("site,url,user,user_id,name,uuid,app_id,created,last_used"));
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size() - 1, passwords.size());
        const auto flagged = [](const QByteArray &line) {
            // The last two columns: duplicate_name, used_by_latchkey.
            const QByteArray cells = line.trimmed(); // records end in CRLF
            return cells.endsWith(",true,true") || cells.endsWith(",true,false");
        };
        QCOMPARE(int(std::count_if(lines.begin() + 1, lines.end(), flagged)), duplicates);
    }

    void reissueInTwoPhases()
    {
        const TestBed &bed = TestBed::instance();
        const QString name = QStringLiteral("fleet-integration-") + m_tag;
        const QString old = mint(bed.adminEndpoint(), name);
        QVERIFY(!old.isEmpty());
        const Run issued =
            cli({QStringLiteral("password"), QStringLiteral("reissue"), QStringLiteral("--sites"),
                 QStringLiteral("pretty"), QStringLiteral("--name"), name});
        QVERIFY2(issued.exitCode == 0, QByteArray(issued.out + issued.err).constData());
        const Run status = cli({QStringLiteral("password"), QStringLiteral("reissue-status"),
                                QStringLiteral("--json")});
        QCOMPARE(status.json().array().size(), 1);
        const Run shown = cli({QStringLiteral("password"), QStringLiteral("reissue-show"),
                               QStringLiteral("pretty"), name});
        QCOMPARE(shown.exitCode, 0);
        SiteEndpoint fresh = bed.adminEndpoint();
        fresh.password = QString::fromUtf8(shown.out.trimmed());
        QVERIFY(introspect(fresh).ok()); // the new one works, and so does the old one
        SiteEndpoint previous = bed.adminEndpoint();
        previous.password = old;
        QVERIFY(introspect(previous).ok());
        // --sites all: the sites with nothing pending are skipped (no request, no failure).
        const Run finished =
            cli({QStringLiteral("password"), QStringLiteral("reissue-finish"),
                 QStringLiteral("--sites"), QStringLiteral("all"), QStringLiteral("--name"), name});
        QVERIFY2(finished.exitCode == 0, QByteArray(finished.out + finished.err).constData());
        QVERIFY2(!finished.out.contains("FAIL"), finished.out.constData());
        QVERIFY2(finished.out.contains("Nothing pending for") &&
                     finished.out.contains(": skipped."),
                 finished.out.constData());
        QVERIFY2(finished.out.contains("ok    pretty"), finished.out.constData());
        QVERIFY(!introspect(previous).ok());
        QCOMPARE(introspect(fresh)->name, name);
        QCOMPARE(cli({QStringLiteral("password"), QStringLiteral("reissue-show"),
                      QStringLiteral("pretty"), name})
                     .exitCode,
                 1);
        // Nothing pending anywhere now: a cancel over every site sends nothing and fails nothing.
        const Run cancelled = cli({QStringLiteral("password"), QStringLiteral("reissue-cancel"),
                                   QStringLiteral("--sites"), QStringLiteral("all"),
                                   QStringLiteral("--name"), name, QStringLiteral("--json")});
        QVERIFY2(cancelled.exitCode == 0, QByteArray(cancelled.out + cancelled.err).constData());
        const QJsonArray rows = cancelled.json().array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows) {
            QVERIFY(row.toObject().value(QStringLiteral("skipped")).toBool());
            QVERIFY(row.toObject().value(QStringLiteral("ok")).toBool());
        }
        QVERIFY(introspect(fresh).ok()); // the cancel revoked nothing
        revokeNamed(bed.adminEndpoint(), name);
    }

    void rotateSurvivesAFailureAtEveryStep_data()
    {
        QTest::addColumn<int>("step");
        for (RotationTask::Step step :
             {RotationTask::Step::Introspect, RotationTask::Step::Create, RotationTask::Step::Store,
              RotationTask::Step::Verify, RotationTask::Step::RevokeOld, RotationTask::Step::Rename,
              RotationTask::Step::Save}) {
            QTest::newRow(qPrintable(RotationTask::stepName(step))) << int(step);
        }
    }

    void rotateSurvivesAFailureAtEveryStep()
    {
        QFETCH(int, step);
        const auto failing = RotationTask::Step(step);
        SiteStore sites(m_config.path() + QStringLiteral("/latchkey"));
        QVERIFY(sites.load().isNull());
        const Site site = *sites.resolve(QStringLiteral("pretty"));
        const QString before = *readSecret(site.secretKey());

        BulkSiteResult result = rotate(site, failing);
        // Whatever failed where, the keychain holds a password that works.
        const QString after = *readSecret(site.secretKey());
        const Result<AppPassword> working = introspect(site.endpoint(after));
        QVERIFY2(working.ok(), qPrintable(working.problem().toString()));
        const bool forward = failing == RotationTask::Step::RevokeOld ||
                             failing == RotationTask::Step::Rename ||
                             failing == RotationTask::Step::Save;
        QCOMPARE(after != before, forward);
        if (failing == RotationTask::Step::RevokeOld) {
            QVERIFY(!result.ok);
            // The old one still works, the journal remembers: the next rotation finishes it.
            QVERIFY(introspect(site.endpoint(before)).ok());
            QVERIFY(RotationJournal(m_config.path() + QStringLiteral("/latchkey"))
                        .entryFor(site.id)
                        .has_value());
            QVERIFY(sites.load().isNull());
            result = rotate(*sites.resolve(QStringLiteral("pretty")), std::nullopt);
            QVERIFY2(result.ok, qPrintable(result.summary));
            QCOMPARE(result.details.value(QStringLiteral("resumed")).toString(),
                     QStringLiteral("finished"));
            QVERIFY(!introspect(site.endpoint(before)).ok());
        } else if (forward) {
            QVERIFY2(result.ok, qPrintable(result.summary)); // a warning, not a failure
            QVERIFY(!introspect(site.endpoint(before)).ok());
        } else {
            QVERIFY(!result.ok);
        }
        // No temporary password is left behind, and the journal is empty.
        QCOMPARE(countNamedLike(site.endpoint(*readSecret(site.secretKey())),
                                QStringLiteral("Latchkey rotation ")),
                 failing == RotationTask::Step::Rename ? 1 : 0);
        QVERIFY(!RotationJournal(m_config.path() + QStringLiteral("/latchkey"))
                     .entryFor(site.id)
                     .has_value());
        if (failing == RotationTask::Step::Rename) {
            // Give it its name back for the next rows.
            const SiteEndpoint current = site.endpoint(*readSecret(site.secretKey()));
            bool renamed = false;
            ApplicationPasswordsApi(WordPressClient(&m_network, current))
                .rename(UserRef::me(), introspect(current)->uuid,
                        QStringLiteral("fleet-admin-") + m_tag, this,
                        [&](const Result<AppPassword> &r) { renamed = r.ok(); });
            QVERIFY(waitFor([&] { return renamed; }, 30'000));
        }
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("pretty")}).exitCode, 0);
    }

    void rotateKilledMidwayResumes_data()
    {
        QTest::addColumn<QString>("exitAfter");
        QTest::addColumn<QString>("resumed");
        QTest::newRow("after create") << QStringLiteral("create") << QStringLiteral("rolled_back");
        QTest::newRow("after store") << QStringLiteral("store") << QStringLiteral("finished");
        QTest::newRow("after verify") << QStringLiteral("verify") << QStringLiteral("finished");
    }

    void rotateKilledMidwayResumes()
    {
        QFETCH(QString, exitAfter);
        QFETCH(QString, resumed);
        const Run killed =
            cli({QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("plain")},
                {{QStringLiteral("LATCHKEY_TEST_ROTATE_EXIT_AFTER"), exitAfter}});
        QCOMPARE(killed.exitCode, 70);
        const QString journal = m_config.path() + QStringLiteral("/latchkey/rotation-journal.json");
        QVERIFY(QFile::exists(journal));
        // Between the two runs the site works with whatever the keychain holds.
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("plain")}).exitCode, 0);
        const Run resume = cli({QStringLiteral("password"), QStringLiteral("rotate"),
                                QStringLiteral("--resume"), QStringLiteral("--json")});
        QVERIFY2(resume.exitCode == 0, QByteArray(resume.out + resume.err).constData());
        QCOMPARE(resume.json().array().at(0).toObject().value(QStringLiteral("resumed")).toString(),
                 resumed);
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("plain")}).exitCode, 0);
        const Run list = cli({QStringLiteral("password"), QStringLiteral("list"),
                              QStringLiteral("plain"), QStringLiteral("--json")});
        QVERIFY(!list.out.contains("Latchkey rotation"));
        QVERIFY(list.out.contains(QStringLiteral("fleet-admin-%1").arg(m_tag).toUtf8()));
    }

    void rotateWholeGroupFromTheCli()
    {
        const Run rotated =
            cli({QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("--sites"),
                 QStringLiteral("all"), QStringLiteral("--json")});
        QVERIFY2(rotated.exitCode == 0, QByteArray(rotated.out + rotated.err).constData());
        QCOMPARE(rotated.json().array().size(), 3);
        const Run check = cli({QStringLiteral("check"), QStringLiteral("--all")});
        QVERIFY2(check.exitCode == 0, QByteArray(check.out + check.err).constData());
    }

    void cleanupTestCase()
    {
        // Leave the test bed as it was: revoke what this test minted (the seeds stay).
        const TestBed &bed = TestBed::instance();
        revokeNamed(bed.adminEndpoint(), QStringLiteral("fleet-admin-") + m_tag);
        revokeNamed(bed.plainAdminEndpoint(), QStringLiteral("fleet-admin-") + m_tag);
        revokeNamed(bed.authorEndpoint(), QStringLiteral("fleet-author-") + m_tag);
    }

private:
    Run cli(const QStringList &args, const QList<QPair<QString, QString>> &extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (const auto &[name, value] : extraEnv)
            environment.insert(name, value);
        process.setProcessEnvironment(environment);
        process.start(m_cli, args);
        if (!process.waitForStarted(10'000))
            return {};
        process.closeWriteChannel();
        process.waitForFinished(120'000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    BulkSiteResult rotate(const Site &site, std::optional<RotationTask::Step> failing)
    {
        KeychainSecretStore secrets;
        SiteStore sites(m_config.path() + QStringLiteral("/latchkey"));
        sites.load();
        const QString password = *readSecret(site.secretKey());
        auto *task = new RotationTask(&m_network, &secrets, &sites,
                                      m_config.path() + QStringLiteral("/latchkey"), site,
                                      site.endpoint(password), false);
        if (failing) {
            const RotationTask::Step wanted = *failing;
            task->setFaultInjection([wanted](RotationTask::Step step) {
                return step == wanted ? Problem(ProblemCode::WordPressError,
                                                QStringLiteral("injected before %1")
                                                    .arg(RotationTask::stepName(step)))
                                      : Problem();
            });
        }
        std::optional<BulkSiteResult> result;
        connect(task, &BulkTask::finished, this, [&](const BulkSiteResult &r) { result = r; });
        task->start();
        waitFor([&] { return result.has_value(); }, 60'000);
        return result.value_or(BulkSiteResult{});
    }

    Result<QString> readSecret(const QString &key)
    {
        KeychainSecretStore secrets;
        std::optional<Result<QString>> answer;
        secrets.read(key, this, [&](Result<QString> secret) { answer = std::move(secret); });
        waitFor([&] { return answer.has_value(); }, 30'000);
        return answer.value_or(Result<QString>(Problem(ProblemCode::Timeout)));
    }

    Result<AppPassword> introspect(const SiteEndpoint &endpoint)
    {
        std::optional<Result<AppPassword>> answer;
        ApplicationPasswordsApi(WordPressClient(&m_network, endpoint))
            .introspect(UserRef::me(), this,
                        [&](Result<AppPassword> password) { answer = std::move(password); });
        waitFor([&] { return answer.has_value(); }, 30'000);
        return answer.value_or(Result<AppPassword>(Problem(ProblemCode::Timeout)));
    }

    QList<AppPassword> list(const SiteEndpoint &endpoint)
    {
        std::optional<Result<QList<AppPassword>>> answer;
        ApplicationPasswordsApi(WordPressClient(&m_network, endpoint))
            .list(UserRef::me(), this,
                  [&](Result<QList<AppPassword>> passwords) { answer = std::move(passwords); });
        waitFor([&] { return answer.has_value(); }, 30'000);
        return answer && answer->ok() ? answer->value() : QList<AppPassword>{};
    }

    int countNamed(const SiteEndpoint &endpoint, const QString &name)
    {
        const QList<AppPassword> passwords = list(endpoint);
        return int(std::count_if(passwords.cbegin(), passwords.cend(), [&](const AppPassword &p) {
            return p.name.compare(name, Qt::CaseInsensitive) == 0;
        }));
    }

    int countNamedLike(const SiteEndpoint &endpoint, const QString &prefix)
    {
        const QList<AppPassword> passwords = list(endpoint);
        return int(std::count_if(passwords.cbegin(), passwords.cend(),
                                 [&](const AppPassword &p) { return p.name.startsWith(prefix); }));
    }

    void revokeNamed(const SiteEndpoint &endpoint, const QString &name)
    {
        for (const AppPassword &password : list(endpoint)) {
            if (password.name.compare(name, Qt::CaseInsensitive) != 0 &&
                !password.name.startsWith(QStringLiteral("Latchkey rotation ")))
                continue;
            bool answered = false;
            ApplicationPasswordsApi(WordPressClient(&m_network, endpoint))
                .revoke(UserRef::me(), password.uuid, this,
                        [&](const Problem &) { answered = true; });
            waitFor([&] { return answered; }, 30'000);
        }
    }

    QString mint(const SiteEndpoint &endpoint, const QString &name)
    {
        std::optional<Result<AppPassword>> answer;
        ApplicationPasswordsApi(WordPressClient(&m_network, endpoint))
            .create(UserRef::me(), name, QString(), this,
                    [&](Result<AppPassword> created) { answer = std::move(created); });
        waitFor([&] { return answer.has_value(); }, 30'000);
        return answer && answer->ok() ? answer->value().password : QString();
    }

    QTemporaryDir m_config;
    QString m_cli;
    QString m_tag;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestFleetWordPress)
#include "tst_fleet_wordpress.moc"
