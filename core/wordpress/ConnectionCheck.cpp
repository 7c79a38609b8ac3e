#include "ConnectionCheck.h"

#include "ApplicationPasswordsApi.h"
#include "SiteUrl.h"
#include "UsersApi.h"

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
    return QJsonObject{
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
    };
}

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *network, QUrl siteUrl,
                                 SiteEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_siteUrl(std::move(siteUrl))
    , m_endpoint(std::move(endpoint))
{}

void ConnectionCheck::start()
{
    discover();
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
    connect(discovery, &SiteDiscovery::stepFinished, this, [this](const CheckStep &step) {
        if (m_finished)
            return;
        m_result.steps.append(step);
        Q_EMIT stepFinished(step);
    });
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
    if (!result->appPasswordsAvailable) {
        Problem problem = result->appPasswordsProblem;
        fail(problem ? problem : Problem(ProblemCode::AppPasswordsUnavailable));
        return;
    }
    authenticate();
}

void ConnectionCheck::authenticate()
{
    beginStep(QStringLiteral("authenticate"));
    if (m_endpoint.restRoot.isEmpty())
        m_endpoint.restRoot = m_result.discovery.restRoot;
    m_result.restRoot = m_endpoint.restRoot;
    if (!m_endpoint.hasCredentials()) {
        fail(Problem(ProblemCode::InvalidInput,
                     tr("A user name and an application password are needed to check the "
                        "connection.")));
        return;
    }
    m_current =
        UsersApi(WordPressClient(m_network, m_endpoint)).me(this, [this](Result<WpUser> user) {
            m_current.clear();
            if (m_finished)
                return;
            if (!user) {
                Problem problem = user.problem();
                const QString code = problem.wordPressCode();
                if (code == QLatin1String("incorrect_password") ||
                    code == QLatin1String("invalid_username") ||
                    code == QLatin1String("invalid_email")) {
                    // WordPress said exactly what was wrong: nothing else to guess.
                    if (problem.code() != ProblemCode::CredentialsRejected) {
                        problem = Problem(ProblemCode::CredentialsRejected)
                                      .withDetail(problem.detail())
                                      .withHttpStatus(problem.httpStatus())
                                      .withWordPressCode(code);
                    }
                    problem.withCandidates({});
                } else if (code == QLatin1String("application_passwords_disabled_for_user") &&
                           problem.code() != ProblemCode::AppPasswordsDisabledForUser) {
                    problem = Problem(ProblemCode::AppPasswordsDisabledForUser)
                                  .withDetail(problem.detail())
                                  .withHttpStatus(problem.httpStatus())
                                  .withWordPressCode(code);
                } else if (problem.code() == ProblemCode::CredentialsRejected &&
                           code == QLatin1String("rest_not_logged_in") &&
                           m_result.discovery.appPasswordsAvailable) {
                    // On a bare WordPress a wrong password, a user whose
                    // application passwords are off and a stripped Authorization
                    // header all look the same.
                    problem.withCandidates({ProblemCode::AppPasswordsDisabledForUser,
                                            ProblemCode::AuthHeaderStripped});
                }
                fail(problem);
                return;
            }
            m_result.user = *user;
            endStep(true, tr("Signed in as %1 (user %2)").arg(user->username).arg(user->id));
            introspect();
        });
}

void ConnectionCheck::introspect()
{
    beginStep(QStringLiteral("introspect"));
    m_current =
        ApplicationPasswordsApi(WordPressClient(m_network, m_endpoint))
            .introspect(UserRef::me(), this, [this](Result<AppPassword> password) {
                m_current.clear();
                if (m_finished)
                    return;
                if (!password) {
                    fail(password.problem());
                    return;
                }
                m_result.passwordUuid = password->uuid;
                m_result.passwordName = password->name;
                endStep(true,
                        tr("Application password \"%1\" (%2)").arg(password->name, password->uuid));
                checkCapabilities();
            });
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
    m_current.clear();
    m_result.ok = false;
    m_result.problem = std::move(problem);
    Q_EMIT finished(m_result);
    deleteLater();
}

void ConnectionCheck::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_current.clear();
    m_result.ok = true;
    m_result.problem = Problem();
    Q_EMIT finished(m_result);
    deleteLater();
}

} // namespace Latchkey
