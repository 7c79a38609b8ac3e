#include "BrowserApprovalPanel.h"

#include "Clipboard.h"
#include "MessageBox.h"
#include "ProblemView.h"
#include "approval/ApprovalInbox.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Latchkey {

BrowserApprovalPanel::BrowserApprovalPanel(AppServices services, ApprovalInbox *inbox,
                                           QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_inbox(inbox)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_connect(new QPushButton(tr("Connect with your &browser"), this))
    , m_status(new QLabel(this))
    , m_browserHint(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_reopen(new QPushButton(tr("Open the page &again"), this))
    , m_showPassword(new QPushButton(tr("Let WordPress &show the password instead"), this))
    , m_pasteLabel(new QLabel(this))
    , m_paste(new QLineEdit(this))
    , m_usePaste(new QPushButton(tr("&Use"), this))
    , m_problem(new ProblemView(this))
    , m_travelled(new QLabel(this))
    , m_unsavedLabel(new QLabel(this))
    , m_unsaved(new QLineEdit(this))
    , m_copyUnsaved(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("browserApprovalPanel"));
    m_connect->setObjectName(QStringLiteral("browserApproveButton"));
    m_connect->setToolTip(tr("Opens your site's “Authorize Application” page in your browser. "
                             "You log in there as usual (with two-factor authentication if you "
                             "use it) and approve Latchkey; no password is shown or typed."));
    m_connect->setEnabled(false);
    m_status->setObjectName(QStringLiteral("browserApprovalStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // may quote what a site or a callback said
    m_browserHint->setObjectName(QStringLiteral("browserApprovalHint"));
    m_browserHint->setWordWrap(true);
    m_browserHint->setText(
        tr("<b>In your browser</b>, log in to WordPress if asked and click “Yes, I approve of "
           "this connection”. Your browser may ask whether to open Latchkey: allow it.<br>"
           "If the page says “Cannot Authorize Application” (for example because the site is "
           "protected with HTTP Basic authentication) or “Each application name should be "
           "unique”, nothing was created: close it and use the other way below or try again."));
    m_cancel->setObjectName(QStringLiteral("browserApprovalCancel"));
    m_reopen->setObjectName(QStringLiteral("browserApprovalReopen"));
    m_reopen->setToolTip(tr("Starts a new attempt (the old page no longer works)."));
    m_showPassword->setObjectName(QStringLiteral("browserApprovalShowPassword"));
    m_showPassword->setToolTip(tr("Opens the approval page without sending the answer back: "
                                  "WordPress then shows the new password, to paste below."));
    m_pasteLabel->setWordWrap(true);
    m_pasteLabel->setText(tr("Your browser did not come back? Paste the address it ended on "
                             "(it starts with latchkey://), or the password WordPress showed:"));
    m_paste->setObjectName(QStringLiteral("browserApprovalPaste"));
    m_paste->setEchoMode(QLineEdit::Password);
    m_paste->setPlaceholderText(tr("latchkey://authorized?… or xxxx xxxx xxxx xxxx xxxx xxxx"));
    m_usePaste->setObjectName(QStringLiteral("browserApprovalUsePaste"));
    m_problem->setObjectName(QStringLiteral("browserApprovalProblem"));
    m_travelled->setObjectName(QStringLiteral("browserApprovalTravelled"));
    m_travelled->setWordWrap(true);
    m_travelled->setTextFormat(Qt::PlainText);
    m_travelled->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unsavedLabel->setWordWrap(true);
    m_unsaved->setObjectName(QStringLiteral("browserApprovalUnsavedPassword"));
    m_unsaved->setReadOnly(true);
    m_copyUnsaved->setObjectName(QStringLiteral("browserApprovalCopyUnsaved"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reopen);
    buttons->addWidget(m_showPassword);
    buttons->addStretch();
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(m_usePaste);
    auto *unsavedRow = new QHBoxLayout;
    unsavedRow->addWidget(m_unsaved, 1);
    unsavedRow->addWidget(m_copyUnsaved);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_browserHint);
    layout->addWidget(m_pasteLabel);
    layout->addLayout(pasteRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_travelled);
    layout->addWidget(m_unsavedLabel);
    layout->addLayout(unsavedRow);

    connect(m_connect, &QPushButton::clicked, this, &BrowserApprovalPanel::start);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        cancel();
        start();
    });
    connect(m_cancel, &QPushButton::clicked, this, &BrowserApprovalPanel::cancel);
    connect(m_showPassword, &QPushButton::clicked, this, [this] {
        if (m_flow && m_flow->isWaiting())
            m_opener(m_flow->passwordPageUrl());
        showFallbacks(true);
        m_paste->setFocus();
    });
    connect(m_paste, &QLineEdit::returnPressed, this, &BrowserApprovalPanel::usePasted);
    connect(m_usePaste, &QPushButton::clicked, this, &BrowserApprovalPanel::usePasted);
    connect(m_copyUnsaved, &QPushButton::clicked, this, [this] {
        if (m_services.clipboard)
            m_services.clipboard->copySecret(m_unsaved->text());
    });
    if (m_inbox) {
        connect(m_inbox, &ApprovalInbox::ignored, this,
                [this](ApprovalInbox::Delivery why, const QString &message) {
                    onInboxIgnored(int(why), message);
                });
    }

    m_status->hide();
    m_browserHint->hide();
    m_cancel->hide();
    m_problem->clear();
    m_travelled->hide();
    showFallbacks(false);
    m_unsavedLabel->hide();
    m_unsaved->hide();
    m_copyUnsaved->hide();
}

BrowserApprovalPanel::~BrowserApprovalPanel()
{
    if (m_flow)
        m_flow->cancel();
    m_unsaved->setText(QString(m_unsaved->text().size(), QLatin1Char('\0')));
}

void BrowserApprovalPanel::setRequestProvider(std::function<Request()> provider)
{
    m_requestProvider = std::move(provider);
}

void BrowserApprovalPanel::setLoginProvider(std::function<QString()> provider)
{
    m_loginProvider = std::move(provider);
}

void BrowserApprovalPanel::setSiteAvailable(bool available)
{
    m_connect->setEnabled(available && !m_busy);
}

void BrowserApprovalPanel::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
}

void BrowserApprovalPanel::setWaitHint(std::chrono::milliseconds timeout)
{
    m_waitHint = timeout;
}

bool BrowserApprovalPanel::isBusy() const
{
    return m_busy;
}

void BrowserApprovalPanel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_connect->setVisible(!busy);
    m_cancel->setVisible(busy);
    if (!busy)
        m_reopen->hide();
    Q_EMIT busyChanged(busy);
}

void BrowserApprovalPanel::showFallbacks(bool shown)
{
    m_pasteLabel->setVisible(shown);
    m_paste->setVisible(shown);
    m_usePaste->setVisible(shown);
    m_reopen->setVisible(shown && m_busy);
    m_showPassword->setVisible(m_busy);
}

void BrowserApprovalPanel::start()
{
    if (m_busy || !m_requestProvider)
        return;
    const Request request = m_requestProvider();
    m_problem->clear();
    m_travelled->clear();
    m_travelled->hide();
    m_unsavedLabel->hide();
    m_unsaved->clear();
    m_unsaved->hide();
    m_copyUnsaved->hide();
    m_paste->clear();

    auto *flow = new ApprovalFlow(m_services.network, m_services.secrets, m_services.sites,
                                  request.draft, request.address, this);
    m_flow = flow;
    flow->setInbox(m_inbox);
    flow->setTimeout(m_waitHint);
    connect(flow, &ApprovalFlow::progress, m_status, &QLabel::setText);
    connect(flow, &ApprovalFlow::openInBrowser, this, &BrowserApprovalPanel::onOpen);
    connect(flow, &ApprovalFlow::timedOut, this, &BrowserApprovalPanel::onTimedOut);
    connect(flow, &ApprovalFlow::callbackIgnored, m_status, &QLabel::setText);
    connect(flow, &ApprovalFlow::stageChanged, this, [this](ApprovalFlow::Stage stage) {
        if (stage == ApprovalFlow::Stage::UsingPassword) {
            // Runs to its end in seconds; cancelling half-way would leave passwords behind.
            m_cancel->setEnabled(false);
            m_browserHint->hide();
            showFallbacks(false);
            m_showPassword->hide();
        }
    });
    connect(flow, &ApprovalFlow::finished, this, &BrowserApprovalPanel::onFinished);
    setBusy(true);
    m_cancel->setEnabled(true);
    m_status->show();
    showFallbacks(false);
    m_showPassword->hide();
    flow->start();
}

void BrowserApprovalPanel::onOpen(const QUrl &url)
{
    m_browserHint->show();
    m_showPassword->show();
    if (!m_opener(url)) {
        // No browser could be started: go straight to the fallbacks.
        m_status->setText(tr("Latchkey could not open your browser. Open this page yourself "
                             "and approve there: %1")
                              .arg(url.toString(QUrl::FullyEncoded)));
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        showFallbacks(true);
    }
}

void BrowserApprovalPanel::onTimedOut()
{
    m_status->setText(
        tr("Your browser has not come back to Latchkey yet. If you approved and nothing "
           "happened, your desktop may not pass latchkey:// links to Latchkey: paste the "
           "address your browser ended on, let WordPress show the password instead, or open "
           "the page again."));
    showFallbacks(true);
}

void BrowserApprovalPanel::onInboxIgnored(int why, const QString &message)
{
    if (!m_busy)
        return;
    Q_UNUSED(why)
    // A stale or foreign answer while this attempt waits: say so, keep waiting.
    m_status->setText(message + QLatin1Char(' ') +
                      tr("Still waiting for this attempt: approve in the browser page Latchkey "
                         "opened last."));
}

void BrowserApprovalPanel::usePasted()
{
    if (!m_flow || !m_flow->isWaiting())
        return;
    const QString login = m_loginProvider ? m_loginProvider() : QString();
    const Problem problem = m_flow->submitPasted(m_paste->text(), login);
    if (problem) {
        m_problem->setProblem(problem);
        return;
    }
    m_problem->clear();
    m_paste->clear();
}

void BrowserApprovalPanel::onFinished(const ApprovalOutcome &outcome)
{
    setBusy(false);
    showFallbacks(false);
    m_browserHint->hide();
    m_showPassword->hide();
    // Success or failure: which password went through the browser, and whether it still works.
    const QString travelled = outcome.travelledSummary();
    m_travelled->setText(travelled);
    m_travelled->setVisible(!travelled.isEmpty());
    switch (outcome.kind) {
    case ApprovalOutcome::Kind::Connected:
        m_status->setText(tr("Connected. Latchkey created its own application password “%1”.")
                              .arg(outcome.site->passwordName));
        if (outcome.travelled == ApprovalOutcome::Travelled::NotRevoked) {
            // The dialog closes on success: tell the user in a box that outlives it (on the
            // main window), or a valid password would be left behind without a word.
            QWidget *owner = window()->parentWidget() ? window()->parentWidget() : window();
            MessageBox::warning(owner, tr("An Application Password Is Still Valid"), travelled);
        }
        Q_EMIT siteConnected(*outcome.site);
        return;
    case ApprovalOutcome::Kind::Cancelled:
        m_status->hide();
        return;
    case ApprovalOutcome::Kind::Declined:
    case ApprovalOutcome::Kind::Unavailable:
    case ApprovalOutcome::Kind::Failed:
        break;
    }
    m_status->hide();
    m_problem->setProblem(outcome.site.problem());
    if (!outcome.unsavedPassword.isEmpty()) {
        m_unsavedLabel->setText(
            tr("Latchkey created the application password “%1” for %2, but could not keep it "
               "in the system keychain. It is shown only here: copy it now, and paste it with "
               "the user name when the keychain works again (or revoke it in WordPress).")
                .arg(outcome.unsavedPasswordName, outcome.unsavedUserLogin));
        m_unsaved->setText(outcome.unsavedPassword);
        m_unsavedLabel->show();
        m_unsaved->show();
        m_copyUnsaved->show();
    }
}

void BrowserApprovalPanel::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

} // namespace Latchkey
