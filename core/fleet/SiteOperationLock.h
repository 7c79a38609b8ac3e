#pragma once

#include "Problem.h"

#include <QJsonObject>
#include <QString>

#include <memory>

class QLockFile;

namespace Latchkey {

// Which process runs an operation: enough to tell later whether it still lives. The start
// time tells a live owner from another process that got the same pid after the owner died.
struct OperationOwner
{
    QString host;
    qint64 pid = 0;
    qint64 startTicks = 0; // /proc/<pid>/stat field 22 (clock ticks after boot); 0 when unknown

    static OperationOwner current();
    bool isNull() const { return pid <= 0; }
    bool isCurrentProcess() const;
    // False only when the owner surely ended: on this host, and no process has its pid, or
    // the one that has it started at another time. Another host's owner counts as alive.
    bool isAlive() const;
    // "process 1234 on host" for people.
    QString describe() const;
    QJsonObject toJson() const;
    static OperationOwner fromJson(const QJsonObject &object);
};

// A lock that one process holds for the whole of an operation on one site's passwords (a
// rotation of Latchkey's own password, a re-issue), so that a second process (latchkey-cli
// from cron, the GUI, another terminal) never resumes, rolls back or repeats work that is
// still under way. A file "locks/<operation>-<site id>.lock" in the configuration folder;
// the lock of a process that died is taken over (QLockFile's check of the pid and program),
// a live holder's never, however long it runs.
class SiteOperationLock
{
public:
    SiteOperationLock(const QString &configDirectory, const QString &operation,
                      const QString &siteId);
    ~SiteOperationLock();
    SiteOperationLock(const SiteOperationLock &) = delete;
    SiteOperationLock &operator=(const SiteOperationLock &) = delete;

    // Takes the lock without waiting. operation_in_progress (naming the holder) when another
    // live process, or another job of this one, holds it; config_error when the folder is
    // not writable.
    Problem tryLock();
    void unlock();
    bool isLocked() const;
    QString filePath() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Latchkey
