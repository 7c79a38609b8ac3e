#include "SiteListModel.h"

#include "TimeText.h"
#include "sites/SiteStore.h"

namespace Latchkey {

SiteListModel::SiteListModel(SiteStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_sites(store->sites())
{
    indexRows();
    connect(m_store, &SiteStore::changed, this, &SiteListModel::reload);
}

void SiteListModel::indexRows()
{
    m_rows.clear();
    m_rows.reserve(m_sites.size());
    for (int row = 0; row < m_sites.size(); ++row)
        m_rows.insert(m_sites.at(row).id, row);
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SiteStatus SiteListModel::statusOf(const Site &site) const
{
    if (m_checking.contains(site.id))
        return SiteStatus::Checking;
    if (!site.lastCheck.isValid())
        return SiteStatus::NotChecked;
    return site.lastCheck.ok ? SiteStatus::Ok : SiteStatus::Problem;
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &site = m_sites.at(index.row());
    const SiteStatus status = statusOf(site);
    switch (role) {
    case SiteIdRole:
        return site.id;
    case StatusRole:
        return int(status);
    case SearchTextRole:
        return QStringList{site.name, site.baseUrl.toString(), site.userLogin, site.group,
                           site.tags.join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    default:
        break;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return site.name;
        if (role == Qt::ToolTipRole)
            return site.baseUrl.toDisplayString();
        break;
    case UrlColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return site.baseUrl.toDisplayString();
        break;
    case UserColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return site.userLogin;
        break;
    case GroupColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return site.group;
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return StatusBadge::text(status);
        if (role == Qt::DecorationRole)
            return StatusBadge::icon(status);
        if (role == SortRole)
            return int(status);
        if (role == Qt::ToolTipRole && status == SiteStatus::Problem)
            return site.lastCheck.message;
        break;
    case LastCheckedColumn:
        if (role == Qt::DisplayRole)
            return site.lastCheck.isValid() ? TimeText::relative(site.lastCheck.at) : tr("never");
        if (role == Qt::ToolTipRole)
            return TimeText::absolute(site.lastCheck.at);
        if (role == SortRole)
            return site.lastCheck.at;
        break;
    default:
        break;
    }
    return {};
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("Address");
    case UserColumn:
        return tr("User");
    case GroupColumn:
        return tr("Group");
    case StatusColumn:
        return tr("Status");
    case LastCheckedColumn:
        return tr("Last checked");
    default:
        return {};
    }
}

Site SiteListModel::siteAt(int row) const
{
    return row >= 0 && row < m_sites.size() ? m_sites.at(row) : Site();
}

int SiteListModel::rowOf(const QString &siteId) const
{
    return m_rows.value(siteId, -1);
}

void SiteListModel::setChecking(const QString &siteId, bool checking)
{
    const bool changedState = checking ? !m_checking.contains(siteId) : m_checking.remove(siteId);
    if (checking)
        m_checking.insert(siteId);
    const int row = rowOf(siteId);
    // Only the status cell changes: a proxy sorted by another column need not re-sort.
    if (changedState && row >= 0)
        Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

namespace {

// What the list shows or filters on is the same (a cheap comparison: Site's operator== builds
// JSON, too slow for thousands of rows after every save of a bulk check's batch).
bool sameInList(const Site &a, const Site &b)
{
    return a.name == b.name && a.baseUrl == b.baseUrl && a.userLogin == b.userLogin &&
           a.group == b.group && a.tags == b.tags && a.lastCheck.at == b.lastCheck.at &&
           a.lastCheck.ok == b.lastCheck.ok && a.lastCheck.message == b.lastCheck.message;
}

} // namespace

void SiteListModel::reload()
{
    const QList<Site> &fresh = m_store->sites();
    // Same sites in the same order: only values changed, so keep selection and scroll position.
    bool sameRows = fresh.size() == m_sites.size();
    for (qsizetype i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_sites.at(i).id;
    if (sameRows) {
        // Signal only the rows that changed (a bulk check's batch changes a few hundred of
        // thousands): every signalled row is filtered and placed again by the sorting proxy.
        int first = -1;
        int last = -1;
        for (int row = 0; row < fresh.size(); ++row) {
            if (!sameInList(fresh.at(row), m_sites.at(row))) {
                if (first < 0)
                    first = row;
                last = row;
            }
        }
        m_sites = fresh;
        if (first >= 0)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
        return;
    }
    // Rows removed or added: tell views precisely so that selection survives elsewhere.
    beginResetModel();
    m_sites = fresh;
    indexRows();
    endResetModel();
}

} // namespace Latchkey
