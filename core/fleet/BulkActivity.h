#pragma once

#include "fleet/BulkRunner.h"
#include "sites/ActivityLog.h"

#include <QCoreApplication>

namespace Latchkey {

// What one bulk operation did, as activity entries: one per site that was worked on (sites
// cancelled before anything was sent are left out), each giving the whole run's counts and
// that site's own outcome, so every site's Activity tab tells the story on its own. Used by
// the GUI and the CLI alike.
class BulkActivity
{
    Q_DECLARE_TR_FUNCTIONS(BulkActivity)

public:
    // action: stable ("bulk_check", "bulk_revoke", "password_rotated", "reissue_issued", …);
    // operation: a translated phrase for people ("Connection test", "Rotation", …).
    BulkActivity(QString action, QString operation);

    void add(const Site &site, const BulkSiteResult &result);
    // Every result of the runner's last run (every site has one once finished()).
    void addAll(const BulkRunner &runner);

    int okCount() const { return m_ok; }
    int failedCount() const { return m_failed; }
    QList<ActivityEntry> entries() const;
    // Appends entries() to log with one write; warns (never fails the operation) on error.
    Problem appendTo(ActivityLog &log) const;

private:
    QString m_action;
    QString m_operation;
    QList<QPair<Site, BulkSiteResult>> m_results;
    int m_ok = 0;
    int m_failed = 0;
};

} // namespace Latchkey
