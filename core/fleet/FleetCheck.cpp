#include "fleet/FleetCheck.h"

#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/UsersApi.h"

namespace Latchkey {

FleetCheck::FleetCheck(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
                       QObject *parent)
    : BulkTask(parent)
    , m_network(network)
    , m_site(std::move(site))
    , m_endpoint(std::move(endpoint))
{}

bool FleetCheck::isSiteOutcome(const CheckResult &result)
{
    return result.ok || (result.problem.code() != ProblemCode::Cancelled &&
                         result.problem.code() != ProblemCode::KeychainUnavailable);
}

void FleetCheck::recordOutcome(Site &site, const CheckResult &result, const QDateTime &at)
{
    if (!isSiteOutcome(result))
        return;
    site.lastCheck = {at, result.ok, result.ok ? QString() : result.problem.codeName(),
                      result.ok ? QString() : result.problem.message()};
    if (!result.ok)
        return;
    if (site.restRoot.isEmpty() && !result.restRoot.isEmpty())
        site.restRoot = result.restRoot;
    if (!result.passwordUuid.isEmpty()) {
        site.passwordUuid = result.passwordUuid;
        site.passwordName = result.passwordName;
    }
    if (site.userId == 0 && result.user.id > 0)
        site.userId = result.user.id;
}

BulkSiteResult FleetCheck::toBulkResult(const Site &site, const CheckResult &result)
{
    BulkSiteResult bulk;
    bulk.ok = result.ok;
    bulk.problem = result.problem;
    bulk.details = result.toJson();
    if (result.ok) {
        bulk.summary = tr("Signed in as %1 (%2).")
                           .arg(result.user.username, result.user.roles.join(QStringLiteral(", ")));
    } else {
        bulk.summary = result.problem.toString();
    }
    Q_UNUSED(site)
    return bulk;
}

void FleetCheck::start()
{
    m_clock.start();
    if (m_options.timeoutMs > 0) {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            // The full check has its own deadline; this one bounds the fast path.
            if (qobject_cast<ConnectionCheck *>(m_current.data()))
                return;
            if (auto *request = qobject_cast<WpRequest *>(m_current.data())) {
                m_current.clear();
                request->abort();
            }
            endStep(false, tr("no answer within the time limit"));
            m_result.ok = false;
            m_result.problem = Problem::make(ProblemCode::Timeout);
            done(m_result);
        });
        m_deadline.start(m_options.timeoutMs);
    }
    if (m_full || m_endpoint.restRoot.isEmpty() || !m_endpoint.hasCredentials()) {
        runFullCheck();
        return;
    }
    m_result.restRoot = m_endpoint.restRoot;
    authenticate();
}

void FleetCheck::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (auto *request = qobject_cast<WpRequest *>(m_current.data())) {
        request->abort(); // answers through its callback with cancelled
        return;
    }
    if (auto *check = qobject_cast<ConnectionCheck *>(m_current.data())) {
        check->cancel(); // finishes with cancelled
        return;
    }
    CheckResult result = m_result;
    result.ok = false;
    result.problem = Problem(ProblemCode::Cancelled);
    done(result);
}

void FleetCheck::authenticate()
{
    beginStep(QStringLiteral("authenticate"));
    m_current =
        UsersApi(WordPressClient(m_network, m_endpoint))
            .me(this, [this](const Result<WpUser> &user) {
                m_current.clear();
                if (!user) {
                    // A site that does not answer would make the full check wait
                    // once more: report it as it is.
                    if (user.problem().code() == ProblemCode::Timeout) {
                        endStep(false, user.problem().toString());
                        m_result.problem = user.problem();
                        done(m_result);
                        return;
                    }
                    runFullCheck();
                    return;
                }
                m_result.user = *user;
                endStep(true, tr("Signed in as %1 (user %2)").arg(user->username).arg(user->id));
                introspect();
            });
}

void FleetCheck::introspect()
{
    beginStep(QStringLiteral("introspect"));
    m_current =
        ApplicationPasswordsApi(WordPressClient(m_network, m_endpoint))
            .introspect(UserRef::me(), this, [this](const Result<AppPassword> &password) {
                m_current.clear();
                if (!password) {
                    runFullCheck();
                    return;
                }
                m_result.passwordUuid = password->uuid;
                m_result.passwordName = password->name;
                endStep(true,
                        tr("Application password \"%1\" (%2)").arg(password->name, password->uuid));
                beginStep(QStringLiteral("capabilities"));
                const WpUser &me = m_result.user;
                m_result.canEditPosts = me.can(QStringLiteral("edit_posts"));
                m_result.canPublishPosts = me.can(QStringLiteral("publish_posts"));
                m_result.canEditUsers = me.can(QStringLiteral("edit_users"));
                endStep(true, QStringLiteral("roles: %1").arg(me.roles.join(QStringLiteral(", "))));
                m_result.ok = true;
                // What discovery would have shown is proven by the authenticated requests:
                // keep the steps a full check reports, marked as implied.
                const QString implied = tr("Implied: %1 answered authenticated requests, so "
                                           "discovery was skipped.")
                                            .arg(m_endpoint.restRoot.toString());
                const QList<CheckStep> steps{{QStringLiteral("reach"), true, 0, implied},
                                             {QStringLiteral("rest_api"), true, 0, implied},
                                             {QStringLiteral("app_passwords"), true, 0, implied}};
                m_result.steps = steps + m_result.steps;
                done(m_result);
            });
}

// Something failed (or nothing is known yet): the full check says why.
void FleetCheck::runFullCheck()
{
    if (m_cancelled) {
        CheckResult result = m_result;
        result.ok = false;
        result.problem = Problem(ProblemCode::Cancelled);
        done(result);
        return;
    }
    auto *check = new ConnectionCheck(m_network, m_site.baseUrl, m_endpoint, this);
    ConnectionCheck::Options options = m_options;
    if (options.timeoutMs > 0)
        options.timeoutMs = int(std::max<qint64>(1000, options.timeoutMs - m_clock.elapsed()));
    check->setOptions(options);
    m_current = check;
    connect(check, &ConnectionCheck::finished, this, [this](const CheckResult &result) {
        m_current.clear();
        done(result);
    });
    check->start();
}

void FleetCheck::beginStep(const QString &name)
{
    m_stepName = name;
    m_stepClock.start();
}

void FleetCheck::endStep(bool ok, const QString &detail)
{
    m_result.steps.append(CheckStep{m_stepName, ok, m_stepClock.elapsed(), detail});
    m_stepName.clear();
}

void FleetCheck::done(const CheckResult &result)
{
    if (isFinished())
        return;
    m_deadline.stop();
    CheckResult final = result;
    if (final.ms == 0 && m_clock.isValid())
        final.ms = m_clock.elapsed();
    Q_EMIT checked(final);
    finish(toBulkResult(m_site, final));
}

} // namespace Latchkey
