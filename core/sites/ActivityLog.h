#pragma once

#include "Problem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace Latchkey {

// One thing Latchkey did on a site. Never holds a secret: names and uuids only.
struct ActivityEntry
{
    QDateTime at; // UTC
    QString siteId;
    QString action;  // stable: "site_added", "password_created", "password_revoked", ...
    QString summary; // a translated sentence for people
    bool ok = true;

    QJsonObject toJson() const;
    static ActivityEntry fromJson(const QJsonObject &object);
};

// A per-site log of what Latchkey did ("activity.json" next to "sites.json"), written atomically
// (QSaveFile) and re-read before every append, so two processes add to it without losing
// entries. Keeps the newest kMaxEntriesPerSite entries of each site.
class ActivityLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kMaxEntriesPerSite = 500;

    explicit ActivityLog(QString directory, QObject *parent = nullptr);

    QString filePath() const;
    Problem load();
    // Newest first.
    QList<ActivityEntry> entriesFor(const QString &siteId) const;
    Problem append(ActivityEntry entry);
    // Several entries in one locked read-modify-write (an import, a bulk run of 1,000 sites).
    Problem appendMany(QList<ActivityEntry> entries);
    // Forgets a removed site's entries.
    Problem removeSite(const QString &siteId);

Q_SIGNALS:
    void changed(const QString &siteId);

private:
    // bytes: the file's content as read or written.
    Problem readFile(QList<ActivityEntry> &entries, QByteArray &bytes) const;
    Problem writeFile(const QList<ActivityEntry> &entries, QByteArray &bytes) const;

    QString m_directory;
    QList<ActivityEntry> m_entries; // oldest first
    // The file's content as this log last read or wrote it (m_entries is what it holds): while
    // the file still holds these bytes, an append need not parse it again (a bulk check
    // appends a batch every second to a log of thousands of entries).
    QByteArray m_fileBytes;
};

} // namespace Latchkey
