#pragma once

#include "AppServices.h"
#include "approval/ApprovalFlow.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Latchkey {

class ApprovalInbox;
class ProblemView;

// "Connect with your browser": the GUI half of ApprovalFlow, as one widget the add-site dialog
// embeds. Idle: the button (make it the default when the site offers application passwords).
// Waiting: what to do in the browser, what the browser may show instead, Cancel, and after a
// while "Open the page again" and the paste field (the latchkey:// address from the address
// bar, or the password WordPress shows on the fallback page). Outcome: connected (siteConnected),
// declined, unavailable ("Cannot Authorize Application"), or the problem; on success and on
// failure alike, the password that travelled through the browser (name, user, site) and whether
// it was revoked; when the keychain refused the new password, that password once, with Copy,
// so it is not lost.
//
// Hook API for AddSiteDialog (see the issue-6 report for the exact lines):
//   auto *panel = new BrowserApprovalPanel(m_services, m_services.approvals, this);
//   panel->setRequestProvider([this] { return BrowserApprovalPanel::Request{draft, address}; });
//   panel->setLoginProvider([this] { return m_user->text(); });
//   panel->setSiteAvailable(discovery->appPasswordsAvailable);   // after each discovery
//   connect(panel, &BrowserApprovalPanel::siteConnected, …);       // record + accept()
//   panel->cancel() in the dialog's cancelWork(); panel->isBusy() in its busy checks.
class BrowserApprovalPanel : public QWidget
{
    Q_OBJECT

public:
    struct Request
    {
        Site draft;      // as for SiteConnector (name, group, allowInsecureHttp; id to reconnect)
        QString address; // what the user typed (or the discovered site address)
    };

    BrowserApprovalPanel(AppServices services, ApprovalInbox *inbox, QWidget *parent = nullptr);
    ~BrowserApprovalPanel() override;

    void setRequestProvider(std::function<Request()> provider);
    // The user name for a bare pasted password (WordPress's page does not show it).
    void setLoginProvider(std::function<QString()> provider);
    // Enables the button; the dialog calls it after discovery.
    void setSiteAvailable(bool available);
    // How to open the approval page; QDesktopServices::openUrl by default (tests replace it).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // Shorter than the flow's default: after this the panel offers the fallbacks.
    void setWaitHint(std::chrono::milliseconds timeout);

    bool isBusy() const;
    void cancel();
    QPushButton *connectButton() const { return m_connect; }

Q_SIGNALS:
    void siteConnected(const Latchkey::Site &site);
    void busyChanged(bool busy);

private:
    void start();
    void onOpen(const QUrl &url);
    void onTimedOut();
    void onFinished(const ApprovalOutcome &outcome);
    void onInboxIgnored(int why, const QString &message);
    void usePasted();
    void showFallbacks(bool shown);
    void setBusy(bool busy);

    AppServices m_services;
    QPointer<ApprovalInbox> m_inbox;
    QPointer<ApprovalFlow> m_flow;
    std::function<Request()> m_requestProvider;
    std::function<QString()> m_loginProvider;
    std::function<bool(const QUrl &)> m_opener;
    std::chrono::milliseconds m_waitHint = std::chrono::minutes(3);
    bool m_busy = false;

    QPushButton *m_connect;
    QLabel *m_status;
    QLabel *m_browserHint;
    QPushButton *m_cancel;
    QPushButton *m_reopen;
    QPushButton *m_showPassword;
    QLabel *m_pasteLabel;
    QLineEdit *m_paste;
    QPushButton *m_usePaste;
    ProblemView *m_problem;
    QLabel *m_travelled;
    QLabel *m_unsavedLabel;
    QLineEdit *m_unsaved;
    QPushButton *m_copyUnsaved;
};

} // namespace Latchkey
