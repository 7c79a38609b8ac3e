#pragma once

#include "Problem.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace Latchkey {

// What one REST request produced. problem is null on success (2xx with a parseable body).
struct WpReply
{
    int httpStatus = 0;
    QByteArray body;
    QJsonValue json; // parsed body when it was JSON
    bool isJson = false;
    QUrl requestedUrl;
    QUrl finalUrl; // after any redirects that were followed
    // A redirect to another origin that was not followed (WpRequest::Options::namedUrl): the
    // site's proposal, never contacted.
    QUrl proposedUrl;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QSslCertificate> peerCertificateChain;
    QList<QSslError> sslErrors; // what Qt reported during the handshake (also when accepted)
    qint64 elapsedMs = 0;
    Problem problem;

    bool ok() const { return problem.isNull(); }
    // Case-insensitive; the first value when repeated.
    QByteArray header(const QByteArray &name) const;
    // All values of a repeated header (e.g. Link).
    QList<QByteArray> headerValues(const QByteArray &name) const;
    QJsonObject object() const { return json.toObject(); }
    // WordPress's own error code in an error body, e.g. "rest_not_logged_in".
    QString wordPressCode() const;
};

} // namespace Latchkey
