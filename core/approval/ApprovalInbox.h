#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace Latchkey {

class ApprovalFlow;

// Where latchkey:// addresses arrive, however the desktop delivered them (the command line,
// the single-instance socket, D-Bus, macOS's open-URL event): parses each one and hands it to
// the waiting ApprovalFlow whose state it carries. An address that does not parse, or whose
// state no waiting attempt made (stale, from an earlier run, or forged), changes nothing: it is
// logged without its secrets and reported through ignored(). Its password is never sent
// anywhere (no request at all): the user is told which one to revoke (unclaimedPassword()).
//
// One per application, built in main() and handed to whoever starts flows. Flows register
// themselves (ApprovalFlow::setInbox) while they wait.
class ApprovalInbox : public QObject
{
    Q_OBJECT

public:
    enum class Delivery
    {
        Accepted,     // a waiting attempt took it (approved or declined)
        Invalid,      // not a well-formed latchkey:// callback
        UnknownState, // no waiting attempt made this state
        WrongSite,    // the state matched, but the site or user is not the one being added
    };
    Q_ENUM(Delivery)

    using QObject::QObject;

    Delivery deliver(const QString &address);
    bool hasWaitingFlow() const;

    void add(ApprovalFlow *flow);
    void remove(ApprovalFlow *flow);

Q_SIGNALS:
    // A translated sentence for the user; never holds the address.
    void ignored(Latchkey::ApprovalInbox::Delivery why, const QString &message);
    // Also emitted (after ignored) for an approval no waiting attempt made: WordPress created
    // a password that Latchkey used nowhere (not even to revoke it). message names its user
    // and site and says how to revoke it; the front end must show it until read.
    void unclaimedPassword(const QString &message);

private:
    QList<QPointer<ApprovalFlow>> m_flows;
};

} // namespace Latchkey
