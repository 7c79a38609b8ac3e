#pragma once

#include "CertificateInfo.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Latchkey {

struct WpReply;

// One HTTP request of a check, as it may appear in a report sent to a host: method, redacted
// URL, status, timing, whether credentials were sent, and only the response headers that help
// diagnose (never Set-Cookie or anything carrying a credential).
struct HttpExchange
{
    QString step; // the check step it belongs to ("reach", "authenticate", ...)
    QByteArray method;
    QString url;      // redacted: no user info, no password-like query values
    QString finalUrl; // after followed redirects, redacted; empty when the same
    bool authenticated = false;
    int httpStatus = 0;
    qint64 ms = 0;
    QString problem; // problem code, empty when the request succeeded
    QString wordPressCode;
    QList<QPair<QByteArray, QByteArray>> headers; // allow-listed response headers
    CertificateInfo certificate; // the peer certificate of an https request, when known

    static HttpExchange fromReply(const QString &step, const QByteArray &method,
                                  const WpReply &reply, bool authenticated);
    QJsonObject toJson() const;

    // The response headers a report may show (lowercase names).
    static bool isReportableHeader(const QByteArray &name);
    // A URL for reports: no user info, and the values of query items whose names suggest a
    // secret (password, pass, pwd, token, key, secret, nonce, auth, session) replaced.
    static QString redactUrl(const QUrl &url);
};

} // namespace Latchkey
