#include "CliContext.h"

#include "SignalWatcher.h"
#include "fleet/BulkActivity.h"
#include "fleet/BulkRunner.h"
#include "secrets/SecretStore.h"
#include "sites/ActivityLog.h"
#include "sites/SiteStore.h"
#include "wordpress/UsersApi.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Latchkey {

CliContext::CliContext(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                       QTextStream &out, QTextStream &err)
    : m_network(network)
    , m_secrets(secrets)
    , m_sites(sites)
    , m_out(out)
    , m_err(err)
{}

QString CliContext::configDirectory() const
{
    return QFileInfo(m_sites->filePath()).absolutePath();
}

void CliContext::stopOnSignal(BulkRunner *runner, QObject *context)
{
    if (!m_signals)
        return;
    m_signals->arm();
    QObject::connect(m_signals, &SignalWatcher::interrupted, context, [this, runner](int signal) {
        m_err << QStringLiteral("\r\033[K")
              << tr("%1 received: stopping. No new site is started; work under way finishes "
                    "its current step (again to quit at once).")
                     .arg(SignalWatcher::name(signal))
              << '\n';
        m_err.flush();
        runner->cancel();
    });
}

int CliContext::exitCodeAfter(const BulkRunner &runner, int exitCode)
{
    if (!m_signals || m_signals->received() == 0)
        return exitCode;
    int notStarted = 0;
    for (const std::optional<BulkSiteResult> &result : runner.results()) {
        if (!result || !result->started)
            ++notStarted;
    }
    m_err << tr("Interrupted by %1: %n site(s) done (%2 ok), %3 not started.", nullptr,
                int(runner.total() - notStarted))
                 .arg(SignalWatcher::name(m_signals->received()))
                 .arg(runner.okCount())
                 .arg(notStarted)
          << '\n';
    m_err.flush();
    return SignalWatcher::exitCodeFor(m_signals->received());
}

void CliContext::record(const BulkActivity &activity)
{
    ActivityLog log(configDirectory());
    if (const Problem problem = log.appendMany(activity.entries()))
        warn(tr("could not write the activity log: %1").arg(problem.toString()));
}

int CliContext::parse(QCommandLineParser &parser, const QStringList &args, const QString &synopsis,
                      int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        m_out << tr("Usage: latchkey-cli %1").arg(synopsis) << '\n';
        QString options = parser.helpText();
        // Qt's help starts with its own "Usage:" line; ours is more precise.
        options = options.mid(options.indexOf(QLatin1Char('\n')) + 1);
        m_out << options;
        m_out.flush();
        return ExitCode::Ok;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional))
        return usageError(tr("usage: latchkey-cli %1").arg(synopsis));
    return -1;
}

int CliContext::usageError(const QString &message)
{
    m_err << QStringLiteral("latchkey-cli: ") << message << '\n'
          << tr("Try \"latchkey-cli --help\".") << '\n';
    m_err.flush();
    return ExitCode::Usage;
}

int CliContext::fail(const Problem &problem)
{
    m_err << tr("error [%1]: %2").arg(problem.codeName(), problem.toString()) << '\n';
    if (!problem.candidates().isEmpty()) {
        m_err << tr("  could also be: %1").arg(problem.candidateNames().join(QStringLiteral(", ")))
              << '\n';
    }
    if (!problem.fix().isEmpty())
        m_err << tr("  what to do: %1").arg(problem.fix()) << '\n';
    m_err.flush();
    return ExitCode::Failed;
}

void CliContext::warn(const QString &message)
{
    m_err << tr("warning: %1").arg(message) << '\n';
    m_err.flush();
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

std::optional<Site> CliContext::resolveSite(const QString &selector, int &exitCode)
{
    const Result<Site> site = m_sites->resolve(selector);
    if (site)
        return *site;
    exitCode = site.problem().code() == ProblemCode::UnknownSite
                   ? fail(site.problem())
                   : usageError(site.problem().message());
    return std::nullopt;
}

Result<QString> CliContext::readPassword(const QString &prompt)
{
    std::string line;
#ifdef Q_OS_UNIX
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        m_err << prompt;
        m_err.flush();
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::getline(std::cin, line);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_err << '\n';
        m_err.flush();
    }
#else
    m_err << prompt;
    m_err.flush();
    std::getline(std::cin, line);
#endif
    QString password = QString::fromStdString(line).trimmed();
    std::fill(line.begin(), line.end(), '\0');
    if (password.isEmpty()) {
        return Problem(ProblemCode::InvalidInput,
                       tr("No application password was given on standard input."),
                       tr("Pipe it in, e.g. from a password manager: "
                          "\"pass show wp/site | latchkey-cli site add …\"."));
    }
    return password;
}

void CliContext::withEndpoint(const Site &site, QObject *context,
                              const std::function<void(Result<SiteEndpoint>)> &done)
{
    m_secrets->read(site.secretKey(), context, [site, done](const Result<QString> &password) {
        if (!password) {
            done(password.problem());
            return;
        }
        done(site.endpoint(*password));
    });
}

void CliContext::resolveUser(const Site &site, const SiteEndpoint &endpoint, const QString &user,
                             QObject *context, const std::function<void(Result<UserRef>)> &done)
{
    if (user.isEmpty() || user.compare(site.userLogin, Qt::CaseInsensitive) == 0 ||
        user == QStringLiteral("me")) {
        done(UserRef::me());
        return;
    }
    bool isNumber = false;
    const int id = user.toInt(&isNumber);
    if (isNumber) {
        if (id <= 0) {
            done(Problem(ProblemCode::InvalidInput, tr("A user id is a positive number.")));
            return;
        }
        done(id == site.userId ? UserRef::me() : UserRef::byId(id));
        return;
    }
    const UsersApi users(WordPressClient(m_network, endpoint));
    users.findByLogin(user, context, [done](const Result<WpUser> &found) {
        if (!found) {
            done(found.problem());
            return;
        }
        done(UserRef::byId(found->id));
    });
}

} // namespace Latchkey
