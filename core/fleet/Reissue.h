#pragma once

#include "fleet/FleetTask.h"
#include "fleet/SiteOperationLock.h"

#include <QDateTime>

namespace Latchkey {

class SecretStore;

// A pending re-issue of an integration's password on one site: new password issued (kept in
// the keychain under keychainKey()), old ones not yet revoked. No secrets in here.
struct ReissueEntry
{
    QString siteId;
    QString name;  // the integration's password name, as the user gave it
    QString appId; // taken over from the old password
    QStringList oldUuids;
    QString newUuid;     // empty while issuing, and when the create's answer was lost
    QString newName;     // the new password's name until finish renames it to name
    QDateTime issuedAt;  // UTC
    bool issuing = true; // false once the new password is safely in the keychain

    QString keychainKey() const;
    QJsonObject toJson() const;
    static ReissueEntry fromJson(const QJsonObject &object);
};

// The keychain key of a re-issued password: never the site's own key, never exported.
QString reissueSecretKey(const QString &siteId, const QString &name);

// Pending re-issues ("reissue.json" next to "sites.json"), written atomically under a lock.
class ReissueStore
{
public:
    explicit ReissueStore(QString directory);

    QString filePath() const;
    Result<QList<ReissueEntry>> entries() const;
    std::optional<ReissueEntry> find(const QString &siteId, const QString &name) const;
    // The sites of `sites` with something for reissue-finish (an issued entry named name) or
    // reissue-cancel (any entry named name, an unsettled "issuing" one included): the others
    // have nothing to do and are skipped, never reported as failures.
    Result<QList<Site>> sitesWithWork(const QList<Site> &sites, const QString &name,
                                      bool includeIssuing) const;
    Problem put(const ReissueEntry &entry);
    Problem remove(const QString &siteId, const QString &name);

private:
    Problem change(const std::function<void(QList<ReissueEntry> &)> &mutation);
    Problem read(QList<ReissueEntry> &entries) const;

    QString m_directory;
};

// Re-issues an integration's password on one site in two phases, for the connected user:
//   Issue:  the passwords named NAME stay; a new one (same app id, named "NAME (new …)",
//           since WordPress 6.1–6.6 refuses a second NAME) goes to the keychain only.
//   Finish: the old ones are revoked, the new one renamed to NAME, its keychain copy removed.
//   Abandon: the new one is revoked and forgotten; the old ones stay.
// Latchkey's own password is recognised by asking the site (introspect), never by a saved
// uuid. A create whose answer was lost (timeout, cancel) may have made the password anyway:
// the entry stays ("issuing") and the next reissue or reissue-cancel of that name finds it by
// its name and revokes it. One process at a time works on a site's re-issues
// (SiteOperationLock "reissue"); a second ends with operation_in_progress, sending nothing.
class ReissueTask : public FleetTask
{
    Q_OBJECT

public:
    enum class Mode
    {
        Issue,
        Finish,
        Abandon,
    };

    ReissueTask(QNetworkAccessManager *network, SecretStore *secrets,
                const QString &configDirectory, Site site, SiteEndpoint endpoint, Mode mode,
                const QString &name, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void issue();
    void issueExcluding(const QString &ownUuid);
    void finishPending(const ReissueEntry &entry);
    void abandon(const ReissueEntry &entry);
    void revokeOlds(const ReissueEntry &entry, qsizetype index);
    QJsonObject details(const ReissueEntry &entry) const;

    SecretStore *m_secrets;
    ReissueStore m_store;
    SiteOperationLock m_lock;
    Mode m_mode;
    QString m_name;
};

} // namespace Latchkey
