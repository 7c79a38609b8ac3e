#include "fleet/SiteOperationLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QUrl>

namespace Latchkey {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Latchkey::SiteOperationLock", text);
}

// Field 22 of /proc/<pid>/stat; 0 when there is no such process (or no /proc).
qint64 startTicksOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // The program name (field 2) is in parentheses and may hold spaces: count after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? fields.at(19).toLongLong() : 0;
}

bool processExists(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

OperationOwner OperationOwner::current()
{
    OperationOwner owner;
    owner.host = QSysInfo::machineHostName();
    owner.pid = QCoreApplication::applicationPid();
    owner.startTicks = startTicksOf(owner.pid);
    return owner;
}

bool OperationOwner::isCurrentProcess() const
{
    const OperationOwner self = current();
    return host == self.host && pid == self.pid &&
           (startTicks == 0 || self.startTicks == 0 || startTicks == self.startTicks);
}

bool OperationOwner::isAlive() const
{
    if (isNull())
        return false;
    if (host != QSysInfo::machineHostName())
        return true; // cannot be told from here: never take it over
    if (!QFileInfo::exists(QStringLiteral("/proc/self/stat")))
        return true; // no /proc: be careful
    if (!processExists(pid))
        return false;
    const qint64 ticks = startTicksOf(pid);
    return startTicks == 0 || ticks == 0 || ticks == startTicks;
}

QString OperationOwner::describe() const
{
    return tr("process %1 on %2").arg(pid).arg(host.isEmpty() ? tr("this computer") : host);
}

QJsonObject OperationOwner::toJson() const
{
    return QJsonObject{
        {QStringLiteral("host"), host},
        {QStringLiteral("pid"), pid},
        {QStringLiteral("start_ticks"), QString::number(startTicks)},
    };
}

OperationOwner OperationOwner::fromJson(const QJsonObject &object)
{
    OperationOwner owner;
    owner.host = object.value(QStringLiteral("host")).toString();
    owner.pid = object.value(QStringLiteral("pid")).toInteger();
    owner.startTicks = object.value(QStringLiteral("start_ticks")).toString().toLongLong();
    return owner;
}

SiteOperationLock::SiteOperationLock(const QString &configDirectory, const QString &operation,
                                     const QString &siteId)
    : m_path(configDirectory + QStringLiteral("/locks/") + operation + QLatin1Char('-') +
             QString::fromLatin1(QUrl::toPercentEncoding(siteId)) + QStringLiteral(".lock"))
{}

SiteOperationLock::~SiteOperationLock()
{
    unlock();
}

Problem SiteOperationLock::tryLock()
{
    if (isLocked())
        return {};
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return Problem::make(ProblemCode::ConfigError, QFileInfo(m_path).absolutePath());
    auto lock = std::make_unique<QLockFile>(m_path);
    // Never stale by age: a rotation against a slow site may take long. A dead holder's lock
    // is still taken over (QLockFile checks its pid and program).
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_lock = std::move(lock);
        return {};
    }
    if (lock->error() != QLockFile::LockFailedError)
        return Problem::make(ProblemCode::ConfigError, m_path);
    qint64 pid = 0;
    QString host;
    QString program;
    lock->getLockInfo(&pid, &host, &program);
    return Problem::make(
        ProblemCode::OperationInProgress,
        tr("%1 (%2) holds %3").arg(OperationOwner{host, pid, 0}.describe(), program, m_path));
}

void SiteOperationLock::unlock()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

bool SiteOperationLock::isLocked() const
{
    return m_lock && m_lock->isLocked();
}

} // namespace Latchkey
