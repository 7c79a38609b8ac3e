#pragma once

#include "secrets/SecretStore.h"

namespace Latchkey {

// SecretStore on QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Manager). Service "latchkey"; the insecure plain-text fallback is never enabled. A job that
// does not answer within the timeout fails with keychain_unavailable.
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

private:
    int m_timeoutMs;
};

} // namespace Latchkey
