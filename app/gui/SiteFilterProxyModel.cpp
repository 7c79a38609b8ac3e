#include "SiteFilterProxyModel.h"

#include "SiteListModel.h"
#include "fleet/SiteSelector.h"

namespace Latchkey {

SiteFilterProxyModel::SiteFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(SiteListModel::SearchTextRole);
    setFilterKeyColumn(SiteListModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(SiteListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SiteFilterProxyModel::setGroupFilter(const QString &part)
{
    if (part == m_part)
        return;
    m_part = part;
    invalidateFilter();
}

void SiteFilterProxyModel::setStatusFilter(StatusFilter status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool SiteFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (m_part.isEmpty() && m_status == StatusFilter::Any)
        return true;
    const auto *sites = qobject_cast<const SiteListModel *>(sourceModel());
    if (!sites)
        return true;
    const Site site = sites->siteAt(sourceRow);
    if (!m_part.isEmpty() && !SiteSelector::matchesPart(site, m_part))
        return false;
    switch (m_status) {
    case StatusFilter::Any:
        return true;
    case StatusFilter::Ok:
        return site.lastCheck.isValid() && site.lastCheck.ok;
    case StatusFilter::Problem:
        return site.lastCheck.isValid() && !site.lastCheck.ok;
    case StatusFilter::NotChecked:
        return !site.lastCheck.isValid();
    }
    return true;
}

} // namespace Latchkey
