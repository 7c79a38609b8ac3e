#include "WpReply.h"

#include <QJsonObject>

namespace Latchkey {

QByteArray WpReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QList<QByteArray> WpReply::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        // QNetworkReply joins repeated headers with ", " (Link, Set-Cookie with "\n"); keep
        // them joined here: splitting a Link header on commas needs its own parser.
        values.append(pair.second);
    }
    return values;
}

QString WpReply::wordPressCode() const
{
    if (!isJson || !json.isObject())
        return {};
    const QJsonObject error = json.toObject();
    const QJsonValue code = error.value(QLatin1String("code"));
    // A WP_Error always has a message; requiring one keeps a successful object that merely
    // has a "code" field (a coupon, a plugin's record) from looking like an error.
    if (!code.isString() || code.toString().isEmpty() ||
        !error.value(QLatin1String("message")).isString())
        return {};
    return code.toString();
}

} // namespace Latchkey
