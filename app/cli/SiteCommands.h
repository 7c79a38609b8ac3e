#pragma once

#include "CliCommand.h"

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
    void connect(Site draft, const QString &password, const QString &verb);
};

} // namespace Latchkey
