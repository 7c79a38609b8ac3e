#include "NewPasswordDialog.h"

#include "Clipboard.h"
#include "MessageBox.h"
#include "ProblemView.h"
#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Latchkey {

NewPasswordDialog::NewPasswordDialog(AppServices services, Site site, AppPassword password,
                                     const QString &userLabel, bool canUseForLatchkey,
                                     QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_site(std::move(site))
    , m_password(std::move(password))
    , m_field(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_copyStatus(new QLabel(this))
    , m_latchkeyStatus(new QLabel(this))
    , m_problem(new ProblemView(this))
    , m_done(new QPushButton(tr("&Done"), this))
{
    setObjectName(QStringLiteral("newPasswordDialog"));
    setWindowTitle(tr("New application password"));
    setMinimumWidth(520);

    auto *heading = new QLabel(tr("<b>“%1”</b> was created for %2 on %3.")
                                   .arg(m_password.name.toHtmlEscaped(), userLabel.toHtmlEscaped(),
                                        m_site.name.toHtmlEscaped()),
                               this);
    heading->setObjectName(QStringLiteral("newPasswordHeading"));
    heading->setWordWrap(true);

    auto *warning = new QLabel(tr("Copy it now: you will not see this password again. "
                                  "WordPress keeps only a fingerprint of it."),
                               this);
    warning->setObjectName(QStringLiteral("onceWarningLabel"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #8a4b00; font-weight: bold;"));

    m_field->setObjectName(QStringLiteral("newPasswordField"));
    m_field->setReadOnly(true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setText(m_password.password);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_field->setFont(mono);
    m_field->setAccessibleName(tr("New application password"));

    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the password"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });

    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &NewPasswordDialog::copy);

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(m_reveal);
    fieldRow->addWidget(m_copy);

    m_copyStatus->setObjectName(QStringLiteral("copyStatusLabel"));
    m_copyStatus->setWordWrap(true);
    m_latchkeyStatus->setObjectName(QStringLiteral("latchkeyStatusLabel"));
    m_latchkeyStatus->setWordWrap(true);
    m_latchkeyStatus->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(4);
    layout->addLayout(fieldRow);
    layout->addWidget(m_copyStatus);
    layout->addWidget(warning);

    if (canUseForLatchkey) {
        auto *explain = new QLabel(
            tr("Latchkey can use this password for %1 from now on, instead of the one it uses "
               "now. It is then kept in your system keychain.")
                .arg(m_site.name.toHtmlEscaped()),
            this);
        explain->setWordWrap(true);
        m_useForLatchkey = new QPushButton(tr("&Use it for Latchkey on this site"), this);
        m_useForLatchkey->setObjectName(QStringLiteral("useForLatchkeyButton"));
        connect(m_useForLatchkey, &QPushButton::clicked, this, &NewPasswordDialog::useForLatchkey);
        layout->addSpacing(8);
        layout->addWidget(explain);
        auto *row = new QHBoxLayout;
        row->addWidget(m_useForLatchkey);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addWidget(m_latchkeyStatus);
    layout->addWidget(m_problem);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setAutoDefault(false);
    buttons->addButton(m_done, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);

    if (m_services.clipboard) {
        connect(m_services.clipboard, &Clipboard::countdown, this,
                &NewPasswordDialog::updateCountdown);
    }
    m_copy->setFocus();
}

NewPasswordDialog::~NewPasswordDialog()
{
    // Leave as little of the secret in memory as Qt lets us.
    m_password.password.fill(QLatin1Char('\0'));
    m_field->setText(QString(m_field->text().size(), QLatin1Char('\0')));
    m_field->clear();
}

void NewPasswordDialog::copy()
{
    if (m_services.clipboard)
        m_services.clipboard->copySecret(m_password.password);
    m_copied = true;
    updateCountdown(m_services.clipboard ? m_services.clipboard->secondsLeft() : 0);
}

void NewPasswordDialog::updateCountdown(int secondsLeft)
{
    if (!m_copied)
        return;
    if (secondsLeft > 0) {
        m_copyStatus->setText(
            secondsLeft == 1
                ? tr("Copied. The clipboard will be cleared in 1 second.")
                : tr("Copied. The clipboard will be cleared in %1 seconds.").arg(secondsLeft));
    } else {
        m_copyStatus->setText(tr("Copied. Paste it where it is needed; Latchkey has cleared the "
                                 "clipboard (or will when it closes)."));
    }
}

void NewPasswordDialog::useForLatchkey()
{
    if (m_storing || m_stored)
        return;
    m_storing = true;
    m_problem->clear();
    m_useForLatchkey->setEnabled(false);
    m_latchkeyStatus->setText(tr("Saving the password in the system keychain…"));
    m_latchkeyStatus->show();
    const QString previousName = m_site.passwordName;
    m_services.secrets->write(
        m_site.secretKey(), m_password.password, this,
        [this, previousName](const Problem &problem) {
            m_storing = false;
            if (problem) {
                m_useForLatchkey->setEnabled(true);
                m_latchkeyStatus->setText(
                    tr("Latchkey still uses its previous password. The new one is still here: "
                       "copy it now, or try again."));
                m_problem->setProblem(problem);
                m_services.record(m_site, QStringLiteral("keychain_failed"),
                                  tr("Could not keep “%1” in the keychain: %2")
                                      .arg(m_password.name, problem.message()),
                                  false);
                return;
            }
            const QString uuid = m_password.uuid;
            const QString name = m_password.name;
            const Result<Site> saved = m_services.sites->modify(m_site.id, [uuid, name](Site &s) {
                s.passwordUuid = uuid;
                s.passwordName = name;
            });
            if (!saved) {
                m_problem->setProblem(saved.problem());
                return;
            }
            m_stored = true;
            m_site = *saved;
            m_useForLatchkey->setText(tr("Used by Latchkey"));
            m_latchkeyStatus->setText(
                previousName.isEmpty() || previousName == name
                    ? tr("Latchkey now uses this password for %1.").arg(m_site.name)
                    : tr("Latchkey now uses this password for %1. The previous one (“%2”) still "
                         "works until you revoke it.")
                          .arg(m_site.name, previousName));
            m_services.record(m_site, QStringLiteral("latchkey_password_changed"),
                              tr("Latchkey now uses the application password “%1”.").arg(name));
            Q_EMIT latchkeyPasswordChanged(m_site.id);
        });
}

void NewPasswordDialog::done(int result)
{
    if (!m_copied && !m_stored && !m_closeConfirmed) {
        MessageBox::question(
            this, tr("Close without copying?"), tr("You have not copied the new password."),
            tr("Once this window is closed, nobody can see “%1” again: not you, not Latchkey, "
               "not WordPress. You would have to create a new one.")
                .arg(m_password.name),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel,
            [this, result](QMessageBox::StandardButton answer) {
                if (answer != QMessageBox::Close)
                    return;
                m_closeConfirmed = true;
                done(result);
            },
            QMessageBox::Warning, {{QMessageBox::Close, tr("Close without copying")}});
        return;
    }
    QDialog::done(result);
}

} // namespace Latchkey
