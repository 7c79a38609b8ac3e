#pragma once

#include "AppServices.h"
#include "wordpress/ConnectionCheck.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Latchkey {

// Runs connection checks for one site or many (at most "concurrency" at once), remembers the
// latest full result of each site for this session, saves the outcome with the site (last
// checked) and records it in the activity log.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    explicit CheckRunner(AppServices services, QObject *parent = nullptr);

    void check(const QStringList &siteIds);
    void cancelAll();
    bool isRunning(const QString &siteId) const;
    bool isBusy() const { return !m_queue.isEmpty() || !m_running.isEmpty(); }
    // The latest result of this session, if any.
    std::optional<CheckResult> lastResult(const QString &siteId) const;

Q_SIGNALS:
    void started(const QString &siteId);
    void stepFinished(const QString &siteId, const Latchkey::CheckStep &step);
    void finished(const QString &siteId, const Latchkey::CheckResult &result);
    void idle();

private:
    void startNext();
    void run(const QString &siteId);
    void complete(const QString &siteId, const CheckResult &result);

    AppServices m_services;
    QStringList m_queue;
    QHash<QString, QPointer<QObject>> m_running; // site id -> its context (and check)
    QHash<QString, CheckResult> m_results;
};

} // namespace Latchkey
