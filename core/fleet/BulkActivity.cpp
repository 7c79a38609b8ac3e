#include "fleet/BulkActivity.h"

namespace Latchkey {

BulkActivity::BulkActivity(QString action, QString operation)
    : m_action(std::move(action))
    , m_operation(std::move(operation))
{}

void BulkActivity::add(const Site &site, const BulkSiteResult &result)
{
    if (!result.started && result.problem.code() == ProblemCode::Cancelled)
        return; // nothing was sent to this site
    m_results.append({site, result});
    if (result.ok)
        ++m_ok;
    else
        ++m_failed;
}

void BulkActivity::addAll(const BulkRunner &runner)
{
    for (qsizetype i = 0; i < runner.sites().size(); ++i) {
        if (const std::optional<BulkSiteResult> &result = runner.results().at(i))
            add(runner.sites().at(i), *result);
    }
}

QList<ActivityEntry> BulkActivity::entries() const
{
    const int total = m_ok + m_failed;
    const QString run = total == 1 ? m_operation
                                   : tr("%1 on %n site(s) (%2 ok, %3 failed)", nullptr, total)
                                         .arg(m_operation)
                                         .arg(m_ok)
                                         .arg(m_failed);
    QList<ActivityEntry> entries;
    entries.reserve(m_results.size());
    for (const auto &[site, result] : m_results) {
        ActivityEntry entry;
        entry.siteId = site.id;
        entry.action = m_action;
        entry.ok = result.ok;
        const QString outcome =
            result.ok ? result.summary
                      : tr("%1 [%2]").arg(result.problem.message(), result.problem.codeName());
        entry.summary = tr("%1: %2").arg(run, outcome);
        entries.append(entry);
    }
    return entries;
}

Problem BulkActivity::appendTo(ActivityLog &log) const
{
    const Problem problem = log.appendMany(entries());
    if (problem)
        qWarning("Activity log: %s", qPrintable(problem.toString()));
    return problem;
}

} // namespace Latchkey
