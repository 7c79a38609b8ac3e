#pragma once

#include "AppServices.h"
#include "wordpress/ConnectionCheck.h"
#include "wordpress/SiteDiscovery.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Latchkey {

class BrowserApprovalPanel;
class BusyBar;
class ProblemView;
class SiteConnector;
class StepsView;

// Adds a site, or reconnects one with a new password: the address first (Latchkey finds the
// site and shows what it found before asking for anything), then, by default, "Connect with
// your browser" (BrowserApprovalPanel: the user approves in WordPress, no password shown or
// typed); or by hand, the user name and a pasted application password, which is checked, kept
// in the keychain, and the site saved. Every failure is shown in place; nothing typed is lost.
// Never asks for the login password.
//
// A site that points to another address (a redirect, its REST API link or index claiming
// another origin) is a proposal: the dialog shows both addresses and asks. Accepting is one
// click (the proposed address becomes the one the user named, and Latchkey looks again);
// declining sends nothing anywhere.
class AddSiteDialog : public QDialog
{
    Q_OBJECT

public:
    // reconnect: the site to reconnect (its name, group and history are kept).
    AddSiteDialog(AppServices services, std::optional<Site> reconnect = std::nullopt,
                  QWidget *parent = nullptr);
    ~AddSiteDialog() override;

    // For the empty-state and tests: start with this address.
    void setAddress(const QString &address);

Q_SIGNALS:
    void siteSaved(const QString &siteId);

protected:
    void reject() override;

private:
    void findSite();
    void onDiscovered(const Result<DiscoveryResult> &result);
    void connectSite();
    void onConnected(const Result<Site> &site, const CheckResult &check);
    void addressEdited();
    // Shows "the site at A points to B" with Use B / Keep A; empty hides it.
    void showProposal(const QUrl &proposed);
    void acceptProposal();
    void declineProposal();
    void updateButtons();
    void cancelWork();
    // What the user entered, as the site to save (the reconnected one or a new one).
    Site draftSite() const;

    AppServices m_services;
    std::optional<Site> m_reconnect;
    std::optional<DiscoveryResult> m_discovery;
    QPointer<SiteDiscovery> m_discoveryJob;
    QPointer<SiteConnector> m_connector;
    QUrl m_proposedUrl;

    QLineEdit *m_address;
    QPushButton *m_find;
    QLabel *m_found;
    ProblemView *m_findProblem;
    QFrame *m_proposal;
    QLabel *m_proposalText;
    QPushButton *m_acceptProposal;
    QPushButton *m_declineProposal;
    QGroupBox *m_connectBox;
    BrowserApprovalPanel *m_browserPanel;
    QLabel *m_howTo;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_name;
    QComboBox *m_group;
    QCheckBox *m_allowHttp;
    QLabel *m_httpWarning;
    StepsView *m_steps;
    ProblemView *m_connectProblem;
    BusyBar *m_busy;
    QPushButton *m_add;
};

} // namespace Latchkey
