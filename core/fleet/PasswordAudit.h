#pragma once

#include "fleet/BulkRevoke.h"
#include "fleet/FleetTask.h"

#include <QHash>
#include <QSet>

namespace Latchkey {

// One application password found by an audit (a plain value for models and reports).
struct AuditEntry
{
    QString wordpress; // the WordPress it is on (PasswordAudit::wordPressKey of the REST root)
    QString siteId;
    QString siteName;
    QString siteUrl;
    int userId = 0;
    QString userLogin;
    AppPassword password;
    bool neverUsed = false;      // WordPress has no last use (it records one a day at most)
    bool stale = false;          // last used (or, never used, created) more than N days ago
    bool duplicateName = false;  // another password of the same user there has the same name
    bool usedByLatchkey = false; // some Latchkey entry on the same WordPress uses it

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

// What an audit found, as one list for the CLI and the GUI alike: one row per (WordPress, user,
// uuid), however many Latchkey entries (admin, author1…) on one WordPress listed it.
namespace PasswordAudit {

// The WordPress a REST root belongs to: its origin and path ("https://shop.example/wp-json/");
// two entries with the same key are the same WordPress.
QString wordPressKey(const QUrl &restRoot);
// Latchkey's own passwords as the site list knows them: "<wordPressKey>\n<uuid>" for every
// entry with a REST root and a password uuid.
QSet<QString> ownPasswords(const QList<Site> &sites);
// The entries on the WordPress of restRoot that sign in with a saved password uuid, by that
// uuid: who stops working when the password is revoked (the Passwords tab, password revoke).
QHash<QString, QList<Site>> entriesByPassword(const QList<Site> &sites, const QUrl &restRoot);
// One row per (WordPress, user, uuid); the first listing wins, except that usedByLatchkey is
// true when any entry's audit, or own, says that WordPress's entry uses the uuid. Then flags.
QList<AuditEntry> merge(const QList<AuditEntry> &entries, const QSet<QString> &own,
                        const AuditOptions &options);
// Never used, stale (options), and duplicate names: the same name (case-insensitive, as
// WordPress compares them) twice for the same user on the same WordPress.
void flag(QList<AuditEntry> &entries, const AuditOptions &options);

} // namespace PasswordAudit

// Lists every application password on one site: the connected user's, and every user's when
// the connected user may manage them (edit_users). Flags never used, stale and duplicate names
// (PasswordAudit::flag), and the password this entry uses; merge the sites' lists with
// PasswordAudit::merge.
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
