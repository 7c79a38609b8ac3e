#pragma once

#include "secrets/SecretStore.h"

namespace Latchkey {

// SecretStore on QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager). Service "latchkey"; the insecure plain-text fallback is never enabled. A job that
// does not answer within the timeout fails with keychain_unavailable. On Linux and the BSDs
// it never starts a D-Bus session bus: with none to reach, every call is keychain_unavailable
// (SecretStore::noSessionBus) before anything touches D-Bus. With libsecret, reads go through
// the Secret Service first, so that a locked entry is keychain_unavailable, never missing, and
// no read shows an unlock prompt (unlock() does).
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr, int timeoutMs = 25'000);

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    // With libsecret (Linux): one Secret Service search for all the keys; else one by one.
    void readMany(const QStringList &keys, QObject *context, ReadEachCallback each,
                  std::function<void()> done) override;
    // With libsecret: unlocks the locked collections (the Secret Service's own prompt).
    void unlock(QObject *context, DoneCallback done) override;

private:
    void readWithQtKeychain(const QString &key, QObject *context, const ReadCallback &done);

    int m_timeoutMs;
};

} // namespace Latchkey
