// Hostile fixtures for the browser approval (issue "Trust", item 2 and 6): a site that names
// another WordPress's approval page, a callback for another site, WordPress's "Cannot Authorize
// Application" answer, a callback nobody waits for, and a failure after the approval. Two
// capturing servers stand for the site being added (A, hostile or honest) and another
// WordPress (B, where the user is logged in); every test asserts which credentials reached
// whom, not only the outcome.
#include "BrowserApprovalPanel.h"
#include "FakeHttpServer.h"
#include "TestBed.h"
#include "approval/ApprovalCallback.h"
#include "approval/ApprovalFlow.h"
#include "approval/ApprovalInbox.h"
#include "approval/ApprovalRequest.h"
#include "sites/SiteStore.h"
#include "wordpress/SiteUrl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

const QString kTravelled = QStringLiteral("abcd efgh ijkl mnop qrst uvwx");
const QString kUser = QStringLiteral("alice");

// A WordPress as far as the approval flow sees it: the front page with its Link header, the
// REST index (whose url and approval page a test may point anywhere), the anonymous probe, and
// with credentials introspect, create and revoke (create answers createStatus).
struct FakeWordPress
{
    FakeHttpServer server;
    QUrl claimedUrl;   // the index's url and home; empty: its own address
    QUrl authorizeUrl; // the index's approval page; empty: its own
    int createStatus = 500;
    int revokeStatus = 200;

    bool start()
    {
        if (!server.start())
            return false;
        server.setHandler([this](const FakeHttpRequest &request) { return answer(request); });
        return true;
    }

    QUrl base() const
    {
        QUrl url = server.url();
        url.setPath(QString());
        return url;
    }
    QString address() const { return base().toString(); }
    QUrl ownAuthorizeUrl() const
    {
        return server.url(QStringLiteral("/wp-admin/authorize-application.php"));
    }

    FakeHttpResponse answer(const FakeHttpRequest &request)
    {
        const QString path = request.url().path();
        if (path == QLatin1String("/")) {
            return FakeHttpResponse::html(200, "<html><link href='/wp-content/x.css'></html>")
                .withHeader("Link", "<" + server.url(QStringLiteral("/wp-json/")).toEncoded() +
                                        ">; rel=\"https://api.w.org/\"");
        }
        if (path == QLatin1String("/wp-json/") || path == QLatin1String("/wp-json")) {
            const QString claimed = claimedUrl.isEmpty() ? address() : claimedUrl.toString();
            const QString authorize =
                authorizeUrl.isEmpty() ? ownAuthorizeUrl().toString() : authorizeUrl.toString();
            const QJsonObject index{
                {QStringLiteral("name"), QStringLiteral("Fake")},
                {QStringLiteral("url"), claimed},
                {QStringLiteral("home"), claimed},
                {QStringLiteral("namespaces"), QJsonArray{QStringLiteral("wp/v2")}},
                {QStringLiteral("authentication"),
                 QJsonObject{
                     {QStringLiteral("application-passwords"),
                      QJsonObject{{QStringLiteral("endpoints"),
                                   QJsonObject{{QStringLiteral("authorization"), authorize}}}}}}},
            };
            return FakeHttpResponse::json(200, QJsonDocument(index).toJson());
        }
        const QString passwords = QStringLiteral("/wp-json/wp/v2/users/me/application-passwords");
        if (!request.hasHeader("Authorization"))
            return FakeHttpResponse::json(401, R"({"code":"rest_not_logged_in","message":"x"})");
        if (path == passwords + QLatin1String("/introspect")) {
            return FakeHttpResponse::json(
                200, R"({"uuid":"11111111-2222-3333-4444-555555555555","app_id":"",)"
                     R"("name":"Latchkey on test 2026-01-01 00:00:00","created":null})");
        }
        if (path == passwords && request.method == "POST") {
            return FakeHttpResponse::json(createStatus,
                                          R"({"code":"internal_server_error","message":"x"})");
        }
        if (path.startsWith(passwords + QLatin1Char('/')) && request.method == "DELETE") {
            return revokeStatus == 200
                       ? FakeHttpResponse::json(200, R"({"deleted":true,"previous":{}})")
                       : FakeHttpResponse::json(revokeStatus, R"({"code":"x","message":"x"})");
        }
        return FakeHttpResponse::json(404, R"({"code":"rest_no_route","message":"x"})");
    }

    // Requests that carried a credential.
    QList<FakeHttpRequest> withCredentials() const
    {
        QList<FakeHttpRequest> found;
        for (const FakeHttpRequest &request : server.requests()) {
            if (request.hasHeader("Authorization"))
                found.append(request);
        }
        return found;
    }
};

QString stateOf(const QUrl &approvalUrl)
{
    const QUrl success(
        QUrlQuery(approvalUrl).queryItemValue(QStringLiteral("success_url"), QUrl::FullyDecoded));
    return QUrlQuery(success).queryItemValue(QStringLiteral("state"));
}

QString authorized(const QString &state, const QUrl &siteUrl)
{
    return QStringLiteral("latchkey://authorized?state=%1&site_url=%2&user_login=%3&password=%4")
        .arg(state, QString::fromLatin1(QUrl::toPercentEncoding(siteUrl.toString())), kUser,
             QString::fromLatin1(QUrl::toPercentEncoding(kTravelled)));
}

} // namespace

class TestHostileApproval : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    QTemporaryDir m_config;
    std::unique_ptr<SiteStore> m_sites;
    ApprovalInbox m_inbox;

    // A flow for address; the keychain is never reached in these scenarios (nullptr: a bug
    // that reached it would crash the test rather than pass it).
    ApprovalFlow *startFlow(const QString &address, QUrl *opened)
    {
        auto *flow = new ApprovalFlow(&m_network, nullptr, m_sites.get(), Site(), address, this);
        flow->setInbox(&m_inbox);
        flow->setDeviceName(QStringLiteral("hostile-test"));
        connect(flow, &ApprovalFlow::openInBrowser, this,
                [opened](const QUrl &url) { *opened = url; });
        flow->start();
        return flow;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        m_sites = std::make_unique<SiteStore>(m_config.path());
        QVERIFY(!m_sites->load());
    }

    void foreignApprovalPageIsRefusedBeforeTheBrowser_data()
    {
        QTest::addColumn<bool>("claimB");
        QTest::addColumn<bool>("authorizeOnB");
        QTest::newRow("index names B's approval page and claims B") << true << true;
        QTest::newRow("index names B's approval page only") << false << true;
        QTest::newRow("index claims B only") << true << false;
    }

    // Item 2: A's index names B's genuine approval page (and may claim to be B). The user
    // would approve on B, and B's fresh password would come back for A.
    void foreignApprovalPageIsRefusedBeforeTheBrowser()
    {
        QFETCH(bool, claimB);
        QFETCH(bool, authorizeOnB);
        FakeWordPress a;
        FakeWordPress b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        if (claimB)
            a.claimedUrl = b.base();
        if (authorizeOnB)
            a.authorizeUrl = b.ownAuthorizeUrl();

        QUrl opened;
        ApprovalFlow *flow = startFlow(a.address(), &opened);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 10'000));
        QVERIFY2(!opened.isValid(), "the browser must not open");
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QCOMPARE(outcome.kind, ApprovalOutcome::Kind::Failed);
        const Problem problem = outcome.site.problem();
        QCOMPARE(problem.code(), ProblemCode::CrossOriginRedirect);
        // Both addresses named, and what to do.
        QVERIFY2(problem.message().contains(SiteUrl::origin(a.base())),
                 qPrintable(problem.message()));
        QVERIFY2(
            problem.message().contains(QStringLiteral("127.0.0.1:%1").arg(b.server.serverPort())),
            qPrintable(problem.message()));
        QVERIFY(!problem.fix().isEmpty());
        QCOMPARE(outcome.travelled, ApprovalOutcome::Travelled::None);

        QVERIFY(a.withCredentials().isEmpty());
        QVERIFY(b.server.requests().isEmpty()); // nothing at all reached B
        QVERIFY(m_sites->sites().isEmpty());
    }

    // A callback with this attempt's state but another site's site_url: rejected, its password
    // sent nowhere (not to A, not to B, not even to revoke it), and the user told which one.
    void callbackForAnotherSiteIsRejectedAndSentNowhere()
    {
        FakeWordPress a;
        FakeWordPress b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        QUrl opened;
        ApprovalFlow *flow = startFlow(a.address(), &opened);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QVERIFY(waitFor([&] { return opened.isValid(); }, 10'000));
        QCOMPARE(opened.toString(QUrl::RemoveQuery), a.ownAuthorizeUrl().toString());
        const QString appName = flow->request().appName;

        QCOMPARE(m_inbox.deliver(authorized(stateOf(opened), b.base())),
                 ApprovalInbox::Delivery::WrongSite);
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 10'000));
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QCOMPARE(outcome.kind, ApprovalOutcome::Kind::Failed);
        QCOMPARE(outcome.site.problem().code(), ProblemCode::CrossOriginRedirect);
        QCOMPARE(outcome.travelled, ApprovalOutcome::Travelled::NotRevoked);
        QCOMPARE(outcome.travelledPasswordName, appName);
        QCOMPARE(outcome.travelledUserLogin, kUser);
        QCOMPARE(SiteUrl::origin(outcome.travelledSiteUrl), SiteUrl::origin(b.base()));
        const QString summary = outcome.travelledSummary();
        QVERIFY2(summary.contains(appName) && summary.contains(kUser) &&
                     summary.contains(QStringLiteral("did not revoke")),
                 qPrintable(summary));

        QTest::qWait(200);
        QVERIFY(a.withCredentials().isEmpty());
        QVERIFY(b.server.requests().isEmpty());
        QVERIFY(m_sites->sites().isEmpty());
    }

    // "Cannot Authorize Application": its own outcome with the diagnosis codes, not "declined".
    void cannotAuthorizeIsItsOwnOutcome()
    {
        FakeWordPress a;
        QVERIFY(a.start());
        QUrl opened;
        ApprovalFlow *flow = startFlow(a.address(), &opened);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QVERIFY(waitFor([&] { return opened.isValid(); }, 10'000));

        // WordPress's "Go Back" link: add_query_arg('error', 'disabled', $reject_url).
        QCOMPARE(
            m_inbox.deliver(
                QStringLiteral("latchkey://rejected?state=%1&error=disabled").arg(stateOf(opened))),
            ApprovalInbox::Delivery::Accepted);
        QCOMPARE(finished.count(), 1);
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QCOMPARE(outcome.kind, ApprovalOutcome::Kind::Unavailable);
        const Problem problem = outcome.site.problem();
        QCOMPARE(problem.code(), ProblemCode::AppPasswordsUnavailable);
        QVERIFY(problem.candidates().contains(ProblemCode::AppPasswordsDisabledForUser));
        QVERIFY(!problem.message().contains(QStringLiteral("declined")));
        QCOMPARE(outcome.travelled, ApprovalOutcome::Travelled::None);
        QVERIFY(a.withCredentials().isEmpty());

        // Only "disabled": any other error is not WordPress's.
        QVERIFY(!ApprovalCallback::parse(QStringLiteral("latchkey://rejected?state=%1&error=other")
                                             .arg(ApprovalRequest::newState())));
        QVERIFY(!ApprovalCallback::parse(
            QStringLiteral("latchkey://authorized?state=%1&site_url="
                           "https%3A%2F%2Fa.example&user_login=a&"
                           "password=abcdefghijklmnopqrstuvwx&error=disabled")
                .arg(ApprovalRequest::newState())));
    }

    // Item 4's second half: a callback no attempt waits for (a launcher's argv at start-up,
    // a stale or forged one) makes no request at all, and the user is told what to revoke.
    void unclaimedCallbackIsSentNowhere()
    {
        FakeWordPress a;
        QVERIFY(a.start());
        QSignalSpy unclaimed(&m_inbox, &ApprovalInbox::unclaimedPassword);
        QCOMPARE(m_inbox.deliver(authorized(ApprovalRequest::newState(), a.base())),
                 ApprovalInbox::Delivery::UnknownState);
        QCOMPARE(unclaimed.count(), 1);
        const QString message = unclaimed.first().first().toString();
        QVERIFY2(message.contains(kUser) && message.contains(SiteUrl::redacted(a.base())) &&
                     message.contains(ApprovalRequest::appNamePrefix(QSysInfo::machineHostName())),
                 qPrintable(message));
        QVERIFY(!message.contains(kTravelled));
        QTest::qWait(200);
        QVERIFY(a.server.requests().isEmpty());
    }

    void failureAfterApprovalShowsThePasswordAndWhetherItWasRevoked_data()
    {
        QTest::addColumn<int>("revokeStatus");
        QTest::addColumn<QString>("expected");
        QTest::newRow("revoked") << 200 << QStringLiteral("Latchkey revoked it");
        QTest::newRow("not revoked") << 500 << QStringLiteral("still valid");
    }

    // Item 6: the approval went through, creating Latchkey's own password failed. The panel
    // names the travelled password and says whether it was revoked; credentials went only to A.
    void failureAfterApprovalShowsThePasswordAndWhetherItWasRevoked()
    {
        QFETCH(int, revokeStatus);
        QFETCH(QString, expected);
        FakeWordPress a;
        FakeWordPress b;
        QVERIFY(a.start());
        QVERIFY(b.start());
        a.createStatus = 500;
        a.revokeStatus = revokeStatus;

        AppServices services;
        services.network = &m_network;
        services.sites = m_sites.get();
        BrowserApprovalPanel panel(services, &m_inbox);
        QUrl opened;
        panel.setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        panel.setRequestProvider([&a] {
            return BrowserApprovalPanel::Request{Site(), a.address()};
        });
        panel.setSiteAvailable(true);
        panel.show();
        QTest::mouseClick(panel.connectButton(), Qt::LeftButton);
        QVERIFY(waitFor([&] { return opened.isValid(); }, 10'000));
        QCOMPARE(m_inbox.deliver(authorized(stateOf(opened), a.base())),
                 ApprovalInbox::Delivery::Accepted);
        QVERIFY(waitFor([&] { return !panel.isBusy(); }, 10'000));

        auto *travelled = panel.findChild<QLabel *>(QStringLiteral("browserApprovalTravelled"));
        QVERIFY(travelled);
        QVERIFY(travelled->isVisible());
        QVERIFY2(travelled->text().contains(QStringLiteral("Latchkey on test")) &&
                     travelled->text().contains(kUser) && travelled->text().contains(expected),
                 qPrintable(travelled->text()));
        QVERIFY(!travelled->text().contains(kTravelled));

        // The travelled password went to A only: introspect, create, revoke.
        const QList<FakeHttpRequest> sent = a.withCredentials();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(2).method, QByteArray("DELETE"));
        QVERIFY(b.server.requests().isEmpty());
        QVERIFY(m_sites->sites().isEmpty());
    }
};

QTEST_MAIN(TestHostileApproval)
#include "tst_hostile_approval.moc"
