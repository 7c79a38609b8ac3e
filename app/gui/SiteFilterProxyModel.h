#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace Latchkey {

// The site list's filters on top of SiteListModel: the search text (the base class's fixed
// string on SearchTextRole), a group or tag ("group:NAME" / "tag:NAME", as SiteSelector spells
// them; empty for all) and a status (ok, problem, not checked). A site being checked keeps the
// status of its last check, so rows do not jump while a bulk check runs.
class SiteFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        Any,
        Ok,
        Problem,
        NotChecked,
    };

    explicit SiteFilterProxyModel(QObject *parent = nullptr);

    void setGroupFilter(const QString &part);
    QString groupFilter() const { return m_part; }
    void setStatusFilter(StatusFilter status);
    StatusFilter statusFilter() const { return m_status; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_part;
    StatusFilter m_status = StatusFilter::Any;
};

} // namespace Latchkey
