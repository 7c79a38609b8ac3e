#pragma once

#include "Problem.h"
#include "approval/ApprovalCallback.h"
#include "approval/ApprovalInbox.h"
#include "approval/ApprovalRequest.h"
#include "sites/Site.h"
#include "wordpress/ConnectionCheck.h"
#include "wordpress/SiteDiscovery.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace Latchkey {

class SecretStore;
class SiteStore;

// How a browser approval ended.
struct ApprovalOutcome
{
    enum class Kind
    {
        Connected,   // site holds the saved site
        Declined,    // the user clicked "No, I do not approve" in WordPress
        Unavailable, // WordPress's "Cannot Authorize Application" page (error=disabled)
        Cancelled,   // cancel() while discovering or waiting
        Failed,      // site's problem says why (before the browser opened, or afterwards)
    };

    // What became of the password WordPress created when the user approved (it travelled
    // through the browser, maybe a launcher's argv).
    enum class Travelled
    {
        None,       // no password travelled (failed before approval, declined, cancelled)
        Revoked,    // Latchkey revoked it
        NotRevoked, // it may still be valid: the user should revoke it (revokeProblem says why)
    };

    Kind kind = Kind::Failed;
    Result<Site> site = Problem(ProblemCode::Cancelled);
    CheckResult check; // what the connection check learnt (also on failure)

    // Set only when Latchkey created its own application password but could not keep it in
    // the keychain (keychain_unavailable): the password exists nowhere else, so the GUI shows
    // it once (with copy) for the user to paste when the keychain works again. Never written
    // to disk or logs.
    QString unsavedPassword;
    QString unsavedPasswordName;
    QString unsavedUserLogin;

    // The password that travelled through the browser: its name in WordPress, its user, the
    // site WordPress named for it, whether it was revoked, and why not.
    Travelled travelled = Travelled::None;
    QString travelledPasswordName;
    QString travelledUserLogin;
    QUrl travelledSiteUrl;
    Problem revokeProblem;

    bool connected() const { return kind == Kind::Connected; }
    // One translated sentence naming the travelled password (name, user, site) and whether it
    // was revoked, with what to do when it was not; empty when none travelled. Every front end
    // shows it with the outcome, on success and on failure.
    QString travelledSummary() const;
};

// Connects a site through WordPress's "Authorize Application" page, start to finish:
//
// 1. discovery (anonymous): application passwords must be available and the REST index must
//    name the approval page, and credentials must be allowed to travel to the site; otherwise
//    the flow finishes with discovery's problem and the browser is never opened. Approval is
//    bound to the credential origin (the address the user named; CredentialOrigin): the site
//    after redirects, the REST root, the index's "url" and the approval page must all be on it
//    (or its silent http→https upgrade). A site's index can name any page as its approval page
//    (another WordPress where the user is logged in, whose fresh password would then come back
//    to this site): then the flow fails with cross_origin_redirect before the browser opens;
// 2. openInBrowser(url): the GUI opens it (QDesktopServices; core never does) and the flow
//    waits for the callback with the attempt's state, delivered by an ApprovalInbox (or
//    offer()), or a paste (submitPasted()). After the timeout it emits timedOut() and keeps
//    waiting, so a late browser or a paste still completes; the GUI offers to try again
//    (cancel() and a new flow, with a new state) or to paste. A callback whose site_url is
//    not the site being connected ends the attempt (cross_origin_redirect): its password is
//    sent nowhere, not even to be revoked, and the outcome names it for the user to revoke.
//    "Cannot Authorize Application" (error=disabled) ends it as Unavailable, not Declined;
// 3. the password that travelled through the browser (and maybe a launcher's argv) is used
//    once: introspect (learns its uuid), create Latchkey's own password (own unique name,
//    Latchkey's app_id), connect the site with the new one through SiteConnector (discovery,
//    connection check with introspect = verification, keychain, save), revoke the travelled
//    one with the new one. The travelled password is never stored, and goes only to the
//    credential origin.
//
// Failure after the new password exists:
// - keychain write failed: the new password is the only working copy and must not be lost.
//   The travelled one is still revoked (it is the exposed copy; the new one replaces it), and
//   the outcome carries the new one in unsavedPassword for the GUI to show once.
// - anything else (the new one does not work, the site cannot be saved): both are revoked,
//   the new one with the travelled one first, and the outcome says why.
// - revoking the travelled password failed: the outcome still reports the result, with
//   revokeProblem and travelledPasswordName so the user can revoke it by hand.
// cancel() works while discovering or waiting; once the password is in use the flow runs to
// its end (a few requests), so that nothing is left half-done.
//
// Finishes exactly once, then deletes itself.
class ApprovalFlow : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Idle,
        Discovering,
        Waiting,
        UsingPassword,
        Finished,
    };
    Q_ENUM(Stage)

    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::minutes(10);

    // draft: as for SiteConnector (new site: id empty; name and group may be set; reconnect:
    // the stored site). address: what the user typed.
    ApprovalFlow(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites, Site draft,
                 QString address, QObject *parent = nullptr);
    ~ApprovalFlow() override;

    // Registers the flow with inbox while it waits. Set before start().
    void setInbox(ApprovalInbox *inbox);
    void setTimeout(std::chrono::milliseconds timeout);
    // The computer's name in the app name (QSysInfo::machineHostName() by default).
    void setDeviceName(const QString &name);

    void start();
    void cancel();

    Stage stage() const { return m_stage; }
    bool isWaiting() const { return m_stage == Stage::Waiting; }
    // Valid once waiting.
    const ApprovalRequest &request() const { return m_request; }
    const DiscoveryResult &discovery() const { return m_discovery; }

    // The fallback page: the same approval page without success_url and reject_url, under a new
    // app name, so WordPress shows the password for the user to paste (submitPasted). Valid
    // once waiting.
    QUrl passwordPageUrl() const;

    // A callback with this flow's state (the inbox matches states). Accepted when the flow
    // took it (it then finishes, connected or not); WrongSite when site_url is not the site
    // being connected: the flow then finishes too (cross_origin_redirect), sending nothing.
    ApprovalInbox::Delivery offer(const ApprovalCallback &callback);
    // The paste fallback: the full latchkey:// address the browser was sent to, or a bare
    // application password (WordPress shows it when opened without success_url) with the
    // user name it belongs to. Returns a null problem when taken, otherwise why not (the flow
    // keeps waiting).
    Problem submitPasted(const QString &text, const QString &userLogin);

Q_SIGNALS:
    void progress(const QString &step);
    void stageChanged(Latchkey::ApprovalFlow::Stage stage);
    // Open this in the user's browser. Emitted once, when waiting starts.
    void openInBrowser(const QUrl &approvalUrl);
    // The browser has not come back within the timeout; still waiting.
    void timedOut();
    // A callback for this attempt was ignored (wrong site); a sentence for the user.
    void callbackIgnored(const QString &message);
    void finished(const Latchkey::ApprovalOutcome &outcome);

private:
    void setStage(Stage stage);
    void onDiscovered(const Result<DiscoveryResult> &result);
    // Null when every address discovery learnt is on the credential origin.
    Problem originProblem() const;
    bool isSiteBeingConnected(const QUrl &siteUrl) const;
    void rejectForeignCallback(const ApprovalCallback &callback);
    void finishUnavailable();
    void usePassword(const QString &userLogin, const QString &password);
    void introspectTravelled();
    void mint(int attempt);
    void connectSite();
    void onConnected(const Result<Site> &site, const CheckResult &check);
    void revokeTravelled(std::function<void()> then);
    void revokeMinted(std::function<void()> then);
    Site connectedDraft() const;
    void finishDeclined();
    void fail(Problem problem);
    void finish(ApprovalOutcome outcome);
    void wipeSecrets();

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    SiteStore *m_sites;
    Site m_draft;
    QString m_address;
    QUrl m_named; // the credential origin's address (what the user named); set by start()
    QPointer<ApprovalInbox> m_inbox;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QString m_deviceName;
    Stage m_stage = Stage::Idle;
    DiscoveryResult m_discovery;
    ApprovalRequest m_request;
    QTimer m_timer;
    QPointer<QObject> m_current;

    // While using the password.
    QString m_login;
    QString m_travelled;
    QString m_travelledUuid;
    QString m_minted;
    QString m_mintedUuid;
    QString m_mintedName;
    ApprovalOutcome m_outcome;
};

} // namespace Latchkey

Q_DECLARE_METATYPE(Latchkey::ApprovalOutcome)
