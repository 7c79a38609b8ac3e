#include "secrets/SecretStore.h"

#include <QPointer>

#include <memory>

namespace Latchkey {

void SecretStore::readMany(const QStringList &keys, QObject *context, ReadEachCallback each,
                           std::function<void()> done)
{
    readOneByOne(
        keys, context,
        [this, context](const QString &key, ReadCallback answer) {
            read(key, context, std::move(answer));
        },
        std::move(each), std::move(done));
}

void SecretStore::unlock(QObject *context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hadContext, done = std::move(done)] {
            if (!hadContext || guard)
                done(Problem());
        },
        Qt::QueuedConnection);
}

Problem SecretStore::keychainLocked(const QString &detail)
{
    return Problem(ProblemCode::KeychainUnavailable, tr("The system keychain is locked."),
                   tr("Unlock it (\"Unlock keychain…\" in Latchkey's window, or your desktop's "
                      "keyring tool), then try again. The site's password is still stored: do "
                      "not reconnect the site."))
        .withDetail(detail);
}

Problem SecretStore::noSessionBus()
{
    return Problem::make(ProblemCode::KeychainUnavailable,
                         tr("there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set "
                            "and $XDG_RUNTIME_DIR/bus does not exist); Latchkey does not start a "
                            "bus or a keyring of its own"));
}

void SecretStore::readOneByOne(const QStringList &keys, QObject *context, ReadFunction readOne,
                               ReadEachCallback each, std::function<void()> done)
{
    struct State
    {
        QStringList keys;
        qsizetype next = 0;
        ReadEachCallback each;
        std::function<void()> done;
        std::function<void()> step;
    };
    auto state = std::make_shared<State>();
    state->keys = keys;
    state->each = std::move(each);
    state->done = std::move(done);
    QPointer<QObject> guard(context);
    std::weak_ptr<State> weak = state;
    state->step = [readOne = std::move(readOne), weak, guard, context] {
        const std::shared_ptr<State> current = weak.lock();
        if (!current || (context && !guard))
            return;
        if (current->next >= current->keys.size()) {
            const auto finish = current->done;
            current->step = nullptr; // breaks the cycle: the state is freed after this call
            finish();
            return;
        }
        const QString key = current->keys.at(current->next++);
        // The callback holds the state alive until the next read is issued.
        readOne(key, [current, key](Result<QString> secret) {
            current->each(key, std::move(secret));
            if (current->step)
                current->step();
        });
    };
    state->step();
}

void SecretStore::writeMany(const QList<QPair<QString, QString>> &entries, QObject *context,
                            const WriteEachCallback &each, const std::function<void()> &done)
{
    if (entries.isEmpty()) {
        done();
        return;
    }
    const QPair<QString, QString> &first = entries.first();
    const QList<QPair<QString, QString>> rest = entries.mid(1);
    QPointer<QObject> guard(context);
    write(first.first, first.second, context,
          [this, first, rest, context, guard, each, done](Problem problem) {
              each(first.first, std::move(problem));
              if (context && !guard)
                  return;
              writeMany(rest, context, each, done);
          });
}

} // namespace Latchkey
