#include "AuditModel.h"

#include "TimeText.h"
#include "fleet/Csv.h"
#include "fleet/SiteImport.h"

#include <QColor>
#include <QHash>

namespace Latchkey {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AuditModel::addEntries(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    QList<qsizetype> listed; // the rows of the passwords already listed, in order
    QList<AuditEntry> all;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).failed) {
            listed.append(i);
            all.append(m_rows.at(i).entry);
        }
    }
    all.append(entries);
    // The rows already listed are unique, so they come first, in order; then the new ones.
    const QList<AuditEntry> merged =
        PasswordAudit::merge(all, m_own, AuditOptions{m_staleDays, m_now});
    for (qsizetype i = 0; i < listed.size(); ++i)
        m_rows[listed.at(i)].entry.usedByLatchkey = merged.at(i).usedByLatchkey;
    if (merged.size() > listed.size()) {
        beginInsertRows({}, int(m_rows.size()),
                        int(m_rows.size() + merged.size() - listed.size() - 1));
        for (qsizetype i = listed.size(); i < merged.size(); ++i) {
            Row row;
            row.entry = merged.at(i);
            m_rows.append(row);
        }
        endInsertRows();
    }
    flag();
}

void AuditModel::addFailure(const QString &siteId, const QString &siteName, const QString &siteUrl,
                            const Problem &problem)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    Row row;
    row.failed = true;
    row.problem = problem;
    row.entry.siteId = siteId;
    row.entry.siteName = siteName;
    row.entry.siteUrl = siteUrl;
    m_rows.append(row);
    endInsertRows();
}

void AuditModel::setStaleDays(int days, const QDateTime &now)
{
    m_staleDays = std::max(1, days);
    m_now = now;
    flag();
}

void AuditModel::flag()
{
    QList<AuditEntry> entries;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.failed)
            entries.append(row.entry);
    }
    PasswordAudit::flag(entries, AuditOptions{m_staleDays, m_now});
    qsizetype next = 0;
    for (Row &row : m_rows) {
        if (!row.failed)
            row.entry = entries.at(next++);
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void AuditModel::setResult(const QString &siteId, const QString &uuid, const QString &result,
                           bool ok)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (!row.failed && row.entry.siteId == siteId && row.entry.password.uuid == uuid) {
            row.result = result;
            row.resultOk = ok;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

bool AuditModel::isFailure(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).failed;
}

bool AuditModel::isRevoked(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).result.isEmpty() &&
           m_rows.at(row).resultOk;
}

const AuditEntry &AuditModel::entry(int row) const
{
    return m_rows.at(row).entry;
}

Problem AuditModel::failure(int row) const
{
    return m_rows.at(row).problem;
}

int AuditModel::flaggedCount() const
{
    int count = 0;
    for (const Row &row : m_rows) {
        if (!row.failed && (row.entry.neverUsed || row.entry.stale || row.entry.duplicateName))
            ++count;
    }
    return count;
}

int AuditModel::passwordCount() const
{
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return !row.failed; }));
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::flagsText(int index) const
{
    const Row &row = m_rows.at(index);
    if (row.failed)
        return tr("Could not audit: %1").arg(row.problem.message());
    QStringList flags;
    if (row.entry.neverUsed)
        flags.append(tr("never used"));
    if (row.entry.stale)
        flags.append(tr("unused for more than %n day(s)", nullptr, m_staleDays));
    if (row.entry.duplicateName)
        flags.append(tr("duplicate name"));
    if (row.entry.usedByLatchkey)
        flags.append(tr("Latchkey's own"));
    return flags.join(QStringLiteral(", "));
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const AuditEntry &entry = row.entry;
    const AppPassword &password = entry.password;
    switch (role) {
    case FlaggedRole:
        return row.failed || entry.neverUsed || entry.stale || entry.duplicateName;
    case FailedRole:
        return row.failed;
    case UuidRole:
        return password.uuid;
    case SiteIdRole:
        return entry.siteId;
    case FilterTextRole: {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(data(this->index(index.row(), column)).toString());
        cells.append(entry.siteUrl);
        cells.append(password.appId);
        return cells.join(QLatin1Char('\n'));
    }
    case SortRole:
        switch (Column(index.column())) {
        case CreatedColumn:
            return password.created;
        case LastUsedColumn:
            // Never used sorts as the oldest.
            return password.lastUsed.isValid() ? password.lastUsed
                                               : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        case FlagsColumn:
            // The most flags first when sorted descending.
            return row.failed ? 10
                              : int(entry.neverUsed) + int(entry.stale) + int(entry.duplicateName);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SiteColumn:
            return entry.siteName;
        case UserColumn:
            return entry.userLogin;
        case NameColumn:
            return password.name;
        case CreatedColumn:
            return row.failed ? QString() : TimeText::day(password.created);
        case LastUsedColumn:
            if (row.failed)
                return QString();
            return password.lastUsed.isValid() ? TimeText::relative(password.lastUsed)
                                               : tr("never");
        case LastIpColumn:
            return password.lastIp;
        case FlagsColumn:
            return flagsText(index.row());
        case ResultColumn:
            return row.result;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (row.failed) {
            return row.problem.fix().isEmpty()
                       ? row.problem.message()
                       : tr("%1\n%2").arg(row.problem.message(), row.problem.fix());
        }
        if (index.column() == CreatedColumn && password.created.isValid())
            return TimeText::absolute(password.created);
        if (index.column() == LastUsedColumn && password.lastUsed.isValid())
            return TimeText::absolute(password.lastUsed);
        if (index.column() == NameColumn && !password.appId.isEmpty())
            return tr("App ID: %1").arg(password.appId);
        return {};
    case Qt::ForegroundRole:
        if (row.failed)
            return QColor(0xb7, 0x1c, 0x1c);
        if (!row.result.isEmpty())
            return row.resultOk ? QColor(Qt::gray) : QColor(0xb7, 0x1c, 0x1c);
        if (index.column() == FlagsColumn && (entry.neverUsed || entry.stale))
            return QColor(0xa0, 0x52, 0x00);
        return {};
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SiteColumn:
        return tr("Site");
    case UserColumn:
        return tr("User");
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case LastIpColumn:
        return tr("Last IP");
    case FlagsColumn:
        return tr("Flags");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

QString AuditModel::csvSafe(const QString &value)
{
    return SiteExport::spreadsheetSafe(value);
}

QString AuditModel::toCsv(const QList<int> &rows) const
{
    QStringList columns = AuditEntry::csvColumns();
    columns.append(QStringLiteral("problem"));
    QString csv = Csv::record(columns);
    for (const int index : rows) {
        const Row &row = m_rows.at(index);
        QStringList fields;
        if (row.failed) {
            fields.resize(columns.size());
            fields[0] = row.entry.siteName;
            fields[1] = row.entry.siteUrl;
            fields.last() = row.problem.message();
        } else {
            fields = row.entry.csvFields();
            fields.append(QString());
        }
        for (QString &field : fields)
            field = csvSafe(field);
        csv += Csv::record(fields);
    }
    return csv;
}

} // namespace Latchkey
