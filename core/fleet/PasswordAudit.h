#pragma once

#include "fleet/BulkRevoke.h"
#include "fleet/FleetTask.h"

namespace Latchkey {

// One application password found by an audit (a plain value for models and reports).
struct AuditEntry
{
    QString siteId;
    QString siteName;
    QString siteUrl;
    int userId = 0;
    QString userLogin;
    AppPassword password;
    bool neverUsed = false;     // WordPress has no last use (it records one a day at most)
    bool stale = false;         // last used (or, never used, created) more than N days ago
    bool duplicateName = false; // another password on the same site has the same name
    bool usedByLatchkey = false;

    QJsonObject toJson() const;
    static QStringList csvColumns();
    // Safe to open in a spreadsheet: a cell that would run as a formula (a password named
    // "=HYPERLINK(…)" by whoever made it) gets a leading apostrophe (SiteExport::spreadsheetSafe).
    QStringList csvFields() const;
};

struct AuditOptions
{
    int staleDays = 90;
    QDateTime now; // UTC; the current time when invalid
};

// Lists every application password on one site: the connected user's, and every user's when
// the connected user may manage them (edit_users). Flags never used, stale and duplicate names.
class AuditTask : public FleetTask
{
    Q_OBJECT

public:
    AuditTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
              AuditOptions options, QObject *parent = nullptr);

    const QList<AuditEntry> &entries() const { return m_entries; }

Q_SIGNALS:
    // Just before finished(); allUsers says whether every user was covered.
    void audited(const QString &siteId, const QList<Latchkey::AuditEntry> &entries, bool allUsers);

protected:
    void run() override;

private:
    void listNext();
    void complete();

    AuditOptions m_options;
    WpUser m_me;
    QList<WpUser> m_users; // the connected user first
    qsizetype m_next = 0;
    bool m_allUsers = false;
    QString m_ownUuid;
    QList<AuditEntry> m_entries;
};

// Revokes exactly the passwords an audit listed on one site (after the user picked them), one
// after another, each by its user and uuid; a 404 means someone was faster (already gone). The
// password Latchkey itself uses here is never revoked (rotate it instead).
class AuditRevokeTask : public RevokingTask
{
    Q_OBJECT

public:
    AuditRevokeTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
                    QList<AuditEntry> entries, QObject *parent = nullptr);

protected:
    void run() override;
    void complete() override;
};

} // namespace Latchkey
