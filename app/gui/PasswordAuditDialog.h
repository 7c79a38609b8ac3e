#pragma once

#include "AppServices.h"
#include "fleet/BulkRevoke.h"
#include "fleet/PasswordAudit.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Latchkey {

class AuditFilterProxyModel;
class AuditModel;
class BulkRunner;

// Site ▸ Audit Passwords…: lists every application password on the chosen sites (the selected
// ones, a group or tag, or all) with when it was created and last used and from where, flags
// the ones never used, unused for more than N days and names used twice by one user; filters,
// sorts, exports a CSV report, and revokes the selected passwords after a confirmation that
// lists exactly what goes where.
class PasswordAuditDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordAuditDialog(AppServices services, const QList<Site> &selected,
                        QWidget *parent = nullptr);
    ~PasswordAuditDialog() override;

    AuditModel *model() const { return m_model; }
    AuditFilterProxyModel *proxy() const { return m_proxy; }
    // Writes the rows shown (filtered, in the shown order) as CSV, atomically.
    Problem exportCsv(const QString &path) const;

    // Starts the audit (what the Audit button does).
    void startAudit();

private:
    QList<Site> scopeSites() const;
    void run(const QList<Site> &sites, bool revoke);
    void onSiteFinished(int index, const BulkSiteResult &result);
    void onFinished();
    void setBusy(bool busy);
    void updateButtons();
    void updateSummary();
    // Model rows of the selected passwords that may be revoked.
    QList<int> selectedRows() const;
    void confirmRevoke();
    void revoke(const QList<int> &rows);
    void chooseExportFile();

    AppServices m_services;
    QList<Site> m_selected;
    AuditModel *m_model;
    AuditFilterProxyModel *m_proxy;
    QComboBox *m_scope;
    QSpinBox *m_staleDays;
    QPushButton *m_audit;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QCheckBox *m_onlyFlagged;
    QLineEdit *m_filter;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_revoke;
    QPushButton *m_export;
    QPointer<BulkRunner> m_runner;
    bool m_revoking = false;
    QHash<QString, bool> m_allUsers;                    // site id -> the audit saw every user
    QHash<QString, QList<AuditEntry>> m_toRevoke;       // site id -> what this revoke is after
    QHash<QString, QList<RevokeItem>> m_revokeItems;    // site id -> what it did
    QHash<QString, QList<AuditEntry>> m_auditedEntries; // site id -> this run's entries
};

} // namespace Latchkey
