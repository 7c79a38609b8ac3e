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
// to do) or, for read, secret_missing; nothing is ever written anywhere else instead.
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
};

} // namespace Latchkey
