#include "secrets/KeychainSecretStore.h"

#include "AppIdentity.h"
#ifdef LATCHKEY_HAVE_LIBSECRET
#include "secrets/SecretServiceSearch.h"
#endif

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Latchkey {

namespace {

Problem problemFor(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return Problem::make(ProblemCode::SecretMissing, job.key());
    // No session bus, no secret service, a locked or denied keyring: all the same to the user.
    return Problem::make(ProblemCode::KeychainUnavailable, job.errorString());
}

// Runs one QtKeychain job with our own timeout; the callback fires exactly once, and not at all
// if the context object is gone by then. QtKeychain deletes the job itself after finished.
template<typename Job, typename OnFinished>
void runJob(Job *job, QObject *context, int timeoutMs, OnFinished onFinished,
            const std::function<void(Problem)> &onTimeout)
{
    struct State
    {
        bool answered = false;
        QPointer<QObject> context;
        bool hadContext = false;
    };
    auto state = std::make_shared<State>();
    state->context = context;
    state->hadContext = context != nullptr;
    auto contextAlive = [state] { return !state->hadContext || state->context; };

    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [state, contextAlive, onFinished](QKeychain::Job *finished) {
                         if (state->answered)
                             return;
                         state->answered = true;
                         if (contextAlive())
                             onFinished(*static_cast<Job *>(finished));
                     });
    // The guard timer is not a child of the job, so it still fires if the job never finishes.
    auto *guard = new QTimer();
    guard->setSingleShot(true);
    QObject::connect(
        guard, &QTimer::timeout, guard, [state, contextAlive, onTimeout, guard, timeoutMs] {
            guard->deleteLater();
            if (state->answered)
                return;
            state->answered = true;
            if (contextAlive()) {
                onTimeout(
                    Problem::make(ProblemCode::KeychainUnavailable,
                                  KeychainSecretStore::tr("the keychain did not answer within %n "
                                                          "second(s)",
                                                          nullptr, timeoutMs / 1000)));
            }
        });
    QObject::connect(job, &QObject::destroyed, guard, [guard, state] {
        if (state->answered)
            guard->deleteLater();
    });
    guard->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, int timeoutMs)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(QLatin1String(AppIdentity::kKeychainService));
    job->setKey(key);
    runJob(
        job, context, m_timeoutMs,
        [done](const QKeychain::ReadPasswordJob &finished) {
            if (finished.error() != QKeychain::NoError)
                done(problemFor(finished));
            else
                done(finished.textData());
        },
        [done](Problem problem) { done(std::move(problem)); });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(QLatin1String(AppIdentity::kKeychainService));
    job->setKey(key);
    job->setTextData(secret);
    runJob(
        job, context, m_timeoutMs,
        [done](const QKeychain::WritePasswordJob &finished) {
            done(finished.error() == QKeychain::NoError ? Problem() : problemFor(finished));
        },
        done);
}

void KeychainSecretStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(QLatin1String(AppIdentity::kKeychainService));
    job->setKey(key);
    runJob(
        job, context, m_timeoutMs,
        [done](const QKeychain::DeletePasswordJob &finished) {
            const bool gone = finished.error() == QKeychain::NoError ||
                              finished.error() == QKeychain::EntryNotFound;
            done(gone ? Problem() : problemFor(finished));
        },
        done);
}

void KeychainSecretStore::readMany(const QStringList &keys, QObject *context, ReadEachCallback each,
                                   std::function<void()> done)
{
#ifdef LATCHKEY_HAVE_LIBSECRET
    const auto fallback = [this, context, each, done](const QStringList &missing) {
        SecretStore::readMany(missing, context, each, done);
    };
    if (!keys.isEmpty() &&
        SecretServiceSearch::readMany(QLatin1String(AppIdentity::kKeychainService), keys, context,
                                      each, done, fallback, m_timeoutMs))
        return;
#endif
    SecretStore::readMany(keys, context, std::move(each), std::move(done));
}

} // namespace Latchkey
