// Hostile fixtures against the real WordPress (issue "Trust", item 1): latchkey-cli with a
// private keychain adds, reconnects, imports, checks and moves sites while a hostile front
// server A points at a real WordPress B. B is the test bed's WordPress served by php -S with a
// must-use plugin that records a hash of every Authorization header it receives, so each test
// proves that no password reached an origin its user did not name.
#include "DiagSupport.h"
#include "TestBed.h"
#include "support/FakeHttpServer.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/SiteUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace Latchkey;
using namespace Latchkey::Diag;
using Latchkey::Testing::FakeHttpRequest;
using Latchkey::Testing::FakeHttpResponse;
using Latchkey::Testing::FakeHttpServer;
using Latchkey::Testing::TestBed;
using Latchkey::Testing::waitFor;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

int credentialsSeen(const FakeHttpServer &server)
{
    int count = 0;
    for (const FakeHttpRequest &request : server.requests())
        count += request.hasHeader("Authorization") ? 1 : 0;
    return count;
}

// A WordPress look-alike at `self` whose index claims `claimed`; users/me answers `me`.
FakeHttpResponse lookAlike(const FakeHttpRequest &request, const QUrl &self, const QUrl &claimed,
                           const FakeHttpResponse &me)
{
    const QString path = request.url().path();
    if (path == QLatin1String("/") || path.isEmpty()) {
        return FakeHttpResponse::html(200, "<html><link href='/wp-content/x.css'></html>")
            .withHeader("Link",
                        "<" + self.toString().toUtf8() + "/wp-json/>; rel=\"https://api.w.org/\"");
    }
    if (path == QLatin1String("/wp-json/")) {
        const QByteArray site = claimed.toString().toUtf8();
        return FakeHttpResponse::json(
            200, "{\"name\":\"B\",\"url\":\"" + site + "\",\"home\":\"" + site +
                     "\",\"namespaces\":[\"wp/v2\"],\"authentication\":{\"application-passwords\":"
                     "{\"endpoints\":{\"authorization\":\"" +
                     site + "/wp-admin/authorize-application.php\"}}}}");
    }
    if (path.endsWith(QLatin1String("/application-passwords/introspect")) &&
        request.hasHeader("Authorization")) {
        return FakeHttpResponse::json(200, "{\"uuid\":\"0b0b0b0b-0000-4000-8000-000000000000\","
                                           "\"name\":\"x\"}");
    }
    if (path.endsWith(QLatin1String("/users/me/application-passwords")))
        return FakeHttpResponse::json(401, "{\"code\":\"rest_not_logged_in\",\"message\":\"x\"}");
    if (path.endsWith(QLatin1String("/users/me")))
        return me;
    return FakeHttpResponse::json(404, "{\"code\":\"rest_no_route\",\"message\":\"x\"}");
}

} // namespace

class TestHostileOrigin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const TestBed &bed = TestBed::instance();
        QVERIFY2(bed.isValid(), qPrintable(bed.errorString()));
        m_cli = qEnvironmentVariable("LATCHKEY_CLI");
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "LATCHKEY_CLI must name latchkey-cli");
        QVERIFY(m_config.isValid());
        m_dispatcher = std::make_unique<DispatcherGuard>(bed.prettyDir());
        QVERIFY(m_dispatcher->isActive());
        const QList<quint16> ports = freePorts(2);
        QCOMPARE(ports.size(), 2);
        for (quint16 port : ports) {
            auto site = std::make_unique<PhpSite>(bed.prettyDir(), port,
                                                  QStringLiteral("http://127.0.0.1:%1").arg(port));
            QString error;
            QVERIFY2(site->start(&error), qPrintable(error));
            m_wordpress.push_back(std::move(site));
        }
        m_b = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports.at(0)));
        m_b2 = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ports.at(1)));
        m_password = mint();
        QVERIFY(!m_password.isEmpty());
        m_hash = authorizationHash(QStringLiteral("admin"), m_password);
        m_a = std::make_unique<FakeHttpServer>();
        QVERIFY(m_a->start());
        m_aUrl = m_a->url();
        m_aUrl.setPath(QString());
    }

    void cleanupTestCase()
    {
        // Revoke the password this test minted (Latchkey's own on the site), then stop.
        if (!m_password.isEmpty())
            cli({QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("Real"),
                 QStringLiteral("--revoke")});
        m_a.reset();
        m_wordpress.clear();
        m_dispatcher.reset();
    }

    void init() { m_a->setHandler({}); }

    void addWhereTheLinkHeaderPointsElsewhere()
    {
        const QUrl b = m_b;
        m_a->setHandler([b](const FakeHttpRequest &request) {
            if (request.url().path() == QLatin1String("/")) {
                return FakeHttpResponse::html(200, "<html>A</html>")
                    .withHeader("Link", "<" + b.toString().toUtf8() +
                                            "/wp-json/>; rel=\"https://api.w.org/\"");
            }
            return FakeHttpResponse::html(404, "<html>no</html>");
        });
        expectProposalOnAdd();
    }

    void addWhereEveryRequestRedirects()
    {
        const QUrl b = m_b;
        m_a->setHandler([b](const FakeHttpRequest &request) {
            return FakeHttpResponse::redirect(
                302, b.resolved(QUrl(QString::fromLatin1(request.target))));
        });
        expectProposalOnAdd();
    }

    void addWhereTheIndexClaimsAnotherAddress()
    {
        const QUrl a = m_aUrl;
        const QUrl b = m_b;
        m_a->setHandler([a, b](const FakeHttpRequest &request) {
            return lookAlike(request, a, b, FakeHttpResponse::json(200, "{\"id\":1}"));
        });
        expectProposalOnAdd();
    }

    void addWhereAnHtmlLinkPointsElsewhere()
    {
        const QUrl b = m_b;
        m_a->setHandler([b](const FakeHttpRequest &request) {
            if (request.url().path() == QLatin1String("/")) {
                return FakeHttpResponse::html(200, "<html><head><link rel=\"https://api.w.org/\" "
                                                   "href=\"" +
                                                       b.toString().toUtf8() +
                                                       "/wp-json/\"></head></html>");
            }
            return FakeHttpResponse::html(404, "<html>no</html>");
        });
        const qsizetype before = recordsAt(0);
        const Run run = add(m_aUrl, QStringLiteral("Hostile"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!newHashes(0, before).contains(m_hash));
        QCOMPARE(credentialsSeen(*m_a), 0);
        QVERIFY(sites().isEmpty());
    }

    // Accepting the proposal is naming B: then B gets the password (and the capture works).
    void acceptingIsAddingTheProposedAddress()
    {
        const qsizetype before = recordsAt(0);
        const Run run = add(m_b, QStringLiteral("Real"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(newHashes(0, before).contains(m_hash));
        const QJsonObject site = siteNamed(QStringLiteral("Real"));
        QCOMPARE(SiteUrl::origin(QUrl(site.value(QStringLiteral("base_url")).toString())),
                 SiteUrl::origin(m_b));
        QCOMPARE(SiteUrl::origin(QUrl(site.value(QStringLiteral("rest_root")).toString())),
                 SiteUrl::origin(m_b));
    }

    // A site saved at A (imported without a check), whose server now redirects to B: check,
    // reconnect and import --check all stop, and B hears nothing.
    void storedSiteWhoseServerNowRedirects()
    {
        QTemporaryFile csv;
        QVERIFY(csv.open());
        csv.write("url,user,name,password\n" + m_aUrl.toString().toUtf8() + ",admin,Moved," +
                  m_password.toUtf8() + "\n");
        csv.close();
        const Run imported =
            cli({QStringLiteral("site"), QStringLiteral("import"), csv.fileName()});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        const QUrl b = m_b;
        m_a->setHandler([b](const FakeHttpRequest &request) {
            return FakeHttpResponse::redirect(
                301, b.resolved(QUrl(QString::fromLatin1(request.target))));
        });
        qsizetype before = recordsAt(0);
        const Run check =
            cli({QStringLiteral("check"), QStringLiteral("Moved"), QStringLiteral("--json")});
        QCOMPARE(check.exitCode, 1);
        const QJsonObject result = QJsonDocument::fromJson(check.out).array().first().toObject();
        QCOMPARE(result.value(QStringLiteral("problem")).toString(),
                 QStringLiteral("cross_origin_redirect"));
        QCOMPARE(SiteUrl::origin(QUrl(result.value(QStringLiteral("suggested_url")).toString())),
                 SiteUrl::origin(m_b));
        QVERIFY(!newHashes(0, before).contains(m_hash));

        before = recordsAt(0);
        const Run reconnect =
            cli({QStringLiteral("site"), QStringLiteral("reconnect"), QStringLiteral("Moved")},
                m_password.toUtf8() + "\n");
        QCOMPARE(reconnect.exitCode, 1);
        QVERIFY2(reconnect.err.contains("cross_origin_redirect"), reconnect.err.constData());
        QVERIFY2(reconnect.err.contains(m_b.toString().toUtf8()), reconnect.err.constData());
        QVERIFY(!newHashes(0, before).contains(m_hash));
        QCOMPARE(
            SiteUrl::origin(QUrl(
                siteNamed(QStringLiteral("Moved")).value(QStringLiteral("base_url")).toString())),
            SiteUrl::origin(m_aUrl));

        QTemporaryFile checked;
        QVERIFY(checked.open());
        checked.write("url,user,name,password\n" + m_aUrl.toString().toUtf8() +
                      "/other,admin,Other," + m_password.toUtf8() + "\n");
        checked.close();
        before = recordsAt(0);
        const Run importChecked = cli({QStringLiteral("site"), QStringLiteral("import"),
                                       checked.fileName(), QStringLiteral("--check")});
        QVERIFY(importChecked.exitCode != 0);
        QVERIFY2(
            QByteArray(importChecked.out + importChecked.err).contains("cross_origin_redirect"),
            importChecked.out.constData());
        QVERIFY(!newHashes(0, before).contains(m_hash));
        QVERIFY(siteNamed(QStringLiteral("Other")).isEmpty());
        QCOMPARE(credentialsSeen(*m_a), 0);
        cli({QStringLiteral("site"), QStringLiteral("remove"), QStringLiteral("Moved")});
    }

    // A new address is saved only when the stored password signs in there as the same user.
    void editUrlIsVerifiedBeforeItIsSaved()
    {
        const QUrl a = m_aUrl;
        const auto unchanged = [this] {
            return SiteUrl::origin(QUrl(siteNamed(QStringLiteral("Real"))
                                            .value(QStringLiteral("base_url"))
                                            .toString())) == SiteUrl::origin(m_b);
        };
        // The password is refused at A.
        m_a->setHandler([a](const FakeHttpRequest &request) {
            return lookAlike(request, a, a,
                             FakeHttpResponse::json(
                                 401, "{\"code\":\"incorrect_password\",\"message\":\"no\"}"));
        });
        Run run = editUrl(m_aUrl);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("credentials_rejected"), run.err.constData());
        QVERIFY(unchanged());

        // A accepts anything, as another WordPress user.
        m_a->setHandler([a](const FakeHttpRequest &request) {
            return lookAlike(
                request, a, a,
                FakeHttpResponse::json(200, "{\"id\":999,\"username\":\"admin\",\"roles\":[]}"));
        });
        run = editUrl(m_aUrl);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("different_site"), run.err.constData());
        QVERIFY(unchanged());

        // A redirects to B2 (the same WordPress): a proposal, and B2 hears nothing.
        const QUrl b2 = m_b2;
        m_a->setHandler([b2](const FakeHttpRequest &request) {
            return FakeHttpResponse::redirect(
                302, b2.resolved(QUrl(QString::fromLatin1(request.target))));
        });
        qsizetype before = recordsAt(1);
        run = editUrl(m_aUrl);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cross_origin_redirect"), run.err.constData());
        QVERIFY2(run.err.contains(QByteArray("site edit Real --url " + m_b2.toString().toUtf8())),
                 run.err.constData());
        QVERIFY(!newHashes(1, before).contains(m_hash));
        QVERIFY(unchanged());

        // B2 serves the same WordPress: verified, saved, and the next check goes there.
        before = recordsAt(1);
        run = editUrl(m_b2);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(newHashes(1, before).contains(m_hash));
        const QJsonObject moved = siteNamed(QStringLiteral("Real"));
        QCOMPARE(SiteUrl::origin(QUrl(moved.value(QStringLiteral("base_url")).toString())),
                 SiteUrl::origin(m_b2));
        QCOMPARE(SiteUrl::origin(QUrl(moved.value(QStringLiteral("rest_root")).toString())),
                 SiteUrl::origin(m_b2));
        const Run check = cli({QStringLiteral("check"), QStringLiteral("Real")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }

private:
    void expectProposalOnAdd()
    {
        const qsizetype before = recordsAt(0);
        const Run run = add(m_aUrl, QStringLiteral("Hostile"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cross_origin_redirect"), run.err.constData());
        // Names the proposed address and how to accept it.
        QVERIFY2(run.err.contains(QByteArray("proposed address: " + m_b.toString().toUtf8())),
                 run.err.constData());
        QVERIFY2(run.err.contains(QByteArray("site add " + m_b.toString().toUtf8())),
                 run.err.constData());
        QVERIFY(!newHashes(0, before).contains(m_hash));
        QCOMPARE(credentialsSeen(*m_a), 0);
        QVERIFY(sites().isEmpty());
    }

    Run add(const QUrl &url, const QString &name)
    {
        return cli({QStringLiteral("site"), QStringLiteral("add"), url.toString(),
                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"),
                    name},
                   m_password.toUtf8() + "\n");
    }

    Run editUrl(const QUrl &url)
    {
        return cli({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("Real"),
                    QStringLiteral("--url"), url.toString()});
    }

    qsizetype recordsAt(int index) const { return m_wordpress.at(index)->authRecords().size(); }

    QStringList newHashes(int index, qsizetype since) const
    {
        QStringList hashes;
        const QList<AuthRecord> records = m_wordpress.at(index)->authRecords();
        for (qsizetype i = since; i < records.size(); ++i)
            hashes.append(records.at(i).sha256);
        return hashes;
    }

    QJsonArray sites()
    {
        const Run list =
            cli({QStringLiteral("site"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(list.out).array();
    }

    QJsonObject siteNamed(const QString &name)
    {
        const QJsonArray all = sites();
        for (const QJsonValue &site : all) {
            if (site.toObject().value(QStringLiteral("name")).toString() == name)
                return site.toObject();
        }
        return {};
    }

    // Runs latchkey-cli without blocking the event loop: the fake server A answers from it.
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
        waitFor([&] { return process.state() == QProcess::NotRunning; }, 120'000);
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                   process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString mint()
    {
        const ApplicationPasswordsApi api(
            WordPressClient(&m_network, TestBed::instance().adminEndpoint()));
        QString password;
        bool answered = false;
        api.create(UserRef::me(),
                   QStringLiteral("hostile-origin %1").arg(QDateTime::currentMSecsSinceEpoch()),
                   QString(), this, [&](const Result<AppPassword> &created) {
                       answered = true;
                       if (created)
                           password = created->password;
                   });
        waitFor([&] { return answered; });
        return password;
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_config;
    QString m_cli;
    std::unique_ptr<DispatcherGuard> m_dispatcher;
    std::vector<std::unique_ptr<PhpSite>> m_wordpress;
    std::unique_ptr<FakeHttpServer> m_a;
    QUrl m_aUrl;
    QUrl m_b;
    QUrl m_b2;
    QString m_password;
    QString m_hash;
};

QTEST_GUILESS_MAIN(TestHostileOrigin)
#include "tst_hostile_origin.moc"
