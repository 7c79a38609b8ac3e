#include "approval/ApprovalInbox.h"

#include "approval/ApprovalCallback.h"
#include "approval/ApprovalFlow.h"
#include "approval/ApprovalLog.h"
#include "approval/ApprovalRequest.h"
#include "wordpress/SiteUrl.h"

#include <QSysInfo>

namespace Latchkey {

Q_LOGGING_CATEGORY(lcApproval, "latchkey.approval", QtInfoMsg)

namespace {

// Compares two states without stopping at the first difference.
bool sameState(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    char16_t difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}

} // namespace

void ApprovalInbox::add(ApprovalFlow *flow)
{
    if (flow && !m_flows.contains(flow))
        m_flows.append(flow);
}

void ApprovalInbox::remove(ApprovalFlow *flow)
{
    m_flows.removeAll(flow);
    m_flows.removeAll(nullptr);
}

bool ApprovalInbox::hasWaitingFlow() const
{
    for (const QPointer<ApprovalFlow> &flow : m_flows) {
        if (flow && flow->isWaiting())
            return true;
    }
    return false;
}

ApprovalInbox::Delivery ApprovalInbox::deliver(const QString &address)
{
    Result<ApprovalCallback> parsed = ApprovalCallback::parse(address);
    if (!parsed) {
        // The address may hold a password: only its length and the reason go to the log.
        qCWarning(lcApproval).noquote()
            << "ignored a latchkey:// address that does not parse (" << address.size()
            << "characters):" << parsed.problem().message();
        Q_EMIT ignored(
            Delivery::Invalid,
            tr("Latchkey received an address it cannot use: %1").arg(parsed.problem().message()));
        return Delivery::Invalid;
    }
    ApprovalCallback callback = parsed.value();
    for (const QPointer<ApprovalFlow> &flow : std::as_const(m_flows)) {
        if (!flow || !flow->isWaiting() || !sameState(flow->request().state, callback.state))
            continue;
        // The flow takes it or ends the attempt saying why (a callback for another site):
        // either way its outcome tells the user, not ignored().
        const Delivery delivery = flow->offer(callback);
        callback.wipe();
        return delivery;
    }
    if (callback.isAuthorized()) {
        // Sent nowhere, not even to be revoked: nothing says which site really made it, and
        // the state proves no attempt of ours asked for it. The user is told what to revoke.
        qCWarning(lcApproval).noquote()
            << "ignored a latchkey://authorized callback with a state no waiting attempt made "
               "(stale or forged), for"
            << SiteUrl::redacted(callback.siteUrl) << "user" << callback.userLogin
            << "; its password was sent nowhere";
        const QString site = SiteUrl::redacted(callback.siteUrl);
        const QString user = callback.userLogin;
        callback.wipe();
        const QString message =
            tr("Latchkey received an application password from WordPress that no attempt is "
               "waiting for (an earlier try, or one Latchkey did not start), for user %1 at %2. "
               "Latchkey used it nowhere and did not revoke it. If you did not mean to connect "
               "that site now, revoke it in that user's profile at %2 (Users → Profile → "
               "Application Passwords): Latchkey's passwords are named “%3 …”.")
                .arg(user, site, ApprovalRequest::appNamePrefix(QSysInfo::machineHostName()));
        Q_EMIT ignored(Delivery::UnknownState, message);
        Q_EMIT unclaimedPassword(message);
        return Delivery::UnknownState;
    }
    qCWarning(lcApproval) << "ignored a latchkey://"
                          << (callback.isUnavailable() ? "rejected (error=disabled)" : "rejected")
                          << "callback with a state no waiting attempt made (stale or forged)";
    callback.wipe();
    Q_EMIT ignored(Delivery::UnknownState,
                   tr("Latchkey received an answer from WordPress for an attempt that is no "
                      "longer waiting (an earlier try, or one Latchkey did not start); nothing "
                      "was changed."));
    return Delivery::UnknownState;
}

} // namespace Latchkey
