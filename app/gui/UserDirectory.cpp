#include "UserDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Latchkey::UserDirectory {

WpRequest *list(const WordPressClient &client, QObject *context,
                const std::function<void(Result<QList<WpUser>>)> &done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("context"), QStringLiteral("edit"));
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("100"));
    WpRequest *request = client.get(QStringLiteral("/wp/v2/users"), query);
    QObject::connect(request, &WpRequest::finished, context, [done](const WpReply &reply) {
        if (!reply.ok()) {
            done(reply.problem);
            return;
        }
        if (!reply.json.isArray()) {
            done(Problem::make(
                ProblemCode::InvalidResponse,
                QCoreApplication::translate("UserDirectory", "expected a list of users")));
            return;
        }
        QList<WpUser> users;
        const QJsonArray array = reply.json.toArray();
        for (const QJsonValue value : array)
            users.append(WpUser::fromJson(value.toObject()));
        std::sort(users.begin(), users.end(), [](const WpUser &a, const WpUser &b) {
            return a.username.compare(b.username, Qt::CaseInsensitive) < 0;
        });
        done(users);
    });
    request->start();
    return request;
}

} // namespace Latchkey::UserDirectory
