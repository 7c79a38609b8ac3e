#include "fleet/BulkRevoke.h"

#include "wordpress/UsersApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace Latchkey {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Latchkey::RevokeFilter", text);
}

} // namespace

Result<RevokeFilter> RevokeFilter::make(Kind kind, const QString &value, bool allUsers)
{
    RevokeFilter filter;
    filter.kind = kind;
    filter.value = value.trimmed();
    filter.allUsers = allUsers;
    if (filter.value.isEmpty())
        return Problem(ProblemCode::InvalidInput, tr("Say which passwords to revoke."));
    if (kind == Kind::AppId) {
        if (QUuid::fromString(filter.value).isNull()) {
            return Problem(ProblemCode::InvalidInput,
                           tr("\"%1\" is not an app id (a UUID).").arg(filter.value));
        }
        filter.value = QUuid::fromString(filter.value).toString(QUuid::WithoutBraces).toLower();
    }
    if (kind == Kind::NameLike) {
        filter.m_glob =
            QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                   filter.value, QRegularExpression::UnanchoredWildcardConversion),
                               QRegularExpression::CaseInsensitiveOption);
        // Anchor it: "zap*" must not match "old zapier".
        filter.m_glob.setPattern(QStringLiteral("\\A(?:") + filter.m_glob.pattern() +
                                 QStringLiteral(")\\z"));
        if (!filter.m_glob.isValid())
            return Problem(ProblemCode::InvalidInput, tr("The name pattern is not valid."));
        if (filter.value.trimmed() == QStringLiteral("*")) {
            return Problem(ProblemCode::InvalidInput, tr("\"*\" would revoke every password."),
                           tr("Use \"password revoke SITE --all-passwords\" on one site if "
                              "that is really what you want."));
        }
    }
    return filter;
}

bool RevokeFilter::matches(const AppPassword &password) const
{
    if (!onlyUuids.isEmpty() && !onlyUuids.contains(password.uuid))
        return false;
    switch (kind) {
    case Kind::Name:
        return password.name.compare(value, Qt::CaseInsensitive) == 0;
    case Kind::NameLike:
        return m_glob.match(password.name).hasMatch();
    case Kind::AppId:
        return password.appId.toLower() == value;
    }
    return false;
}

QString RevokeFilter::describe() const
{
    switch (kind) {
    case Kind::Name:
        return tr("named \"%1\"").arg(value);
    case Kind::NameLike:
        return tr("with a name like \"%1\"").arg(value);
    case Kind::AppId:
        return tr("with app id %1").arg(value);
    }
    return {};
}

QString RevokeItem::actionName(Action action)
{
    switch (action) {
    case Action::WouldRevoke:
        return QStringLiteral("would_revoke");
    case Action::Revoked:
        return QStringLiteral("revoked");
    case Action::AlreadyGone:
        return QStringLiteral("already_gone");
    case Action::Failed:
        return QStringLiteral("failed");
    case Action::SkippedOwn:
        return QStringLiteral("skipped_own");
    }
    return {};
}

QJsonObject RevokeItem::toJson() const
{
    QJsonObject object = appPasswordJson(password);
    object.insert(QStringLiteral("user"), userLogin);
    object.insert(QStringLiteral("user_id"), userId);
    object.insert(QStringLiteral("action"), actionName(action));
    object.insert(QStringLiteral("problem"),
                  problem ? QJsonValue(problem.codeName()) : QJsonValue(QJsonValue::Null));
    if (problem)
        object.insert(QStringLiteral("message"), problem.toString());
    return object;
}

RevokeTask::RevokeTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
                       RevokeFilter filter, bool dryRun, QObject *parent)
    : RevokingTask(network, std::move(site), std::move(endpoint), parent)
    , m_filter(std::move(filter))
    , m_dryRun(dryRun)
{}

void RevokeTask::run()
{
    if (!m_filter.allUsers) {
        findOwnPassword();
        return;
    }
    // Who am I, and may I manage the others?
    track(UsersApi(client()).me(this, [this](const Result<WpUser> &me) {
        if (stopIfCancelled())
            return;
        if (!me) {
            fail(me.problem());
            return;
        }
        if (!me->can(QStringLiteral("edit_users"))) {
            m_usersLimited = true;
            findOwnPassword();
            return;
        }
        listUsers([this, myId = me->id](const Result<QList<WpUser>> &users) {
            if (stopIfCancelled())
                return;
            if (!users) {
                fail(users.problem());
                return;
            }
            // The connected user goes through "me" so its own password is recognised.
            for (const WpUser &user : *users) {
                if (user.id != myId)
                    m_users.append(user);
            }
            findOwnPassword();
        });
    }));
}

// The password Latchkey connects with, as the site says (introspect, one request): never the
// uuid saved with the site, which a rotation by another process, a reconnect or an older
// version may have left stale or empty, so that the password in use would not be recognised.
void RevokeTask::findOwnPassword()
{
    track(passwords().introspect(UserRef::me(), this, [this](const Result<AppPassword> &own) {
        if (stopIfCancelled())
            return;
        if (!own) {
            fail(own.problem());
            return;
        }
        if (own->uuid.isEmpty()) {
            fail(Problem::make(ProblemCode::InvalidResponse,
                               QStringLiteral("introspect named no password")));
            return;
        }
        m_ownUuid = own->uuid;
        m_nextUser = -1;
        listNextUser();
    }));
}

// -1 is the connected user ("me"), then the others.
void RevokeTask::listNextUser()
{
    if (m_nextUser >= m_users.size()) {
        if (m_dryRun)
            complete();
        else
            revokePlanned();
        return;
    }
    const bool isMe = m_nextUser < 0;
    const UserRef ref = isMe ? UserRef::me() : UserRef::byId(m_users.at(m_nextUser).id);
    const int userId = isMe ? site().userId : m_users.at(m_nextUser).id;
    const QString login = isMe ? site().userLogin : m_users.at(m_nextUser).username;
    track(passwords().list(
        ref, this, [this, isMe, userId, login](const Result<QList<AppPassword>> &list) {
            if (stopIfCancelled())
                return;
            if (!list) {
                fail(list.problem());
                return;
            }
            for (const AppPassword &password : *list) {
                if (!m_filter.matches(password))
                    continue;
                RevokeItem item;
                item.userId = userId;
                item.userLogin = login;
                item.password = password;
                item.action = isMe && password.uuid == m_ownUuid ? RevokeItem::Action::SkippedOwn
                                                                 : RevokeItem::Action::WouldRevoke;
                m_items.append(item);
            }
            ++m_nextUser;
            listNextUser();
        }));
}

void RevokingTask::revokePlanned()
{
    while (m_nextRevoke < m_items.size() &&
           m_items.at(m_nextRevoke).action != RevokeItem::Action::WouldRevoke)
        ++m_nextRevoke;
    if (m_nextRevoke >= m_items.size()) {
        complete();
        return;
    }
    const qsizetype index = m_nextRevoke++;
    const RevokeItem &item = m_items.at(index);
    const bool isMe = item.userLogin.compare(site().userLogin, Qt::CaseInsensitive) == 0;
    const UserRef ref = isMe ? UserRef::me() : UserRef::byId(item.userId);
    track(passwords().revoke(ref, item.password.uuid, this, [this, index](const Problem &problem) {
        RevokeItem &done = m_items[index];
        if (!problem) {
            done.action = RevokeItem::Action::Revoked;
        } else if (problem.code() == ProblemCode::NotFound) {
            done.action = RevokeItem::Action::AlreadyGone;
        } else {
            done.action = RevokeItem::Action::Failed;
            done.problem = problem;
            if (!m_problem)
                m_problem = problem;
        }
        if (isCancelled()) {
            // What was revoked stays reported; the rest is not touched.
            m_problem = Problem(ProblemCode::Cancelled);
            complete();
            return;
        }
        revokePlanned();
    }));
}

void RevokeTask::complete()
{
    QJsonArray array;
    int revoked = 0;
    int planned = 0;
    int failed = 0;
    int skipped = 0;
    for (const RevokeItem &item : std::as_const(m_items)) {
        array.append(item.toJson());
        switch (item.action) {
        case RevokeItem::Action::Revoked:
        case RevokeItem::Action::AlreadyGone:
            ++revoked;
            break;
        case RevokeItem::Action::WouldRevoke:
            ++planned;
            break;
        case RevokeItem::Action::Failed:
            ++failed;
            break;
        case RevokeItem::Action::SkippedOwn:
            ++skipped;
            break;
        }
    }
    QJsonObject details{{QStringLiteral("matches"), array},
                        {QStringLiteral("dry_run"), m_dryRun},
                        {QStringLiteral("users"), m_filter.allUsers && !m_usersLimited
                                                      ? QStringLiteral("all")
                                                      : QStringLiteral("me")}};
    Q_EMIT itemsReady(site().id, m_items);
    QString summary;
    if (m_items.isEmpty())
        summary = tr("No matching password.");
    else if (m_dryRun)
        summary = tr("%1 would be revoked.").arg(planned);
    else
        summary = tr("%1 revoked, %2 failed.").arg(revoked).arg(failed);
    if (skipped > 0)
        summary += QLatin1Char(' ') + tr("Latchkey's own password was left alone (rotate it "
                                         "with \"password rotate\").");
    if (m_problem) {
        fail(m_problem, details);
        return;
    }
    if (m_usersLimited) {
        fail(Problem(ProblemCode::InsufficientCapability,
                     tr("Only the connected user's passwords were searched: %1 may not manage "
                        "other users' passwords.")
                         .arg(site().userLogin),
                     tr("Connect the site as an administrator to search every user."))
                 .withDetail(summary),
             details);
        return;
    }
    succeed(summary, details);
}

} // namespace Latchkey
