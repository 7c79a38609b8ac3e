#include "StepsView.h"

#include "ProblemView.h"

#include <QHeaderView>

namespace Latchkey {

namespace {
constexpr int kRunningRole = Qt::UserRole + 1;
}

StepsView::StepsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("stepsView"));
    setColumnCount(4);
    setHeaderLabels({QString(), tr("Step"), tr("Time"), tr("Result")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::Fixed);
    header()->resizeSection(0, 28);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void StepsView::setSteps(const QList<CheckStep> &steps)
{
    clearSteps();
    for (const CheckStep &step : steps)
        addStep(step);
}

void StepsView::addStep(const CheckStep &step)
{
    removeRunning();
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, step.ok ? QStringLiteral("✓") : QStringLiteral("✗"));
    item->setForeground(0, step.ok ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd1, 0x3b, 0x3b));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setTextAlignment(0, Qt::AlignCenter);
    item->setData(0, Qt::AccessibleTextRole, step.ok ? tr("passed") : tr("failed"));
    item->setText(1, stepTitle(step.name));
    item->setData(1, Qt::UserRole, step.name);
    item->setText(2, tr("%1 ms").arg(step.ms));
    item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(3, step.detail);
    item->setToolTip(3, step.detail);
}

void StepsView::setRunning(const QString &text)
{
    removeRunning();
    auto *item = new QTreeWidgetItem(this);
    item->setText(0, QStringLiteral("…"));
    item->setTextAlignment(0, Qt::AlignCenter);
    item->setText(1, text);
    item->setData(0, kRunningRole, true);
    item->setForeground(1, palette().color(QPalette::PlaceholderText));
}

void StepsView::clearSteps()
{
    clear();
}

void StepsView::removeRunning()
{
    for (int i = topLevelItemCount() - 1; i >= 0; --i) {
        if (topLevelItem(i)->data(0, kRunningRole).toBool())
            delete takeTopLevelItem(i);
    }
}

} // namespace Latchkey
