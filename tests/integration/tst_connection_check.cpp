// Discovery, the connection check and the publish test against the real WordPress test bed,
// including its fault switches (must-use plugins).
#include "TestBed.h"
#include "wordpress/ConnectionCheck.h"
#include "wordpress/PostsApi.h"
#include "wordpress/PublishTest.h"
#include "wordpress/SiteDiscovery.h"
#include "wordpress/SiteUrl.h"
#include "wordpress/WordPressClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace Latchkey;
using Latchkey::Testing::TestBed;

namespace {

constexpr int kTimeoutMs = 90'000;

QString describe(const Problem &problem)
{
    return problem.codeName() + QStringLiteral(": ") + problem.toString() +
           QStringLiteral(" [wp code ") + problem.wordPressCode() + QStringLiteral(", HTTP ") +
           QString::number(problem.httpStatus()) + QStringLiteral(", candidates ") +
           problem.candidateNames().join(QLatin1Char(',')) + QLatin1Char(']');
}

QStringList stepNames(const QList<CheckStep> &steps)
{
    QStringList names;
    for (const CheckStep &step : steps)
        names.append(step.name);
    return names;
}

QString describeSteps(const QList<CheckStep> &steps)
{
    QStringList lines;
    for (const CheckStep &step : steps) {
        lines.append(QStringLiteral("%1 %2 %3ms %4")
                         .arg(step.name, step.ok ? QStringLiteral("ok") : QStringLiteral("FAIL"))
                         .arg(step.ms)
                         .arg(step.detail));
    }
    return lines.join(QStringLiteral("; "));
}

// A web server that is not WordPress: every request gets a small HTML page.
class PlainWebServer : public QTcpServer
{
public:
    PlainWebServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray page = "<!DOCTYPE html><html><body>Hello</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                  "Connection: close\r\nContent-Length: " +
                                  QByteArray::number(page.size()) + "\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
};

// A must-use plugin written by the test itself, removed when the guard goes out of scope.
class TestMuPlugin
{
public:
    TestMuPlugin(const QString &siteDir, const QString &name, const QByteArray &php)
        : m_path(siteDir + QStringLiteral("/wp-content/mu-plugins/") + name)
    {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        QFile file(m_path);
        m_active = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(php) > 0;
    }
    ~TestMuPlugin() { QFile::remove(m_path); }
    TestMuPlugin(const TestMuPlugin &) = delete;
    TestMuPlugin &operator=(const TestMuPlugin &) = delete;
    bool isActive() const { return m_active; }

private:
    QString m_path;
    bool m_active = false;
};

} // namespace

#define VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable(describe((result).problem())))
#define COMPARE_CODE(problem, expected)                                                            \
    QVERIFY2((problem).code() == (expected), qPrintable(describe(problem)))

class TestConnectionCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void discoverPrettySite();
    void discoverPlainSite();
    void discoverFromSloppyInput();
    void discoverInvalidInput();
    void discoverConnectionRefused();
    void discoverNotWordPress();
    void discoverWithAppPasswordsDisabled();
    void discoverBehindHtmlFirewall();
    void discoverWithBrokenRewriteRules();

    void checkAdmin();
    void checkWithoutRestRoot();
    void checkPlainSite();
    void checkContributor();
    void checkWrongPassword();
    void checkWrongPasswordWithEarlyUserCheck();
    void checkWithAppPasswordsDisabled();
    void checkBehindHtmlFirewall();
    void checkCancel();

    void publishTestAsAdmin_data();
    void publishTestAsAdmin();
    void publishTestKeep();
    void publishTestAsAuthor();
    void publishTestAsContributor();
    void publishTestInvalidStatus();

private:
    Result<DiscoveryResult> discover(const QString &input, QList<CheckStep> *steps = nullptr);
    CheckResult check(const QUrl &siteUrl, const SiteEndpoint &endpoint);
    PublishTestResult publish(const SiteEndpoint &endpoint, const QString &status, bool keep);
    Result<WpPost> getPost(int postId);

    QNetworkAccessManager m_network;
};

void TestConnectionCheck::initTestCase()
{
    const TestBed &bed = TestBed::instance();
    if (!bed.isValid())
        QFAIL(qPrintable(bed.errorString()));
}

Result<DiscoveryResult> TestConnectionCheck::discover(const QString &input, QList<CheckStep> *steps)
{
    auto *discovery = new SiteDiscovery(&m_network, input);
    std::optional<Result<DiscoveryResult>> result;
    QList<CheckStep> seen;
    QStringList progress;
    connect(discovery, &SiteDiscovery::progress, this,
            [&progress](const QString &step) { progress.append(step); });
    connect(discovery, &SiteDiscovery::stepFinished, this,
            [&seen](const CheckStep &step) { seen.append(step); });
    connect(discovery, &SiteDiscovery::finished, this,
            [&result](const Result<DiscoveryResult> &value) { result.emplace(value); });
    QPointer<SiteDiscovery> alive(discovery);
    discovery->start();
    if (!Testing::waitFor([&] { return result.has_value(); }, kTimeoutMs)) {
        delete alive.data();
        return Problem::make(ProblemCode::Timeout, QStringLiteral("the test's wait timed out"));
    }
    // It deletes itself after finishing.
    Testing::waitFor([&] { return alive.isNull(); }, 5'000);
    if (!alive.isNull())
        qWarning("SiteDiscovery did not delete itself");
    if (steps)
        *steps = seen;
    if (result->ok() && progress.isEmpty())
        qWarning("SiteDiscovery reported no progress");
    return *result;
}

CheckResult TestConnectionCheck::check(const QUrl &siteUrl, const SiteEndpoint &endpoint)
{
    auto *check = new ConnectionCheck(&m_network, siteUrl, endpoint);
    std::optional<CheckResult> result;
    QList<CheckStep> emitted;
    int finishedCount = 0;
    connect(check, &ConnectionCheck::stepFinished, this,
            [&emitted](const CheckStep &step) { emitted.append(step); });
    connect(check, &ConnectionCheck::finished, this, [&](const CheckResult &value) {
        ++finishedCount;
        result = value;
    });
    QPointer<ConnectionCheck> alive(check);
    check->start();
    if (!Testing::waitFor([&] { return result.has_value(); }, kTimeoutMs)) {
        delete alive.data();
        CheckResult timedOut;
        timedOut.problem = Problem::make(ProblemCode::Timeout, QStringLiteral("test wait"));
        return timedOut;
    }
    Testing::waitFor([&] { return alive.isNull(); }, 5'000);
    if (!alive.isNull() || finishedCount != 1)
        qWarning("ConnectionCheck: finished %d times, deleted: %d", finishedCount, alive.isNull());
    if (stepNames(emitted) != stepNames(result->steps))
        qWarning("ConnectionCheck: emitted steps differ from the result's");
    return *result;
}

PublishTestResult TestConnectionCheck::publish(const SiteEndpoint &endpoint, const QString &status,
                                               bool keep)
{
    auto *test = new PublishTest(&m_network, endpoint, status, keep);
    std::optional<PublishTestResult> result;
    connect(test, &PublishTest::finished, this,
            [&result](const PublishTestResult &value) { result = value; });
    QPointer<PublishTest> alive(test);
    test->start();
    if (!Testing::waitFor([&] { return result.has_value(); }, kTimeoutMs)) {
        delete alive.data();
        PublishTestResult timedOut;
        timedOut.problem = Problem::make(ProblemCode::Timeout, QStringLiteral("test wait"));
        return timedOut;
    }
    Testing::waitFor([&] { return alive.isNull(); }, 5'000);
    return *result;
}

Result<WpPost> TestConnectionCheck::getPost(int postId)
{
    QObject guard;
    std::optional<Result<WpPost>> result;
    PostsApi(WordPressClient(&m_network, TestBed::instance().adminEndpoint()))
        .get(postId, &guard, [&result](Result<WpPost> post) { result.emplace(std::move(post)); });
    if (!Testing::waitFor([&] { return result.has_value(); }, kTimeoutMs))
        return Problem::make(ProblemCode::Timeout, QStringLiteral("test wait"));
    return *result;
}

void TestConnectionCheck::discoverPrettySite()
{
    const QUrl site = TestBed::instance().prettyUrl();
    QList<CheckStep> steps;
    const Result<DiscoveryResult> result = discover(site.toString(), &steps);
    VERIFY_OK(result);
    QCOMPARE(result->requestedUrl, site);
    QCOMPARE(result->siteUrl, site);
    QVERIFY(!result->redirected());
    QCOMPARE(result->restRoot, site.resolved(QUrl(QStringLiteral("/wp-json/"))));
    QVERIFY(!result->usesPlainPermalinks);
    QVERIFY(!result->name.isEmpty());
    QVERIFY(result->namespaces.contains(QStringLiteral("wp/v2")));
    QCOMPARE(result->home, site);
    QVERIFY(result->appPasswordsAvailable);
    QCOMPARE(result->appPasswordsProbeStatus, 401);
    QVERIFY(result->appPasswordsProblem.isNull());
    QCOMPARE(result->authorizeUrl,
             site.resolved(QUrl(QStringLiteral("/wp-admin/authorize-application.php"))));
    QCOMPARE(stepNames(steps), (QStringList{QStringLiteral("reach"), QStringLiteral("rest_api"),
                                            QStringLiteral("app_passwords")}));
    for (const CheckStep &step : steps)
        QVERIFY2(step.ok, qPrintable(describeSteps(steps)));
}

void TestConnectionCheck::discoverPlainSite()
{
    const QUrl site = TestBed::instance().plainUrl();
    const Result<DiscoveryResult> result = discover(site.toString());
    VERIFY_OK(result);
    QVERIFY(result->usesPlainPermalinks);
    QVERIFY2(QUrlQuery(result->restRoot).queryItemValue(QStringLiteral("rest_route")) ==
                 QLatin1String("/"),
             qPrintable(result->restRoot.toString()));
    QCOMPARE(result->restRoot.host(), site.host());
    QCOMPARE(result->restRoot.port(), site.port());
    QVERIFY(!result->name.isEmpty());
    QVERIFY(result->appPasswordsAvailable);
    QVERIFY(!result->authorizeUrl.isEmpty());
}

void TestConnectionCheck::discoverFromSloppyInput()
{
    const QUrl site = TestBed::instance().prettyUrl();
    // No scheme (loopback gets http), a trailing wp-admin/ and spaces.
    const QString input = QStringLiteral("  ") + site.host() + QLatin1Char(':') +
                          QString::number(site.port()) + QStringLiteral("/wp-admin/ ");
    const Result<DiscoveryResult> result = discover(input);
    VERIFY_OK(result);
    QCOMPARE(result->siteUrl, site);
    QCOMPARE(result->restRoot, site.resolved(QUrl(QStringLiteral("/wp-json/"))));
}

void TestConnectionCheck::discoverInvalidInput()
{
    QList<CheckStep> steps;
    const Result<DiscoveryResult> result = discover(QStringLiteral("ftp://"), &steps);
    QVERIFY(!result.ok());
    COMPARE_CODE(result.problem(), ProblemCode::InvalidUrl);
    QCOMPARE(stepNames(steps), QStringList{QStringLiteral("reach")});
    QVERIFY(!steps.constFirst().ok);
}

void TestConnectionCheck::discoverConnectionRefused()
{
    // A port nobody listens on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Result<DiscoveryResult> result =
        discover(QStringLiteral("http://127.0.0.1:%1").arg(port));
    QVERIFY(!result.ok());
    COMPARE_CODE(result.problem(), ProblemCode::ConnectionRefused);
}

void TestConnectionCheck::discoverNotWordPress()
{
    PlainWebServer server;
    QVERIFY(server.isListening());
    QList<CheckStep> steps;
    const Result<DiscoveryResult> result =
        discover(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()), &steps);
    QVERIFY(!result.ok());
    COMPARE_CODE(result.problem(), ProblemCode::NotWordPress);
    QCOMPARE(stepNames(steps), (QStringList{QStringLiteral("reach"), QStringLiteral("rest_api")}));
    QVERIFY(steps.at(0).ok);
    QVERIFY(!steps.at(1).ok);
}

void TestConnectionCheck::discoverWithAppPasswordsDisabled()
{
    const TestBed::MuPlugin plugin(TestBed::instance().prettyDir(),
                                   QStringLiteral("disable-app-passwords.php"));
    QVERIFY(plugin.isActive());
    QList<CheckStep> steps;
    const Result<DiscoveryResult> result =
        discover(TestBed::instance().prettyUrl().toString(), &steps);
    VERIFY_OK(result); // discovery itself succeeds; the caller decides
    QVERIFY(!result->appPasswordsAvailable);
    QCOMPARE(result->appPasswordsProbeStatus, 501);
    QVERIFY(result->authorizeUrl.isEmpty());
    // Loopback over http: not an HTTPS problem.
    COMPARE_CODE(result->appPasswordsProblem, ProblemCode::AppPasswordsUnavailable);
    QCOMPARE(result->appPasswordsProblem.wordPressCode(),
             QStringLiteral("application_passwords_disabled"));
    QCOMPARE(steps.size(), 3);
    QVERIFY(!steps.at(2).ok);
}

void TestConnectionCheck::discoverBehindHtmlFirewall()
{
    const TestBed::MuPlugin plugin(TestBed::instance().prettyDir(),
                                   QStringLiteral("html-firewall.php"));
    QVERIFY(plugin.isActive());
    const Result<DiscoveryResult> result = discover(TestBed::instance().prettyUrl().toString());
    QVERIFY(!result.ok());
    COMPARE_CODE(result.problem(), ProblemCode::RestApiBlocked);
    QCOMPARE(result.problem().httpStatus(), 403);
}

void TestConnectionCheck::discoverWithBrokenRewriteRules()
{
    // Pretty permalinks advertised, but /wp-json/ answers with a 404 page (no rewrite rules):
    // "?rest_route=/" still reaches the REST API.
    const TestBed &bed = TestBed::instance();
    const TestMuPlugin plugin(
        bed.prettyDir(), QStringLiteral("latchkey-test-broken-rewrite.php"),
        "<?php\n"
        "if (strpos(parse_url($_SERVER['REQUEST_URI'] ?? '', PHP_URL_PATH) ?? '', '/wp-json') "
        "!== false) {\n"
        "    http_response_code(404);\n"
        "    header('Content-Type: text/html');\n"
        "    echo '<html><body><h1>Not Found</h1></body></html>';\n"
        "    exit;\n"
        "}\n");
    QVERIFY(plugin.isActive());
    QList<CheckStep> steps;
    const Result<DiscoveryResult> result = discover(bed.prettyUrl().toString(), &steps);
    VERIFY_OK(result);
    QVERIFY(result->usesPlainPermalinks);
    QCOMPARE(result->restRoot, SiteUrl::fallbackRestRoot(bed.prettyUrl()));
    QVERIFY(result->appPasswordsAvailable);
    QCOMPARE(stepNames(steps), (QStringList{QStringLiteral("reach"), QStringLiteral("rest_api"),
                                            QStringLiteral("app_passwords")}));
    QVERIFY(steps.at(1).detail.contains(QLatin1String("advertised")));

    // The connection check uses the working root when the endpoint has none.
    SiteEndpoint endpoint = bed.adminEndpoint();
    endpoint.restRoot = QUrl();
    const CheckResult checked = check(bed.prettyUrl(), endpoint);
    QVERIFY2(checked.ok, qPrintable(describe(checked.problem)));
    QCOMPARE(checked.restRoot, SiteUrl::fallbackRestRoot(bed.prettyUrl()));
}

void TestConnectionCheck::checkAdmin()
{
    const TestBed &bed = TestBed::instance();
    const CheckResult result = check(bed.prettyUrl(), bed.adminEndpoint());
    QVERIFY2(result.ok,
             qPrintable(describe(result.problem) + QLatin1Char(' ') + describeSteps(result.steps)));
    QVERIFY(result.problem.isNull());
    QCOMPARE(stepNames(result.steps),
             (QStringList{QStringLiteral("reach"), QStringLiteral("rest_api"),
                          QStringLiteral("app_passwords"), QStringLiteral("authenticate"),
                          QStringLiteral("introspect"), QStringLiteral("capabilities")}));
    for (const CheckStep &step : result.steps) {
        QVERIFY2(step.ok, qPrintable(describeSteps(result.steps)));
        QVERIFY(step.ms >= 0);
    }
    QCOMPARE(result.user.username, bed.value(QStringLiteral("WP_ADMIN_USER")));
    QCOMPARE(result.user.id, bed.value(QStringLiteral("WP_ADMIN_ID")).toInt());
    QCOMPARE(result.user.roles, QStringList{QStringLiteral("administrator")});
    QVERIFY(result.canEditPosts);
    QVERIFY(result.canPublishPosts);
    QVERIFY(result.canEditUsers);
    QVERIFY(!result.passwordUuid.isEmpty());
    QVERIFY(!result.passwordName.isEmpty());
    QCOMPARE(result.restRoot, bed.adminEndpoint().restRoot);

    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("ok")).toBool(), true);
    QVERIFY(json.value(QLatin1String("problem")).isNull());
    QCOMPARE(json.value(QLatin1String("candidates")).toArray().size(), 0);
    QCOMPARE(json.value(QLatin1String("user")).toString(), result.user.username);
    QCOMPARE(json.value(QLatin1String("user_id")).toInt(), result.user.id);
    QCOMPARE(json.value(QLatin1String("roles")).toArray(),
             QJsonArray{QStringLiteral("administrator")});
    QCOMPARE(json.value(QLatin1String("can_edit_posts")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("can_publish_posts")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("can_edit_users")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("password_uuid")).toString(), result.passwordUuid);
    QCOMPARE(json.value(QLatin1String("rest_root")).toString(),
             bed.adminEndpoint().restRoot.toString());
    QVERIFY(json.value(QLatin1String("message")).isString());
    QVERIFY(json.value(QLatin1String("fix")).isString());
    const QJsonArray steps = json.value(QLatin1String("steps")).toArray();
    QCOMPARE(steps.size(), 6);
    const QJsonObject first = steps.first().toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("reach"));
    QVERIFY(first.value(QLatin1String("ok")).toBool());
    QVERIFY(first.value(QLatin1String("ms")).isDouble());
    QVERIFY(first.value(QLatin1String("detail")).isString());
}

void TestConnectionCheck::checkWithoutRestRoot()
{
    const TestBed &bed = TestBed::instance();
    SiteEndpoint endpoint = bed.adminEndpoint();
    endpoint.restRoot = QUrl();
    const CheckResult result = check(bed.prettyUrl(), endpoint);
    QVERIFY2(result.ok, qPrintable(describe(result.problem)));
    QCOMPARE(result.restRoot, result.discovery.restRoot);
    QCOMPARE(result.restRoot, bed.adminEndpoint().restRoot);
}

void TestConnectionCheck::checkPlainSite()
{
    const TestBed &bed = TestBed::instance();
    // No site URL: derived from the endpoint's ?rest_route=/ root.
    const CheckResult result = check(QUrl(), bed.plainAdminEndpoint());
    QVERIFY2(result.ok,
             qPrintable(describe(result.problem) + QLatin1Char(' ') + describeSteps(result.steps)));
    QVERIFY(result.discovery.usesPlainPermalinks);
    QCOMPARE(result.user.roles, QStringList{QStringLiteral("administrator")});
}

void TestConnectionCheck::checkContributor()
{
    const TestBed &bed = TestBed::instance();
    const CheckResult result = check(bed.prettyUrl(), bed.contributorEndpoint());
    QVERIFY2(result.ok, qPrintable(describe(result.problem)));
    QCOMPARE(result.user.roles, QStringList{QStringLiteral("contributor")});
    QVERIFY(result.canEditPosts);
    QVERIFY(!result.canPublishPosts); // reported, not a failure
    QVERIFY(!result.canEditUsers);
    QVERIFY(result.steps.constLast().ok);
    QVERIFY(result.steps.constLast().detail.contains(QLatin1String("publish_posts: no")));
    QCOMPARE(result.toJson().value(QLatin1String("can_publish_posts")).toBool(), false);
}

void TestConnectionCheck::checkWrongPassword()
{
    const TestBed &bed = TestBed::instance();
    SiteEndpoint endpoint = bed.adminEndpoint();
    endpoint.password = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");
    const CheckResult result = check(bed.prettyUrl(), endpoint);
    QVERIFY(!result.ok);
    COMPARE_CODE(result.problem, ProblemCode::CredentialsRejected);
    // A bare 6.1 site loses the real reason: it could be any of these.
    QCOMPARE(result.problem.wordPressCode(), QStringLiteral("rest_not_logged_in"));
    QVERIFY2(result.problem.candidates().contains(ProblemCode::AppPasswordsDisabledForUser),
             qPrintable(describe(result.problem)));
    QVERIFY(result.problem.candidates().contains(ProblemCode::AuthHeaderStripped));
    QCOMPARE(result.steps.constLast().name, QStringLiteral("authenticate"));
    QVERIFY(!result.steps.constLast().ok);
    QCOMPARE(result.steps.size(), 4);

    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("ok")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("problem")).toString(),
             QStringLiteral("credentials_rejected"));
    QVERIFY(json.value(QLatin1String("candidates"))
                .toArray()
                .contains(QStringLiteral("auth_header_stripped")));
    QVERIFY(json.value(QLatin1String("user")).isNull());
    QVERIFY(!json.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!json.value(QLatin1String("fix")).toString().isEmpty());
}

void TestConnectionCheck::checkWrongPasswordWithEarlyUserCheck()
{
    const TestBed &bed = TestBed::instance();
    const TestBed::MuPlugin plugin(bed.prettyDir(), QStringLiteral("early-user-check.php"));
    QVERIFY(plugin.isActive());
    SiteEndpoint endpoint = bed.adminEndpoint();
    endpoint.password = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");
    const CheckResult result = check(bed.prettyUrl(), endpoint);
    QVERIFY(!result.ok);
    COMPARE_CODE(result.problem, ProblemCode::CredentialsRejected);
    QCOMPARE(result.problem.wordPressCode(), QStringLiteral("incorrect_password"));
    // WordPress said what is wrong: nothing left to guess.
    QVERIFY2(result.problem.candidates().isEmpty(), qPrintable(describe(result.problem)));

    // And the right password still works with the plugin in place.
    const CheckResult good = check(bed.prettyUrl(), bed.adminEndpoint());
    QVERIFY2(good.ok, qPrintable(describe(good.problem)));
}

void TestConnectionCheck::checkWithAppPasswordsDisabled()
{
    const TestBed &bed = TestBed::instance();
    const TestBed::MuPlugin plugin(bed.prettyDir(), QStringLiteral("disable-app-passwords.php"));
    QVERIFY(plugin.isActive());
    const CheckResult result = check(bed.prettyUrl(), bed.adminEndpoint());
    QVERIFY(!result.ok);
    COMPARE_CODE(result.problem, ProblemCode::AppPasswordsUnavailable);
    QCOMPARE(result.steps.constLast().name, QStringLiteral("app_passwords"));
    QVERIFY(!result.steps.constLast().ok);
    QVERIFY(!result.discovery.appPasswordsAvailable);
    QCOMPARE(result.toJson().value(QLatin1String("problem")).toString(),
             QStringLiteral("app_passwords_unavailable"));
}

void TestConnectionCheck::checkBehindHtmlFirewall()
{
    const TestBed &bed = TestBed::instance();
    const TestBed::MuPlugin plugin(bed.prettyDir(), QStringLiteral("html-firewall.php"));
    QVERIFY(plugin.isActive());
    const CheckResult result = check(bed.prettyUrl(), bed.adminEndpoint());
    QVERIFY(!result.ok);
    COMPARE_CODE(result.problem, ProblemCode::RestApiBlocked);
    QCOMPARE(stepNames(result.steps),
             (QStringList{QStringLiteral("reach"), QStringLiteral("rest_api")}));
    QVERIFY(result.steps.at(0).ok);
    QVERIFY(!result.steps.at(1).ok);
}

void TestConnectionCheck::checkCancel()
{
    const TestBed &bed = TestBed::instance();
    auto *check = new ConnectionCheck(&m_network, bed.prettyUrl(), bed.adminEndpoint());
    int finishedCount = 0;
    std::optional<CheckResult> result;
    connect(check, &ConnectionCheck::finished, this, [&](const CheckResult &value) {
        ++finishedCount;
        result = value;
    });
    QPointer<ConnectionCheck> alive(check);
    check->start();
    check->cancel();
    // Cancelling finishes at once, exactly once.
    QCOMPARE(finishedCount, 1);
    COMPARE_CODE(result->problem, ProblemCode::Cancelled);
    QVERIFY(!result->ok);
    // deleteLater() from outside any event handler needs a real event loop (QTRY_ spins one).
    QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 10'000);
    QCOMPARE(finishedCount, 1);
}

void TestConnectionCheck::publishTestAsAdmin_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("draft") << QStringLiteral("draft");
    QTest::newRow("publish") << QStringLiteral("publish");
}

void TestConnectionCheck::publishTestAsAdmin()
{
    QFETCH(QString, status);
    const PublishTestResult result = publish(TestBed::instance().adminEndpoint(), status, false);
    QVERIFY2(result.ok,
             qPrintable(describe(result.problem) + QLatin1Char(' ') + describeSteps(result.steps)));
    QVERIFY(result.postId > 0);
    QCOMPARE(result.status, status);
    QVERIFY(result.readBack);
    QVERIFY(result.cleanedUp);
    QVERIFY(!result.link.isEmpty());
    // Nothing but the post: no category, which it could not always remove again.
    QCOMPARE(stepNames(result.steps),
             (QStringList{QStringLiteral("create"), QStringLiteral("read_back"),
                          QStringLiteral("delete")}));
    // Deleted for good, not trashed.
    COMPARE_CODE(getPost(result.postId).problem(), ProblemCode::NotFound);

    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QLatin1String("ok")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("post_id")).toInt(), result.postId);
    QCOMPARE(json.value(QLatin1String("status")).toString(), status);
    QCOMPARE(json.value(QLatin1String("read_back")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("cleaned_up")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("left_on_site")).toArray(), QJsonArray());
    QVERIFY(json.value(QLatin1String("problem")).isNull());
    QCOMPARE(json.value(QLatin1String("steps")).toArray().size(), 3);
    QVERIFY(json.contains(QLatin1String("link")));
    QVERIFY(json.contains(QLatin1String("message")));
    QVERIFY(json.contains(QLatin1String("fix")));
}

void TestConnectionCheck::publishTestKeep()
{
    const PublishTestResult result =
        publish(TestBed::instance().adminEndpoint(), QStringLiteral("draft"), true);
    QVERIFY2(result.ok, qPrintable(describe(result.problem)));
    QVERIFY(!result.cleanedUp);
    const Result<WpPost> kept = getPost(result.postId);
    VERIFY_OK(kept);
    QCOMPARE(kept->status, QStringLiteral("draft"));
    QVERIFY(kept->title.startsWith(QLatin1String("Latchkey test post ")));
    // The result names exactly what stays: this post.
    const QJsonArray left = result.toJson().value(QLatin1String("left_on_site")).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("post"));
    QCOMPARE(left.first().toObject().value(QLatin1String("id")).toInt(), result.postId);
    QCOMPARE(left.first().toObject().value(QLatin1String("title")).toString(), kept->title);
    QVERIFY(result.leftOnSiteText().contains(QString::number(result.postId)));

    QObject guard;
    std::optional<Problem> removed;
    PostsApi(WordPressClient(&m_network, TestBed::instance().adminEndpoint()))
        .remove(result.postId, true, &guard, [&removed](Problem problem) { removed = problem; });
    QVERIFY(Testing::waitFor([&] { return removed.has_value(); }, kTimeoutMs));
    QVERIFY2(removed->isNull(), qPrintable(describe(*removed)));
}

void TestConnectionCheck::publishTestAsAuthor()
{
    // Authors may publish (and may not manage categories: the test needs none).
    const PublishTestResult result =
        publish(TestBed::instance().authorEndpoint(), QStringLiteral("publish"), false);
    QVERIFY2(result.ok,
             qPrintable(describe(result.problem) + QLatin1Char(' ') + describeSteps(result.steps)));
    QVERIFY(result.cleanedUp);
    QVERIFY(!result.postLeft());
    COMPARE_CODE(getPost(result.postId).problem(), ProblemCode::NotFound);
}

void TestConnectionCheck::publishTestAsContributor()
{
    const SiteEndpoint contributor = TestBed::instance().contributorEndpoint();
    const PublishTestResult refused = publish(contributor, QStringLiteral("publish"), false);
    QVERIFY(!refused.ok);
    COMPARE_CODE(refused.problem, ProblemCode::InsufficientCapability);
    QCOMPARE(refused.problem.wordPressCode(), QStringLiteral("rest_cannot_publish"));
    QVERIFY(refused.problem.fix().contains(QLatin1String("Author")));
    QCOMPARE(refused.postId, 0);
    QCOMPARE(refused.steps.constLast().name, QStringLiteral("create"));
    // WordPress refused (an answer, HTTP 403): nothing was made, nothing is left.
    QVERIFY(!refused.postLeft());
    QVERIFY(refused.cleanedUp);
    QCOMPARE(refused.toJson().value(QLatin1String("left_on_site")).toArray(), QJsonArray());
    QCOMPARE(refused.toJson().value(QLatin1String("problem")).toString(),
             QStringLiteral("insufficient_capability"));

    const PublishTestResult draft = publish(contributor, QStringLiteral("draft"), false);
    QVERIFY2(draft.ok,
             qPrintable(describe(draft.problem) + QLatin1Char(' ') + describeSteps(draft.steps)));
    QVERIFY(draft.readBack);
    QVERIFY(draft.cleanedUp);
    COMPARE_CODE(getPost(draft.postId).problem(), ProblemCode::NotFound);
}

void TestConnectionCheck::publishTestInvalidStatus()
{
    const PublishTestResult result =
        publish(TestBed::instance().adminEndpoint(), QStringLiteral("private"), false);
    QVERIFY(!result.ok);
    COMPARE_CODE(result.problem, ProblemCode::InvalidInput);
    QCOMPARE(result.postId, 0);
}

QTEST_GUILESS_MAIN(TestConnectionCheck)
#include "tst_connection_check.moc"
