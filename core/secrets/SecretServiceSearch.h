#pragma once

#include "secrets/SecretStore.h"

namespace Latchkey::SecretServiceSearch {

// The bulk read path on Linux, through libsecret's D-Bus path API: the item of each key is
// looked up with many searches in flight at once (schema "org.qt.keychain" as QtKeychain
// stores it: attributes user = key, server = service), then one GetSecrets call returns all
// the secrets, instead of QtKeychain's one lookup and one read at a time. Answers each key found;
// an entry found locked, or not found while some collection is locked, answers
// keychain_unavailable (SecretStore::keychainLocked) at once: the search never unlocks, so no
// read shows a prompt, and nothing locked is ever taken for missing. The keys it did not find
// with every collection unlocked, and everything when the search cannot run (no Secret Service, no
// GLib event loop, a timeout), go to fallback, which reads them the portable way and is then the
// one to call done. Returns false (having called nothing) when this build or process cannot use it
// at all.
bool readMany(const QString &service, const QStringList &keys, QObject *context,
              SecretStore::ReadEachCallback each, std::function<void()> done,
              std::function<void(const QStringList &keys)> fallback, int timeoutMs);

// Unlocks every locked collection (the Secret Service shows its own prompt): done gets no
// problem when none is locked any more, else keychain_unavailable (cancelled, refused, timed
// out, no Secret Service). Returns false (having called nothing) when it cannot run here.
bool unlock(QObject *context, std::function<void(Problem)> done, int timeoutMs);

} // namespace Latchkey::SecretServiceSearch
