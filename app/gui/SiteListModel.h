#pragma once

#include "StatusBadge.h"
#include "sites/Site.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Latchkey {

class SiteStore;

// The site store as a table: name, address, user, group, status, last checked. Follows the
// store's changed() signal (also when latchkey-cli changed the file and the store reloaded).
class SiteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        UserColumn,
        GroupColumn,
        StatusColumn,
        LastCheckedColumn,
        ColumnCount
    };
    enum Role
    {
        SiteIdRole = Qt::UserRole + 1,
        SortRole,
        StatusRole, // SiteStatus as int
        SearchTextRole,
    };

    explicit SiteListModel(SiteStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Site siteAt(int row) const;
    int rowOf(const QString &siteId) const;
    SiteStatus statusOf(const Site &site) const;
    // A check is running for this site: shown as "Checking…".
    void setChecking(const QString &siteId, bool checking);

private:
    void reload();
    void indexRows();

    SiteStore *m_store;
    QList<Site> m_sites;
    QHash<QString, int> m_rows; // site id -> row: a bulk check looks up thousands of rows
    QSet<QString> m_checking;
};

} // namespace Latchkey
