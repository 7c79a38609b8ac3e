#pragma once

#include "CliCommand.h"
#include "wordpress/ConnectionCheck.h"

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
    void startNextChecks();
    void checkSite(qsizetype index);
    void recordResult(qsizetype index, const CheckResult &result);
    void finishChecks();

    QList<Site> m_queue;
    QList<std::optional<CheckResult>> m_results;
    qsizetype m_next = 0;
    int m_running = 0;
    int m_concurrency = 4;
    bool m_json = false;
};

} // namespace Latchkey
