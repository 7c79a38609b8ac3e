#include "fleet/BulkRunner.h"

#include "secrets/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace Latchkey {

void BulkTask::finish(const BulkSiteResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

BulkRunner::BulkRunner(SecretStore *secrets, QList<Site> sites, TaskFactory factory,
                       QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_sites(std::move(sites))
    , m_factory(std::move(factory))
{
    m_results.resize(m_sites.size());
    m_attempts.fill(0, m_sites.size());
}

void BulkRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::clamp(concurrency, 1, kMaxConcurrency);
    if (m_running)
        pump();
}

int BulkRunner::okCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const auto &result) { return result && result->ok; }));
}

int BulkRunner::failedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const auto &result) { return result && !result->ok; }));
}

qint64 BulkRunner::etaMs() const
{
    if (m_done == 0 || !m_clock.isValid())
        return -1;
    if (!m_running)
        return 0;
    return m_clock.elapsed() * (m_pendingTotal - m_done) / m_done;
}

void BulkRunner::start()
{
    QList<int> all;
    all.reserve(m_sites.size());
    for (int i = 0; i < m_sites.size(); ++i)
        all.append(i);
    run(all);
}

bool BulkRunner::retryFailed()
{
    if (m_running)
        return false;
    QList<int> failed;
    for (int i = 0; i < m_results.size(); ++i) {
        if (!m_results.at(i) || !m_results.at(i)->ok)
            failed.append(i);
    }
    if (failed.isEmpty())
        return false;
    run(failed);
    return true;
}

void BulkRunner::run(const QList<int> &indices)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    ++m_generation;
    m_done = 0;
    m_pendingTotal = int(indices.size());
    m_timing = {};
    m_firstReadAt = -1;
    m_stalled = false;
    m_clock.start();
    for (int index : indices)
        m_results[index].reset();
    m_timedOut.clear();
    m_waitingForSecret = indices;
    m_reading.clear();
    m_ready.clear();
    Q_EMIT progress(0, m_pendingTotal, -1);
    if (indices.isEmpty()) {
        QMetaObject::invokeMethod(this, &BulkRunner::maybeFinish, Qt::QueuedConnection);
        return;
    }
    // One context per run: deleting it on cancel or at the end stops the remaining reads.
    if (m_readContext)
        m_readContext->deleteLater();
    m_readContext = new QObject(this);
    m_firstReadAt = m_clock.elapsed();
    readAhead();
    updateStall();
}

int BulkRunner::readAheadWindow() const
{
    return 2 * m_concurrency;
}

// Passwords are read shortly before their site starts, in batches of about the concurrency,
// never all of a run's at once: what is read or being read stays within readAheadWindow(),
// asked for again once it would no longer fill the free slots and one more round.
void BulkRunner::readAhead()
{
    if (!m_running || m_cancelled || !m_readContext || m_waitingForSecret.isEmpty())
        return;
    const int inHand = int(m_reading.size() + m_ready.size());
    if (inHand > m_concurrency)
        return;
    QStringList keys;
    QHash<QString, QList<int>> indicesByKey;
    for (int wanted = readAheadWindow() - inHand; wanted > 0 && !m_waitingForSecret.isEmpty();
         --wanted) {
        const int index = m_waitingForSecret.takeFirst();
        m_reading.append(index);
        const QString key = m_sites.at(index).secretKey();
        if (!indicesByKey.contains(key))
            keys.append(key);
        indicesByKey[key].append(index);
    }
    const int generation = m_generation;
    m_secrets->readMany(
        keys, m_readContext,
        [this, indicesByKey, generation](const QString &key, const Result<QString> &secret) {
            if (generation != m_generation)
                return;
            ++m_timing.secretReads;
            m_timing.secretReadMs = m_clock.elapsed() - m_firstReadAt;
            for (int index : indicesByKey.value(key))
                onSecret(index, secret);
        },
        [] {});
}

void BulkRunner::onSecret(int index, const Result<QString> &secret)
{
    if (m_cancelled || !m_reading.removeOne(index))
        return;
    if (!secret) {
        BulkSiteResult result;
        result.problem = secret.problem();
        result.summary = secret.problem().message();
        record(index, result);
        readAhead();
        return;
    }
    m_ready.append({index, m_sites.at(index).endpoint(*secret)});
    pump();
}

void BulkRunner::pump()
{
    while (!m_cancelled && !m_ready.isEmpty() && m_tasks.size() < m_concurrency) {
        // Not a structured binding: C++17 lambdas cannot capture those.
        const auto ready = m_ready.takeFirst();
        const int index = ready.first;
        BulkTask *task = m_factory(m_sites.at(index), ready.second);
        task->setParent(this);
        m_tasks.append(task);
        m_startedAt.insert(index, m_clock.elapsed());
        ++m_attempts[index];
        const int generation = m_generation;
        connect(task, &BulkTask::finished, this,
                [this, index, generation, task](BulkSiteResult result) {
                    m_tasks.removeAll(task);
                    if (generation != m_generation)
                        return;
                    result.started = true;
                    if (m_timedOut.contains(index) &&
                        result.problem.code() == ProblemCode::Cancelled) {
                        // Cancelled by its deadline, not by the user: say so.
                        result.problem = SiteDeadline::exceeded(m_siteDeadlineMs);
                        result.summary = result.problem.toString();
                    }
                    record(index, std::move(result));
                    pump();
                });
        Q_EMIT siteStarted(index);
        task->start();
        if (!task->isFinished())
            armDeadline(index, task);
    }
    readAhead();
    updateStall();
}

// Timers are children of the task: a task that finishes in time takes them with it.
void BulkRunner::armDeadline(int index, BulkTask *task)
{
    if (m_siteDeadlineMs <= 0)
        return;
    const int generation = m_generation;
    QTimer::singleShot(m_siteDeadlineMs, task, [this, index, generation, task] {
        if (generation != m_generation || task->isFinished())
            return;
        m_timedOut.insert(index);
        task->cancel();
        if (task->isFinished())
            return;
        // Still going: a step that must reach a safe point. Give it a little longer.
        QTimer::singleShot(SiteDeadline::graceMs(m_siteDeadlineMs), task,
                           [this, index, generation, task] {
                               if (generation != m_generation || task->isFinished())
                                   return;
                               // Stopped where it is: its requests are aborted with it, and
                               // what it journaled is finished by the next run.
                               m_tasks.removeAll(task);
                               disconnect(task, nullptr, this, nullptr);
                               task->deleteLater();
                               BulkSiteResult result;
                               result.started = true;
                               result.problem = SiteDeadline::exceeded(m_siteDeadlineMs);
                               result.summary = result.problem.toString();
                               record(index, result);
                               pump();
                           });
    });
}

void BulkRunner::updateStall()
{
    const bool stalled = m_running && !m_cancelled && m_ready.isEmpty() &&
                         (!m_waitingForSecret.isEmpty() || !m_reading.isEmpty()) &&
                         m_tasks.size() < m_concurrency;
    if (stalled && !m_stalled) {
        m_stallClock.start();
    } else if (!stalled && m_stalled) {
        m_timing.secretStallMs += m_stallClock.elapsed();
    }
    m_stalled = stalled;
}

void BulkRunner::record(int index, BulkSiteResult result)
{
    if (m_results.at(index))
        return; // exactly one result per site and run
    result.siteId = m_sites.at(index).id;
    result.attempt = std::max(1, m_attempts.at(index));
    if (result.started && m_startedAt.contains(index)) {
        result.ms = m_clock.elapsed() - m_startedAt.take(index);
        m_timing.tasksMs += result.ms;
    }
    m_results[index] = result;
    ++m_done;
    Q_EMIT siteFinished(index, result);
    Q_EMIT progress(m_done, m_pendingTotal, etaMs());
    updateStall();
    maybeFinish();
}

void BulkRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    updateStall();
    delete m_readContext.data(); // no more keychain reads
    // Nothing new starts; what has not started gets its result now.
    const QList<int> notStarted = m_reading + m_waitingForSecret;
    m_waitingForSecret.clear();
    m_reading.clear();
    QList<int> ready;
    for (const auto &entry : std::as_const(m_ready))
        ready.append(entry.first);
    m_ready.clear();
    for (int index : notStarted + ready) {
        BulkSiteResult result;
        result.problem = Problem(ProblemCode::Cancelled);
        result.summary = tr("Not started: the run was cancelled.");
        record(index, result);
    }
    // Running tasks abort their requests and finish with cancelled.
    const QList<QPointer<BulkTask>> running = m_tasks;
    for (const QPointer<BulkTask> &task : running) {
        if (task && !task->isFinished())
            task->cancel();
    }
    maybeFinish();
}

void BulkRunner::maybeFinish()
{
    if (!m_running || m_done < m_pendingTotal)
        return;
    m_running = false;
    if (m_readContext)
        m_readContext->deleteLater(); // perhaps called from one of its reads' callbacks
    updateStall();
    m_timing.totalMs = m_clock.elapsed();
    Q_EMIT progress(m_done, m_pendingTotal, 0);
    Q_EMIT finished();
}

} // namespace Latchkey
