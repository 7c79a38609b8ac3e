#pragma once

#include "Problem.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace Latchkey {

// Where application passwords live. Asynchronous: each call answers once through its callback,
// which is dropped if context is destroyed first. Failures are keychain_unavailable (with what
// to do) or, for read, secret_missing; nothing is ever written anywhere else instead. A read
// says secret_missing only when the keychain positively has no such entry: a locked, denied or
// unreachable keychain is keychain_unavailable, a state of this computer, never of a site.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<QString>)>;
    using DoneCallback = std::function<void(Problem)>;
    using ReadEachCallback = std::function<void(const QString &key, Result<QString>)>;
    using WriteEachCallback = std::function<void(const QString &key, Problem)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       DoneCallback done) = 0;
    // Removing a missing entry succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
    // Reads many entries (bulk operations): each key answers once through each, in any order,
    // then done runs once. Nothing more is called once context is destroyed. The default reads
    // one entry after another through read(); a store may override it with a bulk path.
    virtual void readMany(const QStringList &keys, QObject *context, ReadEachCallback each,
                          std::function<void()> done);
    // Writes many entries (imports), the same way: each entry answers once, then done.
    virtual void writeMany(const QList<QPair<QString, QString>> &entries, QObject *context,
                           const WriteEachCallback &each, const std::function<void()> &done);
    // Asks the keychain to unlock (it may show its own password prompt), for "Unlock
    // keychain…" after a read said keychain_unavailable. Answers once: no problem when it is
    // unlocked now, else keychain_unavailable (cancelled, refused, no keychain). The default,
    // for stores that have no lock, answers at once that there is nothing to unlock.
    virtual void unlock(QObject *context, DoneCallback done);

    // keychain_unavailable because the keychain (or the part holding the entry) is locked.
    static Problem keychainLocked(const QString &detail = {});
    // keychain_unavailable because there is no session bus to reach it through (cron, ssh):
    // Latchkey never starts a bus or a keyring of its own.
    static Problem noSessionBus();

protected:
    using ReadFunction = std::function<void(const QString &key, ReadCallback done)>;
    // Reads keys one after another through readOne (readMany's default, with read()).
    static void readOneByOne(const QStringList &keys, QObject *context, ReadFunction readOne,
                             ReadEachCallback each, std::function<void()> done);
};

} // namespace Latchkey
