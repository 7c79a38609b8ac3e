#include "PostsApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace Latchkey {

namespace {

WpRequest *run(WpRequest *request, QObject *context, std::function<void(const WpReply &)> handle)
{
    QObject::connect(request, &WpRequest::finished, context ? context : request,
                     [handle = std::move(handle)](const WpReply &reply) { handle(reply); });
    request->start();
    return request;
}

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

Problem problemFor(const WpReply &reply)
{
    Problem problem = reply.problem;
    const QString code = reply.wordPressCode();
    if (problem.code() != ProblemCode::WordPressError && problem.code() != ProblemCode::HttpError)
        return problem;
    if (code == QLatin1String("rest_post_invalid_id") ||
        code == QLatin1String("rest_term_invalid")) {
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
    return problem;
}

Result<WpPost> parsePost(const WpReply &reply)
{
    if (!reply.json.isObject())
        return invalidResponse(reply, QStringLiteral("expected a post object"));
    WpPost post = WpPost::fromJson(reply.object());
    if (post.id <= 0 || post.status.isEmpty())
        return invalidResponse(reply, QStringLiteral("a post without id or status"));
    return post;
}

// A term id, which WordPress sends as a number (and some plugins as a numeric string).
int termId(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

// Term names come back with &, < and > as entities ("A &amp; B").
QString decodedTermName(QString name)
{
    name.replace(QLatin1String("&lt;"), QLatin1String("<"));
    name.replace(QLatin1String("&gt;"), QLatin1String(">"));
    name.replace(QLatin1String("&quot;"), QLatin1String("\""));
    name.replace(QLatin1String("&#039;"), QLatin1String("'"));
    name.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return name;
}

} // namespace

PostsApi::PostsApi(WordPressClient client)
    : m_client(std::move(client))
{}

WpRequest *PostsApi::create(const QString &title, const QString &content, const QString &status,
                            const QList<int> &categories, QObject *context,
                            std::function<void(Result<WpPost>)> done) const
{
    QJsonObject body{
        {QStringLiteral("title"), title},
        {QStringLiteral("content"), content},
    };
    if (!status.isEmpty())
        body.insert(QStringLiteral("status"), status);
    if (!categories.isEmpty()) {
        QJsonArray ids;
        for (int id : categories)
            ids.append(id);
        body.insert(QStringLiteral("categories"), ids);
    }
    return run(m_client.post(QStringLiteral("/wp/v2/posts"), body), context,
               [done = std::move(done)](const WpReply &reply) {
                   done(reply.ok() ? parsePost(reply) : Result<WpPost>(problemFor(reply)));
               });
}

WpRequest *PostsApi::get(int postId, QObject *context,
                         std::function<void(Result<WpPost>)> done) const
{
    if (postId <= 0) {
        reportLater(context, std::move(done),
                    Problem::make(ProblemCode::InvalidInput, QStringLiteral("post id")));
        return nullptr;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    return run(m_client.get(QStringLiteral("/wp/v2/posts/") + QString::number(postId), query),
               context, [done = std::move(done)](const WpReply &reply) {
                   done(reply.ok() ? parsePost(reply) : Result<WpPost>(problemFor(reply)));
               });
}

WpRequest *PostsApi::remove(int postId, bool force, QObject *context,
                            std::function<void(Problem)> done) const
{
    if (postId <= 0) {
        reportLater(context, std::move(done),
                    Problem::make(ProblemCode::InvalidInput, QStringLiteral("post id")));
        return nullptr;
    }
    QUrlQuery query;
    if (force)
        query.addQueryItem(QStringLiteral("force"), QStringLiteral("true"));
    return run(m_client.del(QStringLiteral("/wp/v2/posts/") + QString::number(postId), query),
               context, [done = std::move(done), force](const WpReply &reply) {
                   if (!reply.ok()) {
                       done(problemFor(reply));
                       return;
                   }
                   // force: {"deleted": true, "previous": {...}}; else the trashed post.
                   const QJsonObject object = reply.object();
                   const bool understood = force
                                               ? object.value(QLatin1String("deleted")).toBool()
                                               : object.value(QLatin1String("status")).toString() ==
                                                     QLatin1String("trash");
                   done(understood ? Problem()
                                   : invalidResponse(reply, QStringLiteral("post not deleted")));
               });
}

WpRequest *PostsApi::ensureCategory(const QString &name, QObject *context,
                                    std::function<void(Result<int>)> done) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty()) {
        reportLater(
            context, std::move(done),
            Problem(ProblemCode::InvalidInput,
                    QCoreApplication::translate("Latchkey::PostsApi", "A category needs a name.")));
        return nullptr;
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), wanted);
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("hide_empty"), QStringLiteral("false"));
    const WordPressClient client = m_client;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return run(
        m_client.get(QStringLiteral("/wp/v2/categories"), query), context,
        [done = std::move(done), wanted, client, guard, hasContext](const WpReply &reply) {
            if (!reply.ok()) {
                done(problemFor(reply));
                return;
            }
            if (!reply.json.isArray()) {
                done(invalidResponse(reply, QStringLiteral("expected a list of categories")));
                return;
            }
            const QJsonArray categories = reply.json.toArray();
            for (const QJsonValue value : categories) {
                const QJsonObject category = value.toObject();
                const QString categoryName =
                    decodedTermName(category.value(QLatin1String("name")).toString());
                const int id = termId(category.value(QLatin1String("id")));
                if (id > 0 && categoryName.compare(wanted, Qt::CaseInsensitive) == 0) {
                    done(id);
                    return;
                }
            }
            if (hasContext && !guard)
                return;
            // Not there yet: create it. A concurrent creation (or a name the search missed)
            // answers term_exists with the existing id.
            const QJsonObject body{{QStringLiteral("name"), wanted}};
            run(client.post(QStringLiteral("/wp/v2/categories"), body), guard.data(),
                [done](const WpReply &created) {
                    if (created.ok()) {
                        const int id = termId(created.object().value(QLatin1String("id")));
                        done(id > 0 ? Result<int>(id)
                                    : Result<int>(invalidResponse(
                                          created, QStringLiteral("a category without id"))));
                        return;
                    }
                    if (created.wordPressCode() == QLatin1String("term_exists")) {
                        const QJsonObject data =
                            created.object().value(QLatin1String("data")).toObject();
                        const int id = termId(data.value(QLatin1String("term_id")));
                        if (id > 0) {
                            done(id);
                            return;
                        }
                    }
                    done(problemFor(created));
                });
        });
}

} // namespace Latchkey
