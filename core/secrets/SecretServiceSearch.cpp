#include "secrets/SecretServiceSearch.h"

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

// The D-Bus path API (secret-paths.h) lets one GetSecrets call return many secrets.
#define SECRET_API_SUBJECT_TO_CHANGE
#include <libsecret/secret.h>

#include <memory>
#include <utility>
#include <vector>

namespace Latchkey::SecretServiceSearch {

namespace {

const SecretSchema *qtKeychainSchema()
{
    // The schema QtKeychain's libsecret backend stores with (qtkeychain/libsecret.cpp).
    static const SecretSchema schema = {"org.qt.keychain",
                                        SECRET_SCHEMA_DONT_MATCH_NAME,
                                        {
                                            {"user", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                            {"server", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                            {"type", SECRET_SCHEMA_ATTRIBUTE_STRING},
                                            {nullptr, SECRET_SCHEMA_ATTRIBUTE_STRING},
                                        },
                                        0,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr};
    return &schema;
}

constexpr int kWindow = 48; // D-Bus calls in flight (the session bus allows 128 per peer)
constexpr int kBatch = 32;  // secrets per GetSecrets call: work can start on the first ones

struct Search
{
    QString service;
    QStringList keys;
    QPointer<QObject> context;
    bool hadContext = false;
    SecretStore::ReadEachCallback each;
    std::function<void()> done;
    std::function<void(const QStringList &)> fallback;
    GCancellable *cancellable = nullptr;
    QTimer *guard = nullptr;
    SecretService *secretService = nullptr;
    qsizetype nextKey = 0;
    int inFlight = 0;
    QHash<QByteArray, QString> keyByPath; // item path -> key
    QList<QByteArray> batch;              // found paths not yet read
    int batchesInFlight = 0;
    QSet<QString> answeredKeys;
    bool answered = false;
    QStringList notFound;     // searched, in no unlocked and no locked item
    bool lockChecked = false; // whether a locked collection may hide notFound was asked

    ~Search()
    {
        if (secretService)
            g_object_unref(secretService);
        if (cancellable)
            g_object_unref(cancellable);
        delete guard;
    }
    bool contextAlive() const { return !hadContext || context; }

    // Ends the search once: the keys not answered yet go to the fallback.
    void finish()
    {
        if (answered)
            return;
        answered = true;
        if (guard)
            guard->stop();
        if (!contextAlive())
            return;
        QStringList missing;
        for (const QString &key : std::as_const(keys)) {
            if (!answeredKeys.contains(key))
                missing.append(key);
        }
        if (missing.isEmpty())
            done();
        else
            fallback(missing);
    }
    void answer(const QString &key, Result<QString> secret)
    {
        if (answered || answeredKeys.contains(key) || !contextAlive())
            return;
        answeredKeys.insert(key);
        each(key, std::move(secret));
    }
};

// Owned by the GLib callbacks: one reference per pending call.
using SearchRef = std::shared_ptr<Search>;

void searchNext(const SearchRef &ref);

void onSecrets(GObject *, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<SearchRef> ref(static_cast<SearchRef *>(data));
    Search &search = **ref;
    --search.batchesInFlight;
    GError *error = nullptr;
    GHashTable *values =
        secret_service_get_secrets_for_dbus_paths_finish(search.secretService, result, &error);
    if (error) {
        g_error_free(error); // those keys go to the fallback
    } else {
        GHashTableIter iter;
        gpointer path = nullptr;
        gpointer value = nullptr;
        g_hash_table_iter_init(&iter, values);
        while (g_hash_table_iter_next(&iter, &path, &value)) {
            const QString key = search.keyByPath.value(QByteArray(static_cast<const char *>(path)));
            if (key.isEmpty() || !value)
                continue;
            gsize length = 0;
            const gchar *bytes = secret_value_get(static_cast<SecretValue *>(value), &length);
            search.answer(key, QString::fromUtf8(bytes, qsizetype(length)));
        }
        g_hash_table_unref(values);
    }
    searchNext(*ref);
}

void onKeySearched(GObject *, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<std::pair<SearchRef, QString>> call(
        static_cast<std::pair<SearchRef, QString> *>(data));
    Search &search = *call->first;
    --search.inFlight;
    GError *error = nullptr;
    gchar **unlocked = nullptr;
    gchar **locked = nullptr;
    const gboolean ok = secret_service_search_for_dbus_paths_finish(search.secretService, result,
                                                                    &unlocked, &locked, &error);
    if (error)
        g_error_free(error);
    const bool foundUnlocked = ok && unlocked && unlocked[0];
    const bool foundLocked = ok && locked && locked[0];
    if (foundUnlocked) {
        search.keyByPath.insert(QByteArray(unlocked[0]), call->second);
        search.batch.append(QByteArray(unlocked[0]));
    } else if (foundLocked) {
        // Searched without SECRET_SEARCH_UNLOCK: the entry is there, behind a lock. Never
        // "missing", and no unlock prompt from a read (SecretStore::unlock asks for one).
        search.answer(call->second,
                      SecretStore::keychainLocked(SecretStore::tr("the entry is in a locked "
                                                                  "collection")));
    } else if (ok) {
        // Not found: a locked collection may still hold it (its items cannot be searched).
        // Asked once for all such keys when the search ends (checkLockedCollections).
        search.notFound.append(call->second);
    }
    // A failed search, or not found with every collection unlocked: the fallback (QtKeychain)
    // decides, and says missing only when its own lookup finds nothing either.
    g_strfreev(unlocked);
    g_strfreev(locked);
    if (search.answered)
        return;
    searchNext(call->first);
}

// Whether any collection is locked, asked with plain D-Bus property reads on the service's
// connection: no collection proxies (loading them for every search piles up signal match
// rules on the bus until it refuses more). Only runs when some key was not found.
struct LockCheck
{
    SearchRef search;
    int pending = 0;
    bool anyLocked = false;
};

void concludeLockCheck(LockCheck *check)
{
    std::unique_ptr<LockCheck> owned(check);
    Search &search = *check->search;
    --search.batchesInFlight;
    if (check->anyLocked) {
        for (const QString &key : std::as_const(search.notFound)) {
            search.answer(key, SecretStore::keychainLocked(SecretStore::tr(
                                   "no entry in the unlocked collections, and a locked one may "
                                   "hold it")));
        }
    }
    searchNext(check->search);
}

void onCollectionLocked(GObject *source, GAsyncResult *result, gpointer data)
{
    auto *check = static_cast<LockCheck *>(data);
    GError *error = nullptr;
    GVariant *reply = g_dbus_connection_call_finish(G_DBUS_CONNECTION(source), result, &error);
    if (error) {
        g_error_free(error);
    } else {
        GVariant *boxed = nullptr;
        g_variant_get(reply, "(v)", &boxed);
        if (boxed && g_variant_is_of_type(boxed, G_VARIANT_TYPE_BOOLEAN) &&
            g_variant_get_boolean(boxed))
            check->anyLocked = true;
        if (boxed)
            g_variant_unref(boxed);
        g_variant_unref(reply);
    }
    if (--check->pending == 0)
        concludeLockCheck(check);
}

void checkLockedCollections(const SearchRef &ref)
{
    Search &search = *ref;
    search.lockChecked = true;
    ++search.batchesInFlight; // holds the search open until the answer
    auto *check = new LockCheck{ref};
    GDBusProxy *proxy = G_DBUS_PROXY(search.secretService);
    GVariant *collections = g_dbus_proxy_get_cached_property(proxy, "Collections");
    if (collections && g_variant_is_of_type(collections, G_VARIANT_TYPE("ao"))) {
        GVariantIter iter;
        const gchar *path = nullptr;
        g_variant_iter_init(&iter, collections);
        while (g_variant_iter_next(&iter, "&o", &path)) {
            ++check->pending;
            g_dbus_connection_call(
                g_dbus_proxy_get_connection(proxy), g_dbus_proxy_get_name(proxy), path,
                "org.freedesktop.DBus.Properties", "Get",
                g_variant_new("(ss)", "org.freedesktop.Secret.Collection", "Locked"),
                G_VARIANT_TYPE("(v)"), G_DBUS_CALL_FLAGS_NONE, -1, search.cancellable,
                onCollectionLocked, check);
        }
    }
    if (collections)
        g_variant_unref(collections);
    if (check->pending == 0)
        concludeLockCheck(check);
}

// Finds each key's item path, a window of calls at a time, then reads every secret at once.
void searchNext(const SearchRef &ref)
{
    Search &search = *ref;
    const QByteArray server = search.service.toUtf8();
    while (search.inFlight < kWindow && search.nextKey < search.keys.size()) {
        const QString key = search.keys.at(search.nextKey++);
        const QByteArray user = key.toUtf8();
        GHashTable *attributes = g_hash_table_new(g_str_hash, g_str_equal);
        g_hash_table_insert(attributes, const_cast<char *>("server"),
                            const_cast<char *>(server.constData()));
        g_hash_table_insert(attributes, const_cast<char *>("user"),
                            const_cast<char *>(user.constData()));
        ++search.inFlight;
        secret_service_search_for_dbus_paths(search.secretService, qtKeychainSchema(), attributes,
                                             search.cancellable, onKeySearched,
                                             new std::pair<SearchRef, QString>(ref, key));
        g_hash_table_unref(attributes);
    }
    if (search.answered)
        return;
    const bool searching = search.inFlight > 0 || search.nextKey < search.keys.size();
    if (!search.batch.isEmpty() && (search.batch.size() >= kBatch || !searching)) {
        // Read what was found so far in one call; the tasks for those can start.
        const QList<QByteArray> paths = std::exchange(search.batch, {});
        std::vector<const gchar *> pointers;
        for (const QByteArray &path : paths)
            pointers.push_back(path.constData());
        pointers.push_back(nullptr);
        ++search.batchesInFlight;
        // libsecret copies the paths into the D-Bus message before returning.
        secret_service_get_secrets_for_dbus_paths(search.secretService, pointers.data(),
                                                  search.cancellable, onSecrets,
                                                  new SearchRef(ref));
    }
    if (!searching && search.batch.isEmpty() && search.batchesInFlight == 0) {
        if (!search.notFound.isEmpty() && !search.lockChecked)
            checkLockedCollections(ref);
        else
            search.finish();
    }
}

void onService(GObject *, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<SearchRef> ref(static_cast<SearchRef *>(data));
    GError *error = nullptr;
    SecretService *service = secret_service_get_finish(result, &error);
    if (error || !service) {
        if (error)
            g_error_free(error);
        (*ref)->finish();
        return;
    }
    (*ref)->secretService = service;
    searchNext(*ref);
}

} // namespace

bool readMany(const QString &service, const QStringList &keys, QObject *context,
              SecretStore::ReadEachCallback each, std::function<void()> done,
              std::function<void(const QStringList &keys)> fallback, int timeoutMs)
{
    // libsecret answers through GLib's main loop: only when Qt runs on it.
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || !dispatcher->inherits("QEventDispatcherGlib") ||
        qEnvironmentVariableIsSet("LATCHKEY_NO_BULK_SECRETS"))
        return false;
    auto search = std::make_shared<Search>();
    search->service = service;
    search->keys = keys;
    search->context = context;
    search->hadContext = context != nullptr;
    search->each = std::move(each);
    search->done = std::move(done);
    search->fallback = std::move(fallback);
    search->cancellable = g_cancellable_new();
    search->guard = new QTimer();
    search->guard->setSingleShot(true);
    std::weak_ptr<Search> weak = search;
    QObject::connect(search->guard, &QTimer::timeout, search->guard, [weak] {
        if (const SearchRef current = weak.lock()) {
            g_cancellable_cancel(current->cancellable);
            current->finish(); // QtKeychain then answers (or times out) per key
        }
    });
    search->guard->start(timeoutMs);
    secret_service_get(SecretServiceFlags(SECRET_SERVICE_OPEN_SESSION), search->cancellable,
                       onService, new SearchRef(search));
    return true;
}

namespace {

struct Unlock
{
    QPointer<QObject> context;
    bool hadContext = false;
    std::function<void(Problem)> done;
    GCancellable *cancellable = g_cancellable_new();
    SecretService *secretService = nullptr;
    std::unique_ptr<QTimer> guard = std::make_unique<QTimer>();
    bool answered = false;
    guint lockedCount = 0;

    ~Unlock()
    {
        if (secretService)
            g_object_unref(secretService);
        g_object_unref(cancellable);
    }
    void finish(Problem problem)
    {
        if (answered)
            return;
        answered = true;
        guard->stop();
        if (!hadContext || context)
            done(std::move(problem));
    }
};
using UnlockRef = std::shared_ptr<Unlock>;

void onUnlocked(GObject *, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<UnlockRef> ref(static_cast<UnlockRef *>(data));
    Unlock &unlock = **ref;
    GError *error = nullptr;
    const gint unlocked =
        secret_service_unlock_finish(unlock.secretService, result, nullptr, &error);
    if (error) {
        const QString message = QString::fromUtf8(error->message);
        g_error_free(error);
        unlock.finish(SecretStore::keychainLocked(message));
        return;
    }
    // A dismissed prompt is no error: it unlocks nothing.
    const bool stillLocked = unlocked < 0 || guint(unlocked) < unlock.lockedCount;
    unlock.finish(stillLocked ? SecretStore::keychainLocked(
                                    SecretStore::tr("the unlock was cancelled or refused"))
                              : Problem());
}

void onUnlockService(GObject *, GAsyncResult *result, gpointer data)
{
    std::unique_ptr<UnlockRef> ref(static_cast<UnlockRef *>(data));
    Unlock &unlock = **ref;
    GError *error = nullptr;
    SecretService *service = secret_service_get_finish(result, &error);
    if (error || !service) {
        const QString message = error ? QString::fromUtf8(error->message) : QString();
        if (error)
            g_error_free(error);
        unlock.finish(Problem::make(ProblemCode::KeychainUnavailable, message));
        return;
    }
    unlock.secretService = service;
    GList *locked = nullptr;
    GList *collections = secret_service_get_collections(service);
    for (GList *item = collections; item; item = item->next) {
        if (secret_collection_get_locked(static_cast<SecretCollection *>(item->data)))
            locked = g_list_append(locked, item->data);
    }
    if (!locked) {
        g_list_free_full(collections, g_object_unref);
        unlock.finish(Problem());
        return;
    }
    unlock.lockedCount = g_list_length(locked);
    // The Secret Service shows its own prompt; the answer comes when the user is done.
    secret_service_unlock(service, locked, unlock.cancellable, onUnlocked, new UnlockRef(*ref));
    g_list_free(locked);
    g_list_free_full(collections, g_object_unref);
}

} // namespace

bool unlock(QObject *context, std::function<void(Problem)> done, int timeoutMs)
{
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (!dispatcher || !dispatcher->inherits("QEventDispatcherGlib"))
        return false;
    auto unlock = std::make_shared<Unlock>();
    unlock->context = context;
    unlock->hadContext = context != nullptr;
    unlock->done = std::move(done);
    unlock->guard->setSingleShot(true);
    std::weak_ptr<Unlock> weak = unlock;
    QObject::connect(unlock->guard.get(), &QTimer::timeout, unlock->guard.get(), [weak] {
        if (const UnlockRef current = weak.lock()) {
            g_cancellable_cancel(current->cancellable);
            current->finish(SecretStore::keychainLocked(
                SecretStore::tr("the keychain did not unlock in time")));
        }
    });
    unlock->guard->start(timeoutMs);
    secret_service_get(SecretServiceFlags(SECRET_SERVICE_LOAD_COLLECTIONS), unlock->cancellable,
                       onUnlockService, new UnlockRef(unlock));
    return true;
}

} // namespace Latchkey::SecretServiceSearch
