#include "CheckRunner.h"

#include "GuiSettings.h"
#include "sites/SiteStore.h"

namespace Latchkey {

CheckRunner::CheckRunner(AppServices services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

void CheckRunner::check(const QStringList &siteIds)
{
    for (const QString &id : siteIds) {
        if (!m_queue.contains(id) && !m_running.contains(id))
            m_queue.append(id);
    }
    startNext();
}

void CheckRunner::cancelAll()
{
    const QStringList queued = m_queue;
    m_queue.clear();
    const auto running = m_running;
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        if (auto *check = qobject_cast<ConnectionCheck *>(it.value().data()))
            check->cancel(); // finishes with "cancelled", which completes the site
        else if (it.value())
            delete it.value().data();
    }
    for (const QString &id : queued) {
        CheckResult result;
        result.problem = Problem::make(ProblemCode::Cancelled);
        Q_EMIT finished(id, result);
    }
    // Sites whose keychain read was still pending.
    QStringList stuck;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!it.value())
            stuck.append(it.key());
    }
    for (const QString &id : std::as_const(stuck)) {
        CheckResult result;
        result.problem = Problem::make(ProblemCode::Cancelled);
        m_running.remove(id);
        Q_EMIT finished(id, result);
    }
    if (!isBusy())
        Q_EMIT idle();
}

bool CheckRunner::isRunning(const QString &siteId) const
{
    return m_running.contains(siteId) || m_queue.contains(siteId);
}

std::optional<CheckResult> CheckRunner::lastResult(const QString &siteId) const
{
    const auto it = m_results.constFind(siteId);
    if (it == m_results.cend())
        return std::nullopt;
    return *it;
}

void CheckRunner::startNext()
{
    const int limit =
        m_services.settings ? m_services.settings->concurrency() : GuiSettings::kDefaultConcurrency;
    while (!m_queue.isEmpty() && m_running.size() < limit)
        run(m_queue.takeFirst());
    if (!isBusy())
        Q_EMIT idle();
}

void CheckRunner::run(const QString &siteId)
{
    const std::optional<Site> site = m_services.sites->byId(siteId);
    if (!site)
        return;
    // The context owns everything for this site; deleting it drops every pending callback.
    auto *context = new QObject(this);
    m_running.insert(siteId, context);
    Q_EMIT started(siteId);
    m_services.withEndpoint(
        *site, context, [this, siteId, site, context](const Result<SiteEndpoint> &endpoint) {
            if (!endpoint) {
                CheckResult result;
                result.problem = endpoint.problem();
                result.steps.append(
                    CheckStep{QStringLiteral("keychain"), false, 0, endpoint.problem().message()});
                Q_EMIT stepFinished(siteId, result.steps.constLast());
                complete(siteId, result);
                context->deleteLater();
                return;
            }
            auto *check = new ConnectionCheck(m_services.network, site->baseUrl, *endpoint, this);
            m_running.insert(siteId, check);
            context->deleteLater();
            connect(check, &ConnectionCheck::stepFinished, this,
                    [this, siteId](const CheckStep &step) { Q_EMIT stepFinished(siteId, step); });
            connect(check, &ConnectionCheck::finished, this,
                    [this, siteId](const CheckResult &result) { complete(siteId, result); });
            check->start();
        });
}

void CheckRunner::complete(const QString &siteId, const CheckResult &result)
{
    m_running.remove(siteId);
    m_results.insert(siteId, result);
    const bool cancelled = result.problem.code() == ProblemCode::Cancelled;
    if (!cancelled) {
        const Result<Site> saved = m_services.sites->modify(siteId, [&result](Site &site) {
            site.lastCheck.at = QDateTime::currentDateTimeUtc();
            site.lastCheck.ok = result.ok;
            site.lastCheck.problem = result.ok ? QString() : result.problem.codeName();
            site.lastCheck.message = result.ok ? QString() : result.problem.message();
        });
        if (saved) {
            m_services.record(*saved, QStringLiteral("connection_tested"),
                              result.ok
                                  ? tr("Tested the connection: everything works.")
                                  : tr("Tested the connection: %1 [%2]")
                                        .arg(result.problem.message(), result.problem.codeName()),
                              result.ok);
        }
    }
    Q_EMIT finished(siteId, result);
    startNext();
}

} // namespace Latchkey
