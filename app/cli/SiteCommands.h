#pragma once

#include "CliCommand.h"
#include "wordpress/ConnectionCheck.h"

namespace Latchkey {

// latchkey-cli site add|list|edit|reconnect|remove
class SiteCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;

    static QString synopsis();

private:
    void add(const QStringList &args);
    void list(const QStringList &args);
    void edit(const QStringList &args);
    void reconnect(const QStringList &args);
    void remove(const QStringList &args);
    // howToAccept: what to run to accept a proposed address, %1 standing for that address.
    void connect(Site draft, const QString &password, const QString &verb,
                 const QString &howToAccept);
    // Prints the problem; a cross-origin proposal also names the proposed address and says how
    // to accept it. Returns the exit code.
    int failWithProposal(const Problem &problem, const CheckResult &check,
                         const QString &howToAccept);
};

} // namespace Latchkey
