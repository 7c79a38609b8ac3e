#include "CertificateInfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace Latchkey {

namespace {

QString trCertificate(const char *text)
{
    return QCoreApplication::translate("Latchkey::CertificateInfo", text);
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    struct Part
    {
        QSslCertificate::SubjectInfo info;
        const char *label;
    };
    static const Part parts[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::LocalityName, "L"},
        {QSslCertificate::StateOrProvinceName, "ST"},
        {QSslCertificate::CountryName, "C"},
    };
    QStringList out;
    for (const Part &part : parts) {
        const QStringList values =
            issuer ? certificate.issuerInfo(part.info) : certificate.subjectInfo(part.info);
        for (const QString &value : values)
            out.append(QLatin1String(part.label) + QLatin1Char('=') + value);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

QString CertificateInfo::sha256Colons() const
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < sha256.size(); i += 2)
        pairs.append(sha256.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

bool CertificateInfo::isExpired(const QDateTime &now) const
{
    return notAfter.isValid() && now > notAfter;
}

bool CertificateInfo::isNotYetValid(const QDateTime &now) const
{
    return notBefore.isValid() && now < notBefore;
}

CertificateInfo CertificateInfo::fromCertificate(const QSslCertificate &certificate,
                                                 const QList<QSslError> &errors)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    info.subject = distinguishedName(certificate, false);
    info.issuer = distinguishedName(certificate, true);
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        info.alternativeNames.append(it.value());
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex()).toLower();
    info.selfSigned = certificate.isSelfSigned();
    for (const QSslError &error : errors) {
        if (!info.errors.contains(error.errorString()))
            info.errors.append(error.errorString());
    }
    return info;
}

QJsonObject CertificateInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("alternative_names"), QJsonArray::fromStringList(alternativeNames)},
        {QStringLiteral("not_before"), notBefore.toString(Qt::ISODate)},
        {QStringLiteral("not_after"), notAfter.toString(Qt::ISODate)},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("self_signed"), selfSigned},
        {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
    };
}

QString CertificateInfo::toText(const QString &indent) const
{
    QStringList lines;
    lines.append(indent + trCertificate("subject: %1").arg(subject));
    lines.append(indent + trCertificate("issuer: %1").arg(issuer));
    if (!alternativeNames.isEmpty()) {
        lines.append(indent +
                     trCertificate("names: %1").arg(alternativeNames.join(QStringLiteral(", "))));
    }
    lines.append(indent +
                 trCertificate("valid: %1 to %2")
                     .arg(notBefore.toString(Qt::ISODate), notAfter.toString(Qt::ISODate)));
    lines.append(indent + trCertificate("SHA-256: %1").arg(sha256Colons()));
    if (!errors.isEmpty())
        lines.append(indent + trCertificate("errors: %1").arg(errors.join(QStringLiteral("; "))));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Latchkey
