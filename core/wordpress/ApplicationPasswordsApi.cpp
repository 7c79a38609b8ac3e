#include "ApplicationPasswordsApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Latchkey {

namespace {

// Connects finished to handle (dropped when context dies), starts the request, returns it.
WpRequest *run(WpRequest *request, QObject *context, std::function<void(const WpReply &)> handle)
{
    QObject::connect(request, &WpRequest::finished, context ? context : request,
                     [handle = std::move(handle)](const WpReply &reply) { handle(reply); });
    request->start();
    return request;
}

// Reports a problem found before any request was made, from the event loop (never inside the
// caller's own call), and only while context lives.
template<typename Callback>
void reportLater(QObject *context, Callback done, Problem problem)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), problem = std::move(problem)]() { done(problem); },
        Qt::QueuedConnection);
}

Problem invalidResponse(const WpReply &reply, const QString &detail)
{
    return Problem::make(ProblemCode::InvalidResponse, detail).withHttpStatus(reply.httpStatus);
}

// The transport maps replies by HTTP status and WordPress code; add what only these routes mean.
Problem problemFor(const WpReply &reply)
{
    Problem problem = reply.problem;
    const QString code = reply.wordPressCode();
    if (code == QLatin1String("application_password_duplicate_name") &&
        problem.code() != ProblemCode::DuplicateName) {
        return Problem(ProblemCode::DuplicateName,
                       QCoreApplication::translate(
                           "Latchkey::ApplicationPasswordsApi",
                           "This user already has an application password with that "
                           "name (WordPress compares names without regard to case)."))
            .withDetail(problem.detail())
            .withHttpStatus(reply.httpStatus)
            .withWordPressCode(code);
    }
    if (problem.code() == ProblemCode::WordPressError || problem.code() == ProblemCode::HttpError) {
        if (code == QLatin1String("rest_application_password_not_found") ||
            code == QLatin1String("rest_user_invalid_id")) {
            return Problem::make(ProblemCode::NotFound, problem.detail())
                .withHttpStatus(reply.httpStatus)
                .withWordPressCode(code);
        }
        if (reply.httpStatus == 403 && (code.startsWith(QLatin1String("rest_cannot_")) ||
                                        code.startsWith(QLatin1String("rest_forbidden")))) {
            return Problem::make(ProblemCode::InsufficientCapability, problem.detail())
                .withHttpStatus(reply.httpStatus)
                .withWordPressCode(code);
        }
    }
    return problem;
}

Result<AppPassword> parsePassword(const WpReply &reply)
{
    if (!reply.json.isObject())
        return invalidResponse(reply, QStringLiteral("expected an application password object"));
    const QJsonObject object = reply.object();
    if (!object.value(QLatin1String("uuid")).isString() ||
        object.value(QLatin1String("uuid")).toString().isEmpty() ||
        !object.value(QLatin1String("name")).isString()) {
        return invalidResponse(reply, QStringLiteral("application password without uuid or name"));
    }
    return AppPassword::fromJson(object);
}

// "{A1B2...}" or "A1B2..." to the lowercase form WordPress's wp_is_uuid() accepts.
std::optional<QString> normalizedAppId(const QString &appId)
{
    QString id = appId.trimmed().toLower();
    if (id.startsWith(QLatin1Char('{')) && id.endsWith(QLatin1Char('}')))
        id = id.mid(1, id.size() - 2);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!uuid.match(id).hasMatch())
        return std::nullopt;
    return id;
}

// WordPress's route pattern for a password's uuid is [\w-]+; anything else (a '/' above all)
// must never reach the URL path.
bool isUuidSegment(const QString &uuid)
{
    static const QRegularExpression segment(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return segment.match(uuid).hasMatch();
}

Problem badUuid(const QString &uuid)
{
    return Problem(ProblemCode::InvalidInput,
                   QCoreApplication::translate("Latchkey::ApplicationPasswordsApi",
                                               "That is not an application password's uuid."))
        .withDetail(uuid);
}

} // namespace

ApplicationPasswordsApi::ApplicationPasswordsApi(WordPressClient client)
    : m_client(std::move(client))
{}

QString ApplicationPasswordsApi::route(UserRef user, const QString &suffix) const
{
    QString path = QStringLiteral("/wp/v2/users/") + user.routeSegment() +
                   QStringLiteral("/application-passwords");
    if (!suffix.isEmpty())
        path += QLatin1Char('/') + suffix;
    return path;
}

WpRequest *ApplicationPasswordsApi::list(UserRef user, QObject *context,
                                         std::function<void(Result<QList<AppPassword>>)> done) const
{
    return run(m_client.get(route(user)), context, [done = std::move(done)](const WpReply &reply) {
        if (!reply.ok()) {
            done(problemFor(reply));
            return;
        }
        if (!reply.json.isArray()) {
            done(
                invalidResponse(reply, QStringLiteral("expected a list of application passwords")));
            return;
        }
        QList<AppPassword> passwords;
        const QJsonArray array = reply.json.toArray();
        for (const QJsonValue value : array) {
            const QJsonObject object = value.toObject();
            if (!value.isObject() || object.value(QLatin1String("uuid")).toString().isEmpty()) {
                done(
                    invalidResponse(reply, QStringLiteral("an application password without uuid")));
                return;
            }
            passwords.append(AppPassword::fromJson(object));
        }
        done(passwords);
    });
}

WpRequest *ApplicationPasswordsApi::get(UserRef user, const QString &uuid, QObject *context,
                                        std::function<void(Result<AppPassword>)> done) const
{
    if (!isUuidSegment(uuid.trimmed())) {
        reportLater(context, std::move(done), badUuid(uuid));
        return nullptr;
    }
    return run(m_client.get(route(user, uuid.trimmed())), context,
               [done = std::move(done)](const WpReply &reply) {
                   done(reply.ok() ? parsePassword(reply) : Result<AppPassword>(problemFor(reply)));
               });
}

WpRequest *ApplicationPasswordsApi::create(UserRef user, const QString &name, const QString &appId,
                                           QObject *context,
                                           std::function<void(Result<AppPassword>)> done) const
{
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty()) {
        reportLater(context, std::move(done),
                    Problem(ProblemCode::InvalidInput,
                            QCoreApplication::translate("Latchkey::ApplicationPasswordsApi",
                                                        "An application password needs a name.")));
        return nullptr;
    }
    QJsonObject body{{QStringLiteral("name"), trimmedName}};
    if (!appId.trimmed().isEmpty()) {
        const std::optional<QString> id = normalizedAppId(appId);
        if (!id) {
            reportLater(
                context, std::move(done),
                Problem(ProblemCode::InvalidInput,
                        QCoreApplication::translate("Latchkey::ApplicationPasswordsApi",
                                                    "The application id must be a UUID, such as "
                                                    "0f8fad5b-d9cb-469f-a165-70867728950e."))
                    .withDetail(appId));
            return nullptr;
        }
        body.insert(QStringLiteral("app_id"), *id);
    }
    return run(m_client.post(route(user), body), context,
               [done = std::move(done)](const WpReply &reply) {
                   if (!reply.ok()) {
                       done(problemFor(reply));
                       return;
                   }
                   Result<AppPassword> created = parsePassword(reply);
                   if (created && created->password.isEmpty()) {
                       done(invalidResponse(
                           reply, QStringLiteral("the reply to create holds no password")));
                       return;
                   }
                   done(created);
               });
}

WpRequest *ApplicationPasswordsApi::rename(UserRef user, const QString &uuid,
                                           const QString &newName, QObject *context,
                                           std::function<void(Result<AppPassword>)> done) const
{
    if (!isUuidSegment(uuid.trimmed())) {
        reportLater(context, std::move(done), badUuid(uuid));
        return nullptr;
    }
    if (newName.trimmed().isEmpty()) {
        reportLater(context, std::move(done),
                    Problem(ProblemCode::InvalidInput,
                            QCoreApplication::translate("Latchkey::ApplicationPasswordsApi",
                                                        "An application password needs a name.")));
        return nullptr;
    }
    const QJsonObject body{{QStringLiteral("name"), newName.trimmed()}};
    return run(m_client.post(route(user, uuid.trimmed()), body), context,
               [done = std::move(done)](const WpReply &reply) {
                   done(reply.ok() ? parsePassword(reply) : Result<AppPassword>(problemFor(reply)));
               });
}

WpRequest *ApplicationPasswordsApi::revoke(UserRef user, const QString &uuid, QObject *context,
                                           std::function<void(Problem)> done) const
{
    if (!isUuidSegment(uuid.trimmed())) {
        reportLater(context, std::move(done), badUuid(uuid));
        return nullptr;
    }
    return run(m_client.del(route(user, uuid.trimmed())), context,
               [done = std::move(done)](const WpReply &reply) {
                   if (!reply.ok()) {
                       done(problemFor(reply));
                       return;
                   }
                   // {"deleted": true, "previous": {...}}
                   if (!reply.object().value(QLatin1String("deleted")).toBool()) {
                       done(invalidResponse(reply, QStringLiteral("expected \"deleted\": true")));
                       return;
                   }
                   done(Problem());
               });
}

WpRequest *ApplicationPasswordsApi::revokeAll(UserRef user, QObject *context,
                                              std::function<void(Problem)> done) const
{
    return run(m_client.del(route(user)), context, [done = std::move(done)](const WpReply &reply) {
        if (!reply.ok()) {
            done(problemFor(reply));
            return;
        }
        // {"deleted": true, "count": N}
        if (!reply.object().value(QLatin1String("deleted")).toBool()) {
            done(invalidResponse(reply, QStringLiteral("expected \"deleted\": true")));
            return;
        }
        done(Problem());
    });
}

WpRequest *ApplicationPasswordsApi::introspect(UserRef user, QObject *context,
                                               std::function<void(Result<AppPassword>)> done) const
{
    return run(m_client.get(route(user, QStringLiteral("introspect"))), context,
               [done = std::move(done)](const WpReply &reply) {
                   done(reply.ok() ? parsePassword(reply) : Result<AppPassword>(problemFor(reply)));
               });
}

} // namespace Latchkey
