#pragma once

#include "fleet/FleetTask.h"

#include <QRegularExpression>
#include <QSet>

namespace Latchkey {

// Which application passwords an incident-response revoke is after.
struct RevokeFilter
{
    enum class Kind
    {
        Name,     // exact name, case-insensitive (WordPress compares names that way)
        NameLike, // a glob: * any text, ? one character, [abc] a set; case-insensitive
        AppId,    // the integration's app_id (a UUID)
    };

    Kind kind = Kind::Name;
    QString value;
    bool allUsers = false; // every user of the site (administrators), not only the connected one
    // When not empty, only these uuids may be revoked: exactly what a preview showed.
    QSet<QString> onlyUuids;

    static Result<RevokeFilter> make(Kind kind, const QString &value, bool allUsers);
    bool matches(const AppPassword &password) const;
    QString describe() const;

private:
    QRegularExpression m_glob;
};

// One planned or done revocation (a plain value for models and reports).
struct RevokeItem
{
    int userId = 0;
    QString userLogin;
    AppPassword password;
    enum class Action
    {
        WouldRevoke, // dry run
        Revoked,
        AlreadyGone, // 404 on revoke: someone was faster; counts as revoked
        Failed,
        SkippedOwn, // the password Latchkey itself uses here: never revoked by bulk revoke
    } action = Action::WouldRevoke;
    Problem problem;

    static QString actionName(Action action);
    QJsonObject toJson() const;
};

// The revoking half shared by the bulk revoke and the audit's revoke: revokes every planned
// item (WouldRevoke) one after another, each by its user and uuid; a 404 means someone was
// faster (already gone). Stops at once when cancelled, keeping what was done. Then complete().
class RevokingTask : public FleetTask
{
    Q_OBJECT

public:
    using FleetTask::FleetTask;

    const QList<RevokeItem> &items() const { return m_items; }

Q_SIGNALS:
    // Just before finished().
    void itemsReady(const QString &siteId, const QList<Latchkey::RevokeItem> &items);

protected:
    void revokePlanned();
    virtual void complete() = 0;

    QList<RevokeItem> m_items;
    Problem m_problem;

private:
    qsizetype m_nextRevoke = 0;
};

// Finds the matching application passwords on one site (the connected user's, or every user's
// with allUsers) and, unless it is a dry run, revokes them one after another. The password
// Latchkey connects with is never revoked here (rotate it instead). With allUsers on a site
// where the connected user may not manage other users, the connected user's own passwords are
// still handled and the site's result fails with insufficient_capability, so nothing looks
// complete that is not.
class RevokeTask : public RevokingTask
{
    Q_OBJECT

public:
    RevokeTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
               RevokeFilter filter, bool dryRun, QObject *parent = nullptr);

protected:
    void run() override;
    void complete() override;

private:
    void findOwnPassword();
    void listNextUser();

    RevokeFilter m_filter;
    bool m_dryRun;
    QString m_ownUuid;
    QList<WpUser> m_users; // empty: only "me"
    qsizetype m_nextUser = 0;
    bool m_usersLimited = false;
};

} // namespace Latchkey
