#pragma once

#include "AppServices.h"
#include "fleet/BulkRunner.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Latchkey {

// Site ▸ Rotate Latchkey's Password…: replaces the application password Latchkey itself uses
// on the chosen sites (RotationTask: temporary name → keychain → verify → revoke the old one
// → rename), after a confirmation, with progress, Stop, and one result line per site: rotated,
// or left on its old, still working password and why. Rotations an earlier run left
// unfinished (the journal) are settled in the same run.
class RotateDialog : public QDialog
{
    Q_OBJECT

public:
    RotateDialog(AppServices services, const QList<Site> &selected, QWidget *parent = nullptr);
    ~RotateDialog() override;

    // Finishes or rolls back what the rotation journal says an earlier run left unfinished
    // (as "latchkey-cli password rotate --resume" does), without any window; report gets one
    // sentence for the status bar when there was something to do. Entries whose owner process
    // still runs are left alone (a rotation latchkey-cli is running right now), and so are
    // entries without an owner (older versions) younger than ten minutes. Returns false when
    // there is nothing to settle.
    static bool resumeInterrupted(AppServices services, QObject *context,
                                  const std::function<void(const QString &message)> &report);
    // One line for people about a rotation's result.
    static QString describe(const BulkSiteResult &result);

protected:
    // Closing while work runs stops it first and closes once every site reached a safe point.
    void reject() override;

private:
    void confirmRotate();
    void rotate();
    void onSiteFinished(int index, const BulkSiteResult &result);
    void onFinished();
    void setBusy(bool busy);

    AppServices m_services;
    QList<Site> m_selected;
    QComboBox *m_scope;
    QLabel *m_steps;
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPointer<BulkRunner> m_runner;
    bool m_closeWhenStopped = false;
    QSet<QString> m_rotateIds; // the others in the run only settle an interrupted rotation
};

} // namespace Latchkey
