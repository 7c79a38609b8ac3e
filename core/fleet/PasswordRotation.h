#pragma once

#include "fleet/FleetTask.h"
#include "fleet/RotationJournal.h"
#include "fleet/SiteOperationLock.h"

namespace Latchkey {

class SecretStore;
class SiteStore;

// True when a failed request that creates something may still have done so on the site (a
// timeout, a cancel after the request left, a lost or garbled answer): the caller must record
// what it asked for and settle it later, never forget it.
bool mayHaveReachedSite(const Problem &problem);

// Rotates the application password Latchkey itself uses on one site:
//   introspect (the old one works; its uuid and name) → create a new one under a temporary
//   unique name (WordPress 6.1–6.6 refuses two passwords with the same name) → store it in the
//   keychain → verify it (introspect with the new one) → revoke the old one → rename the new
//   one to the old name → save the site.
// Each step is written to the RotationJournal first (no secrets), so a run killed midway is
// finished or rolled back by the next rotation of that site (or resumeOnly). The invariant:
// the keychain always holds a password that works on the site.
//   - create fails: nothing changed;
//   - the keychain write fails: the new password (never stored) is revoked, the old one kept;
//   - verification fails: the old password is written back and the new one revoked;
//   - revoking the old one fails: the site works with the new one, the result says the old
//     one is still valid (the journal keeps it, the next rotation revokes it);
//   - renaming fails: the site works, the new one keeps its temporary name (a warning).
// Resuming asks the site which password the keychain holds (introspect): the new one → go on
// forward; the old one → revoke the new one (found by uuid, or by its temporary name).
// Two processes never work on one site at once: the task holds the site's lock
// (SiteOperationLock "rotate") from its start to its result, and reads the site's password
// from the keychain only once it holds it. A second rotation or resume of that site, by this
// process or another, ends at once with operation_in_progress and sends nothing; so does one
// that finds a journal entry whose owner (host, pid, start time) still runs.
class RotationTask : public FleetTask
{
    Q_OBJECT

public:
    enum class Step
    {
        Introspect,
        Create,
        Store,
        Verify,
        RevokeOld,
        Rename,
        Save,
    };
    static QString stepName(Step step);

    RotationTask(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                 const QString &configDirectory, Site site, SiteEndpoint endpoint, bool resumeOnly,
                 QObject *parent = nullptr);

    // Tests: a problem returned here makes that step fail as if the site or keychain had.
    void setFaultInjection(std::function<Problem(Step)> beforeStep)
    {
        m_faultBefore = std::move(beforeStep);
    }
    // Tests: called after each step is done and journaled (e.g. to kill the process there).
    void setStepObserver(std::function<void(Step)> afterStep)
    {
        m_afterStep = std::move(afterStep);
    }

    void cancel() override;

protected:
    void run() override;

private:
    Problem injected(Step step) const;
    void stepDone(Step step);
    void begin();
    ApplicationPasswordsApi heldPasswords() const;
    void resume(const RotationEntry &entry);
    void rollBackNew(const RotationEntry &entry, const QString &currentUuid);
    void introspectOld();
    void create();
    void store();
    void verify();
    void revokeOld();
    void rename();
    void save();
    void undoAfterStoreFailure(const Problem &problem);
    void restoreOldAfterStoreFailure(const Problem &problem);
    void undoAfterVerifyFailure(const Problem &problem);
    void revokeNewWithOld(const Problem &problem, const QString &what);
    void journal(RotationEntry::State state);
    void complete();
    SiteEndpoint newEndpoint() const;
    QJsonObject details() const;

    SecretStore *m_secrets;
    SiteStore *m_sites;
    RotationJournal m_journal;
    SiteOperationLock m_lock;
    SiteEndpoint m_held; // the endpoint with what the keychain held once the lock was taken
    bool m_resumeOnly;
    RotationEntry m_entry;
    QString m_newPassword; // in memory only between create and the keychain write
    QString m_resumed;     // "finished" or "rolled_back" when an earlier run was resumed
    QString m_warning;
    Problem m_problem; // a failure after which the site still works
    bool m_oldRevoked = false;
    bool m_renamed = false;
    std::function<Problem(Step)> m_faultBefore;
    std::function<void(Step)> m_afterStep;
};

} // namespace Latchkey
