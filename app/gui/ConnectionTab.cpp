#include "ConnectionTab.h"

#include "CertificateTrustDialog.h"
#include "CheckRunner.h"
#include "MessageBox.h"
#include "ProblemView.h"
#include "StepsView.h"
#include "TimeText.h"
#include "diagnosis/DiagnosisReport.h"
#include "secrets/SecretStore.h"
#include "sites/SiteAddressChange.h"
#include "sites/SiteStore.h"

#include <QClipboard>
#include <QGuiApplication>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Latchkey {

ConnectionTab::ConnectionTab(AppServices services, CheckRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_runner(runner)
    , m_summary(new QLabel(this))
    , m_userInfo(new QLabel(this))
    , m_steps(new StepsView(this))
    , m_problem(new ProblemView(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copyReport(new QPushButton(tr("Copy &report"), this))
    , m_certificate(new QPushButton(tr("View &certificate…"), this))
    , m_moved(new QLabel(this))
    , m_useSuggested(new QPushButton(tr("&Use that address"), this))
{
    setObjectName(QStringLiteral("connectionTab"));
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_summary->setWordWrap(true);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    bigger.setBold(true);
    m_summary->setFont(bigger);
    m_userInfo->setObjectName(QStringLiteral("connectionUserInfo"));
    m_userInfo->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancel->hide();
    m_copyReport->setObjectName(QStringLiteral("copyReportButton"));
    m_copyReport->setToolTip(tr("Copy a plain-text diagnosis to send to your host: steps, codes, "
                                "versions and headers, without any password"));
    m_certificate->setObjectName(QStringLiteral("viewCertificateButton"));
    m_certificate->setToolTip(tr("Show the site's certificate and decide whether to trust it "
                                 "for this site"));
    m_moved->setObjectName(QStringLiteral("siteMovedLabel"));
    m_moved->setWordWrap(true);
    m_useSuggested->setObjectName(QStringLiteral("useSuggestedUrlButton"));

    auto *moved = new QHBoxLayout;
    moved->addWidget(m_moved, 1);
    moved->addWidget(m_useSuggested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_certificate);
    buttons->addStretch();
    buttons->addWidget(m_copyReport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_userInfo);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_problem);
    layout->addLayout(moved);
    layout->addLayout(buttons);

    // A keychain that could not be read: unlock it, then test again.
    m_problem->setUnlockAction(m_services.secrets, [this] {
        if (m_site)
            m_runner->check({m_site->id});
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_site)
            m_runner->check({m_site->id});
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &CheckRunner::cancelAll);
    connect(m_copyReport, &QPushButton::clicked, this, &ConnectionTab::copyReport);
    connect(m_certificate, &QPushButton::clicked, this, &ConnectionTab::showCertificate);
    connect(m_useSuggested, &QPushButton::clicked, this, &ConnectionTab::useSuggestedUrl);
    connect(m_runner, &CheckRunner::started, this, &ConnectionTab::onStarted);
    connect(m_runner, &CheckRunner::stepFinished, this, &ConnectionTab::onStep);
    connect(m_runner, &CheckRunner::finished, this, &ConnectionTab::onFinished);
    setSite(std::nullopt);
}

void ConnectionTab::setSite(const std::optional<Site> &site)
{
    const bool sameSite = site && m_site && site->id == m_site->id;
    m_site = site;
    m_test->setEnabled(m_site.has_value());
    if (sameSite && m_runner->isRunning(m_site->id))
        return;
    m_steps->clearSteps();
    m_problem->clear();
    m_userInfo->clear();
    updateExtraActions(std::nullopt);
    if (!m_site) {
        m_summary->clear();
        return;
    }
    const bool running = m_runner->isRunning(m_site->id);
    m_cancel->setVisible(running);
    m_test->setEnabled(!running);
    if (running) {
        m_summary->setText(tr("Testing the connection…"));
        return;
    }
    if (const std::optional<CheckResult> result = m_runner->lastResult(m_site->id))
        showResult(*result);
    else
        showStored();
}

void ConnectionTab::showStored()
{
    const LastCheck &last = m_site->lastCheck;
    if (!last.isValid()) {
        m_summary->setText(tr("Not tested yet. Press “Test connection” (F5) to check that "
                              "Latchkey can reach %1 and sign in.")
                               .arg(m_site->name));
        return;
    }
    m_summary->setText(
        last.ok
            ? tr("Worked when last tested, %1.").arg(TimeText::relative(last.at))
            : tr("Failed when last tested, %1: %2").arg(TimeText::relative(last.at), last.message));
    m_userInfo->setText(tr("Test again to see each step."));
}

void ConnectionTab::showResult(const CheckResult &result)
{
    updateExtraActions(result);
    m_steps->setSteps(result.steps);
    if (result.ok) {
        m_summary->setText(tr("✓ Latchkey can reach %1 and sign in.").arg(m_site->name));
        m_summary->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_problem->clear();
    } else {
        m_summary->setText(result.problem.code() == ProblemCode::Cancelled
                               ? tr("The test was cancelled.")
                               : tr("✗ The connection test failed."));
        m_summary->setStyleSheet(result.problem.code() == ProblemCode::Cancelled
                                     ? QString()
                                     : QStringLiteral("color: #b71c1c;"));
        if (result.problem.code() != ProblemCode::Cancelled)
            m_problem->setProblem(result.problem);
    }
    if (result.user.id != 0) {
        QStringList can;
        if (result.canPublishPosts)
            can.append(tr("publish posts"));
        else if (result.canEditPosts)
            can.append(tr("write posts (not publish)"));
        if (result.canEditUsers)
            can.append(tr("manage other users' passwords"));
        m_userInfo->setText(tr("Signed in as %1 (%2), roles: %3. May %4.")
                                .arg(result.user.username, result.user.name,
                                     result.user.roles.join(QStringLiteral(", ")),
                                     can.isEmpty() ? tr("only read") : can.join(tr(" and "))));
    }
}

void ConnectionTab::onStarted(const QString &siteId)
{
    if (!m_site || m_site->id != siteId)
        return;
    m_steps->clearSteps();
    m_problem->clear();
    m_userInfo->clear();
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Testing the connection…"));
    m_steps->setRunning(tr("Working…"));
    m_test->setEnabled(false);
    m_cancel->show();
    updateExtraActions(std::nullopt);
}

void ConnectionTab::onStep(const QString &siteId, const CheckStep &step)
{
    if (!m_site || m_site->id != siteId)
        return;
    m_steps->addStep(step);
    m_steps->setRunning(tr("Working…"));
}

void ConnectionTab::onFinished(const QString &siteId, const CheckResult &result)
{
    if (!m_site || m_site->id != siteId)
        return;
    m_test->setEnabled(true);
    m_cancel->hide();
    showResult(result);
}

void ConnectionTab::updateExtraActions(const std::optional<CheckResult> &result)
{
    m_copyReport->setEnabled(result.has_value() &&
                             result->problem.code() != ProblemCode::Cancelled);
    m_certificate->setVisible(result && result->problem.code() == ProblemCode::TlsError &&
                              !result->certificate.isNull());
    const bool moved = result && result->suggestedUrl.isValid() &&
                       !result->suggestedUrl.isEmpty() && m_site &&
                       result->suggestedUrl != m_site->baseUrl;
    m_moved->setVisible(moved);
    m_useSuggested->setVisible(moved);
    if (moved) {
        m_moved->setText(
            tr("The site at %1 points to %2; Latchkey sent nothing there. Use %2 "
               "if it is really this site's address (Latchkey first checks that the "
               "stored password signs in there as the same user).")
                .arg(m_site->baseUrl.toDisplayString(), result->suggestedUrl.toDisplayString()));
    }
}

void ConnectionTab::copyReport()
{
    if (!m_site)
        return;
    const std::optional<CheckResult> result = m_runner->lastResult(m_site->id);
    if (!result)
        return;
    const Site site = *m_site;
    const CheckResult &checked = *result;
    // The password is read only to be removed from the report wherever it might appear.
    m_services.secrets->read(
        site.secretKey(), this, [this, site, checked](const Result<QString> &password) {
            DiagnosisReport::Context context;
            context.siteName = site.name;
            context.siteUrl = site.baseUrl;
            context.userLogin = site.userLogin;
            if (password && !password->isEmpty())
                context.secrets.append(*password);
            const QString report = DiagnosisReport::build(checked, context);
            QGuiApplication::clipboard()->setText(report);
            m_copyReport->setText(tr("Report copied ✓"));
            QTimer::singleShot(3000, m_copyReport,
                               [this] { m_copyReport->setText(tr("Copy &report")); });
        });
}

void ConnectionTab::showCertificate()
{
    if (!m_site)
        return;
    const std::optional<CheckResult> result = m_runner->lastResult(m_site->id);
    if (!result || result->certificate.isNull())
        return;
    auto *dialog = new CertificateTrustDialog(result->certificate, m_site->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString siteId = m_site->id;
    const QString sha256 = result->certificate.sha256;
    connect(dialog, &QDialog::accepted, this, [this, siteId, sha256] {
        const Result<Site> saved = m_services.sites->modify(
            siteId, [&sha256](Site &site) { site.trustedCertificateSha256 = sha256; });
        if (!saved) {
            MessageBox::warning(this, tr("Trust certificate"), saved.problem().message(),
                                saved.problem().fix());
            return;
        }
        m_services.record(*saved, QStringLiteral("certificate_trusted"),
                          tr("Trusted the certificate with SHA-256 %1 for this site.").arg(sha256));
        if (m_site && m_site->id == siteId)
            m_site = *saved;
        m_runner->check({siteId});
    });
    dialog->open();
}

void ConnectionTab::useSuggestedUrl()
{
    if (!m_site)
        return;
    const std::optional<CheckResult> result = m_runner->lastResult(m_site->id);
    if (!result || !result->suggestedUrl.isValid())
        return;
    const QUrl moved = result->suggestedUrl;
    const QString siteId = m_site->id;
    // The one explicit act that moves a site's credential origin, verified before it is saved.
    auto *change = new SiteAddressChange(m_services.network, m_services.secrets, m_services.sites,
                                         *m_site, moved.toString(), this);
    m_useSuggested->setEnabled(false);
    connect(change, &SiteAddressChange::finished, this,
            [this, siteId, moved](const Result<Site> &saved, const CheckResult &) {
                m_useSuggested->setEnabled(true);
                if (!saved) {
                    if (saved.problem().code() != ProblemCode::Cancelled) {
                        MessageBox::warning(this, tr("Use the new address"),
                                            saved.problem().message(), saved.problem().fix());
                    }
                    return;
                }
                m_services.record(*saved, QStringLiteral("site_moved"),
                                  tr("Now uses the address %1.").arg(moved.toDisplayString()));
                if (m_site && m_site->id == siteId) {
                    m_site = *saved;
                    updateExtraActions(std::nullopt);
                }
                m_runner->check({siteId});
            });
    change->start();
}

} // namespace Latchkey
