#include "fleet/Reissue.h"

#include "fleet/PasswordRotation.h"
#include "secrets/SecretStore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace Latchkey {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Latchkey::ReissueStore", text);
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString reissueSecretKey(const QString &siteId, const QString &name)
{
    return QStringLiteral("reissue/") + siteId + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(name.toLower()));
}

QString ReissueEntry::keychainKey() const
{
    return reissueSecretKey(siteId, name);
}

QJsonObject ReissueEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("name"), name},
        {QStringLiteral("app_id"), appId},
        {QStringLiteral("old_uuids"), QJsonArray::fromStringList(oldUuids)},
        {QStringLiteral("new_uuid"), newUuid},
        {QStringLiteral("new_name"), newName},
        {QStringLiteral("issued_at"), issuedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("state"), issuing ? QStringLiteral("issuing") : QStringLiteral("issued")},
    };
}

ReissueEntry ReissueEntry::fromJson(const QJsonObject &object)
{
    ReissueEntry entry;
    entry.siteId = object.value(QStringLiteral("site_id")).toString();
    entry.name = object.value(QStringLiteral("name")).toString();
    entry.appId = object.value(QStringLiteral("app_id")).toString();
    const QJsonArray olds = object.value(QStringLiteral("old_uuids")).toArray();
    for (const QJsonValue uuid : olds)
        entry.oldUuids.append(uuid.toString());
    entry.newUuid = object.value(QStringLiteral("new_uuid")).toString();
    entry.newName = object.value(QStringLiteral("new_name")).toString();
    entry.issuedAt =
        QDateTime::fromString(object.value(QStringLiteral("issued_at")).toString(), Qt::ISODate);
    entry.issuing = object.value(QStringLiteral("state")).toString() != QStringLiteral("issued");
    return entry;
}

ReissueStore::ReissueStore(QString directory)
    : m_directory(std::move(directory))
{}

QString ReissueStore::filePath() const
{
    return m_directory + QStringLiteral("/reissue.json");
}

Result<QList<ReissueEntry>> ReissueStore::entries() const
{
    QList<ReissueEntry> list;
    if (Problem problem = read(list))
        return problem;
    return list;
}

std::optional<ReissueEntry> ReissueStore::find(const QString &siteId, const QString &name) const
{
    QList<ReissueEntry> list;
    if (read(list))
        return std::nullopt;
    for (const ReissueEntry &entry : std::as_const(list)) {
        if (entry.siteId == siteId && sameName(entry.name, name))
            return entry;
    }
    return std::nullopt;
}

Result<QList<Site>> ReissueStore::sitesWithWork(const QList<Site> &sites, const QString &name,
                                                bool includeIssuing) const
{
    QList<ReissueEntry> list;
    if (Problem problem = read(list))
        return problem;
    QList<Site> withWork;
    for (const Site &site : sites) {
        const bool pending =
            std::any_of(list.cbegin(), list.cend(), [&](const ReissueEntry &entry) {
                return entry.siteId == site.id && sameName(entry.name, name) &&
                       (includeIssuing || !entry.issuing);
            });
        if (pending)
            withWork.append(site);
    }
    return withWork;
}

Problem ReissueStore::put(const ReissueEntry &entry)
{
    return change([&entry](QList<ReissueEntry> &list) {
        list.removeIf([&entry](const ReissueEntry &e) {
            return e.siteId == entry.siteId && sameName(e.name, entry.name);
        });
        list.append(entry);
    });
}

Problem ReissueStore::remove(const QString &siteId, const QString &name)
{
    return change([&](QList<ReissueEntry> &list) {
        list.removeIf(
            [&](const ReissueEntry &e) { return e.siteId == siteId && sameName(e.name, name); });
    });
}

Problem ReissueStore::change(const std::function<void(QList<ReissueEntry> &)> &mutation)
{
    if (!QDir().mkpath(m_directory))
        return Problem::make(ProblemCode::ConfigError, m_directory);
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(30'000);
    if (!lock.tryLock(10'000)) {
        return Problem(ProblemCode::ConfigError,
                       tr("Another Latchkey process is holding the re-issue list."));
    }
    QList<ReissueEntry> list;
    if (Problem problem = read(list))
        return problem;
    mutation(list);
    if (list.isEmpty()) {
        if (QFile::exists(filePath()) && !QFile::remove(filePath()))
            return Problem::make(ProblemCode::ConfigError, filePath());
        return {};
    }
    QJsonArray array;
    for (const ReissueEntry &entry : std::as_const(list))
        array.append(entry.toJson());
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(
                   QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("pending"), array}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    return {};
}

Problem ReissueStore::read(QList<ReissueEntry> &entries) const
{
    entries.clear();
    QFile file(filePath());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return Problem(ProblemCode::ConfigError,
                       tr("The re-issue list %1 is damaged.").arg(filePath()))
            .withDetail(error.errorString());
    }
    const QJsonArray array = document.object().value(QStringLiteral("pending")).toArray();
    for (const QJsonValue value : array) {
        ReissueEntry entry = ReissueEntry::fromJson(value.toObject());
        if (!entry.siteId.isEmpty())
            entries.append(entry);
    }
    return {};
}

ReissueTask::ReissueTask(QNetworkAccessManager *network, SecretStore *secrets,
                         const QString &configDirectory, Site site, SiteEndpoint endpoint,
                         Mode mode, const QString &name, QObject *parent)
    : FleetTask(network, std::move(site), std::move(endpoint), parent)
    , m_secrets(secrets)
    , m_store(configDirectory)
    , m_lock(configDirectory, QStringLiteral("reissue"), this->site().id)
    , m_mode(mode)
    , m_name(name.trimmed())
{
    connect(this, &BulkTask::finished, this, [this] { m_lock.unlock(); });
}

QJsonObject ReissueTask::details(const ReissueEntry &entry) const
{
    QJsonObject object = entry.toJson();
    object.remove(QStringLiteral("site_id"));
    return object;
}

void ReissueTask::run()
{
    if (Problem busy = m_lock.tryLock()) {
        fail(busy);
        return;
    }
    const Result<QList<ReissueEntry>> entries = m_store.entries();
    if (!entries) {
        fail(entries.problem());
        return;
    }
    std::optional<ReissueEntry> pending;
    for (const ReissueEntry &entry : *entries) {
        if (entry.siteId == site().id && sameName(entry.name, m_name))
            pending = entry;
    }
    switch (m_mode) {
    case Mode::Issue:
        if (pending && !pending->issuing) {
            succeed(tr("Already issued on %1; waiting for reissue-finish.")
                        .arg(pending->issuedAt.toLocalTime().toString(Qt::ISODate)),
                    details(*pending));
            return;
        }
        if (pending) {
            // Killed while issuing: forget the half-made one before issuing again.
            abandon(*pending);
            return;
        }
        issue();
        return;
    case Mode::Finish:
    case Mode::Abandon:
        if (!pending) {
            fail(Problem(ProblemCode::NotFound,
                         tr("No re-issue of \"%1\" is pending on this site.").arg(m_name),
                         tr("Start one with \"latchkey-cli password reissue\".")));
            return;
        }
        if (m_mode == Mode::Abandon || pending->issuing)
            abandon(*pending);
        else
            finishPending(*pending);
        return;
    }
}

// Latchkey's own password first, as the site says (one request): it is never re-issued.
void ReissueTask::issue()
{
    track(passwords().introspect(UserRef::me(), this, [this](const Result<AppPassword> &own) {
        if (stopIfCancelled())
            return;
        if (!own) {
            fail(own.problem());
            return;
        }
        if (own->uuid.isEmpty()) {
            fail(Problem::make(ProblemCode::InvalidResponse,
                               QStringLiteral("introspect named no password")));
            return;
        }
        issueExcluding(own->uuid);
    }));
}

void ReissueTask::issueExcluding(const QString &ownUuid)
{
    track(passwords().list(
        UserRef::me(), this, [this, ownUuid](const Result<QList<AppPassword>> &list) {
            if (stopIfCancelled())
                return;
            if (!list) {
                fail(list.problem());
                return;
            }
            ReissueEntry entry;
            entry.siteId = site().id;
            entry.name = m_name;
            for (const AppPassword &password : *list) {
                if (sameName(password.name, m_name)) {
                    entry.oldUuids.append(password.uuid);
                    if (entry.appId.isEmpty())
                        entry.appId = password.appId;
                    if (password.uuid == ownUuid) {
                        fail(Problem(
                            ProblemCode::InvalidInput,
                            tr("\"%1\" is the password Latchkey itself uses here.").arg(m_name),
                            tr("Use \"latchkey-cli password rotate\" for that one.")));
                        return;
                    }
                }
            }
            if (entry.oldUuids.isEmpty()) {
                fail(Problem(
                    ProblemCode::NotFound,
                    tr("The user has no application password named \"%1\" here.").arg(m_name)));
                return;
            }
            entry.issuedAt = QDateTime::currentDateTimeUtc();
            entry.newName =
                QStringLiteral("%1 (new %2)")
                    .arg(m_name, entry.issuedAt.toString(QStringLiteral("yyyy-MM-dd HHmmss")));
            entry.issuing = true;
            if (Problem problem = m_store.put(entry)) {
                fail(problem);
                return;
            }
            track(passwords().create(
                UserRef::me(), entry.newName, entry.appId, this,
                [this, entry](const Result<AppPassword> &created) mutable {
                    if (!created) {
                        if (!mayHaveReachedSite(created.problem())) {
                            m_store.remove(entry.siteId, entry.name);
                            fail(created.problem());
                            return;
                        }
                        // It may exist on the site, with a password nobody has: the entry stays
                        // and the next reissue or reissue-cancel revokes it by its name.
                        fail(Problem(created.problem())
                                 .withDetail(tr("the new password \"%1\" may have been created; "
                                                "run \"latchkey-cli password reissue\" again (or "
                                                "\"reissue-cancel\") to revoke it")
                                                 .arg(entry.newName)),
                             details(entry));
                        return;
                    }
                    entry.newUuid = created->uuid;
                    m_store.put(entry);
                    m_secrets->write(
                        entry.keychainKey(), created->password, this,
                        [this, entry](const Problem &problem) mutable {
                            if (problem) {
                                // Never stored, so never shown: revoke it again.
                                abandon(entry);
                                return;
                            }
                            entry.issuing = false;
                            if (Problem saved = m_store.put(entry)) {
                                fail(saved, details(entry));
                                return;
                            }
                            succeed(
                                tr("Issued \"%1\"; show it with \"password reissue-show\", then "
                                   "finish with \"password reissue-finish\".")
                                    .arg(entry.newName),
                                details(entry));
                        });
                }));
        }));
}

void ReissueTask::revokeOlds(const ReissueEntry &entry, qsizetype index)
{
    if (index >= entry.oldUuids.size()) {
        track(passwords().rename(
            UserRef::me(), entry.newUuid, entry.name, this,
            [this, entry](const Result<AppPassword> &renamed) {
                QString warning;
                if (!renamed) {
                    warning = tr("The new password keeps the name \"%1\": %2")
                                  .arg(entry.newName, renamed.problem().toString());
                }
                m_secrets->remove(
                    entry.keychainKey(), this, [this, entry, warning](const Problem &removed) {
                        m_store.remove(entry.siteId, entry.name);
                        QJsonObject object = details(entry);
                        object.insert(QStringLiteral("state"), QStringLiteral("finished"));
                        QString summary = tr("Revoked %n old password(s); the new one is now "
                                             "\"%1\".",
                                             nullptr, int(entry.oldUuids.size()))
                                              .arg(entry.name);
                        if (!warning.isEmpty())
                            summary += QLatin1Char(' ') + warning;
                        if (removed)
                            summary += QLatin1Char(' ') + removed.toString();
                        succeed(summary, object);
                    });
            }));
        return;
    }
    track(passwords().revoke(UserRef::me(), entry.oldUuids.at(index), this,
                             [this, entry, index](const Problem &problem) {
                                 if (stopIfCancelled())
                                     return;
                                 if (problem && problem.code() != ProblemCode::NotFound) {
                                     fail(problem, details(entry));
                                     return;
                                 }
                                 revokeOlds(entry, index + 1);
                             }));
}

void ReissueTask::finishPending(const ReissueEntry &entry)
{
    revokeOlds(entry, 0);
}

void ReissueTask::abandon(const ReissueEntry &entry)
{
    const auto forget = [this, entry](const Problem &problem) {
        if (problem && problem.code() != ProblemCode::NotFound) {
            fail(problem, details(entry));
            return;
        }
        m_secrets->remove(entry.keychainKey(), this, [this, entry](const Problem &) {
            m_store.remove(entry.siteId, entry.name);
            if (m_mode == Mode::Issue) {
                issue();
                return;
            }
            QJsonObject object = details(entry);
            object.insert(QStringLiteral("state"), QStringLiteral("abandoned"));
            succeed(tr("Revoked the new password; the old ones stay."), object);
        });
    };
    if (!entry.newUuid.isEmpty()) {
        track(passwords().revoke(UserRef::me(), entry.newUuid, this, forget));
        return;
    }
    // Killed before the uuid was known: find it by its name.
    track(passwords().list(
        UserRef::me(), this, [this, entry, forget](const Result<QList<AppPassword>> &list) {
            if (!list) {
                forget(list.problem());
                return;
            }
            for (const AppPassword &password : *list) {
                if (password.name == entry.newName) {
                    track(passwords().revoke(UserRef::me(), password.uuid, this, forget));
                    return;
                }
            }
            forget({});
        }));
}

} // namespace Latchkey
