#include "CertificateTrustDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Latchkey {

namespace {
QLabel *selectableLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CertificateTrustDialog::CertificateTrustDialog(const CertificateInfo &certificate,
                                               const QString &siteName, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setObjectName(QStringLiteral("certificateTrustDialog"));
    setWindowTitle(tr("Untrusted certificate"));

    auto *intro = new QLabel(
        tr("The certificate of %1 is not trusted by your system. If this is your own staging "
           "site with a self-signed certificate, compare the SHA-256 fingerprint below with the "
           "one on the server before you trust it. Latchkey then accepts exactly this "
           "certificate for this site only; if it changes, you will be asked again.")
            .arg(siteName),
        this);
    intro->setWordWrap(true);

    const QLocale locale;
    const auto when = [&locale](const QDateTime &time) {
        return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat)
                              : tr("unknown");
    };
    auto *validity =
        selectableLabel(tr("%1 to %2").arg(when(certificate.notBefore), when(certificate.notAfter)),
                        QStringLiteral("certificateValidity"), this);
    if (certificate.isExpired()) {
        validity->setText(validity->text() + QStringLiteral(" — ") + tr("expired"));
        validity->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    } else if (certificate.isNotYetValid()) {
        validity->setText(validity->text() + QStringLiteral(" — ") + tr("not valid yet"));
        validity->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    auto *fingerprint =
        selectableLabel(certificate.sha256Colons(), QStringLiteral("certificateFingerprint"), this);
    fingerprint->setFont(QFont(QStringLiteral("monospace")));

    auto *form = new QFormLayout;
    form->addRow(tr("Issued to:"),
                 selectableLabel(certificate.subject, QStringLiteral("certificateSubject"), this));
    form->addRow(tr("Issued by:"),
                 selectableLabel(certificate.issuer, QStringLiteral("certificateIssuer"), this));
    form->addRow(tr("Names:"),
                 selectableLabel(certificate.alternativeNames.join(QStringLiteral(", ")),
                                 QStringLiteral("certificateNames"), this));
    form->addRow(tr("Valid:"), validity);
    form->addRow(tr("SHA-256:"), fingerprint);
    auto *errors = selectableLabel(certificate.errors.join(QLatin1Char('\n')),
                                   QStringLiteral("certificateErrors"), this);
    errors->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    form->addRow(tr("Problems:"), errors);

    auto *buttons = new QDialogButtonBox(this);
    auto *trust = buttons->addButton(tr("Trust this certificate for %1").arg(siteName),
                                     QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustCertificateButton"));
    trust->setAutoDefault(false);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelTrustButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

} // namespace Latchkey
