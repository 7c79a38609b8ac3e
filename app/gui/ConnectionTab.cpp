#include "ConnectionTab.h"

#include "CheckRunner.h"
#include "ProblemView.h"
#include "StepsView.h"
#include "TimeText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Latchkey {

ConnectionTab::ConnectionTab(AppServices services, CheckRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_runner(runner)
    , m_summary(new QLabel(this))
    , m_userInfo(new QLabel(this))
    , m_steps(new StepsView(this))
    , m_problem(new ProblemView(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("connectionTab"));
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_summary->setWordWrap(true);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    bigger.setBold(true);
    m_summary->setFont(bigger);
    m_userInfo->setObjectName(QStringLiteral("connectionUserInfo"));
    m_userInfo->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_cancel);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_userInfo);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_site)
            m_runner->check({m_site->id});
    });
    connect(m_cancel, &QPushButton::clicked, m_runner, &CheckRunner::cancelAll);
    connect(m_runner, &CheckRunner::started, this, &ConnectionTab::onStarted);
    connect(m_runner, &CheckRunner::stepFinished, this, &ConnectionTab::onStep);
    connect(m_runner, &CheckRunner::finished, this, &ConnectionTab::onFinished);
    setSite(std::nullopt);
}

void ConnectionTab::setSite(const std::optional<Site> &site)
{
    const bool sameSite = site && m_site && site->id == m_site->id;
    m_site = site;
    m_test->setEnabled(m_site.has_value());
    if (sameSite && m_runner->isRunning(m_site->id))
        return;
    m_steps->clearSteps();
    m_problem->clear();
    m_userInfo->clear();
    if (!m_site) {
        m_summary->clear();
        return;
    }
    const bool running = m_runner->isRunning(m_site->id);
    m_cancel->setVisible(running);
    m_test->setEnabled(!running);
    if (running) {
        m_summary->setText(tr("Testing the connection…"));
        return;
    }
    if (const std::optional<CheckResult> result = m_runner->lastResult(m_site->id))
        showResult(*result);
    else
        showStored();
}

void ConnectionTab::showStored()
{
    const LastCheck &last = m_site->lastCheck;
    if (!last.isValid()) {
        m_summary->setText(tr("Not tested yet. Press “Test connection” (F5) to check that "
                              "Latchkey can reach %1 and sign in.")
                               .arg(m_site->name));
        return;
    }
    m_summary->setText(
        last.ok
            ? tr("Worked when last tested, %1.").arg(TimeText::relative(last.at))
            : tr("Failed when last tested, %1: %2").arg(TimeText::relative(last.at), last.message));
    m_userInfo->setText(tr("Test again to see each step."));
}

void ConnectionTab::showResult(const CheckResult &result)
{
    m_steps->setSteps(result.steps);
    if (result.ok) {
        m_summary->setText(tr("✓ Latchkey can reach %1 and sign in.").arg(m_site->name));
        m_summary->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        m_problem->clear();
    } else {
        m_summary->setText(result.problem.code() == ProblemCode::Cancelled
                               ? tr("The test was cancelled.")
                               : tr("✗ The connection test failed."));
        m_summary->setStyleSheet(result.problem.code() == ProblemCode::Cancelled
                                     ? QString()
                                     : QStringLiteral("color: #b71c1c;"));
        if (result.problem.code() != ProblemCode::Cancelled)
            m_problem->setProblem(result.problem);
    }
    if (result.user.id != 0) {
        QStringList can;
        if (result.canPublishPosts)
            can.append(tr("publish posts"));
        else if (result.canEditPosts)
            can.append(tr("write posts (not publish)"));
        if (result.canEditUsers)
            can.append(tr("manage other users' passwords"));
        m_userInfo->setText(tr("Signed in as %1 (%2), roles: %3. May %4.")
                                .arg(result.user.username, result.user.name,
                                     result.user.roles.join(QStringLiteral(", ")),
                                     can.isEmpty() ? tr("only read") : can.join(tr(" and "))));
    }
}

void ConnectionTab::onStarted(const QString &siteId)
{
    if (!m_site || m_site->id != siteId)
        return;
    m_steps->clearSteps();
    m_problem->clear();
    m_userInfo->clear();
    m_summary->setStyleSheet(QString());
    m_summary->setText(tr("Testing the connection…"));
    m_steps->setRunning(tr("Working…"));
    m_test->setEnabled(false);
    m_cancel->show();
}

void ConnectionTab::onStep(const QString &siteId, const CheckStep &step)
{
    if (!m_site || m_site->id != siteId)
        return;
    m_steps->addStep(step);
    m_steps->setRunning(tr("Working…"));
}

void ConnectionTab::onFinished(const QString &siteId, const CheckResult &result)
{
    if (!m_site || m_site->id != siteId)
        return;
    m_test->setEnabled(true);
    m_cancel->hide();
    showResult(result);
}

} // namespace Latchkey
