#pragma once

#include "wordpress/WpTypes.h"

#include <QAbstractTableModel>

namespace Latchkey {

// One user's application passwords: name, app id, created, last used (WordPress records it at
// most once a day), last IP. The one Latchkey itself uses is marked.
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

    void setPasswords(const QList<AppPassword> &passwords, const QString &latchkeysUuid);
    void clear();
    const QList<AppPassword> &passwords() const { return m_passwords; }
    AppPassword passwordAt(int row) const;
    QString latchkeysUuid() const { return m_latchkeysUuid; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AppPassword> m_passwords;
    QString m_latchkeysUuid;
};

} // namespace Latchkey
