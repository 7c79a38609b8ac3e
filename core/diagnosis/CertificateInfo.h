#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace Latchkey {

// What a person needs to decide whether to trust a site's certificate: who it names, who
// issued it, when it is valid, its SHA-256 fingerprint, and what Qt found wrong with it.
// Filled from the peer certificate of a TLS failure (CheckResult::certificate). Trusting it
// for one site means storing sha256 as Site::trustedCertificateSha256 (the CLI's
// "site edit SITE --trust-certificate SHA256"); never a global "ignore TLS errors".
struct CertificateInfo
{
    QString subject; // "CN=..., O=..."
    QString issuer;
    QStringList alternativeNames; // DNS names and IP addresses the certificate covers
    QDateTime notBefore;          // UTC
    QDateTime notAfter;           // UTC
    QString sha256;               // lowercase hex, 64 characters: what the site setting stores
    QStringList errors; // Qt's SSL error strings, e.g. "The certificate is self-signed..."
    bool selfSigned = false;

    bool isNull() const { return sha256.isEmpty(); }
    // "AB:CD:..." as browsers and "openssl x509 -fingerprint -sha256" show it.
    QString sha256Colons() const;
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    bool isNotYetValid(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    static CertificateInfo fromCertificate(const QSslCertificate &certificate,
                                           const QList<QSslError> &errors = {});
    QJsonObject toJson() const;
    // Several lines, for the report and the CLI ("subject: ...", "SHA-256: ...").
    QString toText(const QString &indent = {}) const;
};

} // namespace Latchkey
