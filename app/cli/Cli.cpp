#include "Cli.h"

#include "AppIdentity.h"
#include "CheckCommands.h"
#include "FleetCommands.h"
#include "PasswordCommands.h"
#include "SiteCommands.h"
#include "SiteDeadline.h"
#include "sites/SiteStore.h"

#include <QTimer>

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
              "Every command that talks to a site takes --timeout SECONDS: the most time one "
              "site gets for the whole command (default %5); a site that has not finished by "
              "then ends with the problem \"timeout\".\n"
              "Run \"latchkey-cli COMMAND --help\" for a command's options.\n")
        .arg(SiteCommands::synopsis(), PasswordCommands::synopsis(), CheckCommands::synopsis(),
             FleetCommands::synopsis(), QString::number(SiteDeadline::kDefaultSeconds));
}

bool Cli::takeTimeoutOption(QStringList &args)
{
    const QString name = QStringLiteral("--timeout");
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &argument = args.at(i);
        if (argument == QStringLiteral("--"))
            break;
        QString value;
        if (argument == name) {
            if (i + 1 >= args.size()) {
                m_context.usageError(tr("--timeout takes a number of seconds"));
                return false;
            }
            value = args.takeAt(i + 1);
        } else if (argument.startsWith(name + QLatin1Char('='))) {
            value = argument.mid(name.size() + 1);
        } else {
            continue;
        }
        args.removeAt(i--);
        bool numeric = false;
        const int seconds = value.toInt(&numeric);
        if (!numeric || seconds < SiteDeadline::kMinSeconds ||
            seconds > SiteDeadline::kMaxSeconds) {
            m_context.usageError(tr("--timeout takes a number of seconds from %1 to %2")
                                     .arg(SiteDeadline::kMinSeconds)
                                     .arg(SiteDeadline::kMaxSeconds));
            return false;
        }
        m_context.setSiteDeadlineMs(seconds * 1000);
    }
    return true;
}

void Cli::finishOnce(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void Cli::run(const QStringList &arguments)
{
    QStringList args = arguments;
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
    if (!takeTimeoutOption(args)) {
        Q_EMIT finished(ExitCode::Usage);
        return;
    }
    CliCommand *group = nullptr;
    // One site's work is the whole command: the deadline is enforced here, around it.
    bool singleSite = false;
    const QString sub = args.value(1);
    if (command == QStringLiteral("site") &&
        (sub == QStringLiteral("import") || sub == QStringLiteral("export"))) {
        group = new FleetCommands(m_context, this);
    } else if (command == QStringLiteral("site")) {
        group = new SiteCommands(m_context, this);
        singleSite = true;
    } else if (command == QStringLiteral("password") &&
               FleetCommands::handlesPasswordCommand(args)) {
        group = new FleetCommands(m_context, this);
    } else if (command == QStringLiteral("password")) {
        group = new PasswordCommands(m_context, this);
        singleSite = true;
    } else if (command == QStringLiteral("audit")) {
        group = new FleetCommands(m_context, this);
    } else if (command == QStringLiteral("check") || command == QStringLiteral("publish-test")) {
        group = new CheckCommands(m_context, this);
        singleSite = command == QStringLiteral("publish-test");
    }
    if (!group) {
        Q_EMIT finished(m_context.usageError(tr("unknown command \"%1\"").arg(command)));
        return;
    }
    if (const Problem problem = m_context.sites()->load()) {
        Q_EMIT finished(m_context.fail(problem));
        return;
    }
    connect(group, &CliCommand::finished, this, &Cli::finishOnce);
    group->run(args);
    if (!singleSite || m_finished)
        return;
    // Armed once the command's synchronous part (reading a password from standard input) is
    // over. Ending the process stops what is under way: nothing more is sent to the site.
    const int deadlineMs = m_context.siteDeadlineMs();
    QTimer::singleShot(deadlineMs, this, [this, deadlineMs] {
        if (!m_finished)
            finishOnce(m_context.fail(SiteDeadline::exceeded(deadlineMs)));
    });
}

} // namespace Latchkey
