#pragma once

#include "wordpress/CheckStep.h"

#include <QTreeWidget>

namespace Latchkey {

// A list of check or publish steps: a tick or a cross, the step, how long it took, and what it
// found.
class StepsView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit StepsView(QWidget *parent = nullptr);

    void setSteps(const QList<CheckStep> &steps);
    void addStep(const CheckStep &step);
    // A step in progress (an hourglass), replaced by the next addStep().
    void setRunning(const QString &text);
    void clearSteps();

private:
    void removeRunning();
};

} // namespace Latchkey
