#pragma once

#include "CliCommand.h"
#include "fleet/BulkRunner.h"

#include <QElapsedTimer>

namespace Latchkey {

// Commands over many sites at once:
//   site import|export, audit, and password revoke --sites | rotate | reissue…
class FleetCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;

    static QString synopsis();
    // True when a "password …" command line belongs here rather than to PasswordCommands.
    static bool handlesPasswordCommand(const QStringList &args);

private:
    void importSites(const QStringList &args);
    void exportSites(const QStringList &args);
    void revoke(const QStringList &args);
    void rotate(const QStringList &args);
    void reissue(const QStringList &args, const QString &which);
    void reissueShow(const QStringList &args);
    void reissueStatus(const QStringList &args);
    void audit(const QStringList &args);

    // Parses --sites (or positional SITE for rotate) into sites; prints the problem.
    std::optional<QList<Site>> selectSites(const QString &selector, int &exitCode);
    std::optional<int> parseConcurrency(const QString &value, int &exitCode);
    QString configDirectory();

    // Runs factory over sites and prints each site's line (or nothing with json), a progress
    // line on a terminal, then calls report with the runner before it is deleted.
    void runBulk(const QList<Site> &sites, int concurrency, bool json,
                 BulkRunner::TaskFactory factory,
                 const std::function<void(const Site &, const BulkSiteResult &)> &printSite,
                 const std::function<int(BulkRunner &)> &report);

    Problem m_keychainProblem;
};

} // namespace Latchkey
