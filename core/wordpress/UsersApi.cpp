#include "UsersApi.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Latchkey {

namespace {

WpRequest *run(WpRequest *request, QObject *context, std::function<void(const WpReply &)> handle)
{
    QObject::connect(request, &WpRequest::finished, context ? context : request,
                     [handle = std::move(handle)](const WpReply &reply) { handle(reply); });
    request->start();
    return request;
}

Problem invalidResponse(const WpReply &reply, const QString &detail)
{
    return Problem::make(ProblemCode::InvalidResponse, detail).withHttpStatus(reply.httpStatus);
}

// A user object as WordPress sends it has at least a positive id; with context=edit also the
// login ("username").
Result<WpUser> parseUser(const WpReply &reply, const QJsonValue &value)
{
    if (!value.isObject())
        return invalidResponse(reply, QStringLiteral("expected a user object"));
    WpUser user = WpUser::fromJson(value.toObject());
    if (user.id <= 0 || user.username.isEmpty())
        return invalidResponse(reply, QStringLiteral("a user without id or username"));
    return user;
}

Problem problemFor(const WpReply &reply)
{
    Problem problem = reply.problem;
    const QString code = reply.wordPressCode();
    if ((problem.code() == ProblemCode::WordPressError ||
         problem.code() == ProblemCode::HttpError) &&
        reply.httpStatus == 403 &&
        (code.startsWith(QLatin1String("rest_cannot_")) ||
         code.startsWith(QLatin1String("rest_forbidden")))) {
        return Problem::make(ProblemCode::InsufficientCapability, problem.detail())
            .withHttpStatus(reply.httpStatus)
            .withWordPressCode(code);
    }
    return problem;
}

} // namespace

UsersApi::UsersApi(WordPressClient client)
    : m_client(std::move(client))
{}

WpRequest *UsersApi::me(QObject *context, std::function<void(Result<WpUser>)> done) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return run(m_client.get(QStringLiteral("/wp/v2/users/me"), query), context,
               [done = std::move(done)](const WpReply &reply) {
                   done(reply.ok() ? parseUser(reply, reply.json)
                                   : Result<WpUser>(problemFor(reply)));
               });
}

WpRequest *UsersApi::findByLogin(const QString &login, QObject *context,
                                 std::function<void(Result<WpUser>)> done) const
{
    const QString wanted = login.trimmed();
    if (wanted.isEmpty()) {
        if (context) {
            QMetaObject::invokeMethod(
                context,
                [done = std::move(done)]() {
                    done(Problem(
                        ProblemCode::InvalidInput,
                        QCoreApplication::translate("Latchkey::UsersApi", "Enter a user name.")));
                },
                Qt::QueuedConnection);
        }
        return nullptr;
    }
    // WordPress 6.1 searches login, URL, e-mail, nicename and display name ("*login*"), and
    // only the e-mail when the text holds '@'. search_columns (newer than 6.1, which ignores
    // unknown parameters) narrows it to the login. Either way the exact, case-insensitive match on
    // "username" below decides.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), wanted);
    query.addQueryItem(QStringLiteral("search_columns[]"), QStringLiteral("username"));
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    return run(m_client.get(QStringLiteral("/wp/v2/users"), query), context,
               [done = std::move(done), wanted](const WpReply &reply) {
                   if (!reply.ok()) {
                       done(problemFor(reply));
                       return;
                   }
                   if (!reply.json.isArray()) {
                       done(invalidResponse(reply, QStringLiteral("expected a list of users")));
                       return;
                   }
                   const QJsonArray users = reply.json.toArray();
                   for (const QJsonValue value : users) {
                       Result<WpUser> user = parseUser(reply, value);
                       if (!user) {
                           done(user);
                           return;
                       }
                       if (user->username.compare(wanted, Qt::CaseInsensitive) == 0) {
                           done(user);
                           return;
                       }
                   }
                   done(Problem(ProblemCode::NotFound,
                                QCoreApplication::translate("Latchkey::UsersApi",
                                                            "No user with that name was found."))
                            .withDetail(wanted));
               });
}

} // namespace Latchkey
