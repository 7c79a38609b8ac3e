#include "WpTypes.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

namespace Latchkey {

namespace {

QString stringValue(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

int intValue(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toInt();
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

bool truthy(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString();
        return !text.isEmpty() && text != QLatin1String("0") && text != QLatin1String("false");
    }
    return false;
}

} // namespace

QString UserRef::routeSegment() const
{
    return isMe() ? QStringLiteral("me") : QString::number(m_id);
}

AppPassword AppPassword::fromJson(const QJsonObject &object)
{
    AppPassword password;
    password.uuid = stringValue(object, QLatin1String("uuid"));
    password.appId = stringValue(object, QLatin1String("app_id"));
    password.name = stringValue(object, QLatin1String("name"));
    password.created = parseWordPressGmt(object.value(QLatin1String("created")));
    password.lastUsed = parseWordPressGmt(object.value(QLatin1String("last_used")));
    password.lastIp = stringValue(object, QLatin1String("last_ip"));
    password.password = stringValue(object, QLatin1String("password"));
    password.raw = object;
    password.raw.remove(QLatin1String("password"));
    return password;
}

WpUser WpUser::fromJson(const QJsonObject &object)
{
    WpUser user;
    user.id = intValue(object, QLatin1String("id"));
    user.username = stringValue(object, QLatin1String("username"));
    user.name = stringValue(object, QLatin1String("name"));
    user.email = stringValue(object, QLatin1String("email"));
    const QJsonArray roles = object.value(QLatin1String("roles")).toArray();
    for (const QJsonValue role : roles) {
        if (role.isString())
            user.roles.append(role.toString());
    }
    const QJsonObject capabilities = object.value(QLatin1String("capabilities")).toObject();
    for (auto it = capabilities.begin(); it != capabilities.end(); ++it)
        user.capabilities.insert(it.key(), truthy(it.value()));
    return user;
}

WpPost WpPost::fromJson(const QJsonObject &object)
{
    WpPost post;
    post.id = intValue(object, QLatin1String("id"));
    post.status = stringValue(object, QLatin1String("status"));
    const QJsonValue title = object.value(QLatin1String("title"));
    if (title.isObject()) {
        const QJsonObject parts = title.toObject();
        const QJsonValue raw = parts.value(QLatin1String("raw"));
        post.title =
            raw.isString() ? raw.toString() : parts.value(QLatin1String("rendered")).toString();
    } else if (title.isString()) {
        post.title = title.toString();
    }
    const QString link = stringValue(object, QLatin1String("link"));
    if (!link.isEmpty())
        post.link = QUrl(link, QUrl::StrictMode);
    post.raw = object;
    return post;
}

QDateTime parseWordPressGmt(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QString text = value.toString().trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1String("0000-00-00")))
        return {};
    // MySQL style "2024-01-02 03:04:05" as well as ISO "2024-01-02T03:04:05".
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');

    static const QRegularExpression zone(QStringLiteral("(Z|[+-][0-9]{2}:?[0-9]{2})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression shape(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?"
                       "(Z|[+-][0-9]{2}:?[0-9]{2})?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch())
        return {};

    if (!zone.match(text).hasMatch()) {
        // Build the UTC time directly: going through local time would lose the hour that a
        // daylight-saving switch skips.
        const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
        const QTime time = QTime::fromString(text.mid(11), Qt::ISODateWithMs);
        if (!date.isValid() || !time.isValid())
            return {};
        return QDateTime(date, time, Qt::UTC);
    }
    if (text.endsWith(QLatin1Char('z')))
        text[text.size() - 1] = QLatin1Char('Z');
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

} // namespace Latchkey
