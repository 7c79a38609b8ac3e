#pragma once

#include "Problem.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Latchkey {

class ProblemView;

// Asks for a new application password's name (and, optionally, the app id of the application
// it is for). Stays open while the password is created, so a failure (a duplicate name, say) is
// shown here with the input kept.
class CreatePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    CreatePasswordDialog(const QString &userLabel, QWidget *parent = nullptr);

    QString name() const;
    QString appId() const;
    void setBusy(bool busy);
    void showProblem(const Problem &problem);

Q_SIGNALS:
    void createRequested(const QString &name, const QString &appId);

private:
    void submit();

    QLineEdit *m_name;
    QLineEdit *m_appId;
    QLabel *m_status;
    ProblemView *m_problem;
    QPushButton *m_create;
};

} // namespace Latchkey
