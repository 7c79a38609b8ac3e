#include "approval/ApprovalInbox.h"

#include "approval/ApprovalCallback.h"
#include "approval/ApprovalFlow.h"
#include "approval/ApprovalLog.h"
#include "wordpress/SiteUrl.h"

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
        const Delivery delivery = flow->offer(callback);
        callback.wipe();
        if (delivery != Delivery::Accepted) {
            Q_EMIT ignored(delivery, tr("WordPress answered for a site Latchkey is not adding "
                                        "right now; nothing was changed."));
        }
        return delivery;
    }
    if (callback.isAuthorized()) {
        qCWarning(lcApproval).noquote()
            << "ignored a latchkey://authorized callback with a state no waiting attempt made "
               "(stale or forged), for"
            << SiteUrl::redacted(callback.siteUrl) << "user" << callback.userLogin;
    } else {
        qCWarning(lcApproval) << "ignored a latchkey://rejected callback with a state no waiting "
                                 "attempt made (stale or forged)";
    }
    callback.wipe();
    Q_EMIT ignored(Delivery::UnknownState,
                   tr("Latchkey received an answer from WordPress for an attempt that is no "
                      "longer waiting (an earlier try, or one Latchkey did not start); nothing "
                      "was changed. If you approved an earlier attempt, you may revoke that "
                      "password in your WordPress profile."));
    return Delivery::UnknownState;
}

} // namespace Latchkey
