#include "HttpExchange.h"

#include "SiteUrl.h"
#include "WpReply.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Latchkey {

bool HttpExchange::isReportableHeader(const QByteArray &name)
{
    static const QList<QByteArray> allowed = {
        "server",
        "via",
        "x-powered-by",
        "link",
        "www-authenticate",
        "content-type",
        "content-length",
        "location",
        "x-redirect-by",
        "x-cache",
        "cf-ray",
        "x-served-by",
        "x-robots-tag",
        "cache-control",
        "allow",
        "x-wp-total",
        "retry-after",
        "strict-transport-security",
    };
    return allowed.contains(name.toLower());
}

QString HttpExchange::redactUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {};
    static const QRegularExpression secretName(
        QStringLiteral("pass|pwd|token|key|secret|nonce|auth|session|sig"),
        QRegularExpression::CaseInsensitiveOption);
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (secretName.match(item.first).hasMatch())
                item.second = QStringLiteral("REDACTED");
        }
        query.setQueryItems(items);
        copy.setQuery(query);
    }
    return SiteUrl::redacted(copy);
}

HttpExchange HttpExchange::fromReply(const QString &step, const QByteArray &method,
                                     const WpReply &reply, bool authenticated)
{
    HttpExchange exchange;
    exchange.step = step;
    exchange.method = method;
    exchange.url = redactUrl(reply.requestedUrl);
    const QString final = redactUrl(reply.finalUrl);
    if (final != exchange.url)
        exchange.finalUrl = final;
    exchange.authenticated = authenticated;
    exchange.httpStatus = reply.httpStatus;
    exchange.ms = reply.elapsedMs;
    exchange.problem = reply.problem.codeName();
    exchange.wordPressCode = reply.wordPressCode();
    for (const auto &header : reply.headers) {
        if (!isReportableHeader(header.first))
            continue;
        QByteArray value = header.second;
        if (header.first.compare("location", Qt::CaseInsensitive) == 0)
            value = redactUrl(QUrl(QString::fromLatin1(value))).toLatin1();
        exchange.headers.append({header.first, value.left(300)});
    }
    if (!reply.peerCertificateChain.isEmpty()) {
        exchange.certificate =
            CertificateInfo::fromCertificate(reply.peerCertificateChain.first(), reply.sslErrors);
    }
    return exchange;
}

QJsonObject HttpExchange::toJson() const
{
    QJsonObject headerObject;
    for (const auto &header : headers)
        headerObject.insert(QString::fromLatin1(header.first), QString::fromLatin1(header.second));
    QJsonObject object{
        {QStringLiteral("step"), step},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("url"), url},
        {QStringLiteral("authenticated"), authenticated},
        {QStringLiteral("status"), httpStatus},
        {QStringLiteral("ms"), ms},
        {QStringLiteral("headers"), headerObject},
    };
    if (!finalUrl.isEmpty())
        object.insert(QStringLiteral("final_url"), finalUrl);
    if (!problem.isEmpty())
        object.insert(QStringLiteral("problem"), problem);
    if (!wordPressCode.isEmpty())
        object.insert(QStringLiteral("wordpress_code"), wordPressCode);
    return object;
}

} // namespace Latchkey
