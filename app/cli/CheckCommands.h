#pragma once

#include "CliCommand.h"
#include "fleet/BulkRunner.h"
#include "wordpress/ConnectionCheck.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <QJsonArray>

namespace Latchkey {

// latchkey-cli check, latchkey-cli publish-test
class CheckCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;

    static QString synopsis();

private:
    void check(const QStringList &args);
    void publishTest(const QStringList &args);
    void recordResult(qsizetype index, const CheckResult &result);
    // Writes the pending last-check outcomes to the site list in one go (bulk runs would
    // otherwise rewrite sites.json once per site).
    void flushOutcomes();
    void finishChecks();

    QList<Site> m_queue;
    QList<std::optional<CheckResult>> m_results;
    QHash<QString, CheckResult> m_unsaved; // by site id
    QTimer m_flushTimer;
    QElapsedTimer m_storeClock;
    qint64 m_storeMs = 0;
    int m_storeWrites = 0;
    BulkRunner *m_runner = nullptr;
    Problem m_keychainProblem;
    int m_concurrency = 4;
    int m_timeoutMs = 0;
    bool m_json = false;
    bool m_report = false;
    QStringList m_secrets; // per queued site, only to redact reports
};

} // namespace Latchkey
