// Two latchkey-cli processes and one site (issue "Trust", item 5), against a capturing fake of
// a user's application passwords: while one process rotates the site (stopped right after a
// step, as a slow site or a stopped process would leave it), a second "password rotate" —
// cron's --resume, --sites all, or the same site — leaves it alone with operation_in_progress
// and sends nothing to the site; the first then completes, and the site ends with exactly one
// password, the keychain's, which authenticates. A process killed midway is settled by the
// next --resume (its lock and journal entry belong to nobody alive).
#include "CliProcess.h"
#include "FakeApplicationPasswords.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestRotationProcesses : public QObject
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
        QFile csv(m_config->filePath(QStringLiteral("sites.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("url,user,name,password,rest_root\n");
        csv.write(QStringLiteral("%1,%2,fake,%3,%4\n")
                      .arg(m_server->url(QStringLiteral("/")).toString(),
                           QString::fromLatin1(FakeApplicationPasswords::kLogin), m_oldPassword,
                           m_wordpress->restRoot().toString())
                      .toUtf8());
        csv.close();
        const CliRun imported =
            runCli(m_config->path(), {QStringLiteral("site"), QStringLiteral("import"),
                                      csv.fileName(), QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.all().constData());
        QVERIFY(csv.remove());
    }

    void secondProcessLeavesARunningRotationAlone_data()
    {
        QTest::addColumn<QString>("pauseAfter");
        QTest::addColumn<QStringList>("second");
        QTest::newRow("cron --resume, new password not in the keychain yet")
            << QStringLiteral("create") << QStringList{QStringLiteral("--resume")};
        QTest::newRow("cron --resume, new password in the keychain")
            << QStringLiteral("store") << QStringList{QStringLiteral("--resume")};
        QTest::newRow("--sites all, new password verified")
            << QStringLiteral("verify")
            << QStringList{QStringLiteral("--sites"), QStringLiteral("all")};
        QTest::newRow("the same site, new password created")
            << QStringLiteral("create") << QStringList{QStringLiteral("fake")};
        QTest::newRow("cron --resume, old password revoked")
            << QStringLiteral("revoke_old") << QStringList{QStringLiteral("--resume")};
    }

    void secondProcessLeavesARunningRotationAlone()
    {
        QFETCH(QString, pauseAfter);
        QFETCH(QStringList, second);
        const QString pauseFile = m_config->filePath(QStringLiteral("paused"));
        const std::unique_ptr<QProcess> first =
            startCli(m_config->path(),
                     {QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("fake"),
                      QStringLiteral("--json")},
                     {{QStringLiteral("LATCHKEY_TEST_ROTATE_PAUSE_AFTER"), pauseAfter},
                      {QStringLiteral("LATCHKEY_TEST_ROTATE_PAUSE_FILE"), pauseFile}});
        QVERIFY(waitFor(
            [&] { return QFile::exists(pauseFile) || first->state() == QProcess::NotRunning; },
            30'000));
        QVERIFY2(QFile::exists(pauseFile), first->readAllStandardError().constData());
        const qsizetype requestsBefore = m_server->requests().size();
        const int passwordsBefore = int(m_wordpress->entries().size());

        const CliRun other = runCli(m_config->path(), QStringList{QStringLiteral("password"),
                                                                  QStringLiteral("rotate"),
                                                                  QStringLiteral("--json")} +
                                                          second);
        QCOMPARE(other.exitCode, 1);
        const QJsonObject refused = other.json().array().at(0).toObject();
        QCOMPARE(refused.value(QStringLiteral("problem")).toString(),
                 QStringLiteral("operation_in_progress"));
        QVERIFY(!refused.value(QStringLiteral("fix")).toString().isEmpty());
        // Nothing of the second process reached the site.
        QCOMPARE(m_server->requests().size(), requestsBefore);
        QCOMPARE(int(m_wordpress->entries().size()), passwordsBefore);

        QVERIFY(QFile::remove(pauseFile));
        const CliRun done = finishCli(*first);
        QVERIFY2(done.exitCode == 0, done.all().constData());
        const QJsonObject rotated = done.json().array().at(0).toObject();
        QVERIFY(rotated.value(QStringLiteral("ok")).toBool());
        assertOneWorkingPasswordInTheKeychain(rotated.value(QStringLiteral("new_uuid")).toString());
        QVERIFY(!QFile::exists(journalPath()));
    }

    // Rotating another site meanwhile is not held up by the live rotation, and leaves it
    // alone without failing: the run's result is the other site's.
    void rotatingAnotherSiteMeanwhileLeavesTheLiveOneAlone()
    {
        FakeHttpServer otherServer;
        QVERIFY(otherServer.start());
        FakeApplicationPasswords other(&otherServer);
        const QString otherPassword = other.mint(QStringLiteral("Latchkey"));
        QFile csv(m_config->filePath(QStringLiteral("other.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("url,user,name,password,rest_root\n");
        csv.write(QStringLiteral("%1,%2,other,%3,%4\n")
                      .arg(otherServer.url(QStringLiteral("/")).toString(),
                           QString::fromLatin1(FakeApplicationPasswords::kLogin), otherPassword,
                           other.restRoot().toString())
                      .toUtf8());
        csv.close();
        QCOMPARE(runCli(m_config->path(),
                        {QStringLiteral("site"), QStringLiteral("import"), csv.fileName()})
                     .exitCode,
                 0);
        const QString pauseFile = m_config->filePath(QStringLiteral("paused"));
        const std::unique_ptr<QProcess> first = startCli(
            m_config->path(),
            {QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("fake")},
            {{QStringLiteral("LATCHKEY_TEST_ROTATE_PAUSE_AFTER"), QStringLiteral("create")},
             {QStringLiteral("LATCHKEY_TEST_ROTATE_PAUSE_FILE"), pauseFile}});
        QVERIFY(waitFor(
            [&] { return QFile::exists(pauseFile) || first->state() == QProcess::NotRunning; },
            30'000));
        QVERIFY(QFile::exists(pauseFile));
        const qsizetype requestsBefore = m_server->requests().size();
        const CliRun rotated =
            runCli(m_config->path(), {QStringLiteral("password"), QStringLiteral("rotate"),
                                      QStringLiteral("other"), QStringLiteral("--json")});
        QVERIFY2(rotated.exitCode == 0, rotated.all().constData());
        QCOMPARE(rotated.json().array().size(), 1);
        QCOMPARE(rotated.json().array().at(0).toObject().value(QStringLiteral("site")).toString(),
                 QStringLiteral("other"));
        QVERIFY(rotated.err.contains("left alone"));
        QCOMPARE(m_server->requests().size(), requestsBefore);
        QCOMPARE(other.entries().size(), 1);
        QCOMPARE(other.revoked().size(), 1);
        QVERIFY(QFile::remove(pauseFile));
        const CliRun done = finishCli(*first);
        QVERIFY2(done.exitCode == 0, done.all().constData());
        QCOMPARE(m_wordpress->entries().size(), 1);
    }

    // A process killed right after creating the new password: its lock file and journal entry
    // name a pid that no longer runs, so cron's --resume settles it.
    void killedProcessIsSettledByTheNextResume()
    {
        const CliRun killed =
            runCli(m_config->path(),
                   {QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("fake")},
                   {{QStringLiteral("LATCHKEY_TEST_ROTATE_EXIT_AFTER"), QStringLiteral("create")}});
        QCOMPARE(killed.exitCode, 70);
        QVERIFY(QFile::exists(journalPath()));
        QCOMPARE(m_wordpress->entries().size(), 2);
        const CliRun resumed =
            runCli(m_config->path(), {QStringLiteral("password"), QStringLiteral("rotate"),
                                      QStringLiteral("--resume"), QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.all().constData());
        QCOMPARE(resumed.json().array().at(0).toObject().value(QStringLiteral("resumed")),
                 QJsonValue(QStringLiteral("rolled_back")));
        QCOMPARE(m_wordpress->revoked().size(), 1);
        assertOneWorkingPasswordInTheKeychain(m_wordpress->byPassword(m_oldPassword)->uuid);
    }

    void cleanup()
    {
        m_wordpress.reset();
        m_server.reset();
        m_config.reset();
    }

private:
    QString journalPath() const
    {
        return m_config->filePath(QStringLiteral("latchkey/rotation-journal.json"));
    }

    void assertOneWorkingPasswordInTheKeychain(const QString &expectedUuid)
    {
        const QList<FakeApplicationPasswords::Entry> left = m_wordpress->entries();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().uuid, expectedUuid);
        QCOMPARE(left.first().name, QStringLiteral("Latchkey"));
        // The keychain holds it: it authenticates (the model checks the Basic password).
        const CliRun list =
            runCli(m_config->path(), {QStringLiteral("password"), QStringLiteral("list"),
                                      QStringLiteral("fake"), QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.all().constData());
        QVERIFY(list.out.contains(expectedUuid.toUtf8()));
        const FakeHttpRequest &last = m_server->requests().constLast();
        const QByteArray pair = QByteArray::fromBase64(last.header("Authorization").mid(6));
        QCOMPARE(m_wordpress->byPassword(QString::fromUtf8(pair.mid(pair.indexOf(':') + 1)))
                     .value_or(FakeApplicationPasswords::Entry{})
                     .uuid,
                 expectedUuid);
    }

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<FakeApplicationPasswords> m_wordpress;
    QString m_oldPassword;
};

QTEST_GUILESS_MAIN(TestRotationProcesses)
#include "tst_rotation_processes.moc"
