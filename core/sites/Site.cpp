#include "sites/Site.h"

#include <QJsonArray>

namespace Latchkey {

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime fromIsoUtc(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace

QString secretKeyFor(const QString &siteId, const QString &userLogin)
{
    return QStringLiteral("site/") + siteId + QStringLiteral("/user/") + userLogin;
}

QString Site::secretKey() const
{
    return secretKeyFor(id, userLogin);
}

SiteEndpoint Site::endpoint(const QString &password) const
{
    SiteEndpoint endpoint;
    endpoint.siteUrl = baseUrl;
    endpoint.restRoot = restRoot;
    endpoint.login = userLogin;
    endpoint.password = password;
    endpoint.allowInsecureHttp = allowInsecureHttp;
    endpoint.trustedCertificateSha256 = trustedCertificateSha256;
    endpoint.useMethodOverride = useMethodOverride;
    return endpoint;
}

QJsonObject Site::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("base_url"), baseUrl.toString()},
        {QStringLiteral("rest_root"), restRoot.toString()},
        {QStringLiteral("user_login"), userLogin},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("group"), group},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("created"), isoUtc(created)},
        {QStringLiteral("allow_insecure_http"), allowInsecureHttp},
        {QStringLiteral("trusted_certificate_sha256"), trustedCertificateSha256},
        {QStringLiteral("use_method_override"), useMethodOverride},
        {QStringLiteral("password_uuid"), passwordUuid},
        {QStringLiteral("password_name"), passwordName},
    };
    if (lastCheck.isValid()) {
        object.insert(QStringLiteral("last_check"),
                      QJsonObject{{QStringLiteral("at"), isoUtc(lastCheck.at)},
                                  {QStringLiteral("ok"), lastCheck.ok},
                                  {QStringLiteral("problem"), lastCheck.problem},
                                  {QStringLiteral("message"), lastCheck.message}});
    }
    return object;
}

Site Site::fromJson(const QJsonObject &object)
{
    Site site;
    site.id = object.value(QStringLiteral("id")).toString();
    site.name = object.value(QStringLiteral("name")).toString();
    site.baseUrl = QUrl(object.value(QStringLiteral("base_url")).toString());
    site.restRoot = QUrl(object.value(QStringLiteral("rest_root")).toString());
    site.userLogin = object.value(QStringLiteral("user_login")).toString();
    site.userId = object.value(QStringLiteral("user_id")).toInt();
    site.group = object.value(QStringLiteral("group")).toString();
    const QJsonArray tags = object.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue tag : tags) {
        if (!tag.toString().isEmpty())
            site.tags.append(tag.toString());
    }
    site.created = fromIsoUtc(object.value(QStringLiteral("created")));
    site.allowInsecureHttp = object.value(QStringLiteral("allow_insecure_http")).toBool();
    site.trustedCertificateSha256 =
        object.value(QStringLiteral("trusted_certificate_sha256")).toString();
    site.useMethodOverride = object.value(QStringLiteral("use_method_override")).toBool();
    site.passwordUuid = object.value(QStringLiteral("password_uuid")).toString();
    site.passwordName = object.value(QStringLiteral("password_name")).toString();
    const QJsonObject check = object.value(QStringLiteral("last_check")).toObject();
    site.lastCheck.at = fromIsoUtc(check.value(QStringLiteral("at")));
    site.lastCheck.ok = check.value(QStringLiteral("ok")).toBool();
    site.lastCheck.problem = check.value(QStringLiteral("problem")).toString();
    site.lastCheck.message = check.value(QStringLiteral("message")).toString();
    return site;
}

} // namespace Latchkey
