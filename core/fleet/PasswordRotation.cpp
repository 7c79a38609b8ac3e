#include "fleet/PasswordRotation.h"

#include "AppIdentity.h"
#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"

#include <QJsonArray>
#include <QUuid>

namespace Latchkey {

bool mayHaveReachedSite(const Problem &problem)
{
    // The request may have reached WordPress even though no answer came back.
    switch (problem.code()) {
    case ProblemCode::Timeout:
    case ProblemCode::ConnectionFailed:
    case ProblemCode::Cancelled:
    case ProblemCode::InvalidResponse:
    case ProblemCode::HttpError:
        return true;
    default:
        return false;
    }
}

QString RotationTask::stepName(Step step)
{
    switch (step) {
    case Step::Introspect:
        return QStringLiteral("introspect");
    case Step::Create:
        return QStringLiteral("create");
    case Step::Store:
        return QStringLiteral("store");
    case Step::Verify:
        return QStringLiteral("verify");
    case Step::RevokeOld:
        return QStringLiteral("revoke_old");
    case Step::Rename:
        return QStringLiteral("rename");
    case Step::Save:
        return QStringLiteral("save");
    }
    return {};
}

RotationTask::RotationTask(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                           const QString &configDirectory, Site site, SiteEndpoint endpoint,
                           bool resumeOnly, QObject *parent)
    : FleetTask(network, std::move(site), std::move(endpoint), parent)
    , m_secrets(secrets)
    , m_sites(sites)
    , m_journal(configDirectory)
    , m_lock(configDirectory, QStringLiteral("rotate"), this->site().id)
    , m_resumeOnly(resumeOnly)
{
    // Released with the result, not when the task object goes (the CLI may exit first).
    connect(this, &BulkTask::finished, this, [this] { m_lock.unlock(); });
}

ApplicationPasswordsApi RotationTask::heldPasswords() const
{
    return ApplicationPasswordsApi(WordPressClient(network(), m_held));
}

Problem RotationTask::injected(Step step) const
{
    return m_faultBefore ? m_faultBefore(step) : Problem();
}

void RotationTask::stepDone(Step step)
{
    if (m_afterStep)
        m_afterStep(step);
}

SiteEndpoint RotationTask::newEndpoint() const
{
    SiteEndpoint next = m_held;
    next.password = m_newPassword;
    return next;
}

void RotationTask::journal(RotationEntry::State state)
{
    m_entry.state = state;
    if (Problem problem = m_journal.put(m_entry)) {
        // Not fatal for the site, but a later resume would not know: say so.
        m_warning = tr("The rotation journal could not be written: %1").arg(problem.toString());
    }
}

void RotationTask::run()
{
    if (Problem busy = m_lock.tryLock()) {
        if (busy.code() == ProblemCode::OperationInProgress) {
            busy.withMessage(tr("Another Latchkey process is rotating this site's password "
                                "right now; this run left the site alone."));
        }
        fail(busy, details());
        return;
    }
    // What the keychain holds now, not what was read before the lock was taken: another
    // process may have rotated the password in between.
    m_secrets->read(site().secretKey(), this, [this](const Result<QString> &held) {
        if (stopIfCancelled())
            return;
        if (!held) {
            fail(held.problem(), details());
            return;
        }
        m_held = endpoint();
        m_held.password = *held;
        begin();
    });
}

void RotationTask::begin()
{
    const Result<QList<RotationEntry>> entries = m_journal.entries();
    if (!entries) {
        fail(entries.problem());
        return;
    }
    for (const RotationEntry &entry : *entries) {
        if (entry.siteId != site().id)
            continue;
        if (entry.isOwnedByAnotherLiveProcess()) {
            // Its owner runs without the lock (an older Latchkey, or the lock file was
            // deleted): its work is still under way, never ours to finish or undo.
            fail(Problem::make(ProblemCode::OperationInProgress, entry.owner.describe())
                     .withMessage(tr("Another Latchkey process (%1) is rotating this site's "
                                     "password right now; this run left the site alone.")
                                      .arg(entry.owner.describe())),
                 details());
            return;
        }
        resume(entry);
        return;
    }
    if (m_resumeOnly) {
        succeed(tr("No interrupted rotation."), details());
        return;
    }
    introspectOld();
}

// An earlier run stopped midway: which password does the keychain hold now?
void RotationTask::resume(const RotationEntry &entry)
{
    m_entry = entry;
    m_entry.owner = OperationOwner::current(); // ours now: its owner has ended
    journal(m_entry.state);
    track(
        heldPasswords().introspect(UserRef::me(), this, [this](const Result<AppPassword> &current) {
            if (stopIfCancelled())
                return;
            if (!current) {
                fail(Problem(current.problem())
                         .withDetail(tr("an interrupted rotation stays in the journal: %1")
                                         .arg(current.problem().detail())),
                     details());
                return;
            }
            if (!m_entry.newUuid.isEmpty() && current->uuid == m_entry.newUuid) {
                // The keychain holds the new one and it works: finish the job.
                m_resumed = QStringLiteral("finished");
                m_newPassword = m_held.password;
                m_entry.state = RotationEntry::State::Verified;
                revokeOld();
                return;
            }
            rollBackNew(m_entry, current->uuid);
        }));
}

// The keychain holds the old password (it works): the new one must go.
void RotationTask::rollBackNew(const RotationEntry &entry, const QString &currentUuid)
{
    const auto finished = [this](const Problem &problem) {
        if (stopIfCancelled())
            return;
        if (problem && problem.code() != ProblemCode::NotFound) {
            fail(Problem(problem).withDetail(
                     tr("could not revoke the unfinished new password; the journal keeps it")),
                 details());
            return;
        }
        m_journal.remove(site().id);
        m_resumed = QStringLiteral("rolled_back");
        m_entry = RotationEntry();
        if (m_resumeOnly) {
            complete();
            return;
        }
        introspectOld();
    };
    if (!entry.newUuid.isEmpty()) {
        track(heldPasswords().revoke(UserRef::me(), entry.newUuid, this, finished));
        return;
    }
    // Killed while creating: the new one, if it exists, carries the temporary name.
    const QString tempName = entry.tempName;
    track(heldPasswords().list(
        UserRef::me(), this,
        [this, tempName, currentUuid, finished](const Result<QList<AppPassword>> &list) {
            if (stopIfCancelled())
                return;
            if (!list) {
                finished(list.problem());
                return;
            }
            QStringList doomed;
            for (const AppPassword &password : *list) {
                if (!tempName.isEmpty() && password.name == tempName &&
                    password.uuid != currentUuid)
                    doomed.append(password.uuid);
            }
            if (doomed.isEmpty()) {
                finished({});
                return;
            }
            // Almost always one; revoke them one after another.
            auto next = std::make_shared<std::function<void(Problem)>>();
            *next = [this, doomed, finished, next, index = 0](const Problem &problem) mutable {
                if (problem && problem.code() != ProblemCode::NotFound) {
                    finished(problem);
                    *next = nullptr;
                    return;
                }
                if (index >= doomed.size()) {
                    finished({});
                    *next = nullptr;
                    return;
                }
                const QString &uuid = doomed.at(index++);
                track(heldPasswords().revoke(UserRef::me(), uuid, this, [next](const Problem &p) {
                    if (*next)
                        (*next)(p);
                }));
            };
            (*next)({});
        }));
}

void RotationTask::introspectOld()
{
    if (Problem problem = injected(Step::Introspect)) {
        fail(problem, details());
        return;
    }
    track(heldPasswords().introspect(UserRef::me(), this, [this](const Result<AppPassword> &old) {
        if (stopIfCancelled())
            return;
        if (!old) {
            // The current password does not work: there is nothing safe to rotate from.
            fail(old.problem(), details());
            return;
        }
        m_entry = RotationEntry();
        m_entry.siteId = site().id;
        m_entry.userLogin = site().userLogin;
        m_entry.oldUuid = old->uuid;
        m_entry.oldName = old->name;
        m_entry.tempName = QStringLiteral("Latchkey rotation ") +
                           QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        m_entry.started = QDateTime::currentDateTimeUtc();
        m_entry.owner = OperationOwner::current();
        m_entry.state = RotationEntry::State::Creating;
        if (Problem problem = m_journal.put(m_entry)) {
            fail(problem, details()); // nothing changed yet
            return;
        }
        stepDone(Step::Introspect);
        create();
    }));
}

void RotationTask::create()
{
    const auto failed = [this](const Problem &problem) {
        // When the request might have reached WordPress, the journal keeps "creating" so the
        // next run looks for the temporary name; otherwise nothing exists.
        if (!mayHaveReachedSite(problem))
            m_journal.remove(site().id);
        fail(problem, details());
    };
    if (Problem problem = injected(Step::Create)) {
        failed(problem);
        return;
    }
    track(heldPasswords().create(UserRef::me(), m_entry.tempName,
                                 QLatin1String(AppIdentity::kAppId), this,
                                 [this, failed](const Result<AppPassword> &created) {
                                     if (!created) {
                                         failed(created.problem());
                                         return;
                                     }
                                     m_newPassword = created->password;
                                     m_entry.newUuid = created->uuid;
                                     journal(RotationEntry::State::Created);
                                     stepDone(Step::Create);
                                     store();
                                 }));
}

// From here on the rotation runs to a consistent end even if cancelled.
void RotationTask::cancel()
{
    if (m_entry.newUuid.isEmpty())
        FleetTask::cancel();
}

void RotationTask::store()
{
    if (Problem problem = injected(Step::Store)) {
        undoAfterStoreFailure(problem);
        return;
    }
    m_secrets->write(site().secretKey(), m_newPassword, this, [this](const Problem &problem) {
        if (problem) {
            undoAfterStoreFailure(problem);
            return;
        }
        journal(RotationEntry::State::Stored);
        stepDone(Step::Store);
        verify();
    });
}

// A failed write may still have happened, or may happen later (a keychain that answers after
// our timeout). When the keychain holds the new password, go on. Otherwise put the old one
// back (a write queued after the late one) and read it back: only when the keychain surely
// holds the old password is the new one revoked; in any other state both stay valid.
void RotationTask::undoAfterStoreFailure(const Problem &problem)
{
    m_secrets->read(site().secretKey(), this, [this, problem](const Result<QString> &held) {
        if (held && *held == m_newPassword) {
            journal(RotationEntry::State::Stored);
            stepDone(Step::Store);
            verify();
            return;
        }
        restoreOldAfterStoreFailure(problem);
    });
}

void RotationTask::restoreOldAfterStoreFailure(const Problem &problem)
{
    const auto keepBoth = [this, problem](const QString &why) {
        // Unknown state: keep both passwords valid on the site, and the journal.
        m_newPassword.clear();
        fail(Problem(problem).withDetail(
                 tr("%1; both passwords stay valid and the next rotation of this site sorts "
                    "it out")
                     .arg(why)),
             details());
    };
    m_secrets->write(
        site().secretKey(), m_held.password, this, [this, problem, keepBoth](const Problem &put) {
            if (put) {
                keepBoth(tr("the old password could not be written back to the keychain (%1)")
                             .arg(put.toString()));
                return;
            }
            m_secrets->read(
                site().secretKey(), this, [this, problem, keepBoth](const Result<QString> &again) {
                    if (!again || *again != m_held.password) {
                        keepBoth(tr("the keychain could not be read back"));
                        return;
                    }
                    revokeNewWithOld(problem, tr("The new password could not be stored in the "
                                                 "keychain, so it was revoked; the site keeps its "
                                                 "old password."));
                });
        });
}

void RotationTask::verify()
{
    if (Problem problem = injected(Step::Verify)) {
        undoAfterVerifyFailure(problem);
        return;
    }
    track(ApplicationPasswordsApi(WordPressClient(network(), newEndpoint()))
              .introspect(UserRef::me(), this, [this](const Result<AppPassword> &current) {
                  if (!current || current->uuid != m_entry.newUuid) {
                      undoAfterVerifyFailure(
                          current ? Problem(ProblemCode::InvalidResponse,
                                            tr("WordPress says another password was used."))
                                  : current.problem());
                      return;
                  }
                  journal(RotationEntry::State::Verified);
                  stepDone(Step::Verify);
                  revokeOld();
              }));
}

// The new password does not work: put the old one back, then revoke the new one.
void RotationTask::undoAfterVerifyFailure(const Problem &problem)
{
    m_secrets->write(
        site().secretKey(), m_held.password, this, [this, problem](const Problem &writeBack) {
            if (writeBack) {
                fail(Problem(problem).withDetail(
                         tr("the new password did not verify and the old one could "
                            "not be put back in the keychain (%1); both stay valid "
                            "on the site")
                             .arg(writeBack.toString())),
                     details());
                return;
            }
            journal(RotationEntry::State::Created);
            revokeNewWithOld(problem, tr("The new password did not work, so it was revoked; "
                                         "the site keeps its old password."));
        });
}

void RotationTask::revokeNewWithOld(const Problem &problem, const QString &what)
{
    m_newPassword.clear();
    track(heldPasswords().revoke(
        UserRef::me(), m_entry.newUuid, this, [this, problem, what](const Problem &revoked) {
            if (!revoked || revoked.code() == ProblemCode::NotFound)
                m_journal.remove(site().id);
            Problem reported = problem;
            reported.withMessage(what + QLatin1Char(' ') + problem.message());
            if (revoked && revoked.code() != ProblemCode::NotFound) {
                reported.withDetail(tr("the new password %1 could not be revoked (%2); the "
                                       "next rotation of this site revokes it")
                                        .arg(m_entry.newUuid, revoked.toString()));
            }
            fail(reported, details());
        }));
}

void RotationTask::revokeOld()
{
    if (Problem problem = injected(Step::RevokeOld)) {
        m_problem = problem;
        save();
        return;
    }
    track(ApplicationPasswordsApi(WordPressClient(network(), newEndpoint()))
              .revoke(UserRef::me(), m_entry.oldUuid, this, [this](const Problem &problem) {
                  if (problem && problem.code() != ProblemCode::NotFound) {
                      m_problem = Problem(problem).withMessage(
                          tr("The site now uses the new password, but the old one could not be "
                             "revoked and still works; the next rotation revokes it.") +
                          QLatin1Char(' ') + problem.message());
                      save();
                      return;
                  }
                  m_oldRevoked = true;
                  journal(RotationEntry::State::Revoked);
                  stepDone(Step::RevokeOld);
                  rename();
              }));
}

void RotationTask::rename()
{
    const QString finalName =
        m_entry.oldName.isEmpty() ? QStringLiteral("Latchkey") : m_entry.oldName;
    if (Problem problem = injected(Step::Rename)) {
        m_warning = tr("The new password keeps its temporary name \"%1\": %2")
                        .arg(m_entry.tempName, problem.toString());
        save();
        return;
    }
    track(ApplicationPasswordsApi(WordPressClient(network(), newEndpoint()))
              .rename(UserRef::me(), m_entry.newUuid, finalName, this,
                      [this](const Result<AppPassword> &renamed) {
                          if (!renamed) {
                              m_warning = tr("The new password keeps its temporary name \"%1\": "
                                             "%2")
                                              .arg(m_entry.tempName, renamed.problem().toString());
                          } else {
                              m_renamed = true;
                              stepDone(Step::Rename);
                          }
                          save();
                      }));
}

void RotationTask::save()
{
    const QString name =
        m_renamed ? (m_entry.oldName.isEmpty() ? QStringLiteral("Latchkey") : m_entry.oldName)
                  : m_entry.tempName;
    Problem problem = injected(Step::Save);
    if (!problem) {
        const QString uuid = m_entry.newUuid;
        problem = m_sites
                      ->modify(site().id,
                               [uuid, name](Site &stored) {
                                   stored.passwordUuid = uuid;
                                   stored.passwordName = name;
                               })
                      .problem();
    }
    if (problem) {
        m_warning = tr("The site list could not be updated (%1); run \"latchkey-cli check\" on "
                       "the site to refresh it.")
                        .arg(problem.toString());
    } else {
        stepDone(Step::Save);
    }
    if (!m_problem)
        m_journal.remove(site().id);
    complete();
}

QJsonObject RotationTask::details() const
{
    QJsonObject object{
        {QStringLiteral("old_uuid"), m_entry.oldUuid},
        {QStringLiteral("new_uuid"), m_entry.newUuid},
        {QStringLiteral("name"), m_renamed ? m_entry.oldName : m_entry.tempName},
        {QStringLiteral("old_revoked"), m_oldRevoked},
        {QStringLiteral("renamed"), m_renamed},
        {QStringLiteral("resumed"),
         m_resumed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_resumed)},
        {QStringLiteral("state"), RotationEntry::stateName(m_entry.state)},
    };
    if (!m_warning.isEmpty())
        object.insert(QStringLiteral("warning"), m_warning);
    return object;
}

void RotationTask::complete()
{
    if (m_problem) {
        fail(m_problem, details());
        return;
    }
    QString summary;
    if (m_resumeOnly || m_entry.newUuid.isEmpty()) {
        summary = m_resumed == QStringLiteral("rolled_back")
                      ? tr("Rolled back an interrupted rotation; the site keeps its password.")
                      : tr("No interrupted rotation.");
        if (m_resumed == QStringLiteral("finished"))
            summary = tr("Finished an interrupted rotation: now using %1.").arg(m_entry.newUuid);
    } else {
        summary = tr("Rotated: now using %1 (\"%2\"); the old password %3 is revoked.")
                      .arg(m_entry.newUuid, m_renamed ? m_entry.oldName : m_entry.tempName,
                           m_entry.oldUuid);
        if (m_resumed == QStringLiteral("finished"))
            summary = tr("Finished an interrupted rotation: now using %1.").arg(m_entry.newUuid);
    }
    if (!m_warning.isEmpty())
        summary += QLatin1Char(' ') + m_warning;
    m_newPassword.clear();
    succeed(summary, details());
}

} // namespace Latchkey
