#include "ImportPreviewModel.h"

#include <QColor>

namespace Latchkey {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPlan(const ImportPlan &plan)
{
    beginResetModel();
    m_entries.clear();
    m_rowOfLine.clear();
    for (const ImportRow &row : plan.rows) {
        Entry entry;
        entry.row = row;
        entry.hadPassword = row.hasPassword();
        entry.row.password.clear();
        m_rowOfLine.insert(row.line, int(m_entries.size()));
        m_entries.append(entry);
    }
    endResetModel();
}

void ImportPreviewModel::setResult(const SiteImporter::RowResult &result)
{
    const int row = m_rowOfLine.value(result.line, -1);
    if (row < 0)
        return;
    Entry &entry = m_entries[row];
    entry.outcome = result.ok ? Imported : NotImported;
    entry.outcomeProblem = result.problem;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImportPreviewModel::markUnfinished(const Problem &problem)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.row.status != ImportRow::Status::Ready || entry.outcome != NotImportedYet)
            continue;
        entry.outcome = NotImported;
        entry.outcomeProblem = problem;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::statusText(const ImportRow &row)
{
    switch (row.status) {
    case ImportRow::Status::Ready:
        return tr("New");
    case ImportRow::Status::Duplicate:
        return row.duplicateOfLine > 0 ? tr("Repeated in the file") : tr("Already saved");
    case ImportRow::Status::Invalid:
        return tr("Invalid");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const ImportRow &row = entry.row;
    switch (role) {
    case StatusRole:
        return int(row.status);
    case OutcomeRole:
        return int(entry.outcome);
    case LineRole:
        return row.line;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case LineColumn:
            return row.line;
        case StatusColumn:
            if (entry.outcome == Imported)
                return tr("Imported");
            if (entry.outcome == NotImported)
                return tr("Not imported");
            return statusText(row);
        case NameColumn:
            return row.site.name;
        case UrlColumn:
            return row.site.baseUrl.isValid() ? row.site.baseUrl.toString() : QString();
        case UserColumn:
            return row.site.userLogin;
        case GroupColumn:
            return row.site.group;
        case PasswordColumn:
            return entry.hadPassword ? tr("yes") : QString();
        case DetailColumn:
            if (entry.outcome == NotImported)
                return entry.outcomeProblem.message();
            if (entry.outcome == Imported)
                return entry.hadPassword ? tr("Password stored in the keychain.")
                                         : tr("Saved without a password: connect it later.");
            return row.problem.message();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (entry.outcome == NotImported)
            return entry.outcomeProblem.fix().isEmpty() ? entry.outcomeProblem.message()
                                                        : entry.outcomeProblem.fix();
        if (row.problem && !row.problem.fix().isEmpty())
            return row.problem.fix();
        return {};
    case Qt::ForegroundRole:
        if (entry.outcome == NotImported || row.status == ImportRow::Status::Invalid)
            return QColor(0xb7, 0x1c, 0x1c);
        if (row.status == ImportRow::Status::Duplicate)
            return QColor(Qt::gray);
        if (entry.outcome == Imported)
            return QColor(0x1b, 0x5e, 0x20);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case LineColumn:
        return tr("Line");
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("Address");
    case UserColumn:
        return tr("User");
    case GroupColumn:
        return tr("Group");
    case PasswordColumn:
        return tr("Password");
    case DetailColumn:
        return tr("Details");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Latchkey
