#pragma once

#include "Problem.h"
#include "SiteDeadline.h"
#include "sites/Site.h"
#include "wordpress/SiteEndpoint.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace Latchkey {

class SecretStore;

// What one bulk operation did on one site: a plain value for models and reports.
struct BulkSiteResult
{
    QString siteId;
    bool ok = false;
    Problem problem;      // null when ok; cancelled for sites stopped or never started
    bool started = false; // false: cancelled before anything was sent to the site
    QString summary;      // one translated line for people
    QJsonObject details;  // the operation's own data (the CLI's JSON)
    qint64 ms = 0;        // from the start of the site's work to its result
    int attempt = 1;      // 2 after one retry, ...
};

// One unit of bulk work on one site, with its credentials already read. Subclasses call
// finish() exactly once; cancel() must abort running requests and finish soon (cancelled).
class BulkTask : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void cancel() = 0;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const Latchkey::BulkSiteResult &result);

protected:
    // Emits finished (once), then deletes the task. siteId and timing are filled in by the
    // runner.
    void finish(const BulkSiteResult &result);

private:
    bool m_finished = false;
};

// Runs one task per site with bounded concurrency: reads each site's password shortly before
// its work starts (in batches of about the concurrency, in bulk where the secret store can;
// never every password of the run at once), drops it when the site's task ends, starts tasks
// as their passwords arrive, reports each site's result as
// it comes, progress with counts and an ETA, and can be cancelled (nothing new starts from that
// moment; running tasks abort their requests; every site not finished gets a cancelled result)
// and run again on the sites that did not succeed (retryFailed). Each run ends with finished().
// Every site gets exactly one result per run.
class BulkRunner : public QObject
{
    Q_OBJECT

public:
    using TaskFactory = std::function<BulkTask *(const Site &site, const SiteEndpoint &endpoint)>;

    // Where the time went in the last run (LATCHKEY_TRACE_TIMING); never anything secret.
    struct Timing
    {
        qint64 totalMs = 0;
        qint64 secretReads = 0;
        qint64 secretReadMs = 0;  // from the first read asked to the last answered
        qint64 secretStallMs = 0; // free slots and sites waiting, but no password read yet
        qint64 tasksMs = 0;       // sum of the tasks' own durations
    };

    static constexpr int kDefaultConcurrency = 8;
    static constexpr int kMaxConcurrency = 64;

    BulkRunner(SecretStore *secrets, QList<Site> sites, TaskFactory factory,
               QObject *parent = nullptr);

    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    // Each site's overall deadline from the start of its task (SiteDeadline; 0: none). A task
    // past it is cancelled and its result is timeout; one that has to reach a safe point first
    // (a rotation past creating its new password) is stopped SiteDeadline::graceMs() later
    // wherever it is, and its journal finishes it.
    void setSiteDeadlineMs(int milliseconds) { m_siteDeadlineMs = std::max(0, milliseconds); }
    int siteDeadlineMs() const { return m_siteDeadlineMs; }

    const QList<Site> &sites() const { return m_sites; }
    // Index-aligned with sites(); empty until the site's result of this run arrived.
    const QList<std::optional<BulkSiteResult>> &results() const { return m_results; }
    bool isRunning() const { return m_running; }
    int total() const { return int(m_pendingTotal); }
    int doneCount() const { return m_done; }
    int okCount() const;
    int failedCount() const; // everything not ok, cancelled included
    // Milliseconds until the run should end, from the pace so far; -1 before the first result.
    qint64 etaMs() const;
    Timing timing() const { return m_timing; }

    // Runs every site.
    void start();
    // Runs again the sites whose last result is not ok (failed, cancelled, never started).
    // Returns false when there is nothing to retry (finished() is not emitted then).
    bool retryFailed();
    void cancel();

Q_SIGNALS:
    void siteStarted(int index);
    void siteFinished(int index, const Latchkey::BulkSiteResult &result);
    void progress(int done, int total, qint64 etaMs);
    void finished();

private:
    void run(const QList<int> &indices);
    int readAheadWindow() const;
    void readAhead();
    void onSecret(int index, const Result<QString> &secret);
    void pump();
    void record(int index, BulkSiteResult result);
    void armDeadline(int index, BulkTask *task);
    void maybeFinish();
    void updateStall();

    SecretStore *m_secrets;
    QList<Site> m_sites;
    TaskFactory m_factory;
    int m_concurrency = kDefaultConcurrency;
    int m_siteDeadlineMs = SiteDeadline::kDefaultSeconds * 1000;
    QSet<int> m_timedOut; // indices whose task passed its deadline in this run
    QList<std::optional<BulkSiteResult>> m_results;
    QList<int> m_attempts;
    QList<int> m_waitingForSecret;           // indices whose password is not asked for yet
    QList<int> m_reading;                    // asked for, not answered
    QList<QPair<int, SiteEndpoint>> m_ready; // password read, not started
    QList<QPointer<BulkTask>> m_tasks;       // running
    QHash<int, qint64> m_startedAt;
    QPointer<QObject> m_readContext;
    QElapsedTimer m_clock;
    QElapsedTimer m_stallClock;
    bool m_stalled = false;
    qint64 m_firstReadAt = -1;
    int m_pendingTotal = 0;
    int m_done = 0;
    int m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Timing m_timing;
};

} // namespace Latchkey
