#include "sites/ActivityLog.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Latchkey {

QJsonObject ActivityEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("site"), siteId},
        {QStringLiteral("action"), action},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("ok"), ok},
    };
}

ActivityEntry ActivityEntry::fromJson(const QJsonObject &object)
{
    ActivityEntry entry;
    entry.at =
        QDateTime::fromString(object.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
            .toUTC();
    entry.siteId = object.value(QStringLiteral("site")).toString();
    entry.action = object.value(QStringLiteral("action")).toString();
    entry.summary = object.value(QStringLiteral("summary")).toString();
    entry.ok = object.value(QStringLiteral("ok")).toBool(true);
    return entry;
}

ActivityLog::ActivityLog(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{}

QString ActivityLog::filePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("activity.json"));
}

Problem ActivityLog::load()
{
    QList<ActivityEntry> entries;
    QByteArray bytes;
    if (Problem problem = readFile(entries, bytes))
        return problem;
    m_entries = entries;
    m_fileBytes = bytes;
    return {};
}

QList<ActivityEntry> ActivityLog::entriesFor(const QString &siteId) const
{
    QList<ActivityEntry> result;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->siteId == siteId)
            result.append(*it);
    }
    return result;
}

Problem ActivityLog::append(ActivityEntry entry)
{
    return appendMany({std::move(entry)});
}

Problem ActivityLog::appendMany(QList<ActivityEntry> added)
{
    if (added.isEmpty())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (ActivityEntry &entry : added) {
        if (!entry.at.isValid())
            entry.at = now;
    }
    QDir().mkpath(m_directory);
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(10'000);
    if (!lock.tryLock(5'000)) {
        return Problem(ProblemCode::ConfigError,
                       tr("The activity log is locked by another process."),
                       tr("Try again in a moment."));
    }
    QList<ActivityEntry> entries;
    QByteArray bytes;
    if (Problem problem = readFile(entries, bytes))
        return problem;
    entries.append(added);
    // Trim the oldest entries of each site beyond the cap (one pass, counting from the newest).
    QSet<QString> touched;
    for (const ActivityEntry &entry : std::as_const(added))
        touched.insert(entry.siteId);
    QHash<QString, qsizetype> kept;
    QList<ActivityEntry> trimmed;
    trimmed.reserve(entries.size());
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (touched.contains(it->siteId) && ++kept[it->siteId] > kMaxEntriesPerSite)
            continue;
        trimmed.append(*it);
    }
    std::reverse(trimmed.begin(), trimmed.end());
    if (Problem problem = writeFile(trimmed, bytes))
        return problem;
    m_entries = std::move(trimmed);
    m_fileBytes = bytes;
    for (const QString &siteId : std::as_const(touched))
        Q_EMIT changed(siteId);
    return {};
}

Problem ActivityLog::removeSite(const QString &siteId)
{
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(10'000);
    if (!lock.tryLock(5'000)) {
        return Problem(ProblemCode::ConfigError,
                       tr("The activity log is locked by another process."),
                       tr("Try again in a moment."));
    }
    QList<ActivityEntry> entries;
    QByteArray bytes;
    if (Problem problem = readFile(entries, bytes))
        return problem;
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [&siteId](const ActivityEntry &e) { return e.siteId == siteId; }),
                  entries.end());
    if (Problem problem = writeFile(entries, bytes))
        return problem;
    m_entries = entries;
    m_fileBytes = bytes;
    Q_EMIT changed(siteId);
    return {};
}

Problem ActivityLog::readFile(QList<ActivityEntry> &entries, QByteArray &bytes) const
{
    entries.clear();
    bytes.clear();
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        return Problem(ProblemCode::ConfigError, tr("The activity log could not be read."))
            .withDetail(file.errorString());
    }
    bytes = file.readAll();
    if (!bytes.isEmpty() && bytes == m_fileBytes) {
        entries = m_entries; // what these bytes hold, parsed before
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Problem(ProblemCode::ConfigError, tr("The activity log is damaged."),
                       tr("Move %1 away; Latchkey starts a new one.").arg(filePath()))
            .withDetail(error.errorString());
    }
    const QJsonArray array = document.object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue value : array)
        entries.append(ActivityEntry::fromJson(value.toObject()));
    return {};
}

Problem ActivityLog::writeFile(const QList<ActivityEntry> &entries, QByteArray &bytes) const
{
    QJsonArray array;
    for (const ActivityEntry &entry : entries)
        array.append(entry.toJson());
    const QJsonObject root{{QStringLiteral("schema"), kSchemaVersion},
                           {QStringLiteral("entries"), array}};
    bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        return Problem(ProblemCode::ConfigError, tr("The activity log could not be written."))
            .withDetail(file.errorString());
    }
    return {};
}

} // namespace Latchkey
