#pragma once

#include "Problem.h"

#include <QFrame>

class QLabel;

namespace Latchkey {

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

private:
    Problem m_problem;
    QLabel *m_message;
    QLabel *m_fix;
    QLabel *m_detail;
};

// Human names for the stable step names of checks and publish tests.
QString stepTitle(const QString &name);
// Human sentence for a problem code that is only a candidate ("could also be").
QString candidateText(ProblemCode code);

} // namespace Latchkey
