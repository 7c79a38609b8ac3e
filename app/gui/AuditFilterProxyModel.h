#pragma once

#include <QSortFilterProxyModel>

namespace Latchkey {

// Sorting and filtering of the audit table: "only flagged" (a site that could not be audited
// always counts as flagged) and a text that any cell, the site's address or the app id may
// contain (case-insensitive).
class AuditFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterProxyModel(QObject *parent = nullptr);

    void setOnlyFlagged(bool only);
    bool onlyFlagged() const { return m_onlyFlagged; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFlagged = false;
    QString m_text;
};

} // namespace Latchkey
