#include "AppPasswordModel.h"

#include "AppIdentity.h"
#include "TimeText.h"

#include <QFont>
#include <QLocale>

namespace Latchkey {

AppPasswordModel::AppPasswordModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AppPasswordModel::setPasswords(const QList<AppPassword> &passwords,
                                    const QHash<QString, QStringList> &latchkeyEntries)
{
    beginResetModel();
    m_passwords = passwords;
    m_latchkeyEntries = latchkeyEntries;
    endResetModel();
}

void AppPasswordModel::clear()
{
    setPasswords({}, {});
}

AppPassword AppPasswordModel::passwordAt(int row) const
{
    return row >= 0 && row < m_passwords.size() ? m_passwords.at(row) : AppPassword();
}

int AppPasswordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_passwords.size());
}

int AppPasswordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppPasswordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppPassword &password = m_passwords.at(index.row());
    const QStringList entries = m_latchkeyEntries.value(password.uuid);
    const bool latchkeys = !entries.isEmpty();
    if (role == UuidRole)
        return password.uuid;
    if (role == IsLatchkeysRole)
        return latchkeys;
    if (role == Qt::FontRole && latchkeys) {
        QFont font;
        font.setBold(true);
        return font;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return latchkeys ? tr("%1 (used by Latchkey: %2)")
                                   .arg(password.name, entries.join(QStringLiteral(", ")))
                             : password.name;
        if (role == SortRole)
            return password.name;
        if (role == Qt::ToolTipRole && latchkeys) {
            return tr("Latchkey signs in to this WordPress with this password for %1: revoking "
                      "it disconnects that entry until it is reconnected.")
                .arg(entries.join(QStringLiteral(", ")));
        }
        break;
    case AppIdColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            if (password.appId == QLatin1String(AppIdentity::kAppId))
                return tr("Latchkey");
            return password.appId;
        }
        if (role == Qt::ToolTipRole)
            return password.appId;
        break;
    case CreatedColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(password.created.toLocalTime(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return TimeText::absolute(password.created);
        if (role == SortRole)
            return password.created;
        break;
    case LastUsedColumn:
        if (role == Qt::DisplayRole)
            return password.lastUsed.isValid() ? TimeText::day(password.lastUsed) : tr("never");
        if (role == Qt::ToolTipRole) {
            return tr("WordPress records this at most once a day, so it is accurate to about a "
                      "day.");
        }
        if (role == SortRole)
            return password.lastUsed;
        break;
    case LastIpColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return password.lastIp;
        break;
    default:
        break;
    }
    return {};
}

QVariant AppPasswordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == LastUsedColumn)
        return tr("WordPress records the last use at most once a day.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AppIdColumn:
        return tr("App");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used (about a day)");
    case LastIpColumn:
        return tr("Last IP");
    default:
        return {};
    }
}

} // namespace Latchkey
