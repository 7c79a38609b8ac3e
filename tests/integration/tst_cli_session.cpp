// A whole latchkey-cli session against the real WordPress test bed and a real gnome-keyring:
// every command of the CLI contract, then a scan proving no password leaked to the config
// directory or to any output except where "password create" printed the one it created.
#include "TestBed.h"
#include "sites/SiteStore.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/WordPressClient.h"
#include "wordpress/WpReply.h"
#include "wordpress/WpRequest.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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

class TestCliSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(TestBed::instance().isValid(), qPrintable(TestBed::instance().errorString()));
        QVERIFY(m_config.isValid());
        m_cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
        m_url = TestBed::instance().prettyUrl().toString();
        // Fresh passwords minted with the seed ones, so that revoking them at the end leaves the
        // test bed's seeds alone for other tests.
        m_adminPassword = mint(TestBed::instance().adminEndpoint(), QStringLiteral("cli-admin"));
        m_authorPassword = mint(TestBed::instance().authorEndpoint(), QStringLiteral("cli-author"));
        QVERIFY(!m_adminPassword.isEmpty());
        QVERIFY(!m_authorPassword.isEmpty());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("add"), m_url}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--all"),
                      QStringLiteral("--concurrency"), QStringLiteral("0")})
                     .exitCode,
                 2);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("password revoke SITE"));
        QCOMPARE(
            cli({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--help")}).exitCode,
            0);
    }

    void addListAndRefuseDuplicates()
    {
        const Run wrong = cli({QStringLiteral("site"), QStringLiteral("add"), m_url,
                               QStringLiteral("--user"), QStringLiteral("admin")},
                              "aaaa bbbb cccc dddd eeee ffff\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("credentials_rejected"), wrong.err.constData());

        const Run empty = cli({QStringLiteral("site"), QStringLiteral("add"), m_url,
                               QStringLiteral("--user"), QStringLiteral("admin")},
                              "\n");
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(empty.err.contains("invalid_input"));

        const Run added =
            cli({QStringLiteral("site"), QStringLiteral("add"), m_url, QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("Pretty"),
                 QStringLiteral("--group"), QStringLiteral("Clients")},
                m_adminPassword.toUtf8() + "\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(added.out.contains("administrator"));

        const Run again =
            cli({QStringLiteral("site"), QStringLiteral("add"), m_url + QLatin1Char('/'),
                 QStringLiteral("--user"), QStringLiteral("ADMIN")},
                m_adminPassword.toUtf8() + "\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("duplicate_site"));

        const Run list =
            cli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray sites = list.json().array();
        QCOMPARE(sites.size(), 1);
        const QJsonObject site = sites.first().toObject();
        QCOMPARE(site.value(QStringLiteral("name")).toString(), QStringLiteral("Pretty"));
        QCOMPARE(site.value(QStringLiteral("group")).toString(), QStringLiteral("Clients"));
        QCOMPARE(site.value(QStringLiteral("user_login")).toString(), QStringLiteral("admin"));
        QVERIFY(!site.value(QStringLiteral("password_uuid")).toString().isEmpty());
        m_ownUuid = site.value(QStringLiteral("password_uuid")).toString();

        const Run table = cli({QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY(table.out.contains("Pretty"));
    }

    void checkReportsTheContract()
    {
        const Run check =
            cli({QStringLiteral("check"), QStringLiteral("Pretty"), QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        const QJsonArray results = check.json().array();
        QCOMPARE(results.size(), 1);
        const QJsonObject result = results.first().toObject();
        for (const char *key : {"site", "url", "ok", "problem", "candidates", "message", "fix",
                                "user", "roles", "steps"})
            QVERIFY2(result.contains(QLatin1String(key)), key);
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(result.value(QStringLiteral("problem")).isNull());
        QCOMPARE(result.value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
        QVERIFY(result.value(QStringLiteral("roles"))
                    .toArray()
                    .contains(QStringLiteral("administrator")));
        const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
        QVERIFY(steps.size() >= 4);
        for (const QJsonValue &step : steps) {
            QVERIFY(step.toObject().value(QStringLiteral("ok")).toBool());
            QVERIFY(step.toObject().contains(QStringLiteral("ms")));
        }

        const Run unknown = cli({QStringLiteral("check"), QStringLiteral("nowhere")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("unknown_site"));
    }

    void passwordLifecycle()
    {
        const Run list = cli({QStringLiteral("password"), QStringLiteral("list"),
                              QStringLiteral("Pretty"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(uuids(list.json().array()).contains(m_ownUuid));

        const Run created =
            cli({QStringLiteral("password"), QStringLiteral("create"), QStringLiteral("Pretty"),
                 QStringLiteral("made by cli"), QStringLiteral("--app-id"),
                 QStringLiteral("6A1B2C3D-1111-4222-8333-944455556666"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QJsonObject object = created.json().object();
        m_createdPassword = object.value(QStringLiteral("password")).toString();
        QCOMPARE(m_createdPassword.remove(QLatin1Char(' ')).size(), 24);
        m_createdPassword = object.value(QStringLiteral("password")).toString();
        QCOMPARE(object.value(QStringLiteral("app_id")).toString(),
                 QStringLiteral("6a1b2c3d-1111-4222-8333-944455556666"));
        const QString uuid = object.value(QStringLiteral("uuid")).toString();
        m_passwordPrintedBy = m_runs.size() - 1;

        const Run plain = cli({QStringLiteral("password"), QStringLiteral("create"),
                               QStringLiteral("Pretty"), QStringLiteral("plain output")});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out.trimmed().size(), 29); // only the password on stdout
        m_plainPrintedBy = m_runs.size() - 1;
        m_plainPassword = QString::fromUtf8(plain.out.trimmed());

        const Run duplicate = cli({QStringLiteral("password"), QStringLiteral("create"),
                                   QStringLiteral("Pretty"), QStringLiteral("MADE BY CLI")});
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.err.contains("duplicate_name"));

        QCOMPARE(cli({QStringLiteral("password"), QStringLiteral("rename"),
                      QStringLiteral("Pretty"), uuid, QStringLiteral("renamed by cli")})
                     .exitCode,
                 0);
        const Run renamed = cli({QStringLiteral("password"), QStringLiteral("list"),
                                 QStringLiteral("Pretty"), QStringLiteral("--json")});
        QVERIFY(names(renamed.json().array()).contains(QStringLiteral("renamed by cli")));

        QCOMPARE(cli({QStringLiteral("password"), QStringLiteral("revoke"),
                      QStringLiteral("Pretty"), uuid})
                     .exitCode,
                 0);
        const Run after = cli({QStringLiteral("password"), QStringLiteral("list"),
                               QStringLiteral("Pretty"), QStringLiteral("--json")});
        QVERIFY(!uuids(after.json().array()).contains(uuid));

        // Latchkey's own password needs --yes; all passwords need --yes.
        QCOMPARE(cli({QStringLiteral("password"), QStringLiteral("revoke"),
                      QStringLiteral("Pretty"), m_ownUuid})
                     .exitCode,
                 2);
        // ... also when the saved uuid is stale: the site is asked which password is in use.
        {
            SiteStore store(m_config.path() + QStringLiteral("/latchkey"));
            QVERIFY(store.load().isNull());
            const Result<Site> pretty = store.resolve(QStringLiteral("Pretty"));
            QVERIFY(pretty.ok());
            QVERIFY(store
                        .modify(pretty->id,
                                [](Site &site) {
                                    site.passwordUuid =
                                        QStringLiteral("00000000-0000-4000-8000-000000000000");
                                })
                        .ok());
        }
        const Run stale = cli({QStringLiteral("password"), QStringLiteral("revoke"),
                               QStringLiteral("Pretty"), m_ownUuid});
        QCOMPARE(stale.exitCode, 2);
        QVERIFY2(stale.err.contains("Latchkey signs in with this password"), stale.err.constData());
        {
            SiteStore store(m_config.path() + QStringLiteral("/latchkey"));
            QVERIFY(store.load().isNull());
            const Result<Site> pretty = store.resolve(QStringLiteral("Pretty"));
            QVERIFY(store.modify(pretty->id, [this](Site &site) { site.passwordUuid = m_ownUuid; })
                        .ok());
        }
        QCOMPARE(cli({QStringLiteral("password"), QStringLiteral("revoke"),
                      QStringLiteral("Pretty"), QStringLiteral("--all-passwords")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("password"), QStringLiteral("revoke"),
                      QStringLiteral("Pretty"), QStringLiteral("not-a-uuid")})
                     .exitCode,
                 2);
        QVERIFY(uuids(cli({QStringLiteral("password"), QStringLiteral("list"),
                           QStringLiteral("Pretty"), QStringLiteral("--json")})
                          .json()
                          .array())
                    .contains(m_ownUuid));
    }

    void administratorManagesAnotherUser()
    {
        const Run byLogin =
            cli({QStringLiteral("password"), QStringLiteral("list"), QStringLiteral("Pretty"),
                 QStringLiteral("--user"), QStringLiteral("author1"), QStringLiteral("--json")});
        QVERIFY2(byLogin.exitCode == 0, byLogin.err.constData());
        QVERIFY(names(byLogin.json().array())
                    .indexOf(QRegularExpression(QStringLiteral("^cli-author \\d+$"))) >= 0);
        const Run byId = cli({QStringLiteral("password"), QStringLiteral("list"),
                              QStringLiteral("Pretty"), QStringLiteral("--user"),
                              TestBed::instance().value(QStringLiteral("WP_AUTHOR_ID")),
                              QStringLiteral("--json")});
        QCOMPARE(byId.exitCode, 0);
        QCOMPARE(byId.json().array().size(), byLogin.json().array().size());
        const Run nobody =
            cli({QStringLiteral("password"), QStringLiteral("list"), QStringLiteral("Pretty"),
                 QStringLiteral("--user"), QStringLiteral("no-such-user")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains("not_found"));
    }

    void publishTestCleansUp()
    {
        // It used to create a "Latchkey test" category, keep it, and still say cleaned_up.
        // Start without one, so that a test-publish that made one shows in the list.
        for (const QJsonValue &value : categories()) {
            const QJsonObject category = value.toObject();
            if (category.value(QStringLiteral("name")).toString() ==
                QStringLiteral("Latchkey test"))
                QVERIFY(deleteCategory(category.value(QStringLiteral("id")).toInt()));
        }
        const QJsonArray before = categories();
        QVERIFY(!before.isEmpty()); // WordPress's own "Uncategorized" at least

        const Run run =
            cli({QStringLiteral("publish-test"), QStringLiteral("Pretty"),
                 QStringLiteral("--status"), QStringLiteral("publish"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject result = run.json().object();
        QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(result.value(QStringLiteral("post_id")).toInt() > 0);
        QCOMPARE(result.value(QStringLiteral("cleaned_up")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("left_on_site")).toArray(), QJsonArray());
        QVERIFY(!result.value(QStringLiteral("link")).toString().isEmpty());
        QCOMPARE(categories(), before);

        // As text, and with --keep: the result names the post that stays, and only that.
        const Run text = cli({QStringLiteral("publish-test"), QStringLiteral("Pretty")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("Nothing the test created is left on the site."),
                 text.out.constData());
        const Run kept = cli({QStringLiteral("publish-test"), QStringLiteral("Pretty"),
                              QStringLiteral("--keep"), QStringLiteral("--json")});
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        const QJsonObject keptResult = kept.json().object();
        QCOMPARE(keptResult.value(QStringLiteral("cleaned_up")).toBool(), false);
        const QJsonArray left = keptResult.value(QStringLiteral("left_on_site")).toArray();
        QCOMPARE(left.size(), 1);
        const int keptId = left.first().toObject().value(QStringLiteral("id")).toInt();
        QCOMPARE(keptId, keptResult.value(QStringLiteral("post_id")).toInt());
        QVERIFY(deletePost(keptId));
        QCOMPARE(categories(), before);
        QCOMPARE(cli({QStringLiteral("publish-test"), QStringLiteral("Pretty"),
                      QStringLiteral("--status"), QStringLiteral("private")})
                     .exitCode,
                 2);
    }

    void editAndAmbiguousSites()
    {
        QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("Pretty"),
                      QStringLiteral("--group"), QStringLiteral("Agency"), QStringLiteral("--tags"),
                      QStringLiteral("shop, eu,shop")})
                     .exitCode,
                 0);
        const QJsonObject site =
            cli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")})
                .json()
                .array()
                .first()
                .toObject();
        QCOMPARE(site.value(QStringLiteral("group")).toString(), QStringLiteral("Agency"));
        QCOMPARE(site.value(QStringLiteral("tags")).toArray().size(), 2);

        const Run author = cli({QStringLiteral("site"), QStringLiteral("add"), m_url,
                                QStringLiteral("--user"), QStringLiteral("author1"),
                                QStringLiteral("--name"), QStringLiteral("Pretty as author")},
                               m_authorPassword.toUtf8() + "\n");
        QVERIFY2(author.exitCode == 0, author.err.constData());
        QVERIFY(author.out.contains("author"));

        const Run ambiguous = cli({QStringLiteral("check"), m_url});
        QCOMPARE(ambiguous.exitCode, 2);
        QVERIFY(ambiguous.err.contains("Pretty (admin)"));
        QVERIFY(ambiguous.err.contains("Pretty as author (author1)"));

        const Run all =
            cli({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().array().size(), 2);
    }

    void missingSecretFailsTheCheck()
    {
        const Run list =
            cli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
        QString authorKey;
        for (const QJsonValue &value : list.json().array()) {
            const QJsonObject site = value.toObject();
            if (site.value(QStringLiteral("user_login")).toString() == QStringLiteral("author1"))
                authorKey = QStringLiteral("site/%1/user/author1")
                                .arg(site.value(QStringLiteral("id")).toString());
        }
        QVERIFY(!authorKey.isEmpty());
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"),
                   {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("latchkey"),
                    QStringLiteral("user"), authorKey});
        QVERIFY(tool.waitForFinished(10'000));

        const Run all =
            cli({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 1);
        int missing = 0;
        for (const QJsonValue &value : all.json().array()) {
            if (value.toObject().value(QStringLiteral("problem")).toString() ==
                QStringLiteral("secret_missing"))
                ++missing;
        }
        QCOMPARE(missing, 1);

        // Reconnect gives it a password again and keeps its settings.
        const QString fresh =
            mint(TestBed::instance().authorEndpoint(), QStringLiteral("cli-author-2"));
        const Run reconnect = cli({QStringLiteral("site"), QStringLiteral("reconnect"),
                                   QStringLiteral("Pretty as author")},
                                  fresh.toUtf8() + "\n");
        QVERIFY2(reconnect.exitCode == 0, reconnect.err.constData());
        m_authorPassword2 = fresh;
        QCOMPARE(cli({QStringLiteral("check"), QStringLiteral("--all")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("site"), QStringLiteral("remove"),
                      QStringLiteral("Pretty as author"), QStringLiteral("--revoke")})
                     .exitCode,
                 0);
    }

    void removeWithRevokeKillsThePassword()
    {
        const Run removed = cli({QStringLiteral("site"), QStringLiteral("remove"),
                                 QStringLiteral("Pretty"), QStringLiteral("--revoke")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QVERIFY(cli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")})
                    .json()
                    .array()
                    .isEmpty());
        // The revoked password no longer opens the site; the seed password still does.
        QCOMPARE(introspect(m_adminPassword).code(), ProblemCode::CredentialsRejected);
        QVERIFY(introspect(TestBed::instance().adminEndpoint().password).isNull());
    }

    void noPasswordLeaked()
    {
        const QStringList secrets{m_adminPassword, m_authorPassword, m_authorPassword2};
        for (qsizetype i = 0; i < m_runs.size(); ++i) {
            for (const QString &secret : secrets) {
                QVERIFY2(!leaks(m_runs.at(i).out + m_runs.at(i).err, secret),
                         qPrintable(QStringLiteral("run %1 printed a password").arg(i)));
            }
            if (i != m_passwordPrintedBy)
                QVERIFY(!leaks(m_runs.at(i).out + m_runs.at(i).err, m_createdPassword));
            if (i != m_plainPrintedBy)
                QVERIFY(!leaks(m_runs.at(i).out + m_runs.at(i).err, m_plainPassword));
        }
        QDirIterator files(m_config.path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QString &secret : secrets + QStringList{m_createdPassword, m_plainPassword})
                QVERIFY2(!leaks(content, secret), qPrintable(file.fileName()));
            ++scanned;
        }
        QVERIFY(scanned >= 1);
    }

private:
    static bool leaks(const QByteArray &haystack, QString secret)
    {
        if (secret.isEmpty())
            return false;
        QByteArray compact = haystack;
        compact.replace(' ', "");
        return compact.contains(secret.remove(QLatin1Char(' ')).toUtf8());
    }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        process.start(m_cli, args);
        if (!process.waitForStarted(10'000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120'000);
        Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                process.readAllStandardOutput(), process.readAllStandardError()};
        m_runs.append(run);
        return run;
    }

    QString mint(const SiteEndpoint &endpoint, const QString &prefix)
    {
        const ApplicationPasswordsApi api(WordPressClient(&m_network, endpoint));
        QString password;
        bool answered = false;
        api.create(UserRef::me(),
                   prefix + QStringLiteral(" ") +
                       QString::number(QDateTime::currentMSecsSinceEpoch()),
                   QString(), this, [&](const Result<AppPassword> &created) {
                       answered = true;
                       if (created)
                           password = created->password;
                       else
                           qWarning() << created.problem().toString();
                   });
        waitFor([&] { return answered; });
        return password;
    }

    // Every category of the test bed site, as WordPress lists them (admin, one page of 100).
    QJsonArray categories()
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
        return adminRequest(WordPressClient(&m_network, TestBed::instance().adminEndpoint())
                                .get(QStringLiteral("/wp/v2/categories"), query))
            .json.toArray();
    }

    bool deleteCategory(int id)
    {
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        return adminRequest(WordPressClient(&m_network, TestBed::instance().adminEndpoint())
                                .del(QStringLiteral("/wp/v2/categories/%1").arg(id), force))
            .ok();
    }

    bool deletePost(int id)
    {
        QUrlQuery force;
        force.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
        return adminRequest(WordPressClient(&m_network, TestBed::instance().adminEndpoint())
                                .del(QStringLiteral("/wp/v2/posts/%1").arg(id), force))
            .ok();
    }

    WpReply adminRequest(WpRequest *request)
    {
        std::optional<WpReply> reply;
        connect(request, &WpRequest::finished, this,
                [&reply](const WpReply &value) { reply = value; });
        request->start();
        waitFor([&] { return reply.has_value(); });
        return reply.value_or(WpReply{});
    }

    Problem introspect(const QString &password)
    {
        SiteEndpoint endpoint = TestBed::instance().adminEndpoint();
        endpoint.password = password;
        const ApplicationPasswordsApi api(WordPressClient(&m_network, endpoint));
        Problem problem;
        bool answered = false;
        api.introspect(UserRef::me(), this, [&](const Result<AppPassword> &current) {
            answered = true;
            problem = current.problem();
        });
        waitFor([&] { return answered; });
        return problem;
    }

    static QStringList uuids(const QJsonArray &passwords)
    {
        QStringList list;
        for (const QJsonValue &value : passwords)
            list.append(value.toObject().value(QStringLiteral("uuid")).toString());
        return list;
    }

    static QStringList names(const QJsonArray &passwords)
    {
        QStringList list;
        for (const QJsonValue &value : passwords)
            list.append(value.toObject().value(QStringLiteral("name")).toString());
        return list;
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_config;
    QString m_cli;
    QString m_url;
    QString m_adminPassword;
    QString m_authorPassword;
    QString m_authorPassword2;
    QString m_ownUuid;
    QString m_createdPassword;
    QString m_plainPassword;
    qsizetype m_passwordPrintedBy = -1;
    qsizetype m_plainPrintedBy = -1;
    QList<Run> m_runs;
};

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_cli_session.moc"
