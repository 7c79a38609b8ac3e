#include "approval/ApprovalFlow.h"

#include "AppIdentity.h"
#include "approval/ApprovalLog.h"
#include "sites/SiteConnector.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/CredentialOrigin.h"
#include "wordpress/SiteUrl.h"
#include "wordpress/WordPressClient.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace Latchkey {

namespace {

constexpr int kMintAttempts = 4;

void wipe(QString &secret)
{
    secret.fill(QLatin1Char('\0'));
    secret.clear();
}

} // namespace

QString ApprovalOutcome::travelledSummary() const
{
    if (travelled == Travelled::None)
        return {};
    const QString name =
        travelledPasswordName.isEmpty()
            ? QCoreApplication::translate("Latchkey::ApprovalFlow",
                                          "the application password Latchkey asked WordPress for")
            : QCoreApplication::translate("Latchkey::ApprovalFlow", "the application password “%1”")
                  .arg(travelledPasswordName);
    const QString user = travelledUserLogin.isEmpty()
                             ? QCoreApplication::translate("Latchkey::ApprovalFlow", "your user")
                             : travelledUserLogin;
    const QString where = travelledSiteUrl.isValid() && !travelledSiteUrl.isEmpty()
                              ? SiteUrl::redacted(travelledSiteUrl)
                              : QCoreApplication::translate("Latchkey::ApprovalFlow", "the site");
    if (travelled == Travelled::Revoked) {
        return QCoreApplication::translate(
                   "Latchkey::ApprovalFlow",
                   "WordPress created %1 for %2 at %3 when you approved; Latchkey revoked it.")
            .arg(name, user, where);
    }
    return QCoreApplication::translate(
               "Latchkey::ApprovalFlow",
               "WordPress created %1 for %2 at %3 when you approved, and it is still valid: "
               "Latchkey did not revoke it. Revoke it now in that user's profile at %3 "
               "(Users → Profile → Application Passwords).")
        .arg(name, user, where);
}

ApprovalFlow::ApprovalFlow(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                           Site draft, QString address, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_sites(sites)
    , m_draft(std::move(draft))
    , m_address(std::move(address).trimmed())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_stage == Stage::Waiting) {
            qCInfo(lcApproval) << "the browser has not come back within" << m_timeout.count()
                               << "ms; still waiting";
            Q_EMIT timedOut();
        }
    });
}

ApprovalFlow::~ApprovalFlow()
{
    if (m_inbox)
        m_inbox->remove(this);
    wipeSecrets();
}

void ApprovalFlow::setInbox(ApprovalInbox *inbox)
{
    m_inbox = inbox;
}

void ApprovalFlow::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void ApprovalFlow::setDeviceName(const QString &name)
{
    m_deviceName = name;
}

void ApprovalFlow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ApprovalFlow::start()
{
    if (m_stage != Stage::Idle)
        return;
    if (m_address.isEmpty())
        m_address = m_draft.baseUrl.toString();
    // The credential origin: the stored address of a site being reconnected, else the address
    // the user typed now. Everything discovery learns and the callback says is checked
    // against it (an empty one accepts nothing).
    if (!m_draft.id.isEmpty() && m_draft.baseUrl.isValid()) {
        m_named = m_draft.baseUrl;
    } else if (const Result<QUrl> named = SiteUrl::normalize(m_address)) {
        m_named = *named;
    }
    setStage(Stage::Discovering);
    Q_EMIT progress(tr("Checking that the site offers application passwords…"));
    auto *discovery =
        new SiteDiscovery(m_network, m_address, m_draft.trustedCertificateSha256, this);
    m_current = discovery;
    connect(discovery, &SiteDiscovery::progress, this, &ApprovalFlow::progress);
    connect(discovery, &SiteDiscovery::finished, this, &ApprovalFlow::onDiscovered);
    discovery->start();
}

void ApprovalFlow::cancel()
{
    if (m_stage == Stage::Discovering) {
        if (auto *discovery = qobject_cast<SiteDiscovery *>(m_current.data()))
            discovery->cancel();
    }
    if (m_stage == Stage::Idle || m_stage == Stage::Discovering || m_stage == Stage::Waiting) {
        ApprovalOutcome outcome;
        outcome.kind = ApprovalOutcome::Kind::Cancelled;
        outcome.site = Problem(ProblemCode::Cancelled);
        finish(std::move(outcome));
    }
    // While the password is in use: finish what was begun (see the class comment).
}

void ApprovalFlow::onDiscovered(const Result<DiscoveryResult> &result)
{
    if (m_stage != Stage::Discovering)
        return;
    if (!result) {
        fail(result.problem());
        return;
    }
    m_discovery = *result;
    m_outcome.check.discovery = m_discovery;
    if (!m_discovery.appPasswordsAvailable) {
        fail(m_discovery.appPasswordsProblem.isNull()
                 ? Problem::make(ProblemCode::AppPasswordsUnavailable)
                 : m_discovery.appPasswordsProblem);
        return;
    }
    const QUrl authorize = m_discovery.authorizeUrl;
    if (!authorize.isValid() || (authorize.scheme() != QLatin1String("https") &&
                                 authorize.scheme() != QLatin1String("http"))) {
        fail(Problem::make(ProblemCode::AppPasswordsUnavailable,
                           QStringLiteral("the REST index names no approval page")));
        return;
    }
    if (const Problem problem = originProblem()) {
        // Nothing was sent anywhere (discovery is anonymous) and the browser stays closed.
        qCWarning(lcApproval).noquote() << "refused to open an approval page off the origin of"
                                        << SiteUrl::redacted(m_named) << ":" << problem.detail();
        fail(problem);
        return;
    }
    if (!SiteUrl::mayCarryCredentials(m_discovery.restRoot, m_draft.allowInsecureHttp)) {
        // WordPress would hand over a password Latchkey then refuses to send: say so first.
        fail(Problem::make(ProblemCode::InsecureTransportRefused));
        return;
    }
    m_request = ApprovalRequest::create(authorize, m_deviceName);
    if (m_inbox)
        m_inbox->add(this);
    setStage(Stage::Waiting);
    qCInfo(lcApproval).noquote() << "waiting for approval of" << m_request.appName << "at"
                                 << SiteUrl::redacted(authorize);
    m_timer.start(m_timeout);
    Q_EMIT progress(tr("Waiting for you to approve Latchkey in your browser…"));
    Q_EMIT openInBrowser(m_request.url());
}

QUrl ApprovalFlow::passwordPageUrl() const
{
    if (!m_request.isValid())
        return {};
    ApprovalRequest shown = ApprovalRequest::create(m_request.authorizeUrl, m_deviceName);
    shown.appName = tr("%1 (shown)").arg(shown.appName);
    return shown.urlShowingPassword();
}

Problem ApprovalFlow::originProblem() const
{
    struct Claim
    {
        QUrl url;
        const char *what;
        bool optional;
    };
    const Claim claims[] = {
        {m_discovery.siteUrl, QT_TRANSLATE_NOOP("Latchkey::ApprovalFlow", "the site's address"),
         false},
        {m_discovery.restRoot, QT_TRANSLATE_NOOP("Latchkey::ApprovalFlow", "its REST API"), false},
        {m_discovery.wordPressUrl,
         QT_TRANSLATE_NOOP("Latchkey::ApprovalFlow", "its WordPress address (the index's url)"),
         true},
        {m_discovery.authorizeUrl, QT_TRANSLATE_NOOP("Latchkey::ApprovalFlow", "its approval page"),
         false},
    };
    for (const Claim &claim : claims) {
        if (claim.optional && claim.url.isEmpty())
            continue;
        if (CredentialOrigin::acceptsWithoutAsking(m_named, claim.url))
            continue;
        const QString named =
            m_named.isValid() && !m_named.isEmpty() ? SiteUrl::origin(m_named) : m_address;
        return Problem(ProblemCode::CrossOriginRedirect,
                       tr("The site at %1 sends you to another address, %2, to approve "
                          "Latchkey (%3). Latchkey opened no browser and sent no password to "
                          "either: a site can name another WordPress's approval page to get "
                          "a password for it.")
                           .arg(named, SiteUrl::redacted(claim.url), tr(claim.what)),
                       tr("If the site really lives at %1, add it with that address. Otherwise "
                          "do not connect it: ask its administrator why it points elsewhere.")
                           .arg(SiteUrl::origin(claim.url)))
            .withDetail(QStringLiteral("%1 is not on the credential origin %2")
                            .arg(SiteUrl::redacted(claim.url), named));
    }
    return {};
}

bool ApprovalFlow::isSiteBeingConnected(const QUrl &siteUrl) const
{
    if (!CredentialOrigin::acceptsWithoutAsking(m_named, siteUrl))
        return false;
    const Result<QUrl> normalized = SiteUrl::normalize(siteUrl.toString());
    if (!normalized)
        return false;
    for (const QUrl &candidate : {m_discovery.siteUrl, m_discovery.wordPressUrl, m_discovery.home,
                                  m_discovery.requestedUrl}) {
        if (!candidate.isValid() || candidate.isEmpty())
            continue;
        const Result<QUrl> known = SiteUrl::normalize(candidate.toString());
        if (known && *known == *normalized)
            return true;
    }
    return false;
}

ApprovalInbox::Delivery ApprovalFlow::offer(const ApprovalCallback &callback)
{
    if (m_stage != Stage::Waiting || callback.state != m_request.state)
        return ApprovalInbox::Delivery::UnknownState;
    if (callback.isUnavailable()) {
        qCInfo(lcApproval).noquote() << "WordPress cannot authorize" << m_request.appName;
        finishUnavailable();
        return ApprovalInbox::Delivery::Accepted;
    }
    if (!callback.isAuthorized()) {
        qCInfo(lcApproval).noquote() << "the user declined" << m_request.appName;
        finishDeclined();
        return ApprovalInbox::Delivery::Accepted;
    }
    if (!isSiteBeingConnected(callback.siteUrl)) {
        rejectForeignCallback(callback);
        return ApprovalInbox::Delivery::WrongSite;
    }
    usePassword(callback.userLogin, callback.password);
    return ApprovalInbox::Delivery::Accepted;
}

Problem ApprovalFlow::submitPasted(const QString &text, const QString &userLogin)
{
    if (m_stage != Stage::Waiting) {
        return Problem(ProblemCode::InvalidInput,
                       tr("Latchkey is not waiting for an approval right now."));
    }
    const QString trimmed = text.trimmed();
    if (ApprovalCallback::looksLikeCallback(trimmed)) {
        Result<ApprovalCallback> parsed = ApprovalCallback::parse(trimmed);
        if (!parsed)
            return parsed.problem();
        ApprovalCallback callback = parsed.value();
        if (callback.state != m_request.state) {
            callback.wipe();
            qCWarning(lcApproval) << "a pasted latchkey:// address is for another attempt";
            return Problem(ProblemCode::InvalidInput,
                           tr("This address is from another attempt (an earlier try, or "
                              "another computer)."),
                           tr("Approve again in the browser window this attempt opened, or "
                              "start again."));
        }
        offer(callback); // a callback for another site ends the attempt (finished says why)
        callback.wipe();
        return {};
    }
    QString password = trimmed;
    if (!ApprovalCallback::isApplicationPassword(password)) {
        wipe(password);
        return Problem(ProblemCode::InvalidInput,
                       tr("Paste the whole address that starts with latchkey://, or the "
                          "application password WordPress showed (24 letters and digits)."));
    }
    const QString login = userLogin.trimmed();
    if (login.isEmpty()) {
        wipe(password);
        return Problem(ProblemCode::InvalidInput,
                       tr("Enter the WordPress user name the password belongs to."));
    }
    usePassword(login, password);
    wipe(password);
    return {};
}

void ApprovalFlow::usePassword(const QString &userLogin, const QString &password)
{
    m_timer.stop();
    if (m_inbox)
        m_inbox->remove(this);
    m_login = userLogin;
    m_travelled = password;
    m_travelled.remove(QLatin1Char(' '));
    m_outcome.travelled = ApprovalOutcome::Travelled::NotRevoked;
    m_outcome.travelledPasswordName = m_request.appName;
    m_outcome.travelledUserLogin = m_login;
    m_outcome.travelledSiteUrl = m_discovery.siteUrl;
    setStage(Stage::UsingPassword);
    qCInfo(lcApproval).noquote() << "approved by" << m_login << "at"
                                 << SiteUrl::redacted(m_discovery.siteUrl)
                                 << "; replacing the password that travelled through the browser";
    introspectTravelled();
}

void ApprovalFlow::rejectForeignCallback(const ApprovalCallback &callback)
{
    // The password was made by whatever answered at callback.siteUrl, not by the site being
    // connected: it goes nowhere (not even to be revoked: revoking sends it), and the user is
    // told where it lives.
    qCWarning(lcApproval).noquote()
        << "rejected an approval for" << SiteUrl::redacted(callback.siteUrl) << "while connecting"
        << SiteUrl::redacted(m_named) << "; its password was sent nowhere";
    m_timer.stop();
    m_outcome.travelled = ApprovalOutcome::Travelled::NotRevoked;
    m_outcome.travelledPasswordName = m_request.appName;
    m_outcome.travelledUserLogin = callback.userLogin;
    m_outcome.travelledSiteUrl = callback.siteUrl;
    const QString named =
        m_named.isValid() && !m_named.isEmpty() ? SiteUrl::origin(m_named) : m_address;
    Problem problem(
        ProblemCode::CrossOriginRedirect,
        tr("WordPress answered for %1, not for %2, the site being added. Latchkey "
           "used the password it sent nowhere and connected nothing.")
            .arg(SiteUrl::redacted(callback.siteUrl), named),
        tr("Revoke the application password “%1” of %2 at %3 (Users → Profile → "
           "Application Passwords), then add the site again with the address it "
           "really has.")
            .arg(m_request.appName, callback.userLogin, SiteUrl::redacted(callback.siteUrl)));
    m_outcome.revokeProblem = Problem(
        ProblemCode::CrossOriginRedirect,
        tr("Latchkey sends a password only to the site it was added for, so it did not revoke "
           "this one."));
    Q_EMIT callbackIgnored(problem.message());
    fail(std::move(problem));
}

Site ApprovalFlow::connectedDraft() const
{
    Site site = m_draft;
    site.baseUrl = m_discovery.siteUrl;
    site.restRoot = m_discovery.restRoot;
    site.userLogin = m_login;
    return site;
}

void ApprovalFlow::introspectTravelled()
{
    Q_EMIT progress(tr("Checking the password WordPress handed over…"));
    const ApplicationPasswordsApi api(
        WordPressClient(m_network, connectedDraft().endpoint(m_travelled)));
    m_current = api.introspect(UserRef::me(), this, [this](const Result<AppPassword> &result) {
        if (!result) {
            // Nothing works with it from here (e.g. the Authorization header is stripped), so it
            // cannot be revoked from here either.
            const Problem &problem = result.problem();
            m_outcome.revokeProblem = problem;
            fail(problem);
            return;
        }
        m_travelledUuid = result->uuid;
        if (!result->name.isEmpty())
            m_outcome.travelledPasswordName = result->name;
        mint(1);
    });
}

void ApprovalFlow::mint(int attempt)
{
    Q_EMIT progress(tr("Creating Latchkey's own application password…"));
    QString name = ApprovalRequest::defaultAppName(
        m_deviceName.isEmpty() ? QSysInfo::machineHostName() : m_deviceName,
        QDateTime::currentDateTime());
    if (attempt > 1 || name.compare(m_outcome.travelledPasswordName, Qt::CaseInsensitive) == 0)
        name = QStringLiteral("%1 (%2)").arg(name).arg(attempt + 1);
    m_mintedName = name;
    const ApplicationPasswordsApi api(
        WordPressClient(m_network, connectedDraft().endpoint(m_travelled)));
    m_current = api.create(
        UserRef::me(), name, QString::fromLatin1(AppIdentity::kAppId), this,
        [this, attempt](const Result<AppPassword> &result) {
            if (!result && result.problem().code() == ProblemCode::DuplicateName &&
                attempt < kMintAttempts) {
                mint(attempt + 1);
                return;
            }
            if (!result || result->password.isEmpty()) {
                const Problem problem =
                    result ? Problem::make(ProblemCode::InvalidResponse,
                                           QStringLiteral("create answered without a password"))
                           : result.problem();
                // The travelled password was meant for one use: revoke it anyway.
                revokeTravelled([this, problem] { fail(problem); });
                return;
            }
            m_minted = result->password;
            m_mintedUuid = result->uuid;
            m_mintedName = result->name.isEmpty() ? m_mintedName : result->name;
            connectSite();
        });
}

void ApprovalFlow::connectSite()
{
    auto *connector =
        new SiteConnector(m_network, m_secrets, m_sites, connectedDraft(), m_minted, this);
    m_current = connector;
    connect(connector, &SiteConnector::progress, this, &ApprovalFlow::progress);
    connect(connector, &SiteConnector::finished, this, &ApprovalFlow::onConnected);
    connector->start();
}

void ApprovalFlow::onConnected(const Result<Site> &site, const CheckResult &check)
{
    m_outcome.check = check;
    if (site) {
        m_outcome.kind = ApprovalOutcome::Kind::Connected;
        m_outcome.site = site;
        revokeTravelled([this] { finish(m_outcome); });
        return;
    }
    const Problem &problem = site.problem();
    if (problem.code() == ProblemCode::KeychainUnavailable) {
        // Keep the new password (the GUI shows it once); the exposed one goes.
        m_outcome.unsavedPassword = m_minted;
        m_outcome.unsavedPasswordName = m_mintedName;
        m_outcome.unsavedUserLogin = m_login;
        qCWarning(lcApproval) << "the keychain refused the new password; handing it to the user";
        revokeTravelled([this, problem] { fail(problem); });
        return;
    }
    // The new password is of no use: revoke both (the new one while the old one still works).
    revokeMinted([this, problem] { revokeTravelled([this, problem] { fail(problem); }); });
}

void ApprovalFlow::revokeTravelled(std::function<void()> then)
{
    if (m_travelledUuid.isEmpty()) {
        // Introspect never answered: nothing here knows the password's uuid.
        if (m_outcome.revokeProblem.isNull())
            m_outcome.revokeProblem = Problem::make(
                ProblemCode::InvalidResponse, QStringLiteral("the password's uuid is unknown"));
        then();
        return;
    }
    Q_EMIT progress(tr("Revoking the password that went through the browser…"));
    // With the new password when there is one (the travelled one may be revoked by itself
    // too, but the new one is the one known to stay valid).
    const QString &credential = m_minted.isEmpty() ? m_travelled : m_minted;
    const ApplicationPasswordsApi api(
        WordPressClient(m_network, connectedDraft().endpoint(credential)));
    m_current = api.revoke(UserRef::me(), m_travelledUuid, this,
                           [this, then = std::move(then)](const Problem &problem) {
                               if (problem) {
                                   qCWarning(lcApproval).noquote()
                                       << "could not revoke the travelled password:"
                                       << problem.toString();
                                   m_outcome.revokeProblem = problem;
                               } else {
                                   qCInfo(lcApproval) << "revoked the travelled password";
                                   m_outcome.travelled = ApprovalOutcome::Travelled::Revoked;
                                   m_outcome.revokeProblem = Problem();
                               }
                               wipe(m_travelled);
                               then();
                           });
}

void ApprovalFlow::revokeMinted(std::function<void()> then)
{
    if (m_mintedUuid.isEmpty()) {
        then();
        return;
    }
    const ApplicationPasswordsApi api(
        WordPressClient(m_network, connectedDraft().endpoint(m_travelled)));
    m_current = api.revoke(
        UserRef::me(), m_mintedUuid, this, [this, then = std::move(then)](const Problem &problem) {
            if (problem) {
                qCWarning(lcApproval).noquote()
                    << "could not revoke the unusable new password:" << problem.toString();
            }
            wipe(m_minted);
            then();
        });
}

void ApprovalFlow::finishUnavailable()
{
    ApprovalOutcome outcome;
    outcome.kind = ApprovalOutcome::Kind::Unavailable;
    outcome.check.discovery = m_discovery;
    Problem problem =
        Problem(ProblemCode::AppPasswordsUnavailable,
                tr("WordPress showed “Cannot Authorize Application”: application passwords are "
                   "not available to your user on this site, or the site sits behind HTTP "
                   "Basic authentication. Nothing was created."),
                tr("Ask the site's administrator to allow application passwords for your user "
                   "(a security plugin or the site's configuration may turn them off), or "
                   "sign in to WordPress as another user and try again."))
            .withCandidates(
                {ProblemCode::AppPasswordsUnavailable, ProblemCode::AppPasswordsDisabledForUser})
            .withDetail(QStringLiteral("the approval page answered error=disabled"));
    outcome.check.problem = problem;
    outcome.site = std::move(problem);
    finish(std::move(outcome));
}

void ApprovalFlow::finishDeclined()
{
    ApprovalOutcome outcome;
    outcome.kind = ApprovalOutcome::Kind::Declined;
    outcome.check.discovery = m_discovery;
    outcome.site = Problem(ProblemCode::Cancelled, tr("You declined the connection in WordPress."),
                           tr("Nothing was created. To connect Latchkey, try again and choose "
                              "“Yes, I approve of this connection”."));
    finish(std::move(outcome));
}

void ApprovalFlow::fail(Problem problem)
{
    ApprovalOutcome outcome = m_outcome;
    outcome.kind = ApprovalOutcome::Kind::Failed;
    if (outcome.check.problem.isNull())
        outcome.check.problem = problem;
    outcome.site = std::move(problem);
    finish(std::move(outcome));
}

void ApprovalFlow::finish(ApprovalOutcome outcome)
{
    if (m_stage == Stage::Finished)
        return;
    m_timer.stop();
    if (m_inbox)
        m_inbox->remove(this);
    wipeSecrets();
    setStage(Stage::Finished);
    Q_EMIT finished(outcome);
    if (!outcome.unsavedPassword.isEmpty())
        wipe(outcome.unsavedPassword);
    deleteLater();
}

void ApprovalFlow::wipeSecrets()
{
    wipe(m_travelled);
    wipe(m_minted);
    wipe(m_outcome.unsavedPassword);
}

} // namespace Latchkey
