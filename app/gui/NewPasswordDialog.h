#pragma once

#include "AppServices.h"
#include "wordpress/WpTypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Latchkey {

class ProblemView;

// Shows a freshly created application password exactly once: copy (concealed clipboard, cleared
// after a while), reveal, a plain "you will not see this again", and, for the site's own user,
// "use it for Latchkey" (stores it in the keychain). Whatever fails, the password stays on
// screen and copyable until the user closes the dialog.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    NewPasswordDialog(AppServices services, Site site, AppPassword password,
                      const QString &userLabel, bool canUseForLatchkey, QWidget *parent = nullptr);
    ~NewPasswordDialog() override;

    bool wasCopied() const { return m_copied; }
    bool isUsedByLatchkey() const { return m_stored; }

Q_SIGNALS:
    // Latchkey now uses this password for the site (keychain written, site saved).
    void latchkeyPasswordChanged(const QString &siteId);

public Q_SLOTS:
    void done(int result) override;

private:
    void copy();
    void useForLatchkey();
    void updateCountdown(int secondsLeft);

    AppServices m_services;
    Site m_site;
    AppPassword m_password;
    QLineEdit *m_field;
    QToolButton *m_reveal;
    QPushButton *m_copy;
    QLabel *m_copyStatus;
    QPushButton *m_useForLatchkey = nullptr;
    QLabel *m_latchkeyStatus;
    ProblemView *m_problem;
    QPushButton *m_done;
    bool m_copied = false;
    bool m_stored = false;
    bool m_storing = false;
    bool m_closeConfirmed = false;
};

} // namespace Latchkey
