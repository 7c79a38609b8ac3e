#include "secrets/KeychainSecretStore.h"

#include "AppIdentity.h"
#ifdef LATCHKEY_HAVE_LIBSECRET
#include "secrets/SecretServiceSearch.h"
#endif

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Latchkey {

namespace {

// Where the keychain is reached over the D-Bus session bus, whether there is one to reach
// without starting one: with DBUS_SESSION_BUS_ADDRESS unset, libdbus and GLib use
// $XDG_RUNTIME_DIR/bus when that socket is ours, and otherwise "autolaunch" a new bus (and the
// bus then starts a new, empty keyring) whenever DISPLAY is set: desktop cron jobs, ssh -X.
// Deciding here, before QtKeychain or libsecret touch D-Bus, is the only way to prevent that.
Problem sessionBusProblem()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (!address.isEmpty())
        return address.contains("autolaunch:") ? SecretStore::noSessionBus() : Problem();
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty()) {
        const QByteArray path = runtime + "/bus";
        struct stat info = {};
        if (::stat(path.constData(), &info) == 0 && S_ISSOCK(info.st_mode) &&
            info.st_uid == ::getuid())
            return {};
    }
    return SecretStore::noSessionBus();
#else
    return {};
#endif
}

// Answers from the event loop (never inside the call), unless context is gone by then.
void answerLater(QObject *receiver, QObject *context, std::function<void()> answer)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        receiver,
        [guard, hadContext, answer = std::move(answer)] {
            if (!hadContext || guard)
                answer();
        },
        Qt::QueuedConnection);
}

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
    if (Problem noBus = sessionBusProblem()) {
        answerLater(this, context, [done, noBus] { done(noBus); });
        return;
    }
#ifdef LATCHKEY_HAVE_LIBSECRET
    // The Secret Service first: it tells a locked entry from a missing one, where QtKeychain
    // would prompt to unlock and, with the prompt dismissed, say "not found".
    const auto fallback = [this, key, context, done](const QStringList &) {
        readWithQtKeychain(key, context, done);
    };
    if (SecretServiceSearch::readMany(
            QLatin1String(AppIdentity::kKeychainService), {key}, context,
            [done](const QString &, Result<QString> secret) { done(std::move(secret)); }, [] {},
            fallback, m_timeoutMs))
        return;
#endif
    readWithQtKeychain(key, context, done);
}

void KeychainSecretStore::readWithQtKeychain(const QString &key, QObject *context,
                                             const ReadCallback &done)
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
    if (Problem noBus = sessionBusProblem()) {
        answerLater(this, context, [done, noBus] { done(noBus); });
        return;
    }
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
    if (Problem noBus = sessionBusProblem()) {
        answerLater(this, context, [done, noBus] { done(noBus); });
        return;
    }
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
    if (Problem noBus = sessionBusProblem()) {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        answerLater(this, context, [keys, each, done, noBus, guard, hadContext] {
            // An answer may end the caller's interest (its context deleted): stop there.
            for (const QString &key : keys) {
                if (hadContext && !guard)
                    return;
                each(key, noBus);
            }
            if (!hadContext || guard)
                done();
        });
        return;
    }
    const ReadFunction qtKeychain = [this, context](const QString &key,
                                                    const ReadCallback &answer) {
        readWithQtKeychain(key, context, answer);
    };
#ifdef LATCHKEY_HAVE_LIBSECRET
    const auto fallback = [context, each, done, qtKeychain](const QStringList &notFound) {
        readOneByOne(notFound, context, qtKeychain, each, done);
    };
    if (!keys.isEmpty() &&
        SecretServiceSearch::readMany(QLatin1String(AppIdentity::kKeychainService), keys, context,
                                      each, done, fallback, m_timeoutMs))
        return;
#endif
    readOneByOne(keys, context, qtKeychain, std::move(each), std::move(done));
}

void KeychainSecretStore::unlock(QObject *context, DoneCallback done)
{
    if (Problem noBus = sessionBusProblem()) {
        answerLater(this, context, [done, noBus] { done(noBus); });
        return;
    }
#ifdef LATCHKEY_HAVE_LIBSECRET
    // Long enough for the user to type the keyring's password into its prompt.
    constexpr int kUnlockTimeoutMs = 300'000;
    if (SecretServiceSearch::unlock(context, done, kUnlockTimeoutMs))
        return;
#endif
    // QtKeychain has no unlock of its own: its next read asks for one where it must.
    SecretStore::unlock(context, std::move(done));
}

} // namespace Latchkey
