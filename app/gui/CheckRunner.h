#pragma once

#include "AppServices.h"
#include "fleet/BulkActivity.h"
#include "wordpress/ConnectionCheck.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Latchkey {

class BulkRunner;

// Runs connection checks for one site or many, remembers the latest full result of each site
// for this session, saves the outcome with the site (last checked) and records it in the
// activity log. One site runs a full ConnectionCheck that reports each step as it goes; several
// sites run on a BulkRunner with FleetCheck tasks (bounded concurrency from the settings,
// progress with an ETA, cancel, retry of the failed ones), their outcomes saved in batches so
// that hundreds of sites cost a few writes of the site list, not hundreds.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(AppServices services, QObject *parent = nullptr);
    ~CheckRunner() override;

    void check(const QStringList &siteIds);
    void cancelAll();
    // Checks again the sites of the last bulk run that did not succeed; false when none.
    bool retryFailed();
    bool isRunning(const QString &siteId) const;
    bool isBusy() const
    {
        return !m_queue.isEmpty() || !m_running.isEmpty() || !m_bulkPending.isEmpty();
    }
    bool isBulkRunning() const;
    // Sites of the last bulk run whose result was not ok (0 while none ran).
    int bulkFailedCount() const;
    // The latest result of this session, if any.
    std::optional<CheckResult> lastResult(const QString &siteId) const;
    // What a check of this site is run with: the settings' time-out, and RecentlyVerified when
    // the site's last check succeeded minutes ago.
    ConnectionCheck::Options optionsFor(const Site &site) const;

Q_SIGNALS:
    void started(const QString &siteId);
    void stepFinished(const QString &siteId, const Latchkey::CheckStep &step);
    void finished(const QString &siteId, const Latchkey::CheckResult &result);
    // A bulk run (several sites) started, advanced, ended.
    void bulkStarted(int total);
    void bulkProgress(int done, int total, qint64 etaMs);
    void bulkFinished(int okCount, int failedCount);
    void idle();

private:
    void startNext();
    void run(const QString &siteId);
    void complete(const QString &siteId, const CheckResult &result);
    void startBulk(const QStringList &siteIds);
    void connectBulk();
    void bulkResult(const QString &siteId, const CheckResult &result);
    void flushBulk();

    AppServices m_services;
    QStringList m_queue;
    QHash<QString, QPointer<QObject>> m_running; // site id -> its context (and check)
    QHash<QString, CheckResult> m_results;
    // Bulk path.
    QPointer<BulkRunner> m_bulk;
    std::optional<BulkActivity> m_bulkActivity;   // this run's results, for the activity log
    QSet<QString> m_bulkPending;                  // started, no result shown yet
    QList<QPair<QString, CheckResult>> m_unsaved; // results waiting for the next flush
    QTimer m_flushTimer;
};

} // namespace Latchkey
