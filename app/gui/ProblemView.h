#pragma once

#include "Problem.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;

namespace Latchkey {

class SecretStore;

// A problem shown in place: what happened (bold), what to do, other possible causes, and the
// technical detail in small print. Hidden while there is no problem.
class ProblemView : public QFrame
{
    Q_OBJECT

public:
    explicit ProblemView(QWidget *parent = nullptr);

    void setProblem(const Problem &problem);
    void clear();
    Problem problem() const { return m_problem; }

    // Offers "Unlock keychain…" (unlockKeychainButton) while the problem is
    // keychain_unavailable: it asks secrets to unlock (the keychain may show its own prompt)
    // and, once unlocked, calls retry to do again what failed; when the unlock fails, its
    // problem is shown instead. Nothing else changes while the unlock is under way.
    void setUnlockAction(SecretStore *secrets, std::function<void()> retry);

private:
    void unlock();
    void updateUnlockButton();

    Problem m_problem;
    QLabel *m_message;
    QLabel *m_fix;
    QLabel *m_detail;
    QPushButton *m_unlock;
    QPointer<SecretStore> m_secrets;
    std::function<void()> m_retry;
    QObject *m_unlockContext = nullptr; // the pending unlock's answer dies with it
};

// Human names for the stable step names of checks and publish tests.
QString stepTitle(const QString &name);
// Human sentence for a problem code that is only a candidate ("could also be").
QString candidateText(ProblemCode code);

} // namespace Latchkey
