#include "fleet/RotationJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace Latchkey {

namespace {

constexpr int kLockTimeoutMs = 10'000;

const QList<QPair<RotationEntry::State, QString>> &stateNames()
{
    static const QList<QPair<RotationEntry::State, QString>> names{
        {RotationEntry::State::Creating, QStringLiteral("creating")},
        {RotationEntry::State::Created, QStringLiteral("created")},
        {RotationEntry::State::Stored, QStringLiteral("stored")},
        {RotationEntry::State::Verified, QStringLiteral("verified")},
        {RotationEntry::State::Revoked, QStringLiteral("revoked")},
    };
    return names;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Latchkey::RotationJournal", text);
}

} // namespace

QString RotationEntry::stateName(State state)
{
    for (const auto &[value, name] : stateNames()) {
        if (value == state)
            return name;
    }
    return {};
}

bool RotationEntry::isOwnedByAnotherLiveProcess() const
{
    return !owner.isNull() && !owner.isCurrentProcess() && owner.isAlive();
}

QJsonObject RotationEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("site_id"), siteId},
        {QStringLiteral("user_login"), userLogin},
        {QStringLiteral("old_uuid"), oldUuid},
        {QStringLiteral("old_name"), oldName},
        {QStringLiteral("temp_name"), tempName},
        {QStringLiteral("new_uuid"), newUuid},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("started"), started.toUTC().toString(Qt::ISODate)},
    };
    if (!owner.isNull())
        object.insert(QStringLiteral("owner"), owner.toJson());
    return object;
}

RotationEntry RotationEntry::fromJson(const QJsonObject &object)
{
    RotationEntry entry;
    entry.siteId = object.value(QStringLiteral("site_id")).toString();
    entry.userLogin = object.value(QStringLiteral("user_login")).toString();
    entry.oldUuid = object.value(QStringLiteral("old_uuid")).toString();
    entry.oldName = object.value(QStringLiteral("old_name")).toString();
    entry.tempName = object.value(QStringLiteral("temp_name")).toString();
    entry.newUuid = object.value(QStringLiteral("new_uuid")).toString();
    const QString state = object.value(QStringLiteral("state")).toString();
    for (const auto &[value, name] : stateNames()) {
        if (name == state)
            entry.state = value;
    }
    entry.started =
        QDateTime::fromString(object.value(QStringLiteral("started")).toString(), Qt::ISODate);
    entry.owner = OperationOwner::fromJson(object.value(QStringLiteral("owner")).toObject());
    return entry;
}

RotationJournal::RotationJournal(QString directory)
    : m_directory(std::move(directory))
{}

QString RotationJournal::filePath() const
{
    return m_directory + QStringLiteral("/rotation-journal.json");
}

Result<QList<RotationEntry>> RotationJournal::entries() const
{
    QList<RotationEntry> list;
    if (Problem problem = read(list))
        return problem;
    return list;
}

std::optional<RotationEntry> RotationJournal::entryFor(const QString &siteId) const
{
    QList<RotationEntry> list;
    if (read(list))
        return std::nullopt;
    for (const RotationEntry &entry : std::as_const(list)) {
        if (entry.siteId == siteId)
            return entry;
    }
    return std::nullopt;
}

Problem RotationJournal::put(const RotationEntry &entry)
{
    return change([&entry](QList<RotationEntry> &list) {
        list.removeIf([&entry](const RotationEntry &e) { return e.siteId == entry.siteId; });
        list.append(entry);
    });
}

Problem RotationJournal::remove(const QString &siteId)
{
    return change([&siteId](QList<RotationEntry> &list) {
        list.removeIf([&siteId](const RotationEntry &e) { return e.siteId == siteId; });
    });
}

Problem RotationJournal::change(const std::function<void(QList<RotationEntry> &)> &mutation)
{
    if (!QDir().mkpath(m_directory))
        return Problem::make(ProblemCode::ConfigError, m_directory);
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(30'000);
    if (!lock.tryLock(kLockTimeoutMs)) {
        return Problem(ProblemCode::ConfigError,
                       tr("Another Latchkey process is holding the rotation journal."));
    }
    QList<RotationEntry> list;
    if (Problem problem = read(list))
        return problem;
    mutation(list);
    if (list.isEmpty()) {
        // Nothing pending: no file, so a glance at the folder tells.
        if (QFile::exists(filePath()) && !QFile::remove(filePath()))
            return Problem::make(ProblemCode::ConfigError, filePath());
        return {};
    }
    QJsonArray array;
    for (const RotationEntry &entry : std::as_const(list))
        array.append(entry.toJson());
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("schema"), kSchemaVersion},
                                         {QStringLiteral("rotations"), array}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Problem::make(ProblemCode::ConfigError, file.errorString());
    return {};
}

Problem RotationJournal::read(QList<RotationEntry> &entries) const
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
                       tr("The rotation journal %1 is damaged.").arg(filePath()),
                       tr("Check the sites it names with \"latchkey-cli check\", then move it "
                          "away."))
            .withDetail(error.errorString());
    }
    if (document.object().value(QStringLiteral("schema")).toInt() > kSchemaVersion) {
        return Problem(ProblemCode::ConfigError,
                       tr("The rotation journal was written by a newer version of Latchkey."));
    }
    const QJsonArray array = document.object().value(QStringLiteral("rotations")).toArray();
    for (const QJsonValue value : array) {
        RotationEntry entry = RotationEntry::fromJson(value.toObject());
        if (!entry.siteId.isEmpty())
            entries.append(entry);
    }
    return {};
}

} // namespace Latchkey
