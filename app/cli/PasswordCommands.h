#pragma once

#include "CliCommand.h"

namespace Latchkey {

// latchkey-cli password list|create|rename|revoke
class PasswordCommands : public CliCommand
{
    Q_OBJECT

public:
    using CliCommand::CliCommand;
    void run(const QStringList &args) override;

    static QString synopsis();

private:
    // Parses SITE and --user, reads the site's password, resolves the user, then calls next.
    void prepare(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                 int minPositional, int maxPositional,
                 const std::function<void(const Site &, const SiteEndpoint &, UserRef)> &next);
    void list(const QStringList &args);
    void create(const QStringList &args);
    void rename(const QStringList &args);
    void revoke(const QStringList &args);
    // The Latchkey entries (by name and login) that sign in with one of uuids on this site's
    // WordPress: this entry when ownUuid is among them, and any other entry on it.
    QStringList entriesUsing(const Site &site, UserRef user, const QString &ownUuid,
                             const QStringList &uuids);
    void revokeEach(const Site &site, const SiteEndpoint &endpoint, UserRef user, QStringList uuids,
                    int failures);

    QCommandLineParser m_parser;
    QCommandLineOption m_userOption{QStringLiteral("user"),
                                    QStringLiteral("Another user of the site, by id or login "
                                                   "(administrators)."),
                                    QStringLiteral("ID|LOGIN")};
    QCommandLineOption m_jsonOption{QStringLiteral("json"), QStringLiteral("Print JSON.")};
};

} // namespace Latchkey
