#pragma once

#include "AppServices.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Latchkey {

// A banner in the main window while a re-issue waits for its second phase (the old passwords
// are still valid): says which integration on how many sites and reopens the dialog.
class PendingReissueBar : public QFrame
{
    Q_OBJECT

public:
    explicit PendingReissueBar(AppServices services, QWidget *parent = nullptr);

    // Re-reads reissue.json; hides the bar when nothing is pending.
    void refresh();
    QString pendingName() const { return m_name; }

Q_SIGNALS:
    void openRequested(const QString &name);

private:
    AppServices m_services;
    QLabel *m_text;
    QPushButton *m_open;
    QString m_name;
};

} // namespace Latchkey
