#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace Latchkey::Testing {

// An in-memory SecretStore that answers from the event loop, like a real one. failWrites and
// unavailable make it fail the way a keychain does; reads counts what was asked.
class FakeSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    QHash<QString, QString> entries;
    bool unavailable = false;
    bool failWrites = false;
    int reads = 0;

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        ++reads;
        answer(context, [this, key, done] {
            if (unavailable)
                done(Problem::make(ProblemCode::KeychainUnavailable));
            else if (!entries.contains(key))
                done(Problem::make(ProblemCode::SecretMissing, key));
            else
                done(entries.value(key));
        });
    }
    void write(const QString &key, const QString &secret, QObject *context,
               DoneCallback done) override
    {
        answer(context, [this, key, secret, done] {
            if (unavailable || failWrites) {
                done(Problem::make(ProblemCode::KeychainUnavailable));
                return;
            }
            entries.insert(key, secret);
            done({});
        });
    }
    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        answer(context, [this, key, done] {
            if (unavailable) {
                done(Problem::make(ProblemCode::KeychainUnavailable));
                return;
            }
            entries.remove(key);
            done({});
        });
    }

private:
    void answer(QObject *context, std::function<void()> work)
    {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QTimer::singleShot(0, this, [guard, hadContext, work] {
            if (!hadContext || guard)
                work();
        });
    }
};

} // namespace Latchkey::Testing
