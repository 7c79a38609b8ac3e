// Two latchkey-cli processes rotate one site of the real WordPress test bed at once (issue
// "Trust", item 5): the first is stopped right after a step; cron's "password rotate --resume"
// or a "--sites all" run meanwhile leaves the site alone (operation_in_progress); the first
// completes. The site then has exactly one Latchkey password: the keychain's, which
// authenticates as the admin, while the old one is revoked and no temporary one is left.
// Only passwords minted here are revoked: the seed passwords stay for the other tests.
#include "CliProcess.h"
#include "TestBed.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/SiteStore.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Latchkey;
using namespace Latchkey::Testing;

class TestRotationWordPress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestBed::instance().isValid(), qPrintable(TestBed::instance().errorString()));
        QVERIFY(m_config.isValid());
        m_name =
            QStringLiteral("race-admin-") + QString::number(QDateTime::currentMSecsSinceEpoch());
        m_password = mint(TestBed::instance().adminEndpoint(), m_name);
        QVERIFY(!m_password.isEmpty());
        QFile csv(m_config.filePath(QStringLiteral("sites.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("url,user,name,password\n");
        csv.write(QStringLiteral("%1,admin,race,%2\n")
                      .arg(TestBed::instance().prettyUrl().toString(), m_password)
                      .toUtf8());
        csv.close();
        const CliRun imported =
            runCli(m_config.path(), {QStringLiteral("site"), QStringLiteral("import"),
                                     csv.fileName(), QStringLiteral("--check")});
        QVERIFY2(imported.exitCode == 0, imported.all().constData());
        QVERIFY(csv.remove());
    }

    void secondProcessLeavesARunningRotationAlone_data()
    {
        QTest::addColumn<QString>("pauseAfter");
        QTest::addColumn<QStringList>("second");
        QTest::newRow("cron --resume while the new password is not in the keychain")
            << QStringLiteral("create") << QStringList{QStringLiteral("--resume")};
        QTest::newRow("--sites all while the new password is in the keychain")
            << QStringLiteral("store")
            << QStringList{QStringLiteral("--sites"), QStringLiteral("all")};
    }

    void secondProcessLeavesARunningRotationAlone()
    {
        QFETCH(QString, pauseAfter);
        QFETCH(QStringList, second);
        const SiteEndpoint seed = TestBed::instance().adminEndpoint();
        const QString oldUuid = introspect(withPassword(seed, held())).value_or(AppPassword{}).uuid;
        QVERIFY(!oldUuid.isEmpty());
        const QString pauseFile = m_config.filePath(QStringLiteral("paused"));
        const std::unique_ptr<QProcess> first =
            startCli(m_config.path(),
                     {QStringLiteral("password"), QStringLiteral("rotate"), QStringLiteral("race"),
                      QStringLiteral("--json")},
                     {{QStringLiteral("LATCHKEY_TEST_ROTATE_PAUSE_AFTER"), pauseAfter},
                      {QStringLiteral("LATCHKEY_TEST_ROTATE_PAUSE_FILE"), pauseFile}});
        QVERIFY(waitFor(
            [&] { return QFile::exists(pauseFile) || first->state() == QProcess::NotRunning; },
            60'000));
        QVERIFY2(QFile::exists(pauseFile), first->readAllStandardError().constData());
        const QStringList before = uuids(seed);

        const CliRun other = runCli(m_config.path(), QStringList{QStringLiteral("password"),
                                                                 QStringLiteral("rotate"),
                                                                 QStringLiteral("--json")} +
                                                         second);
        QCOMPARE(other.exitCode, 1);
        QCOMPARE(other.json().array().at(0).toObject().value(QStringLiteral("problem")).toString(),
                 QStringLiteral("operation_in_progress"));
        QCOMPARE(uuids(seed), before); // the second process changed nothing on the site

        QVERIFY(QFile::remove(pauseFile));
        const CliRun done = finishCli(*first);
        QVERIFY2(done.exitCode == 0, done.all().constData());
        const QString newUuid =
            done.json().array().at(0).toObject().value(QStringLiteral("new_uuid")).toString();
        QVERIFY(!newUuid.isEmpty());

        // Exactly one Latchkey password on the site, and it is the keychain's: it
        // authenticates as the admin; the old one does not any more.
        int latchkeys = 0;
        for (const AppPassword &password : list(seed)) {
            QVERIFY2(!password.name.startsWith(QStringLiteral("Latchkey rotation ")),
                     qPrintable(password.name));
            latchkeys += password.name == m_name ? 1 : 0;
        }
        QCOMPARE(latchkeys, 1);
        const std::optional<AppPassword> current = introspect(withPassword(seed, held()));
        QVERIFY(current.has_value());
        QCOMPARE(current->uuid, newUuid);
        QVERIFY(!uuids(seed).contains(oldUuid));
        QCOMPARE(
            runCli(m_config.path(), {QStringLiteral("check"), QStringLiteral("race")}).exitCode, 0);
        QVERIFY(
            !QFile::exists(m_config.filePath(QStringLiteral("latchkey/rotation-journal.json"))));
    }

    void cleanupTestCase()
    {
        const SiteEndpoint seed = TestBed::instance().adminEndpoint();
        for (const AppPassword &password : list(seed)) {
            if (password.name != m_name &&
                !password.name.startsWith(QStringLiteral("Latchkey rotation ")))
                continue;
            bool answered = false;
            ApplicationPasswordsApi(WordPressClient(&m_network, seed))
                .revoke(UserRef::me(), password.uuid, this,
                        [&](const Problem &) { answered = true; });
            waitFor([&] { return answered; }, 30'000);
        }
    }

private:
    static SiteEndpoint withPassword(SiteEndpoint endpoint, const QString &password)
    {
        endpoint.password = password;
        return endpoint;
    }

    // The password the keychain holds for the site now.
    QString held()
    {
        SiteStore sites(m_config.path() + QStringLiteral("/latchkey"));
        sites.load();
        const Result<Site> site = sites.resolve(QStringLiteral("race"));
        if (!site)
            return {};
        KeychainSecretStore secrets;
        std::optional<Result<QString>> answer;
        secrets.read(site->secretKey(), this,
                     [&](Result<QString> secret) { answer = std::move(secret); });
        waitFor([&] { return answer.has_value(); }, 30'000);
        return answer && answer->ok() ? answer->value() : QString();
    }

    std::optional<AppPassword> introspect(const SiteEndpoint &endpoint)
    {
        std::optional<Result<AppPassword>> answer;
        ApplicationPasswordsApi(WordPressClient(&m_network, endpoint))
            .introspect(UserRef::me(), this,
                        [&](Result<AppPassword> password) { answer = std::move(password); });
        waitFor([&] { return answer.has_value(); }, 30'000);
        if (!answer || !answer->ok())
            return std::nullopt;
        return answer->value();
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

    QStringList uuids(const SiteEndpoint &endpoint)
    {
        QStringList result;
        for (const AppPassword &password : list(endpoint))
            result.append(password.uuid);
        result.sort();
        return result;
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
    QNetworkAccessManager m_network;
    QString m_name;
    QString m_password;
};

QTEST_GUILESS_MAIN(TestRotationWordPress)
#include "tst_rotation_wordpress.moc"
