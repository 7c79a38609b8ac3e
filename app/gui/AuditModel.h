#pragma once

#include "fleet/PasswordAudit.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Latchkey {

// Every application password an audit found, one row each, plus one row per site the audit
// could not read (with the problem's sentence). The flags are the model's own, so changing the
// number of days re-flags without asking the sites again: never used, unused for more than N
// days, and a name used twice by the same user on the same WordPress (PasswordAudit::flag).
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SiteColumn,
        UserColumn,
        NameColumn,
        CreatedColumn,
        LastUsedColumn,
        LastIpColumn,
        FlagsColumn,
        ResultColumn,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // dates as QDateTime (never used sorts first), text lowered
        FlaggedRole,                 // bool: any flag, or a site that failed
        FailedRole,                  // bool: a site the audit could not read
        UuidRole,
        SiteIdRole,
        FilterTextRole, // every cell's text, for the text filter
    };

    explicit AuditModel(QObject *parent = nullptr);

    void clear();
    // Adds one site's audit. A password already listed through another entry on the same
    // WordPress (admin and author1) stays one row (PasswordAudit::merge).
    void addEntries(const QList<AuditEntry> &entries);
    // Latchkey's own passwords as the site list knows them (PasswordAudit::ownPasswords).
    void setOwnPasswords(const QSet<QString> &own) { m_own = own; }
    void addFailure(const QString &siteId, const QString &siteName, const QString &siteUrl,
                    const Problem &problem);
    // Re-flags every row (now: invalid means the current time).
    void setStaleDays(int days, const QDateTime &now = {});
    int staleDays() const { return m_staleDays; }
    // Shows what a revoke did to the password with this uuid on this site.
    void setResult(const QString &siteId, const QString &uuid, const QString &result, bool ok);

    bool isFailure(int row) const;
    // True once a revoke succeeded for the row (nothing left to revoke there).
    bool isRevoked(int row) const;
    // The entry of a password row (its flags as this model computed them).
    const AuditEntry &entry(int row) const;
    Problem failure(int row) const;
    int flaggedCount() const;
    int passwordCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString flagsText(int row) const;

    // A CSV report of these rows (model rows, in this order), safe to open in a spreadsheet.
    QString toCsv(const QList<int> &rows) const;
    // A CSV cell that a spreadsheet will not run as a formula: text starting with = + - @ (or a
    // tab or carriage return) gets a leading apostrophe.
    static QString csvSafe(const QString &value);

private:
    struct Row
    {
        AuditEntry entry;
        bool failed = false;
        Problem problem;
        QString result;
        bool resultOk = true;
    };

    void flag();

    QList<Row> m_rows;
    QSet<QString> m_own;
    int m_staleDays = 90;
    QDateTime m_now;
};

} // namespace Latchkey
