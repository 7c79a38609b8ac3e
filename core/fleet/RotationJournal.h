#pragma once

#include "Problem.h"
#include "fleet/SiteOperationLock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Latchkey {

// Where one site's rotation of Latchkey's own password stands. Never a secret: uuids and
// names only (the new password is in the keychain or nowhere).
struct RotationEntry
{
    enum class State
    {
        Creating, // the new password may or may not exist on the site (under tempName)
        Created,  // it exists (newUuid); the keychain may still hold the old one
        Stored,   // the keychain was written with the new one
        Verified, // the new one works; the old one may still exist
        Revoked,  // the old one is gone; the new one may still have its temporary name
    };

    QString siteId;
    QString userLogin;
    QString oldUuid;
    QString oldName;
    QString tempName;
    QString newUuid;
    State state = State::Creating;
    QDateTime started; // UTC
    // The process running this rotation. While it lives the entry is its work in progress:
    // nobody else resumes or rolls it back. Null in entries of older versions.
    OperationOwner owner;

    // True while another process that is still running owns the entry.
    bool isOwnedByAnotherLiveProcess() const;

    static QString stateName(State state);
    QJsonObject toJson() const;
    static RotationEntry fromJson(const QJsonObject &object);
};

// The rotation journal ("rotation-journal.json" next to "sites.json"): one entry per site
// whose rotation has begun and not yet ended, so that a run killed midway can be finished or
// rolled back on the next start. Written atomically (QSaveFile) under a lock file, re-read
// before each change, so several processes can share it.
class RotationJournal
{
public:
    static constexpr int kSchemaVersion = 1;

    explicit RotationJournal(QString directory);

    QString filePath() const;
    Result<QList<RotationEntry>> entries() const;
    std::optional<RotationEntry> entryFor(const QString &siteId) const;
    // Adds or replaces the entry of entry.siteId.
    Problem put(const RotationEntry &entry);
    Problem remove(const QString &siteId);

private:
    Problem change(const std::function<void(QList<RotationEntry> &)> &mutation);
    Problem read(QList<RotationEntry> &entries) const;

    QString m_directory;
};

} // namespace Latchkey
