#include "AuditFilterProxyModel.h"

#include "AuditModel.h"

namespace Latchkey {

AuditFilterProxyModel::AuditFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Flags change when the number of days does: keep the filter and the order up to date.
    setDynamicSortFilter(true);
}

void AuditFilterProxyModel::setOnlyFlagged(bool only)
{
    if (m_onlyFlagged == only)
        return;
    m_onlyFlagged = only;
    invalidateFilter();
}

void AuditFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_text == trimmed)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool AuditFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_onlyFlagged && !index.data(AuditModel::FlaggedRole).toBool())
        return false;
    if (!m_text.isEmpty() &&
        !index.data(AuditModel::FilterTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace Latchkey
