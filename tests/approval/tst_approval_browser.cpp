// The browser approval flow end to end, in a real browser against the real WordPress test bed
// and a real keychain: ApprovalFlow builds the approval address, Debian's chromium (driven by
// tests/browser/approve.mjs through playwright-core) logs in, approves or rejects, and the
// latchkey:// address it is sent to reaches the running instance as the desktop would hand it
// over (`latchkey ADDRESS`: a second process forwards it over the single-instance socket).
#include "AppIdentity.h"
#include "BrowserApprovalPanel.h"
#include "FakeHttpServer.h"
#include "SingleInstance.h"
#include "TestBed.h"
#include "approval/ApprovalCallback.h"
#include "approval/ApprovalFlow.h"
#include "approval/ApprovalInbox.h"
#include "secrets/KeychainSecretStore.h"
#include "sites/SiteStore.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/SiteUrl.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Latchkey;
using namespace Latchkey::Testing;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program without blocking the event loop (the instance must answer meanwhile).
ProcessResult run(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment, int timeoutMs = 90'000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10'000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    const bool done =
        waitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!done) {
        process.kill();
        process.waitForFinished(5'000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode =
        done && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// The hostile site A in front of the real WordPress B (the test bed's pretty site, where the
// user logs in). Its REST index claims to be B and names B's genuine approval page
// (indexNamesB), or names its own approval page, which redirects to B's with the same query
// (so Latchkey's check of the approval page passes and the browser still ends on B). Its
// wp-login.php sends the browser to B's. Records every request.
struct HostileFront
{
    FakeHttpServer server;
    QUrl b;
    bool indexNamesB = true;

    bool start(const QUrl &realSite)
    {
        b = realSite;
        if (!server.start())
            return false;
        server.setHandler([this](const FakeHttpRequest &request) { return answer(request); });
        return true;
    }
    QString address() const { return server.url().toString(QUrl::StripTrailingSlash); }
    QUrl bPage(const QString &path) const
    {
        QUrl url = b;
        url.setPath(b.path() + path);
        return url;
    }

    FakeHttpResponse answer(const FakeHttpRequest &request)
    {
        const QString path = request.url().path();
        if (path == QLatin1String("/")) {
            return FakeHttpResponse::html(200, "<html>wp-content</html>")
                .withHeader("Link", "<" + server.url(QStringLiteral("/wp-json/")).toEncoded() +
                                        ">; rel=\"https://api.w.org/\"");
        }
        if (path.startsWith(QLatin1String("/wp-json"))) {
            if (path != QLatin1String("/wp-json/"))
                return FakeHttpResponse::json(401, R"({"code":"rest_not_logged_in","message":""})");
            const QUrl authorize =
                indexNamesB ? bPage(QStringLiteral("/wp-admin/authorize-application.php"))
                            : server.url(QStringLiteral("/wp-admin/authorize-application.php"));
            const QString claimed = indexNamesB ? b.toString() : address();
            const QJsonObject index{
                {QStringLiteral("name"), QStringLiteral("Not B")},
                {QStringLiteral("url"), claimed},
                {QStringLiteral("home"), claimed},
                {QStringLiteral("namespaces"), QJsonArray{QStringLiteral("wp/v2")}},
                {QStringLiteral("authentication"),
                 QJsonObject{{QStringLiteral("application-passwords"),
                              QJsonObject{{QStringLiteral("endpoints"),
                                           QJsonObject{{QStringLiteral("authorization"),
                                                        authorize.toString()}}}}}}},
            };
            return FakeHttpResponse::json(200, QJsonDocument(index).toJson());
        }
        if (path == QLatin1String("/wp-login.php"))
            return FakeHttpResponse::redirect(302, bPage(QStringLiteral("/wp-login.php")));
        if (path == QLatin1String("/wp-admin/authorize-application.php")) {
            QUrl there = bPage(QStringLiteral("/wp-admin/authorize-application.php"));
            there.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
            return FakeHttpResponse::redirect(302, there);
        }
        return FakeHttpResponse::html(404, "not here");
    }

    int credentialedRequests() const
    {
        int count = 0;
        for (const FakeHttpRequest &request : server.requests())
            count += request.hasHeader("Authorization") ? 1 : 0;
        return count;
    }
};

QStringList uuids(const QList<AppPassword> &passwords)
{
    QStringList list;
    for (const AppPassword &password : passwords)
        list.append(password.uuid);
    list.sort();
    return list;
}

} // namespace

class TestApprovalBrowser : public QObject
{
    Q_OBJECT

private:
    const TestBed &bed() const { return TestBed::instance(); }

    QProcessEnvironment browserEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WP_LOGIN_USER"),
                           bed().value(QStringLiteral("WP_ADMIN_USER")));
        environment.insert(QStringLiteral("WP_LOGIN_PASSWORD"),
                           bed().value(QStringLiteral("WP_ADMIN_PASSWORD")));
        return environment;
    }

    // node approve.mjs --approval-url URL [extra]
    ProcessResult approve(const QUrl &approvalUrl, const QStringList &extra = {})
    {
        return run(m_node,
                   QStringList{m_script, QStringLiteral("--approval-url"),
                               approvalUrl.toString(QUrl::FullyEncoded)} +
                       extra,
                   browserEnvironment());
    }

    ProcessResult forward(const QString &address)
    {
        return run(m_forwarder, {address}, QProcessEnvironment::systemEnvironment(), 10'000);
    }

    // A flow for the pretty site, registered with the inbox, waiting for the browser.
    ApprovalFlow *startFlow(const QString &name, QUrl *approvalUrl)
    {
        Site draft;
        draft.name = name;
        auto *flow = new ApprovalFlow(&m_network, &m_secrets, m_sites.get(), draft,
                                      bed().prettyUrl().toString(), this);
        flow->setInbox(&m_inbox);
        flow->setDeviceName(QStringLiteral("browser-test"));
        connect(flow, &ApprovalFlow::openInBrowser, this,
                [approvalUrl](const QUrl &url) { *approvalUrl = url; });
        flow->start();
        return flow;
    }

    // The admin's application passwords on the pretty site, listed with the seed password.
    QList<AppPassword> adminPasswords()
    {
        std::optional<Result<QList<AppPassword>>> listed;
        ApplicationPasswordsApi(WordPressClient(&m_network, bed().adminEndpoint()))
            .list(UserRef::me(), this, [&listed](Result<QList<AppPassword>> r) { listed = r; });
        if (!waitFor([&] { return listed.has_value(); }) || !*listed)
            return {};
        return listed->value();
    }

    Result<AppPassword> introspect(const QString &login, const QString &password)
    {
        SiteEndpoint endpoint = bed().adminEndpoint();
        endpoint.login = login;
        endpoint.password = password;
        std::optional<Result<AppPassword>> answer;
        ApplicationPasswordsApi(WordPressClient(&m_network, endpoint))
            .introspect(UserRef::me(), this, [&answer](Result<AppPassword> r) { answer = r; });
        if (!waitFor([&] { return answer.has_value(); }))
            return Problem(ProblemCode::Timeout);
        return *answer;
    }

    // True when any file under the config folder holds needle.
    QString fileHolding(const QString &needle) const
    {
        QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                return path;
        }
        return {};
    }

    QNetworkAccessManager m_network;
    KeychainSecretStore m_secrets;
    QTemporaryDir m_config;
    QTemporaryDir m_runtime;
    std::unique_ptr<SiteStore> m_sites;
    ApprovalInbox m_inbox;
    std::unique_ptr<SingleInstance> m_instance;
    QString m_node;
    QString m_script;
    QString m_forwarder;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(bed().isValid(), qPrintable(bed().errorString()));
        QVERIFY(m_config.isValid());
        QVERIFY(m_runtime.isValid());
        // The instance's socket lives in XDG_RUNTIME_DIR; the forwarding process inherits it.
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        m_sites = std::make_unique<SiteStore>(m_config.path());
        QVERIFY(!m_sites->load());

        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!m_node.isEmpty(), "node is not installed");
        QVERIFY2(QFileInfo::exists(QStringLiteral("/usr/bin/chromium")),
                 "chromium is missing: run scripts/install-deps.sh");
        const QString source = qEnvironmentVariable("LATCHKEY_SOURCE_DIR");
        m_script = source + QStringLiteral("/tests/browser/approve.mjs");
        QVERIFY2(QFileInfo::exists(source +
                                   QStringLiteral("/tests/browser/node_modules/playwright-core")),
                 "playwright-core is missing: run scripts/install-deps.sh");
        m_forwarder = qEnvironmentVariable("LATCHKEY_APPROVAL_FORWARD");
        QVERIFY2(QFileInfo(m_forwarder).isExecutable(), "LATCHKEY_APPROVAL_FORWARD not set");

        m_instance = std::make_unique<SingleInstance>();
        QCOMPARE(m_instance->listen(), SingleInstance::ListenResult::Listening);
        QVERIFY(m_instance->serverName().startsWith(m_runtime.path()));
        connect(m_instance.get(), &SingleInstance::addressReceived, &m_inbox,
                &ApprovalInbox::deliver);
    }

    void appPasswordsUnavailableNeverOpensTheBrowser()
    {
        TestBed::MuPlugin off(bed().prettyDir(), QStringLiteral("disable-app-passwords.php"));
        QVERIFY(off.isActive());
        QUrl approvalUrl;
        ApprovalFlow *flow = startFlow(QStringLiteral("Unavailable"), &approvalUrl);
        QSignalSpy opened(flow, &ApprovalFlow::openInBrowser);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 30'000));
        QCOMPARE(opened.count(), 0);
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QCOMPARE(outcome.kind, ApprovalOutcome::Kind::Failed);
        QCOMPARE(outcome.site.problem().code(), ProblemCode::AppPasswordsUnavailable);
        QVERIFY(m_sites->sites().isEmpty());
    }

    void approveInBrowserConnectsTheSite()
    {
        const int passwordsBefore = int(adminPasswords().size());
        QVERIFY(passwordsBefore > 0);

        QUrl approvalUrl;
        ApprovalFlow *flow = startFlow(QStringLiteral("Approved in the browser"), &approvalUrl);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QVERIFY(waitFor([&] { return approvalUrl.isValid(); }));
        QVERIFY(flow->isWaiting());
        const QString appName = flow->request().appName;

        // The browser prints where WordPress sent it; the test keeps the travelled password
        // (to prove it revoked afterwards) and hands the address over as the desktop would.
        const ProcessResult browser = approve(approvalUrl);
        QVERIFY2(browser.exitCode == 0, browser.err.constData());
        const QString address = QString::fromUtf8(browser.out).trimmed();
        Result<ApprovalCallback> travelled = ApprovalCallback::parse(address);
        QVERIFY2(travelled, qPrintable(travelled.problem().message()));
        QVERIFY(travelled->isAuthorized());
        QCOMPARE(travelled->userLogin, bed().value(QStringLiteral("WP_ADMIN_USER")));
        QVERIFY2(travelled->password.contains(QLatin1Char(' ')), "WordPress's chunked form");

        const ProcessResult forwarded = forward(address);
        QVERIFY2(forwarded.exitCode == 0, forwarded.err.constData());
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 60'000));
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QVERIFY2(outcome.connected(), qPrintable(outcome.site.problem().toString()));
        QVERIFY2(outcome.revokeProblem.isNull(), qPrintable(outcome.revokeProblem.toString()));
        QVERIFY(outcome.unsavedPassword.isEmpty());
        QCOMPARE(outcome.travelledPasswordName, appName);

        // The site is connected, with Latchkey's own password (not the travelled one).
        const Site site = outcome.site.value();
        QCOMPARE(m_sites->sites().size(), 1);
        QCOMPARE(m_sites->sites().first().id, site.id);
        QCOMPARE(site.name, QStringLiteral("Approved in the browser"));
        QCOMPARE(site.userLogin, bed().value(QStringLiteral("WP_ADMIN_USER")));
        QVERIFY(site.lastCheck.ok);

        std::optional<Result<QString>> stored;
        m_secrets.read(site.secretKey(), this, [&stored](Result<QString> r) { stored = r; });
        QVERIFY(waitFor([&] { return stored.has_value(); }));
        QVERIFY2(*stored, qPrintable(stored->problem().toString()));
        const QString minted = stored->value();
        QVERIFY(ApprovalCallback::isApplicationPassword(minted));
        QVERIFY(QString(minted).remove(QLatin1Char(' ')) != travelled->compactPassword());

        // The stored password works, and is the one the site records.
        const Result<AppPassword> mine = introspect(site.userLogin, minted);
        QVERIFY2(mine, qPrintable(mine.problem().toString()));
        QCOMPARE(mine->uuid, site.passwordUuid);
        QCOMPARE(mine->name, site.passwordName);
        QCOMPARE(mine->appId, QString::fromLatin1(AppIdentity::kAppId));
        QVERIFY(mine->name != appName);

        // The password that went through the browser is dead.
        const Result<AppPassword> dead = introspect(travelled->userLogin, travelled->password);
        QVERIFY(!dead);
        QCOMPARE(dead.problem().code(), ProblemCode::CredentialsRejected);
        const QList<AppPassword> after = adminPasswords();
        QCOMPARE(after.size(), passwordsBefore + 1);
        for (const AppPassword &password : after)
            QVERIFY2(password.name != appName, "the approved password is still listed");

        // Nothing secret outside the keychain.
        for (const QString &secret : {minted, travelled->password, travelled->compactPassword()}) {
            const QString holder = fileHolding(secret);
            QVERIFY2(holder.isEmpty(), qPrintable(QStringLiteral("a password in ") + holder));
        }
        travelled.value().wipe();

        // Leave the test bed as it was.
        std::optional<Problem> revoked;
        ApplicationPasswordsApi(WordPressClient(&m_network, bed().adminEndpoint()))
            .revoke(UserRef::me(), site.passwordUuid, this, [&revoked](Problem p) { revoked = p; });
        QVERIFY(waitFor([&] { return revoked.has_value(); }));
        QVERIFY(!*revoked);
        QVERIFY(!m_sites->remove(site.id));
        std::optional<Problem> removed;
        m_secrets.remove(site.secretKey(), this, [&removed](Problem p) { removed = p; });
        QVERIFY(waitFor([&] { return removed.has_value(); }));
    }

    void pastedAddressConnectsTheSite()
    {
        // The fallback where the desktop does not hand latchkey:// to Latchkey: the user pastes
        // the address the browser ended on.
        QUrl approvalUrl;
        ApprovalFlow *flow = startFlow(QStringLiteral("Pasted"), &approvalUrl);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QVERIFY(waitFor([&] { return approvalUrl.isValid(); }));
        const ProcessResult browser = approve(approvalUrl);
        QVERIFY2(browser.exitCode == 0, browser.err.constData());
        const QString address = QString::fromUtf8(browser.out).trimmed();

        // Another attempt's address is refused with a reason, and the flow keeps waiting.
        QString foreign = address;
        foreign.replace(flow->request().state, ApprovalRequest::newState());
        QCOMPARE(flow->submitPasted(foreign, {}).code(), ProblemCode::InvalidInput);
        QCOMPARE(flow->submitPasted(QStringLiteral("hunter2"), QStringLiteral("admin")).code(),
                 ProblemCode::InvalidInput);
        QVERIFY(flow->isWaiting());

        QVERIFY(!flow->submitPasted(QStringLiteral("  ") + address + QStringLiteral("\n"), {}));
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 60'000));
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QVERIFY2(outcome.connected(), qPrintable(outcome.site.problem().toString()));
        QVERIFY(outcome.revokeProblem.isNull());

        std::optional<Problem> revoked;
        ApplicationPasswordsApi(WordPressClient(&m_network, bed().adminEndpoint()))
            .revoke(UserRef::me(), outcome.site->passwordUuid, this,
                    [&revoked](Problem p) { revoked = p; });
        QVERIFY(waitFor([&] { return revoked.has_value(); }));
        QVERIFY(!*revoked);
        QVERIFY(!m_sites->remove(outcome.site->id));
        std::optional<Problem> removed;
        m_secrets.remove(outcome.site->secretKey(), this, [&removed](Problem p) { removed = p; });
        QVERIFY(waitFor([&] { return removed.has_value(); }));
    }

    void rejectInBrowserChangesNothing()
    {
        const int passwordsBefore = int(adminPasswords().size());
        QUrl approvalUrl;
        ApprovalFlow *flow = startFlow(QStringLiteral("Rejected"), &approvalUrl);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QVERIFY(waitFor([&] { return approvalUrl.isValid(); }));

        // Straight from the browser to `latchkey ADDRESS`, as the desktop would.
        const ProcessResult browser =
            approve(approvalUrl, {QStringLiteral("--action"), QStringLiteral("reject"),
                                  QStringLiteral("--deliver"), m_forwarder});
        QVERIFY2(browser.exitCode == 0, browser.err.constData());
        QVERIFY(browser.out.isEmpty());
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 30'000));
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QCOMPARE(outcome.kind, ApprovalOutcome::Kind::Declined);
        QVERIFY(outcome.site.problem().message().contains(QLatin1String("declined")));
        QVERIFY(m_sites->sites().isEmpty());
        QCOMPARE(adminPasswords().size(), passwordsBefore);
    }

    void forgedStateChangesNothing()
    {
        const int passwordsBefore = int(adminPasswords().size());
        QUrl approvalUrl;
        ApprovalFlow *flow = startFlow(QStringLiteral("Forged"), &approvalUrl);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        QSignalSpy ignored(&m_inbox, &ApprovalInbox::ignored);
        QVERIFY(waitFor([&] { return approvalUrl.isValid(); }));

        // A working password (the seed one) in a well-formed callback with a state this run
        // never made: must not connect anything or touch that password.
        const SiteEndpoint seed = bed().adminEndpoint();
        const QString forged =
            QStringLiteral("latchkey://authorized?state=%1&site_url=%2&user_login=%3&password=%4")
                .arg(ApprovalRequest::newState(),
                     QString::fromLatin1(QUrl::toPercentEncoding(bed().prettyUrl().toString())),
                     seed.login, seed.password);
        QCOMPARE(forward(forged).exitCode, 0);
        QCOMPARE(forward(QStringLiteral("latchkey://rejected?state=") + ApprovalRequest::newState())
                     .exitCode,
                 0);
        QVERIFY(waitFor([&] { return ignored.count() == 2; }, 10'000));
        QCOMPARE(ignored.at(0).first().value<ApprovalInbox::Delivery>(),
                 ApprovalInbox::Delivery::UnknownState);
        QTest::qWait(500);
        QCOMPARE(finished.count(), 0);
        QVERIFY(flow->isWaiting());
        QVERIFY(m_sites->sites().isEmpty());
        QVERIFY(introspect(seed.login, seed.password));
        QCOMPARE(adminPasswords().size(), passwordsBefore);

        flow->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<ApprovalOutcome>().kind,
                 ApprovalOutcome::Kind::Cancelled);
    }

    // The hijack (issue "Trust", item 2): A's index names B's approval page and claims B. The
    // user is logged in at B; approving there would hand B's fresh administrator password to
    // A. Latchkey refuses before opening the browser; A gets no credential; B's application
    // passwords are unchanged.
    void hijackThroughAnotherSitesApprovalPageIsRefused()
    {
        const QList<AppPassword> before = adminPasswords();
        QVERIFY(!before.isEmpty());
        HostileFront a;
        QVERIFY(a.start(bed().prettyUrl()));

        Site draft;
        draft.name = QStringLiteral("Hijack");
        auto *flow =
            new ApprovalFlow(&m_network, &m_secrets, m_sites.get(), draft, a.address(), this);
        flow->setInbox(&m_inbox);
        QSignalSpy opened(flow, &ApprovalFlow::openInBrowser);
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        flow->start();
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 30'000));
        QCOMPARE(opened.count(), 0);
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QCOMPARE(outcome.kind, ApprovalOutcome::Kind::Failed);
        QCOMPARE(outcome.site.problem().code(), ProblemCode::CrossOriginRedirect);
        QCOMPARE(outcome.travelled, ApprovalOutcome::Travelled::None);
        QCOMPARE(a.credentialedRequests(), 0);
        QCOMPARE(uuids(adminPasswords()), uuids(before));
        QVERIFY(m_sites->sites().isEmpty());
    }

    // The same attack one step later: A names its own approval page, which redirects the
    // browser to B's genuine one. The user approves in the real browser at B; WordPress sends
    // site_url=B back. Latchkey rejects the callback: the password reaches neither A nor B
    // (not even to revoke it), and the outcome tells the user to revoke it at B.
    void hijackByRedirectingTheApprovalPageIsRejected()
    {
        const QList<AppPassword> before = adminPasswords();
        HostileFront a;
        a.indexNamesB = false;
        QVERIFY(a.start(bed().prettyUrl()));

        Site draft;
        draft.name = QStringLiteral("Hijack by redirect");
        auto *flow =
            new ApprovalFlow(&m_network, &m_secrets, m_sites.get(), draft, a.address(), this);
        flow->setInbox(&m_inbox);
        flow->setDeviceName(QStringLiteral("browser-test"));
        QUrl approvalUrl;
        connect(flow, &ApprovalFlow::openInBrowser, this,
                [&approvalUrl](const QUrl &url) { approvalUrl = url; });
        QSignalSpy finished(flow, &ApprovalFlow::finished);
        flow->start();
        QVERIFY(waitFor([&] { return approvalUrl.isValid(); }, 30'000));
        const QString appName = flow->request().appName;

        const ProcessResult browser = approve(approvalUrl);
        QVERIFY2(browser.exitCode == 0, browser.err.constData());
        const QString address = QString::fromUtf8(browser.out).trimmed();
        Result<ApprovalCallback> travelled = ApprovalCallback::parse(address);
        QVERIFY2(travelled, qPrintable(travelled.problem().message()));
        QCOMPARE(SiteUrl::origin(travelled->siteUrl), SiteUrl::origin(bed().prettyUrl()));

        QCOMPARE(forward(address).exitCode, 0);
        QVERIFY(waitFor([&] { return finished.count() == 1; }, 30'000));
        const auto outcome = finished.first().first().value<ApprovalOutcome>();
        QCOMPARE(outcome.kind, ApprovalOutcome::Kind::Failed);
        QCOMPARE(outcome.site.problem().code(), ProblemCode::CrossOriginRedirect);
        QCOMPARE(outcome.travelled, ApprovalOutcome::Travelled::NotRevoked);
        QCOMPARE(outcome.travelledPasswordName, appName);
        QVERIFY(outcome.travelledSummary().contains(SiteUrl::redacted(travelled->siteUrl)));
        QCOMPARE(a.credentialedRequests(), 0);
        QVERIFY(m_sites->sites().isEmpty());

        // B holds exactly the password the user approved, unused: Latchkey sent it nowhere.
        const QList<AppPassword> after = adminPasswords();
        QCOMPARE(after.size(), before.size() + 1);
        QString approvedUuid;
        for (const AppPassword &password : after) {
            if (password.name == appName) {
                approvedUuid = password.uuid;
                QVERIFY2(!password.lastUsed.isValid(), "Latchkey used the travelled password");
            }
        }
        QVERIFY(!approvedUuid.isEmpty());
        travelled.value().wipe();

        // Leave the test bed as it was (the user's revocation, done by the test).
        std::optional<Problem> revoked;
        ApplicationPasswordsApi(WordPressClient(&m_network, bed().adminEndpoint()))
            .revoke(UserRef::me(), approvedUuid, this, [&revoked](Problem p) { revoked = p; });
        QVERIFY(waitFor([&] { return revoked.has_value(); }));
        QVERIFY(!*revoked);
    }

    void panelOpensTheBrowserAndOffersTheFallbacks()
    {
        AppServices services;
        services.network = &m_network;
        services.secrets = &m_secrets;
        services.sites = m_sites.get();
        BrowserApprovalPanel panel(services, &m_inbox);
        QList<QUrl> opened;
        panel.setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        panel.setRequestProvider([this] {
            return BrowserApprovalPanel::Request{Site(), bed().prettyUrl().toString()};
        });
        panel.setLoginProvider([] { return QStringLiteral("admin"); });
        panel.setWaitHint(std::chrono::milliseconds(300));
        panel.show();
        QVERIFY(!panel.connectButton()->isEnabled());
        panel.setSiteAvailable(true);
        QVERIFY(panel.connectButton()->isEnabled());

        QTest::mouseClick(panel.connectButton(), Qt::LeftButton);
        QVERIFY(panel.isBusy());
        QVERIFY(waitFor([&] { return opened.size() == 1; }));
        QVERIFY(opened.first().path().endsWith(QLatin1String("/authorize-application.php")));
        QVERIFY(opened.first().query().contains(QLatin1String("success_url=latchkey")));

        // The browser does not come back: the fallbacks appear.
        auto *paste = panel.findChild<QLineEdit *>(QStringLiteral("browserApprovalPaste"));
        QVERIFY(paste);
        QVERIFY(waitFor([&] { return paste->isVisible(); }, 5'000));
        auto *show = panel.findChild<QPushButton *>(QStringLiteral("browserApprovalShowPassword"));
        QVERIFY(show && show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(opened.size(), 2);
        QVERIFY(!opened.last().query().contains(QLatin1String("success_url")));

        // A paste that is neither an address nor a password is refused in place.
        paste->setText(QStringLiteral("hunter2"));
        QTest::keyClick(paste, Qt::Key_Return);
        auto *problem = panel.findChild<QWidget *>(QStringLiteral("browserApprovalProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY(panel.isBusy());

        auto *cancel = panel.findChild<QPushButton *>(QStringLiteral("browserApprovalCancel"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!panel.isBusy());
        QVERIFY(panel.connectButton()->isVisible());
        QVERIFY(m_sites->sites().isEmpty());
    }

    void cleanupTestCase()
    {
        m_instance.reset();
        qunsetenv("XDG_RUNTIME_DIR");
    }
};

QTEST_MAIN(TestApprovalBrowser)
#include "tst_approval_browser.moc"
