#pragma once

#include "AppServices.h"
#include "fleet/BulkRunner.h"
#include "fleet/Reissue.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Latchkey {

// Site ▸ Re-issue an Integration's Password…, in two phases (ReissueTask):
//   1. "Issue": a new password next to each chosen site's NAME, kept in the keychain only;
//      the list then shows each site's new password name with a Copy button (the Clipboard
//      helper: concealed from clipboard history, cleared after a while). Nothing is exported.
//   2. "Revoke the Old Passwords…" once the user has put the new ones into the integration,
//      or "Cancel the Re-issue…" to revoke the new ones instead.
// Between the phases the re-issue is pending (reissue.json): the main window shows it and
// reopens this dialog with the name filled in.
class ReissueDialog : public QDialog
{
    Q_OBJECT

public:
    ReissueDialog(AppServices services, const QList<Site> &selected, const QString &pendingName,
                  QWidget *parent = nullptr);
    ~ReissueDialog() override;

    // Pending re-issues of name, waiting for phase 2 (issued, not yet finished or cancelled).
    static QList<ReissueEntry> pendingEntries(const AppServices &services, const QString &name);

Q_SIGNALS:
    // A run issued, finished or cancelled something: the pending list changed.
    void pendingChanged();

protected:
    // Closing while work runs stops it first and closes once every site reached a safe point.
    void reject() override;

private:
    void issue();
    void confirmFinish();
    void confirmAbandon();
    void run(const QList<Site> &sites, ReissueTask::Mode mode);
    void onSiteFinished(int index, const BulkSiteResult &result);
    void onFinished();
    void refreshPending();
    void copyPassword(const QString &siteId);
    void setBusy(bool busy);
    QList<Site> pendingSites() const;

    AppServices m_services;
    QList<Site> m_selected;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QPushButton *m_issue;
    QLabel *m_pendingLabel;
    QTableWidget *m_table;
    QPushButton *m_finish;
    QPushButton *m_abandon;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPlainTextEdit *m_log;
    QPointer<BulkRunner> m_runner;
    bool m_closeWhenStopped = false;
    ReissueTask::Mode m_mode = ReissueTask::Mode::Issue;
};

} // namespace Latchkey
