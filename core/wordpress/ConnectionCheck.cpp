#include "ConnectionCheck.h"

#include "ApplicationPasswordsApi.h"
#include "CredentialOrigin.h"
#include "SiteUrl.h"
#include "UsersApi.h"
#include "diagnosis/XmlRpcProbe.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Latchkey {

namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// The site address a REST root belongs to: ".../wp-json/" and "...?rest_route=/" lose their
// REST part (SiteUrl::normalize drops a trailing wp-json and any query).
QString siteInputFromRestRoot(const QUrl &restRoot)
{
    return restRoot.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

} // namespace

QJsonObject CheckResult::toJson() const
{
    QJsonArray stepArray;
    for (const CheckStep &step : steps) {
        stepArray.append(QJsonObject{
            {QStringLiteral("name"), step.name},
            {QStringLiteral("ok"), step.ok},
            {QStringLiteral("ms"), step.ms},
            {QStringLiteral("detail"), step.detail},
        });
    }
    const QUrl root = restRoot.isEmpty() ? discovery.restRoot : restRoot;
    QJsonObject object{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("problem"), stringOrNull(problem.codeName())},
        {QStringLiteral("candidates"), QJsonArray::fromStringList(problem.candidateNames())},
        {QStringLiteral("message"),
         problem ? problem.message()
                 : QCoreApplication::translate("Latchkey::ConnectionCheck",
                                               "The site accepts this application password.")},
        {QStringLiteral("fix"), problem.fix()},
        {QStringLiteral("user"), stringOrNull(user.username)},
        {QStringLiteral("user_id"), user.id > 0 ? QJsonValue(user.id) : QJsonValue()},
        {QStringLiteral("roles"), QJsonArray::fromStringList(user.roles)},
        {QStringLiteral("can_edit_posts"), canEditPosts},
        {QStringLiteral("can_publish_posts"), canPublishPosts},
        {QStringLiteral("can_edit_users"), canEditUsers},
        {QStringLiteral("password_uuid"), stringOrNull(passwordUuid)},
        {QStringLiteral("password_name"), stringOrNull(passwordName)},
        {QStringLiteral("steps"), stepArray},
        {QStringLiteral("rest_root"), stringOrNull(root.toString())},
        {QStringLiteral("ms"), ms},
        {QStringLiteral("wordpress_version"), stringOrNull(discovery.wordPressVersion)},
        {QStringLiteral("suggested_url"), stringOrNull(suggestedUrl.toString())},
        {QStringLiteral("certificate"),
         certificate.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(certificate.toJson())},
    };
    if (!crossCheck.isEmpty())
        object.insert(QStringLiteral("cross_check"), crossCheck);
    if (problem && !problem.detail().isEmpty())
        object.insert(QStringLiteral("detail"), problem.detail());
    return object;
}

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *network, QUrl siteUrl,
                                 SiteEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_siteUrl(std::move(siteUrl))
    , m_endpoint(std::move(endpoint))
{
    // The address the user named is the credential origin; every request below is checked
    // against it (CredentialOrigin, in WpRequest), whatever discovery finds.
    if (m_siteUrl.isEmpty())
        m_siteUrl = m_endpoint.siteUrl;
    if (m_siteUrl.isEmpty() && !m_endpoint.restRoot.isEmpty())
        m_siteUrl = QUrl(siteInputFromRestRoot(m_endpoint.restRoot));
    if (m_endpoint.siteUrl.isEmpty())
        m_endpoint.siteUrl = m_siteUrl;
}

void ConnectionCheck::start()
{
    m_clock.start();
    if (m_options.timeoutMs > 0) {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &ConnectionCheck::onDeadline);
        m_deadline.start(m_options.timeoutMs);
    }
    discover();
}

void ConnectionCheck::onDeadline()
{
    if (m_finished)
        return;
    // Not "cancelled": the timeout is the problem to report.
    if (QObject *current = m_current.data())
        disconnect(current, nullptr, this, nullptr);
    if (auto *request = qobject_cast<WpRequest *>(m_current.data()))
        request->abort();
    else if (auto *discovery = qobject_cast<SiteDiscovery *>(m_current.data()))
        discovery->cancel();
    fail(Problem::make(ProblemCode::Timeout,
                       tr("the check did not finish within %1 s")
                           .arg(QString::number(m_options.timeoutMs / 1000.0, 'g', 4))));
}

void ConnectionCheck::later(std::function<void()> work)
{
    // Lets the request's other finished() receivers (the exchange recorder) run first.
    QMetaObject::invokeMethod(
        this,
        [this, work = std::move(work)] {
            if (!m_finished)
                work();
        },
        Qt::QueuedConnection);
}

void ConnectionCheck::record(const QString &step, const QByteArray &method, const WpReply &reply,
                             bool authenticated)
{
    HttpExchange exchange = HttpExchange::fromReply(step, method, reply, authenticated);
    if (!exchange.certificate.isNull())
        m_result.certificate = exchange.certificate;
    m_result.exchanges.append(exchange);
}

void ConnectionCheck::cancel()
{
    if (m_finished)
        return;
    if (auto *request = qobject_cast<WpRequest *>(m_current.data()))
        request->abort();
    else if (auto *discovery = qobject_cast<SiteDiscovery *>(m_current.data()))
        discovery->cancel();
    fail(Problem(ProblemCode::Cancelled));
}

// Discovery runs even when the endpoint already knows its REST root: it is cheap, and it tells
// whether application passwords are available, which is what makes a rejection explicable.
void ConnectionCheck::discover()
{
    QString input = m_siteUrl.toString();
    if (input.isEmpty())
        input = siteInputFromRestRoot(m_endpoint.restRoot);
    auto *discovery =
        new SiteDiscovery(m_network, input, m_endpoint.trustedCertificateSha256, this);
    if (m_options.timeoutMs > 0)
        discovery->setRequestTimeoutMs(m_options.timeoutMs);
    connect(discovery, &SiteDiscovery::exchanged, this, [this](const HttpExchange &exchange) {
        if (!exchange.certificate.isNull())
            m_result.certificate = exchange.certificate;
        m_result.exchanges.append(exchange);
    });
    connect(discovery, &SiteDiscovery::stepFinished, this, [this](const CheckStep &step) {
        if (m_finished)
            return;
        m_result.steps.append(step);
        Q_EMIT stepFinished(step);
    });
    connect(discovery, &SiteDiscovery::proposed, this,
            [this](const QUrl &proposed) { m_result.suggestedUrl = proposed; });
    connect(discovery, &SiteDiscovery::finished, this,
            [this](const Result<DiscoveryResult> &result) { onDiscovered(result); });
    m_current = discovery;
    discovery->start();
}

void ConnectionCheck::onDiscovered(const Result<DiscoveryResult> &result)
{
    m_current.clear();
    if (m_finished)
        return;
    if (!result) {
        fail(result.problem());
        return;
    }
    m_result.discovery = *result;
    if (result->redirected())
        m_result.suggestedUrl = result->siteUrl;
    if (Problem problem = originProblem(*result)) {
        m_result.suggestedUrl = CredentialOrigin::proposedSiteUrl(result->restRoot);
        fail(problem);
        return;
    }
    if (!result->appPasswordsAvailable) {
        Problem problem = result->appPasswordsProblem;
        fail(problem ? problem : Problem(ProblemCode::AppPasswordsUnavailable));
        return;
    }
    authenticate();
}

// The site must still live where the user named it: the same origin, or its silent upgrade
// (CredentialOrigin). Discovery already stops at any other move; this is the last look before
// a password is sent, against the named address, never against discovery itself.
Problem ConnectionCheck::originProblem(const DiscoveryResult &discovery) const
{
    const QUrl found = discovery.restRoot;
    if (found.isEmpty() || CredentialOrigin::acceptsWithoutAsking(m_endpoint.siteUrl, found))
        return {};
    return CredentialOrigin::proposalProblem(
        m_endpoint.siteUrl, CredentialOrigin::proposedSiteUrl(found), {},
        tr("REST API found at %1").arg(SiteUrl::redacted(found)));
}

void ConnectionCheck::authenticate()
{
    beginStep(QStringLiteral("authenticate"));
    // Credentials go where discovery found the REST API now (the named origin or its silent
    // upgrade: originProblem() has checked, and WpRequest checks every request again).
    if (!m_result.discovery.restRoot.isEmpty())
        m_endpoint.restRoot = m_result.discovery.restRoot;
    m_result.restRoot = m_endpoint.restRoot;
    if (!m_endpoint.hasCredentials()) {
        fail(Problem(ProblemCode::InvalidInput,
                     tr("A user name and an application password are needed to check the "
                        "connection.")));
        return;
    }
    WpRequest *request =
        UsersApi(WordPressClient(m_network, m_endpoint))
            .me(this, [this](const Result<WpUser> &user) {
                later([this, user] {
                    m_current.clear();
                    if (!user) {
                        onAuthenticationFailed(user.problem());
                        return;
                    }
                    m_result.user = *user;
                    endStep(true,
                            tr("Signed in as %1 (user %2)").arg(user->username).arg(user->id));
                    introspect();
                });
            });
    if (request) {
        connect(request, &WpRequest::finished, this, [this](const WpReply &reply) {
            record(QStringLiteral("authenticate"), QByteArrayLiteral("GET"), reply, true);
        });
    }
    m_current = request;
}

void ConnectionCheck::onAuthenticationFailed(Problem problem)
{
    const QString code = problem.wordPressCode();
    if (code == QLatin1String("incorrect_password") || code == QLatin1String("invalid_username") ||
        code == QLatin1String("invalid_email")) {
        // WordPress said exactly what was wrong: nothing else to guess.
        problem = Problem(ProblemCode::CredentialsRejected,
                          code == QLatin1String("incorrect_password")
                              ? tr("WordPress says the application password is wrong (it may "
                                   "have been revoked).")
                              : tr("WordPress does not know this user name."))
                      .withDetail(problem.detail())
                      .withHttpStatus(problem.httpStatus())
                      .withWordPressCode(code);
        fail(problem);
        return;
    }
    if (code == QLatin1String("application_passwords_disabled_for_user")) {
        fail(Problem(ProblemCode::AppPasswordsDisabledForUser)
                 .withDetail(problem.detail())
                 .withHttpStatus(problem.httpStatus())
                 .withWordPressCode(code));
        return;
    }
    if (problem.code() == ProblemCode::CredentialsRejected &&
        code == QLatin1String("rest_not_logged_in") && m_result.discovery.appPasswordsAvailable) {
        // On a bare WordPress a wrong password, a user whose application passwords are off and
        // a stripped Authorization header all look the same: ask for a second opinion, within
        // the "authenticate" step (its detail says what XML-RPC answered).
        crossCheck(problem);
        return;
    }
    fail(problem);
}

void ConnectionCheck::crossCheck(const Problem &rejected)
{
    using namespace XmlRpcProbe;
    const QUrl url = endpoint(m_result.discovery.wordPressUrl, m_result.discovery.siteUrl);
    if (!m_options.crossCheckXmlRpc || !SiteUrl::sameOrigin(url, m_endpoint.restRoot)) {
        concludeAnonymous(rejected, static_cast<int>(Verdict::Inconclusive),
                          tr("XML-RPC cross-check not run"));
        return;
    }
    auto *request = new WpRequest(m_network, m_endpoint, QByteArrayLiteral("POST"), url,
                                  requestBody(m_endpoint.login, m_endpoint.password), this);
    WpRequest::Options options = request->options();
    options.expectJson = false;
    options.maxRedirects = 0; // the body holds the password: never re-sent anywhere
    options.maxBodyBytes = 256 * 1024;
    if (m_options.timeoutMs > 0)
        options.inactivityTimeoutMs = m_options.timeoutMs;
    request->setOptions(options);
    connect(request, &WpRequest::finished, this, [this, rejected](const WpReply &reply) {
        m_current.clear();
        if (m_finished)
            return;
        record(QStringLiteral("cross_check"), QByteArrayLiteral("POST"), reply, true);
        QString detail;
        const Verdict verdict = readReply(reply, &detail);
        concludeAnonymous(rejected, static_cast<int>(verdict), detail);
    });
    m_current = request;
    request->start();
}

void ConnectionCheck::concludeAnonymous(const Problem &rejected, int verdictValue,
                                        const QString &verdictDetail)
{
    using XmlRpcProbe::Verdict;
    const auto verdict = static_cast<Verdict>(verdictValue);
    m_result.crossCheck = verdictDetail;
    const PasswordEvidence evidence = m_options.passwordEvidence;
    const QString howToTell =
        tr("To tell these apart: create a new application password (Users > Profile > "
           "Application Passwords) and check again at once. If a brand-new password fails too, "
           "the Authorization header is being removed; if the Application Passwords section is "
           "missing from the user's profile, they are turned off for this user.");
    const QString evidenceText = evidence == PasswordEvidence::JustCreated
                                     ? tr("This password was created moments ago.")
                                     : tr("This password worked in a check minutes ago.");
    Problem problem;
    switch (verdict) {
    case Verdict::Accepted:
        problem = Problem(ProblemCode::AuthHeaderStripped,
                          tr("The server removes the Authorization header before WordPress sees "
                             "it: the same application password works through WordPress's "
                             "XML-RPC interface (sent in the request body), but the REST API "
                             "received no credentials and treated the request as anonymous."));
        break;
    case Verdict::Rejected:
        if (evidence == PasswordEvidence::JustCreated) {
            problem = Problem(ProblemCode::AppPasswordsDisabledForUser,
                              tr("A password created moments ago is refused by both the REST API "
                                 "and XML-RPC: most likely application passwords are turned off "
                                 "for this user (a plugin or custom code can do that per user or "
                                 "role)."))
                          .withCandidates(
                              {ProblemCode::CredentialsRejected, ProblemCode::AuthHeaderStripped});
        } else {
            problem = Problem(ProblemCode::CredentialsRejected,
                              tr("WordPress refuses this application password, through the REST "
                                 "API and through XML-RPC: it is wrong or was revoked, or "
                                 "application passwords are turned off for this user. ") +
                                  howToTell)
                          .withCandidates({ProblemCode::AppPasswordsDisabledForUser,
                                           ProblemCode::AuthHeaderStripped});
        }
        break;
    case Verdict::Unavailable:
    case Verdict::Inconclusive:
        if (evidence != PasswordEvidence::Unknown) {
            problem = Problem(ProblemCode::AuthHeaderStripped,
                              evidenceText + QLatin1Char(' ') +
                                  tr("Yet WordPress treated the request as anonymous "
                                     "(rest_not_logged_in), which is what happens when the "
                                     "server removes the Authorization header. Application "
                                     "passwords turned off for this user, or a password "
                                     "revoked since, answer the same way. ") +
                                  howToTell)
                          .withCandidates({ProblemCode::AppPasswordsDisabledForUser,
                                           ProblemCode::CredentialsRejected});
        } else {
            problem = Problem(ProblemCode::CredentialsRejected,
                              tr("WordPress treated the request as anonymous "
                                 "(rest_not_logged_in). A wrong or revoked application "
                                 "password, application passwords turned off for this user, "
                                 "and a server that removes the Authorization header all look "
                                 "the same on this site. ") +
                                  howToTell)
                          .withCandidates({ProblemCode::AppPasswordsDisabledForUser,
                                           ProblemCode::AuthHeaderStripped});
        }
        break;
    }
    problem.withDetail(rejected.detail() + QStringLiteral("; ") + verdictDetail)
        .withHttpStatus(rejected.httpStatus())
        .withWordPressCode(rejected.wordPressCode());
    fail(problem);
}

void ConnectionCheck::introspect()
{
    beginStep(QStringLiteral("introspect"));
    WpRequest *request =
        ApplicationPasswordsApi(WordPressClient(m_network, m_endpoint))
            .introspect(UserRef::me(), this, [this](const Result<AppPassword> &password) {
                later([this, password] {
                    m_current.clear();
                    if (!password) {
                        fail(password.problem());
                        return;
                    }
                    m_result.passwordUuid = password->uuid;
                    m_result.passwordName = password->name;
                    endStep(
                        true,
                        tr("Application password \"%1\" (%2)").arg(password->name, password->uuid));
                    checkCapabilities();
                });
            });
    if (request) {
        connect(request, &WpRequest::finished, this, [this](const WpReply &reply) {
            record(QStringLiteral("introspect"), QByteArrayLiteral("GET"), reply, true);
        });
    }
    m_current = request;
}

// Not being allowed to publish is a fact to report, not a failed connection.
void ConnectionCheck::checkCapabilities()
{
    beginStep(QStringLiteral("capabilities"));
    const WpUser &user = m_result.user;
    m_result.canEditPosts = user.can(QStringLiteral("edit_posts"));
    m_result.canPublishPosts = user.can(QStringLiteral("publish_posts"));
    m_result.canEditUsers = user.can(QStringLiteral("edit_users"));
    QString detail = QStringLiteral("roles: %1; edit_posts: %2, publish_posts: %3, edit_users: %4")
                         .arg(user.roles.join(QStringLiteral(", ")), yesNo(m_result.canEditPosts),
                              yesNo(m_result.canPublishPosts), yesNo(m_result.canEditUsers));
    if (user.capabilities.isEmpty())
        detail = tr("WordPress did not list the user's capabilities.");
    endStep(true, detail);
    succeed();
}

void ConnectionCheck::beginStep(const QString &name)
{
    m_stepName = name;
    m_stepClock.start();
}

void ConnectionCheck::endStep(bool ok, const QString &detail)
{
    if (m_stepName.isEmpty())
        return;
    const CheckStep step{m_stepName, ok, m_stepClock.elapsed(), detail};
    m_stepName.clear();
    m_result.steps.append(step);
    Q_EMIT stepFinished(step);
}

void ConnectionCheck::fail(Problem problem)
{
    if (m_finished)
        return;
    endStep(false, problem.toString());
    // Discovery reports its own failing step; make sure a failure is never without one.
    if (m_result.steps.isEmpty() || m_result.steps.constLast().ok) {
        const CheckStep step{m_result.steps.isEmpty() ? QStringLiteral("reach")
                                                      : QStringLiteral("authenticate"),
                             false, 0, problem.toString()};
        m_result.steps.append(step);
        Q_EMIT stepFinished(step);
    }
    m_finished = true;
    m_deadline.stop();
    m_current.clear();
    m_result.ok = false;
    m_result.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.problem = std::move(problem);
    Q_EMIT finished(m_result);
    deleteLater();
}

void ConnectionCheck::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_current.clear();
    m_result.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.ok = true;
    m_result.problem = Problem();
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Latchkey
