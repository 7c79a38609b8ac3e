// Hostile fixtures, transport and discovery (issue "Trust", items 1, 3 and 10): capturing fake
// servers record every request and its Authorization header, so each test proves where a
// password went (and where nothing went), not only which problem code came back.
#include "ConnectionCheck.h"
#include "CredentialOrigin.h"
#include "SiteDiscovery.h"
#include "SiteUrl.h"
#include "WordPressClient.h"
#include "WpRequest.h"
#include "support/FakeHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace Latchkey;
using Latchkey::Testing::FakeHttpRequest;
using Latchkey::Testing::FakeHttpResponse;
using Latchkey::Testing::FakeHttpServer;

namespace {

const QString kLogin = QStringLiteral("alice");
const QString kPassword = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");

int credentialsSeen(const FakeHttpServer &server)
{
    int count = 0;
    for (const FakeHttpRequest &request : server.requests()) {
        if (request.hasHeader("Authorization"))
            ++count;
    }
    return count;
}

// A WordPress look-alike at `self`: front page with its Link header, an index whose url/home
// are `claimed`, the anonymous probe's 401, and users/me accepting any Basic credentials.
FakeHttpResponse wordPressLike(const FakeHttpRequest &request, const QUrl &self,
                               const QUrl &claimed)
{
    const QByteArray path = request.url().path().toUtf8();
    const QByteArray root = self.toString().toUtf8() + "/wp-json/";
    if (path == "/" || path.isEmpty()) {
        return FakeHttpResponse::html(200, "<html><link rel='stylesheet' href='/wp-content/x.css'>")
            .withHeader("Link", "<" + root + ">; rel=\"https://api.w.org/\"");
    }
    if (path == "/wp-json/" || path == "/wp-json") {
        const QByteArray site = claimed.toString().toUtf8();
        return FakeHttpResponse::json(
            200, "{\"name\":\"Look-alike\",\"url\":\"" + site + "\",\"home\":\"" + site +
                     "\",\"namespaces\":[\"wp/v2\"],\"authentication\":{\"application-passwords\":"
                     "{\"endpoints\":{\"authorization\":\"" +
                     site + "/wp-admin/authorize-application.php\"}}}}");
    }
    if (path.endsWith("/users/me/application-passwords"))
        return FakeHttpResponse::json(401, "{\"code\":\"rest_not_logged_in\",\"message\":\"x\"}");
    if (path.endsWith("/users/me") && request.hasHeader("Authorization"))
        return FakeHttpResponse::json(200, "{\"id\":1,\"username\":\"alice\",\"roles\":[]}");
    return FakeHttpResponse::json(404, "{\"code\":\"rest_no_route\",\"message\":\"x\"}");
}

} // namespace

class TestHostileTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_a = std::make_unique<FakeHttpServer>();
        m_b = std::make_unique<FakeHttpServer>();
        QVERIFY(m_a->start());
        QVERIFY(m_b->start());
        const QUrl a = site(*m_a);
        const QUrl b = site(*m_b);
        // B is a complete WordPress look-alike: anything that reached it would have worked.
        m_b->setHandler(
            [b](const FakeHttpRequest &request) { return wordPressLike(request, b, b); });
        Q_UNUSED(a)
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_network.reset();
    }

    // The one silent move: http to https on the same host, default ports only.
    void silentUpgradeOnlyToTheDefaultPort_data()
    {
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("proposed");
        QTest::addColumn<bool>("silent");
        QTest::newRow("http→https default") << "http://example.com"
                                            << "https://example.com/x" << true;
        QTest::newRow("explicit :80→:443") << "http://example.com:80"
                                           << "https://example.com:443" << true;
        QTest::newRow("8080→8443") << "http://127.0.0.1:8080"
                                   << "https://127.0.0.1:8443" << false;
        QTest::newRow("80→8443") << "http://example.com"
                                 << "https://example.com:8443" << false;
        QTest::newRow("8080→443") << "http://example.com:8080"
                                  << "https://example.com" << false;
        QTest::newRow("other host") << "http://example.com"
                                    << "https://www.example.com" << false;
        QTest::newRow("downgrade") << "https://example.com"
                                   << "http://example.com" << false;
    }
    void silentUpgradeOnlyToTheDefaultPort()
    {
        QFETCH(QString, named);
        QFETCH(QString, proposed);
        QFETCH(bool, silent);
        QCOMPARE(CredentialOrigin::isSilentUpgrade(QUrl(named), QUrl(proposed)), silent);
        QCOMPARE(CredentialOrigin::acceptsWithoutAsking(QUrl(named), QUrl(proposed)), silent);
    }

    // A answers every anonymous request with a 302 to B: discovery stops at the hop, the check
    // proposes B, and B hears nothing at all (not even anonymously).
    void redirectToAnotherOriginIsAProposal()
    {
        const QUrl b = site(*m_b);
        m_a->setHandler([b](const FakeHttpRequest &request) {
            return FakeHttpResponse::redirect(
                302, b.resolved(QUrl(QString::fromLatin1(request.target))));
        });
        const CheckResult result = check(site(*m_a));
        QCOMPARE(result.problem.codeName(), QStringLiteral("cross_origin_redirect"));
        QCOMPARE(SiteUrl::origin(result.suggestedUrl), SiteUrl::origin(b));
        QVERIFY(result.problem.message().contains(SiteUrl::redacted(b)));
        QCOMPARE(m_b->requests().size(), 0);
        QCOMPARE(credentialsSeen(*m_a), 0);
    }

    // A's front page advertises B's REST API in its Link header.
    void linkHeaderToAnotherOriginIsAProposal()
    {
        const QUrl a = site(*m_a);
        const QUrl b = site(*m_b);
        m_a->setHandler([a, b](const FakeHttpRequest &request) {
            FakeHttpResponse response = wordPressLike(request, a, a);
            if (request.url().path() == QLatin1String("/"))
                response.headers = {{"Content-Type", "text/html"},
                                    {"Link", "<" + b.toString().toUtf8() +
                                                 "/wp-json/>; rel=\"https://api.w.org/\""}};
            return response;
        });
        const CheckResult result = check(a);
        QCOMPARE(result.problem.codeName(), QStringLiteral("cross_origin_redirect"));
        QCOMPARE(SiteUrl::origin(result.suggestedUrl), SiteUrl::origin(b));
        QCOMPARE(m_b->requests().size(), 0);
        QCOMPARE(credentialsSeen(*m_a), 0);
    }

    // An HTML <link> to B (no Link header): never followed; discovery stays on A.
    void htmlLinkToAnotherOriginIsNotFollowed()
    {
        const QUrl a = site(*m_a);
        const QUrl b = site(*m_b);
        m_a->setHandler([b](const FakeHttpRequest &request) {
            if (request.url().path() == QLatin1String("/")) {
                return FakeHttpResponse::html(200, "<html><head><link rel=\"https://api.w.org/\" "
                                                   "href=\"" +
                                                       b.toString().toUtf8() +
                                                       "/wp-json/\"></head></html>");
            }
            return FakeHttpResponse::html(404, "<html>not here</html>");
        });
        const CheckResult result = check(a);
        QVERIFY(!result.ok);
        QCOMPARE(m_b->requests().size(), 0);
        QCOMPARE(credentialsSeen(*m_a), 0);
    }

    // A looks like WordPress, but its REST index says the site is B.
    void indexClaimingAnotherOriginIsAProposal()
    {
        const QUrl a = site(*m_a);
        const QUrl b = site(*m_b);
        m_a->setHandler(
            [a, b](const FakeHttpRequest &request) { return wordPressLike(request, a, b); });
        const CheckResult result = check(a);
        QCOMPARE(result.problem.codeName(), QStringLiteral("cross_origin_redirect"));
        QCOMPARE(SiteUrl::origin(result.suggestedUrl), SiteUrl::origin(b));
        QCOMPARE(m_b->requests().size(), 0);
        QCOMPARE(credentialsSeen(*m_a), 0);
    }

    // The control: the same look-alike at its own address connects (A hears the password A's
    // user named, once per authenticated step).
    void sameOriginConnects()
    {
        const QUrl a = site(*m_a);
        m_a->setHandler(
            [a](const FakeHttpRequest &request) { return wordPressLike(request, a, a); });
        const CheckResult result = check(a);
        QVERIFY2(result.problem.codeName() != QStringLiteral("cross_origin_redirect"),
                 qPrintable(result.problem.toString()));
        QVERIFY(credentialsSeen(*m_a) > 0);
        QCOMPARE(m_b->requests().size(), 0);
    }

    // http://127.0.0.1:A → https://127.0.0.1:B is another service, not an upgrade.
    void httpToHttpsOnAnotherPortIsNotSilent()
    {
        QUrl https = site(*m_b);
        https.setScheme(QStringLiteral("https"));
        m_a->setHandler([https](const FakeHttpRequest &request) {
            return FakeHttpResponse::redirect(
                301, https.resolved(QUrl(QString::fromLatin1(request.target))));
        });
        const CheckResult result = check(site(*m_a));
        QCOMPARE(result.problem.codeName(), QStringLiteral("cross_origin_redirect"));
        QCOMPARE(SiteUrl::origin(result.suggestedUrl), SiteUrl::origin(https));
        QCOMPARE(m_b->requests().size(), 0);
        QCOMPARE(m_b->connectionCount(), 0);
    }

    // A stored endpoint whose REST root was moved elsewhere (a stale or tampered site list):
    // the password stays home.
    void storedRestRootOnAnotherOriginIsRefused()
    {
        SiteEndpoint endpoint = endpointFor(site(*m_a));
        endpoint.restRoot = QUrl(site(*m_b).toString() + QStringLiteral("/wp-json/"));
        const WpReply reply =
            get(endpoint, SiteUrl::restUrl(endpoint.restRoot, QStringLiteral("/wp/v2/users/me")));
        QCOMPARE(reply.problem.codeName(), QStringLiteral("cross_origin_redirect"));
        QCOMPARE(m_b->requests().size(), 0);
    }

    // "*.localhost" is a name like any other: no plain-HTTP password without the opt-in.
    void dotLocalhostIsNotLoopback()
    {
        QVERIFY(!SiteUrl::isLoopbackHost(QStringLiteral("wp.localhost")));
        QVERIFY(!SiteUrl::mayCarryCredentials(QUrl(QStringLiteral("http://wp.localhost:8080/")),
                                              false));
        QUrl url = site(*m_a);
        url.setHost(QStringLiteral("wp.localhost"));
        SiteEndpoint endpoint = endpointFor(url);
        const WpReply reply =
            get(endpoint, SiteUrl::restUrl(endpoint.restRoot, QStringLiteral("/wp/v2/users/me")));
        QCOMPARE(reply.problem.codeName(), QStringLiteral("insecure_transport_refused"));
        QCOMPARE(m_a->requests().size(), 0);
    }

    // "localhost" is loopback only because Latchkey resolves it itself and connects to the
    // loopback address it found, with Host: localhost:PORT (Qt keeps a Host header it is given).
    void localhostConnectsToTheAddressLatchkeyResolved()
    {
        m_a->respondWith(FakeHttpResponse::json(200, "{\"id\":1}"));
        QUrl url = site(*m_a);
        url.setHost(QStringLiteral("localhost"));
        SiteEndpoint endpoint = endpointFor(url);
        const WpReply reply =
            get(endpoint, SiteUrl::restUrl(endpoint.restRoot, QStringLiteral("/wp/v2/users/me")));
        if (m_a->requests().isEmpty())
            QSKIP("localhost does not resolve to 127.0.0.1 here");
        QVERIFY2(reply.ok(), qPrintable(reply.problem.toString()));
        const FakeHttpRequest &seen = m_a->requests().constFirst();
        QCOMPARE(seen.header("Host"), "localhost:" + QByteArray::number(url.port()));
        QVERIFY(seen.hasHeader("Authorization"));
        QCOMPARE(reply.finalUrl.host(), QStringLiteral("localhost"));
    }

    // A password over plain HTTP never goes through a proxy: one the application set, or the
    // system's (http_proxy in the environment).
    void plainHttpCredentialsNeverGoThroughAProxy_data()
    {
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("application proxy") << false;
        QTest::newRow("http_proxy") << true;
    }
    void plainHttpCredentialsNeverGoThroughAProxy()
    {
        QFETCH(bool, fromEnvironment);
        FakeHttpServer proxy;
        QVERIFY(proxy.start());
        proxy.respondWith(FakeHttpResponse::json(200, "{\"id\":1}"));
        const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(site(proxy).port());
        const QByteArray savedHttpProxy = qgetenv("http_proxy");
        const auto restore = qScopeGuard([&savedHttpProxy] {
            qputenv("http_proxy", savedHttpProxy);
            QNetworkProxyFactory::setUseSystemConfiguration(false);
        });
        m_network = std::make_unique<QNetworkAccessManager>();
        if (fromEnvironment) {
            qputenv("http_proxy", proxyUrl);
            QNetworkProxyFactory::setUseSystemConfiguration(true);
        } else {
            m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                              quint16(site(proxy).port())));
        }
        // A non-loopback address (TEST-NET-1, nothing answers there), opted in to plain HTTP:
        // Qt bypasses proxies for loopback addresses by itself, so only this tells.
        SiteEndpoint endpoint = endpointFor(QUrl(QStringLiteral("http://192.0.2.1")));
        endpoint.allowInsecureHttp = true;
        const QUrl url = SiteUrl::restUrl(endpoint.restRoot, QStringLiteral("/wp/v2/users/me"));

        // Control: an anonymous request does use the proxy.
        WpRequest::Options quick;
        quick.inactivityTimeoutMs = 1'500;
        quick.authenticate = false;
        const WpReply anonymous = get(endpoint, url, quick);
        QVERIFY2(anonymous.ok(), qPrintable(anonymous.problem.toString()));
        QCOMPARE(proxy.requests().size(), 1);

        quick.authenticate = true;
        const WpReply authenticated = get(endpoint, url, quick);
        QVERIFY(!authenticated.ok()); // went straight to 192.0.2.1, where nothing answers
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(credentialsSeen(proxy), 0);
    }

private:
    static QUrl site(const FakeHttpServer &server)
    {
        QUrl url = server.url();
        url.setPath(QString());
        return url;
    }

    static SiteEndpoint endpointFor(const QUrl &siteUrl)
    {
        SiteEndpoint endpoint;
        endpoint.siteUrl = siteUrl;
        endpoint.restRoot = QUrl(siteUrl.toString() + QStringLiteral("/wp-json/"));
        endpoint.login = kLogin;
        endpoint.password = kPassword;
        return endpoint;
    }

    CheckResult check(const QUrl &siteUrl)
    {
        SiteEndpoint endpoint = endpointFor(siteUrl);
        endpoint.restRoot = QUrl();
        auto *check = new ConnectionCheck(m_network.get(), siteUrl, endpoint);
        ConnectionCheck::Options options;
        options.timeoutMs = 10'000;
        options.crossCheckXmlRpc = false;
        check->setOptions(options);
        std::optional<CheckResult> result;
        connect(check, &ConnectionCheck::finished, this,
                [&result](const CheckResult &done) { result = done; });
        check->start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20'000))
            return {};
        return *result;
    }

    WpReply get(const SiteEndpoint &endpoint, const QUrl &url,
                std::optional<WpRequest::Options> options = {})
    {
        auto *request = new WpRequest(m_network.get(), endpoint, QByteArrayLiteral("GET"), url);
        if (options)
            request->setOptions(*options);
        std::optional<WpReply> reply;
        connect(request, &WpRequest::finished, this,
                [&reply](const WpReply &done) { reply = done; });
        request->start();
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20'000))
            return {};
        return *reply;
    }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeHttpServer> m_a;
    std::unique_ptr<FakeHttpServer> m_b;
};

QTEST_GUILESS_MAIN(TestHostileTransport)
#include "tst_hostile_transport.moc"
