#include "fleet/PasswordAudit.h"

#include "fleet/SiteImport.h"
#include "wordpress/UsersApi.h"

#include <QHash>
#include <QJsonArray>

namespace Latchkey {

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object = appPasswordJson(password);
    object.insert(QStringLiteral("wordpress"), wordpress);
    object.insert(QStringLiteral("site"), siteName);
    object.insert(QStringLiteral("site_id"), siteId);
    object.insert(QStringLiteral("url"), siteUrl);
    object.insert(QStringLiteral("user"), userLogin);
    object.insert(QStringLiteral("user_id"), userId);
    object.insert(QStringLiteral("never_used"), neverUsed);
    object.insert(QStringLiteral("stale"), stale);
    object.insert(QStringLiteral("duplicate_name"), duplicateName);
    object.insert(QStringLiteral("used_by_latchkey"), usedByLatchkey);
    return object;
}

QStringList AuditEntry::csvColumns()
{
    return {QStringLiteral("site"),           QStringLiteral("url"),
            QStringLiteral("user"),           QStringLiteral("user_id"),
            QStringLiteral("name"),           QStringLiteral("uuid"),
            QStringLiteral("app_id"),         QStringLiteral("created"),
            QStringLiteral("last_used"),      QStringLiteral("last_ip"),
            QStringLiteral("never_used"),     QStringLiteral("stale"),
            QStringLiteral("duplicate_name"), QStringLiteral("used_by_latchkey")};
}

QStringList AuditEntry::csvFields() const
{
    const auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    const auto safe = SiteExport::spreadsheetSafe;
    return {safe(siteName),
            safe(siteUrl),
            safe(userLogin),
            QString::number(userId),
            safe(password.name),
            safe(password.uuid),
            safe(password.appId),
            isoOrEmpty(password.created),
            isoOrEmpty(password.lastUsed),
            safe(password.lastIp),
            flag(neverUsed),
            flag(stale),
            flag(duplicateName),
            flag(usedByLatchkey)};
}

namespace PasswordAudit {

namespace {

// Without a known WordPress (no REST root), an entry stands for itself.
QString wordPressOf(const AuditEntry &entry)
{
    if (entry.wordpress.isEmpty())
        return QString(QStringLiteral("site:") + entry.siteId);
    return entry.wordpress;
}

} // namespace

QString wordPressKey(const QUrl &restRoot)
{
    if (restRoot.isEmpty())
        return {};
    QString path = restRoot.path();
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    const int port = restRoot.port(restRoot.scheme() == QLatin1String("https") ? 443 : 80);
    return restRoot.scheme().toLower() + QStringLiteral("://") + restRoot.host().toLower() +
           QLatin1Char(':') + QString::number(port) + path;
}

QSet<QString> ownPasswords(const QList<Site> &sites)
{
    QSet<QString> own;
    for (const Site &site : sites) {
        const QString wordpress = wordPressKey(site.restRoot);
        if (!wordpress.isEmpty() && !site.passwordUuid.isEmpty())
            own.insert(wordpress + QLatin1Char('\n') + site.passwordUuid);
    }
    return own;
}

QHash<QString, QList<Site>> entriesByPassword(const QList<Site> &sites, const QUrl &restRoot)
{
    QHash<QString, QList<Site>> entries;
    const QString wordpress = wordPressKey(restRoot);
    if (wordpress.isEmpty())
        return entries;
    for (const Site &site : sites) {
        if (!site.passwordUuid.isEmpty() && wordPressKey(site.restRoot) == wordpress)
            entries[site.passwordUuid].append(site);
    }
    return entries;
}

QList<AuditEntry> merge(const QList<AuditEntry> &entries, const QSet<QString> &own,
                        const AuditOptions &options)
{
    QList<AuditEntry> rows;
    QHash<QString, qsizetype> rowByKey;
    QSet<QString> ours = own;
    for (const AuditEntry &entry : entries) {
        if (entry.usedByLatchkey)
            ours.insert(entry.wordpress + QLatin1Char('\n') + entry.password.uuid);
    }
    for (const AuditEntry &entry : entries) {
        const QString key = wordPressOf(entry) + QLatin1Char('\n') + QString::number(entry.userId) +
                            QLatin1Char('\n') + entry.password.uuid;
        if (rowByKey.contains(key))
            continue;
        rowByKey.insert(key, rows.size());
        rows.append(entry);
        rows.last().usedByLatchkey =
            entry.usedByLatchkey ||
            (!entry.wordpress.isEmpty() &&
             ours.contains(entry.wordpress + QLatin1Char('\n') + entry.password.uuid));
    }
    flag(rows, options);
    return rows;
}

void flag(QList<AuditEntry> &entries, const AuditOptions &options)
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QDateTime threshold = now.addDays(-std::max(0, options.staleDays));
    const auto nameKey = [](const AuditEntry &entry) -> QString {
        return wordPressOf(entry) + QLatin1Char('\n') + QString::number(entry.userId) +
               QLatin1Char('\n') + entry.password.name.toLower();
    };
    QHash<QString, int> names;
    for (const AuditEntry &entry : std::as_const(entries))
        ++names[nameKey(entry)];
    for (AuditEntry &entry : entries) {
        entry.neverUsed = !entry.password.lastUsed.isValid();
        const QDateTime reference =
            entry.neverUsed ? entry.password.created : entry.password.lastUsed;
        entry.stale = reference.isValid() && reference < threshold;
        entry.duplicateName = names.value(nameKey(entry)) > 1;
    }
}

} // namespace PasswordAudit

AuditTask::AuditTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
                     AuditOptions options, QObject *parent)
    : FleetTask(network, std::move(site), std::move(endpoint), parent)
    , m_options(std::move(options))
{
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
}

void AuditTask::run()
{
    track(UsersApi(client()).me(this, [this](const Result<WpUser> &me) {
        if (stopIfCancelled())
            return;
        if (!me) {
            fail(me.problem());
            return;
        }
        m_me = *me;
        m_users = {m_me};
        if (!m_me.can(QStringLiteral("edit_users"))) {
            listNext();
            return;
        }
        listUsers([this](const Result<QList<WpUser>> &users) {
            if (stopIfCancelled())
                return;
            if (!users) {
                // Administrators can list users; anything else is a real failure.
                fail(users.problem());
                return;
            }
            m_allUsers = true;
            for (const WpUser &user : *users) {
                if (user.id != m_me.id)
                    m_users.append(user);
            }
            listNext();
        });
    }));
}

void AuditTask::listNext()
{
    if (m_next >= m_users.size()) {
        complete();
        return;
    }
    const WpUser user = m_users.at(m_next++);
    const bool isMe = user.id == m_me.id;
    const UserRef ref = isMe ? UserRef::me() : UserRef::byId(user.id);
    const auto handle = [this, user](const Result<QList<AppPassword>> &list) {
        if (stopIfCancelled())
            return;
        if (!list) {
            fail(list.problem());
            return;
        }
        for (const AppPassword &password : *list) {
            AuditEntry entry;
            entry.siteId = site().id;
            entry.siteName = site().name;
            entry.siteUrl = site().baseUrl.toString();
            entry.wordpress = PasswordAudit::wordPressKey(endpoint().restRoot);
            entry.userId = user.id;
            entry.userLogin = user.username;
            entry.password = password;
            m_entries.append(entry);
        }
        listNext();
    };
    if (isMe && m_ownUuid.isEmpty()) {
        // Introspect first, so Latchkey's own password is marked even if the saved uuid is old.
        track(passwords().introspect(UserRef::me(), this,
                                     [this, ref, handle](const Result<AppPassword> &own) {
                                         if (stopIfCancelled())
                                             return;
                                         if (own)
                                             m_ownUuid = own->uuid;
                                         track(passwords().list(ref, this, handle));
                                     }));
        return;
    }
    track(passwords().list(ref, this, handle));
}

void AuditTask::complete()
{
    for (AuditEntry &entry : m_entries)
        entry.usedByLatchkey = entry.userId == m_me.id && entry.password.uuid == m_ownUuid;
    PasswordAudit::flag(m_entries, m_options);
    QJsonArray array;
    int stale = 0;
    for (const AuditEntry &entry : std::as_const(m_entries)) {
        stale += entry.stale ? 1 : 0;
        array.append(entry.toJson());
    }
    Q_EMIT audited(site().id, m_entries, m_allUsers);
    succeed(tr("%n password(s), %1 stale, users: %2", nullptr, int(m_entries.size()))
                .arg(stale)
                .arg(m_allUsers ? tr("all") : tr("only %1").arg(m_me.username)),
            QJsonObject{{QStringLiteral("passwords"), array},
                        {QStringLiteral("users"),
                         m_allUsers ? QStringLiteral("all") : QStringLiteral("me")}});
}

AuditRevokeTask::AuditRevokeTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
                                 QList<AuditEntry> entries, QObject *parent)
    : RevokingTask(network, std::move(site), std::move(endpoint), parent)
{
    for (const AuditEntry &entry : std::as_const(entries)) {
        RevokeItem item;
        item.userId = entry.userId;
        item.userLogin = entry.userLogin;
        item.password = entry.password;
        item.action =
            entry.usedByLatchkey ? RevokeItem::Action::SkippedOwn : RevokeItem::Action::WouldRevoke;
        m_items.append(item);
    }
}

void AuditRevokeTask::run()
{
    revokePlanned();
}

void AuditRevokeTask::complete()
{
    int revoked = 0;
    QJsonArray array;
    for (const RevokeItem &item : std::as_const(m_items)) {
        if (item.action == RevokeItem::Action::Revoked ||
            item.action == RevokeItem::Action::AlreadyGone)
            ++revoked;
        array.append(item.toJson());
    }
    Q_EMIT itemsReady(site().id, m_items);
    const QJsonObject details{{QStringLiteral("revoked"), array}};
    if (m_problem) {
        fail(m_problem, details);
        return;
    }
    succeed(tr("Revoked %n password(s).", nullptr, revoked), details);
}

} // namespace Latchkey
