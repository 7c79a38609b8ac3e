#include "CheckRunner.h"

#include "GuiSettings.h"
#include "fleet/BulkRunner.h"
#include "fleet/FleetCheck.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"

namespace Latchkey {

CheckRunner::CheckRunner(AppServices services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    // Bulk outcomes are saved (and shown) in batches: one write of the site list per second, as
    // latchkey-cli does (each write serialises every site: thousands with an agency's list).
    m_flushTimer.setInterval(1000);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &CheckRunner::flushBulk);
}

CheckRunner::~CheckRunner()
{
    if (m_bulk)
        m_bulk->disconnect(this);
}

ConnectionCheck::Options CheckRunner::optionsFor(const Site &site) const
{
    ConnectionCheck::Options options;
    const int seconds = m_services.settings ? m_services.settings->requestTimeoutSeconds()
                                            : GuiSettings::kDefaultRequestTimeoutSeconds;
    options.timeoutMs = seconds * 1000;
    if (site.lastCheck.ok && site.lastCheck.at.isValid() &&
        site.lastCheck.at.secsTo(QDateTime::currentDateTimeUtc()) <
            ConnectionCheck::kRecentlyVerifiedSeconds)
        options.passwordEvidence = ConnectionCheck::PasswordEvidence::RecentlyVerified;
    return options;
}

void CheckRunner::check(const QStringList &siteIds)
{
    QStringList wanted;
    QSet<QString> seen; // a set: "Test" on thousands of selected sites stays linear
    for (const QString &id : siteIds) {
        if (!isRunning(id) && !seen.contains(id)) {
            seen.insert(id);
            wanted.append(id);
        }
    }
    if (wanted.size() > 1 && !isBulkRunning()) {
        startBulk(wanted);
        return;
    }
    m_queue.append(wanted);
    startNext();
}

bool CheckRunner::isBulkRunning() const
{
    return m_bulk && m_bulk->isRunning();
}

int CheckRunner::bulkFailedCount() const
{
    return m_bulk ? m_bulk->failedCount() : 0;
}

void CheckRunner::cancelAll()
{
    if (isBulkRunning())
        m_bulk->cancel(); // every site not finished gets a cancelled result at once
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
    return m_running.contains(siteId) || m_queue.contains(siteId) || m_bulkPending.contains(siteId);
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
            check->setOptions(optionsFor(*site));
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
    // Neither a cancelled check nor a keychain that could not be read says anything about the
    // site: its last check stays as it was.
    if (FleetCheck::isSiteOutcome(result)) {
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

void CheckRunner::startBulk(const QStringList &siteIds)
{
    // One pass over the store (byId() for each would be quadratic with thousands of sites).
    QHash<QString, qsizetype> rows;
    const QList<Site> &stored = m_services.sites->sites();
    for (qsizetype row = 0; row < stored.size(); ++row)
        rows.insert(stored.at(row).id, row);
    QList<Site> sites;
    for (const QString &id : siteIds) {
        if (const auto it = rows.constFind(id); it != rows.cend())
            sites.append(stored.at(*it));
    }
    if (sites.isEmpty())
        return;
    if (m_bulk)
        m_bulk->deleteLater();
    QNetworkAccessManager *network = m_services.network;
    m_bulk = new BulkRunner(
        m_services.secrets, sites,
        [this, network](const Site &site, const SiteEndpoint &endpoint) -> BulkTask * {
            auto *check = new FleetCheck(network, site, endpoint);
            check->setCheckOptions(optionsFor(site));
            const QString id = site.id;
            connect(check, &FleetCheck::checked, this,
                    [this, id](const CheckResult &result) { bulkResult(id, result); });
            return check;
        },
        this);
    m_bulk->setConcurrency(m_services.settings ? m_services.settings->concurrency()
                                               : GuiSettings::kDefaultConcurrency);
    connectBulk();
    for (const Site &site : std::as_const(sites)) {
        m_bulkPending.insert(site.id);
        Q_EMIT started(site.id);
    }
    Q_EMIT bulkStarted(int(sites.size()));
    m_bulkActivity.emplace(QStringLiteral("bulk_check"), tr("Connection test"));
    m_bulk->start();
}

void CheckRunner::connectBulk()
{
    BulkRunner *bulk = m_bulk;
    connect(bulk, &BulkRunner::siteFinished, this,
            [this, bulk](int index, const BulkSiteResult &result) {
                if (m_bulkActivity)
                    m_bulkActivity->add(bulk->sites().at(index), result);
                const QString id = bulk->sites().at(index).id;
                if (!m_bulkPending.contains(id))
                    return; // recorded from the check itself
                // No check ran: the password could not be read, or the run was cancelled.
                CheckResult check;
                check.problem = result.problem;
                bulkResult(id, check);
            });
    connect(bulk, &BulkRunner::progress, this, &CheckRunner::bulkProgress);
    connect(bulk, &BulkRunner::finished, this, [this, bulk] {
        flushBulk();
        // One entry per site with the run's counts (instead of one per check as it comes).
        if (m_bulkActivity && m_services.activity)
            m_bulkActivity->appendTo(*m_services.activity);
        m_bulkActivity.reset();
        Q_EMIT bulkFinished(bulk->okCount(), bulk->failedCount());
        if (!isBusy())
            Q_EMIT idle();
    });
}

bool CheckRunner::retryFailed()
{
    if (!m_bulk || m_bulk->isRunning())
        return false;
    const auto &results = m_bulk->results();
    QStringList ids;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results.at(i) || !results.at(i)->ok)
            ids.append(m_bulk->sites().at(i).id);
    }
    m_bulkActivity.emplace(QStringLiteral("bulk_check"), tr("Connection test (retry)"));
    if (ids.isEmpty() || !m_bulk->retryFailed())
        return false;
    for (const QString &id : std::as_const(ids)) {
        m_bulkPending.insert(id);
        Q_EMIT started(id);
    }
    Q_EMIT bulkStarted(int(ids.size()));
    return true;
}

void CheckRunner::bulkResult(const QString &siteId, const CheckResult &result)
{
    if (!m_bulkPending.remove(siteId))
        return;
    m_results.insert(siteId, result);
    m_unsaved.append({siteId, result});
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void CheckRunner::flushBulk()
{
    m_flushTimer.stop();
    if (m_unsaved.isEmpty())
        return;
    const QList<QPair<QString, CheckResult>> batch = std::exchange(m_unsaved, {});
    QHash<QString, CheckResult> outcomes;
    for (const auto &[id, result] : batch) {
        if (FleetCheck::isSiteOutcome(result))
            outcomes.insert(id, result);
    }
    if (!outcomes.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Written on a worker thread: serialising thousands of sites here stalled the window.
        m_services.sites->modifyManyInBackground(
            outcomes.keys(),
            [&outcomes, &now](Site &site) {
                // As latchkey-cli saves it: with the REST root known, the next check is two
                // small requests instead of five with the site's whole REST index.
                FleetCheck::recordOutcome(site, outcomes[site.id], now);
            },
            this,
            [](const Problem &saved) {
                if (saved)
                    qWarning("Check results not saved: %s", qPrintable(saved.toString()));
            });
    }
    for (const auto &[id, result] : batch)
        Q_EMIT finished(id, result);
}

} // namespace Latchkey
