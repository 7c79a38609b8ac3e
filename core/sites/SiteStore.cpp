#include "sites/SiteStore.h"

#include "wordpress/SiteUrl.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QPromise>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>
#include <QUuid>

#include <memory>

namespace Latchkey {

namespace {

constexpr int kLockTimeoutMs = 10'000;
constexpr int kStaleLockMs = 30'000;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

// Serialises and writes the list atomically; thread-safe (background writes use it).
Problem writeSites(const QString &path, const QList<Site> &sites, QByteArray &bytes)
{
    QJsonArray array;
    for (const Site &site : sites)
        array.append(site.toJson());
    const QJsonObject root{{QStringLiteral("schema"), SiteStore::kSchemaVersion},
                           {QStringLiteral("sites"), array}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    file.write(bytes);
    if (!file.commit())
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    return {};
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool sameSiteAndUser(const Site &a, const Site &b)
{
    return SiteUrl::origin(a.baseUrl) == SiteUrl::origin(b.baseUrl) &&
           a.baseUrl.path() == b.baseUrl.path() &&
           a.userLogin.compare(b.userLogin, Qt::CaseInsensitive) == 0;
}

Problem checkUnique(const QList<Site> &sites, const Site &candidate)
{
    for (const Site &other : sites) {
        if (other.id == candidate.id)
            continue;
        if (sameSiteAndUser(other, candidate)) {
            return Problem(ProblemCode::DuplicateSite)
                .withDetail(QStringLiteral("%1 as %2 is already saved as \"%3\"")
                                .arg(SiteUrl::redacted(candidate.baseUrl), candidate.userLogin,
                                     other.name));
        }
        if (sameName(other.name, candidate.name)) {
            return Problem(
                ProblemCode::DuplicateName,
                SiteStore::tr("Another site is already called \"%1\".").arg(candidate.name));
        }
    }
    return {};
}

Problem validate(const Site &site)
{
    if (site.name.trimmed().isEmpty())
        return Problem(ProblemCode::InvalidInput, SiteStore::tr("A site needs a name."));
    if (!site.baseUrl.isValid() || site.baseUrl.host().isEmpty())
        return Problem::make(ProblemCode::InvalidUrl, site.baseUrl.toString());
    if (site.userLogin.trimmed().isEmpty())
        return Problem(ProblemCode::InvalidInput,
                       SiteStore::tr("A site needs the WordPress user name it connects as."));
    return {};
}

} // namespace

struct SiteStore::BackgroundWrite
{
    QMutex mutex;
    bool done = false;
    bool ok = false;
    quint64 generation = 0; // of the sites written
    QByteArray bytes;       // what the file holds when ok
};

SiteStore::SiteStore(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(directory))
{}

QString SiteStore::filePath() const
{
    return m_directory + QStringLiteral("/sites.json");
}

Problem SiteStore::load()
{
    // Our own write is on its way: the file is about to hold what sites() already has (a
    // file watcher's reload comes again once it is replaced).
    if (m_pendingWrites > 0)
        return {};
    QList<Site> sites;
    QByteArray bytes;
    if (Problem problem = readFile(sites, bytes))
        return problem;
    if (!bytes.isEmpty() && bytes == m_fileBytes)
        return {}; // unchanged since this store read or wrote it (e.g. its own last save)
    m_fileBytes = bytes;
    ++m_generation;
    const bool differs = [&] {
        if (sites.size() != m_sites.size())
            return true;
        for (qsizetype i = 0; i < sites.size(); ++i) {
            if (!(sites.at(i) == m_sites.at(i)))
                return true;
        }
        return false;
    }();
    m_sites = std::move(sites);
    if (differs)
        Q_EMIT changed();
    return {};
}

std::optional<Site> SiteStore::byId(const QString &id) const
{
    for (const Site &site : m_sites) {
        if (site.id == id)
            return site;
    }
    return std::nullopt;
}

namespace {

// Keeps the first spelling of each name; a set of folded names keeps it linear in the sites.
void addUnique(QStringList &names, QSet<QString> &seen, const QString &name)
{
    if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
        seen.insert(name.toCaseFolded());
        names.append(name);
    }
}

} // namespace

QStringList SiteStore::groups() const
{
    QStringList groups;
    QSet<QString> seen;
    for (const Site &site : m_sites)
        addUnique(groups, seen, site.group);
    groups.sort(Qt::CaseInsensitive);
    return groups;
}

QStringList SiteStore::tags() const
{
    QStringList tags;
    QSet<QString> seen;
    for (const Site &site : m_sites) {
        for (const QString &tag : site.tags)
            addUnique(tags, seen, tag);
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

QList<Site> SiteStore::match(const QString &selector) const
{
    const QString wanted = selector.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const Site &site : m_sites) {
        if (site.id == wanted || sameName(site.name, wanted))
            return {site};
    }
    QList<Site> matches;
    const Result<QUrl> url = SiteUrl::normalize(wanted);
    if (!url)
        return matches;
    for (const Site &site : m_sites) {
        if (SiteUrl::origin(site.baseUrl) == SiteUrl::origin(*url) &&
            site.baseUrl.path() == url->path())
            matches.append(site);
    }
    return matches;
}

Result<Site> SiteStore::resolve(const QString &selector) const
{
    const QList<Site> matches = match(selector);
    if (matches.isEmpty())
        return Problem::make(ProblemCode::UnknownSite, selector);
    if (matches.size() > 1) {
        QStringList names;
        for (const Site &site : matches)
            names.append(QStringLiteral("%1 (%2)").arg(site.name, site.userLogin));
        return Problem(ProblemCode::InvalidInput,
                       tr("\"%1\" matches more than one site: %2.")
                           .arg(selector, names.join(QStringLiteral(", "))),
                       tr("Name the site by its name or id instead."));
    }
    return matches.first();
}

Result<Site> SiteStore::add(Site site)
{
    if (site.id.isEmpty())
        site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!site.created.isValid())
        site.created = QDateTime::currentDateTimeUtc();
    site.name = site.name.trimmed();
    if (Problem problem = validate(site))
        return problem;
    Problem problem = mutate([&site](QList<Site> &sites) -> Problem {
        if (Problem duplicate = checkUnique(sites, site))
            return duplicate;
        sites.append(site);
        return {};
    });
    if (problem)
        return problem;
    return site;
}

Result<QList<Site>> SiteStore::addMany(QList<Site> sites)
{
    for (Site &site : sites) {
        if (site.id.isEmpty())
            site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!site.created.isValid())
            site.created = QDateTime::currentDateTimeUtc();
        site.name = site.name.trimmed();
        if (Problem problem = validate(site))
            return problem;
    }
    // Hashes instead of checkUnique() for each new site: imports of thousands stay linear.
    const auto identity = [](const Site &site) -> QString {
        return SiteUrl::origin(site.baseUrl) + site.baseUrl.path() + QLatin1Char('\n') +
               site.userLogin.toLower();
    };
    Problem problem = mutate([&](QList<Site> &stored) -> Problem {
        QHash<QString, QString> identities; // identity -> name
        QSet<QString> names;
        for (const Site &site : std::as_const(stored)) {
            identities.insert(identity(site), site.name);
            names.insert(site.name.toLower());
        }
        for (const Site &site : std::as_const(sites)) {
            const QString key = identity(site);
            if (identities.contains(key)) {
                return Problem(ProblemCode::DuplicateSite)
                    .withDetail(QStringLiteral("%1 as %2 is already saved as \"%3\"")
                                    .arg(SiteUrl::redacted(site.baseUrl), site.userLogin,
                                         identities.value(key)));
            }
            if (names.contains(site.name.toLower())) {
                return Problem(ProblemCode::DuplicateName,
                               tr("Another site is already called \"%1\".").arg(site.name));
            }
            identities.insert(key, site.name);
            names.insert(site.name.toLower());
        }
        stored.append(sites);
        return {};
    });
    if (problem)
        return problem;
    return sites;
}

namespace {

Problem applyToMany(QList<Site> &sites, const QSet<QString> &wanted,
                    const std::function<void(Site &)> &change)
{
    for (Site &stored : sites) {
        if (!wanted.contains(stored.id))
            continue;
        Site candidate = stored;
        change(candidate);
        candidate.id = stored.id;
        candidate.name = candidate.name.trimmed();
        if (Problem invalid = validate(candidate))
            return invalid;
        // Checking uniqueness is O(n) a site: only when what makes a site unique changed.
        const bool identityChanged = candidate.name != stored.name ||
                                     candidate.baseUrl != stored.baseUrl ||
                                     candidate.userLogin != stored.userLogin;
        if (identityChanged) {
            if (Problem duplicate = checkUnique(sites, candidate))
                return duplicate;
        }
        stored = candidate;
    }
    return {};
}

} // namespace

Problem SiteStore::modifyMany(const QStringList &ids, const std::function<void(Site &)> &change)
{
    const QSet<QString> wanted(ids.begin(), ids.end());
    return mutate(
        [&](QList<Site> &sites) -> Problem { return applyToMany(sites, wanted, change); });
}

void SiteStore::modifyManyInBackground(const QStringList &ids,
                                       const std::function<void(Site &)> &change, QObject *context,
                                       const std::function<void(Problem)> &done)
{
    auto lock = std::make_shared<QLockFile>(filePath() + QStringLiteral(".lock"));
    QList<Site> sites;
    QByteArray bytes;
    const QSet<QString> wanted(ids.begin(), ids.end());
    Problem problem = lockAndRead(*lock, sites, bytes);
    if (!problem)
        problem = applyToMany(sites, wanted, change);
    if (problem) {
        done(problem);
        return;
    }
    m_sites = sites;
    const quint64 generation = ++m_generation;
    ++m_pendingWrites;
    Q_EMIT changed();

    auto promise = std::make_shared<QPromise<Problem>>();
    auto *watcher = new QFutureWatcher<Problem>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this] {
        --m_pendingWrites;
        adoptFinishedWrite();
    });
    connect(watcher, &QFutureWatcherBase::finished, context ? context : this,
            [watcher, done] { done(watcher->future().result()); });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(promise->future());
    promise->start();
    const QString path = filePath();
    auto record = std::make_shared<BackgroundWrite>();
    record->generation = generation;
    m_lastWrite = record;
    QThreadPool::globalInstance()->start([promise, lock, sites, path, record] {
        QByteArray written;
        const Problem writeProblem = writeSites(path, sites, written);
        {
            const QMutexLocker locker(&record->mutex);
            record->done = true;
            record->ok = !writeProblem;
            record->bytes = written;
        }
        lock->unlock(); // before reporting: the next change may take the lock at once
        promise->addResult(writeProblem);
        promise->finish();
    });
}

// A finished background write's bytes are what the file holds, unless another process changed
// it since (the bytes then differ and the file is parsed): adopted when the write reports and,
// with the lock held, before a read (the report may still be queued then).
void SiteStore::adoptFinishedWrite()
{
    if (!m_lastWrite)
        return;
    QMutexLocker locker(&m_lastWrite->mutex);
    if (!m_lastWrite->done)
        return;
    if (m_lastWrite->ok && m_lastWrite->generation == m_generation)
        m_fileBytes = m_lastWrite->bytes;
    locker.unlock();
    m_lastWrite.reset();
}

Problem SiteStore::update(const Site &site)
{
    return modify(site.id, [&site](Site &stored) { stored = site; }).problem();
}

Result<Site> SiteStore::modify(const QString &id, const std::function<void(Site &)> &change)
{
    Site changed;
    Problem problem = mutate([&](QList<Site> &sites) -> Problem {
        for (Site &stored : sites) {
            if (stored.id != id)
                continue;
            Site candidate = stored;
            change(candidate);
            candidate.id = id; // the id never changes
            candidate.name = candidate.name.trimmed();
            if (Problem invalid = validate(candidate))
                return invalid;
            if (Problem duplicate = checkUnique(sites, candidate))
                return duplicate;
            stored = candidate;
            changed = candidate;
            return {};
        }
        return Problem::make(ProblemCode::UnknownSite, id);
    });
    if (problem)
        return problem;
    return changed;
}

Problem SiteStore::remove(const QString &id)
{
    return mutate([&id](QList<Site> &sites) -> Problem {
        const auto removed = sites.removeIf([&id](const Site &site) { return site.id == id; });
        return removed > 0 ? Problem() : Problem::make(ProblemCode::UnknownSite, id);
    });
}

// Takes the file lock (waiting a while for another process) and reads the list as it is on
// disk now: every change applies to that, not to our possibly stale copy.
Problem SiteStore::lockAndRead(QLockFile &lock, QList<Site> &sites, QByteArray &bytes)
{
    if (!QDir().mkpath(m_directory)) {
        return Problem::make(ProblemCode::ConfigError,
                             tr("cannot create the folder %1").arg(m_directory));
    }
    lock.setStaleLockTime(kStaleLockMs);
    if (!lock.tryLock(kLockTimeoutMs)) {
        return Problem(ProblemCode::ConfigError,
                       tr("Another Latchkey process is holding the site list."),
                       tr("Wait for it to finish, or remove the stale lock file %1.")
                           .arg(filePath() + QStringLiteral(".lock")));
    }
    adoptFinishedWrite();
    return readFile(sites, bytes);
}

Problem SiteStore::mutate(const Mutation &mutation)
{
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    QList<Site> sites;
    QByteArray bytes;
    if (Problem problem = lockAndRead(lock, sites, bytes))
        return problem;
    if (Problem problem = mutation(sites))
        return problem;
    if (Problem problem = writeFile(sites, bytes))
        return problem;
    m_fileBytes = bytes;
    ++m_generation;
    m_sites = std::move(sites);
    Q_EMIT changed();
    return {};
}

Problem SiteStore::readFile(QList<Site> &sites, QByteArray &bytes) const
{
    sites.clear();
    bytes.clear();
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    if (file.size() > kMaxFileBytes)
        return Problem::make(ProblemCode::ConfigError, tr("%1 is too large").arg(filePath()));
    bytes = file.readAll();
    if (!bytes.isEmpty() && bytes == m_fileBytes) {
        sites = m_sites; // what these bytes hold, parsed before
        return {};
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Problem(ProblemCode::ConfigError, tr("The site list %1 is damaged.").arg(filePath()),
                       tr("Restore it from a backup, or move it away to start with an empty "
                          "list."))
            .withDetail(error.errorString());
    }
    const QJsonObject root = document.object();
    const int schema = root.value(QStringLiteral("schema")).toInt(0);
    if (schema > kSchemaVersion) {
        return Problem(ProblemCode::ConfigError,
                       tr("The site list was written by a newer version of Latchkey."),
                       tr("Update Latchkey; this version will not change the file."))
            .withDetail(QStringLiteral("schema %1").arg(schema));
    }
    if (schema < 1) {
        return Problem(ProblemCode::ConfigError,
                       tr("The site list %1 has no schema version.").arg(filePath()));
    }
    const QJsonArray array = root.value(QStringLiteral("sites")).toArray();
    for (const QJsonValue value : array) {
        Site site = Site::fromJson(value.toObject());
        if (!site.id.isEmpty())
            sites.append(std::move(site));
    }
    return {};
}

Problem SiteStore::writeFile(const QList<Site> &sites, QByteArray &bytes) const
{
    return writeSites(filePath(), sites, bytes);
}

} // namespace Latchkey
