#pragma once

#include "Problem.h"

#include <QObject>
#include <QString>

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

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       DoneCallback done) = 0;
    // Removing a missing entry succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;
};

} // namespace Latchkey
