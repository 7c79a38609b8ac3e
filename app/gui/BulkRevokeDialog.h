#pragma once

#include "AppServices.h"
#include "fleet/BulkRevoke.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Latchkey {

class BulkRunner;

// Incident response (Site ▸ Revoke across sites…): pick sites (the selected ones, a group or
// tag, or all), say which passwords (exact name, name pattern or app id), preview exactly what
// would be revoked where (a dry run), then revoke exactly those after a confirmation, with a
// per-site result log. The password Latchkey itself uses is never revoked here.
class BulkRevokeDialog : public QDialog
{
    Q_OBJECT

public:
    BulkRevokeDialog(AppServices services, const QList<Site> &selected, QWidget *parent = nullptr);
    ~BulkRevokeDialog() override;

    // The number of passwords the last preview found (what "Revoke these N" revokes).
    int previewCount() const { return int(m_planned.size()); }

private:
    QList<Site> scopeSites() const;
    Result<RevokeFilter> makeFilter() const;
    void preview();
    void confirmRevoke();
    void revoke();
    void run(const QList<Site> &sites, const RevokeFilter &filter, bool dryRun);
    void onItems(const QString &siteId, const QList<RevokeItem> &items);
    void onSiteFinished(int index, const BulkSiteResult &result);
    void onFinished();
    void setBusy(bool busy);
    void inputChanged();
    void log(const QString &line);

    AppServices m_services;
    QList<Site> m_selected;
    QComboBox *m_scope;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QCheckBox *m_allUsers;
    QPushButton *m_preview;
    QPushButton *m_revoke;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableWidget *m_table;
    QProgressBar *m_progress;
    QPlainTextEdit *m_log;
    QPointer<BulkRunner> m_runner;
    bool m_dryRun = true;
    // From the last preview: site id -> the items it would revoke.
    QList<QPair<Site, RevokeItem>> m_planned;
    RevokeFilter m_previewFilter;
    QHash<QString, QList<RevokeItem>> m_items; // this run's items per site id
};

} // namespace Latchkey
