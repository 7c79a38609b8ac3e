#include "Cli.h"

#include "AppIdentity.h"
#include "CheckCommands.h"
#include "FleetCommands.h"
#include "PasswordCommands.h"
#include "SiteCommands.h"
#include "sites/SiteStore.h"

namespace Latchkey {

Cli::Cli(CliContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

QString Cli::helpText()
{
    return tr("latchkey-cli: manage WordPress application passwords from scripts and cron.\n"
              "\n"
              "Usage:\n"
              "  %1\n"
              "  %2\n"
              "  %3\n"
              "  %4\n"
              "\n"
              "SITE is a site's name, id or URL. Passwords are read from standard input and kept "
              "in the system keychain; they are never accepted as arguments.\n"
              "Exit status: 0 success, 1 the operation failed (the problem code is on stderr or "
              "in the JSON), 2 usage error, 130/143 a command over many sites was stopped by "
              "Ctrl-C (SIGINT) or SIGTERM after what was under way reached a safe point.\n"
              "Run \"latchkey-cli COMMAND --help\" for a command's options.\n")
        .arg(SiteCommands::synopsis(), PasswordCommands::synopsis(), CheckCommands::synopsis(),
             FleetCommands::synopsis());
}

void Cli::run(const QStringList &args)
{
    const QString command = args.value(0);
    if (command.isEmpty() || command == QStringLiteral("--help") ||
        command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        m_context.out() << helpText();
        m_context.out().flush();
        Q_EMIT finished(command.isEmpty() ? ExitCode::Usage : ExitCode::Ok);
        return;
    }
    if (command == QStringLiteral("--version") || command == QStringLiteral("-v")) {
        m_context.out() << AppIdentity::versionReport(QStringLiteral("latchkey-cli"));
        m_context.out().flush();
        Q_EMIT finished(ExitCode::Ok);
        return;
    }
    CliCommand *group = nullptr;
    const QString sub = args.value(1);
    if (command == QStringLiteral("site") &&
        (sub == QStringLiteral("import") || sub == QStringLiteral("export")))
        group = new FleetCommands(m_context, this);
    else if (command == QStringLiteral("site"))
        group = new SiteCommands(m_context, this);
    else if (command == QStringLiteral("password") && FleetCommands::handlesPasswordCommand(args))
        group = new FleetCommands(m_context, this);
    else if (command == QStringLiteral("password"))
        group = new PasswordCommands(m_context, this);
    else if (command == QStringLiteral("audit"))
        group = new FleetCommands(m_context, this);
    else if (command == QStringLiteral("check") || command == QStringLiteral("publish-test"))
        group = new CheckCommands(m_context, this);
    if (!group) {
        Q_EMIT finished(m_context.usageError(tr("unknown command \"%1\"").arg(command)));
        return;
    }
    if (const Problem problem = m_context.sites()->load()) {
        Q_EMIT finished(m_context.fail(problem));
        return;
    }
    connect(group, &CliCommand::finished, this, &Cli::finished);
    group->run(args);
}

} // namespace Latchkey
