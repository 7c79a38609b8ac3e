#include "fleet/FleetTask.h"

#include "wordpress/SiteDiscovery.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace Latchkey {

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject appPasswordJson(const AppPassword &password)
{
    return QJsonObject{
        {QStringLiteral("uuid"), password.uuid},
        {QStringLiteral("name"), password.name},
        {QStringLiteral("app_id"), password.appId},
        {QStringLiteral("created"), isoOrEmpty(password.created)},
        {QStringLiteral("last_used"), password.lastUsed.isValid()
                                          ? QJsonValue(isoOrEmpty(password.lastUsed))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_ip"),
         password.lastIp.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(password.lastIp)},
    };
}

FleetTask::FleetTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
                     QObject *parent)
    : BulkTask(parent)
    , m_network(network)
    , m_site(std::move(site))
    , m_endpoint(std::move(endpoint))
{}

FleetTask::~FleetTask()
{
    // Deleting a request aborts its reply without calling anyone back.
    if (auto *request = qobject_cast<WpRequest *>(m_current.data()))
        delete request;
}

void FleetTask::start()
{
    if (!m_endpoint.restRoot.isEmpty()) {
        run();
        return;
    }
    // Imported without a check: find the REST root first (anonymously).
    auto *discovery = new SiteDiscovery(m_network, m_site.baseUrl.toString(),
                                        m_endpoint.trustedCertificateSha256, this);
    m_current = discovery;
    connect(discovery, &SiteDiscovery::finished, this,
            [this](const Result<DiscoveryResult> &found) {
                m_current.clear();
                if (stopIfCancelled())
                    return;
                if (!found) {
                    fail(found.problem());
                    return;
                }
                m_endpoint.restRoot = found->restRoot;
                run();
            });
    discovery->start();
}

void FleetTask::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (auto *request = qobject_cast<WpRequest *>(m_current.data()))
        request->abort(); // its callback sees cancelled and stops
    else if (auto *discovery = qobject_cast<SiteDiscovery *>(m_current.data()))
        discovery->cancel();
    else
        stopIfCancelled();
}

WordPressClient FleetTask::client() const
{
    return WordPressClient(m_network, m_endpoint);
}

ApplicationPasswordsApi FleetTask::passwords() const
{
    return ApplicationPasswordsApi(client());
}

WpRequest *FleetTask::track(WpRequest *request)
{
    m_current = request;
    return request;
}

bool FleetTask::stopIfCancelled()
{
    if (!m_cancelled)
        return false;
    fail(Problem(ProblemCode::Cancelled));
    return true;
}

void FleetTask::fail(Problem problem, QJsonObject details)
{
    BulkSiteResult result;
    result.ok = false;
    result.summary = problem.toString();
    result.problem = std::move(problem);
    result.details = std::move(details);
    finish(result);
}

void FleetTask::succeed(const QString &summary, QJsonObject details)
{
    BulkSiteResult result;
    result.ok = true;
    result.summary = summary;
    result.details = std::move(details);
    finish(result);
}

void FleetTask::listUsers(const std::function<void(Result<QList<WpUser>>)> &done)
{
    fetchUsersPage(1, {}, done);
}

void FleetTask::fetchUsersPage(int page, QList<WpUser> users,
                               const std::function<void(Result<QList<WpUser>>)> &done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    WpRequest *request = track(client().get(QStringLiteral("/wp/v2/users"), query));
    connect(request, &WpRequest::finished, this,
            [this, page, users, done](const WpReply &reply) mutable {
                if (!reply.ok()) {
                    Problem problem = reply.problem;
                    if (reply.httpStatus == 403 || reply.httpStatus == 401) {
                        problem =
                            Problem::make(ProblemCode::InsufficientCapability, problem.detail())
                                .withHttpStatus(reply.httpStatus)
                                .withWordPressCode(reply.wordPressCode());
                    }
                    done(problem);
                    return;
                }
                if (!reply.json.isArray()) {
                    done(Problem::make(ProblemCode::InvalidResponse,
                                       QStringLiteral("expected a list of users")));
                    return;
                }
                const QJsonArray array = reply.json.toArray();
                for (const QJsonValue value : array) {
                    WpUser user = WpUser::fromJson(value.toObject());
                    if (user.id > 0)
                        users.append(user);
                }
                const int pages = reply.header("X-WP-TotalPages").toInt();
                if (page < pages && page < 50 && !array.isEmpty()) {
                    fetchUsersPage(page + 1, users, done);
                    return;
                }
                done(users);
            });
    request->start();
}

} // namespace Latchkey
