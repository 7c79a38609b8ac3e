#pragma once

#include "wordpress/WpTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace Latchkey {

// One user's application passwords: name, app id, created, last used (WordPress records it at
// most once a day), last IP. Those a Latchkey entry uses (this site's, or another entry's on the
// same WordPress) are marked with the entries' names.
class AppPasswordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AppIdColumn,
        CreatedColumn,
        LastUsedColumn,
        LastIpColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole,
        IsLatchkeysRole,
    };

    explicit AppPasswordModel(QObject *parent = nullptr);

    // latchkeyEntries: uuid -> the Latchkey entries that sign in with it ("Shop (admin)").
    void setPasswords(const QList<AppPassword> &passwords,
                      const QHash<QString, QStringList> &latchkeyEntries);
    void clear();
    const QList<AppPassword> &passwords() const { return m_passwords; }
    AppPassword passwordAt(int row) const;
    // The Latchkey entries that use this password; empty when none does.
    QStringList latchkeyEntries(const QString &uuid) const { return m_latchkeyEntries.value(uuid); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AppPassword> m_passwords;
    QHash<QString, QStringList> m_latchkeyEntries;
};

} // namespace Latchkey
