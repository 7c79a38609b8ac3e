#pragma once

#include "diagnosis/CertificateInfo.h"

#include <QDialog>

namespace Latchkey {

// Shows a certificate that failed TLS verification (subject, issuer, names, validity, SHA-256
// fingerprint, what is wrong with it) and asks whether to trust exactly this certificate for
// one site. Accepting means the caller stores its fingerprint as the site's
// trustedCertificateSha256; there is never a global "ignore TLS errors".
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateTrustDialog(const CertificateInfo &certificate, const QString &siteName,
                           QWidget *parent = nullptr);

    const CertificateInfo &certificate() const { return m_certificate; }

private:
    CertificateInfo m_certificate;
};

} // namespace Latchkey
