#pragma once

#include "Problem.h"
#include "SiteDeadline.h"
#include "sites/Site.h"
#include "wordpress/SiteEndpoint.h"
#include "wordpress/WpTypes.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <functional>

class QNetworkAccessManager;

namespace Latchkey {

class BulkActivity;
class BulkRunner;
class SecretStore;
class SignalWatcher;
class SiteStore;

namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failed = 1;
inline constexpr int Usage = 2;
} // namespace ExitCode

// What every command needs: the injected services, the two output streams, and the shared
// chores (resolving SITE, reading the password, printing problems). Owned by main().
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
               QTextStream &out, QTextStream &err);

    QNetworkAccessManager *network() const { return m_network; }
    SecretStore *secrets() const { return m_secrets; }
    SiteStore *sites() const { return m_sites; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // The directory of sites.json (the journal, re-issues and the activity log live there).
    QString configDirectory() const;

    // --timeout SECONDS, taken off the command line by Cli for every command: each site's
    // overall deadline (SiteDeadline; default one minute). Bulk commands pass it to their
    // BulkRunner or SiteImporter; Cli enforces it on single-site commands as a whole.
    int siteDeadlineMs() const { return m_siteDeadlineMs; }
    void setSiteDeadlineMs(int milliseconds) { m_siteDeadlineMs = milliseconds; }

    // SIGINT/SIGTERM while runner runs: nothing new starts, work under way reaches a safe
    // point (rotations finish their step; the journal covers the rest), then the run ends.
    void stopOnSignal(BulkRunner *runner, QObject *context);
    // After the run: when a signal stopped it, prints what was done and returns 130/143;
    // otherwise returns exitCode.
    int exitCodeAfter(const BulkRunner &runner, int exitCode);
    void setSignalWatcher(SignalWatcher *watcher) { m_signals = watcher; }
    // Records a bulk operation in the activity log (a warning on failure, never fatal).
    void record(const BulkActivity &activity);

    // Parses a subcommand's arguments (args[0] is the subcommand's name). Prints help and
    // returns Ok, or prints the error and returns Usage; returns -1 to go on.
    int parse(QCommandLineParser &parser, const QStringList &args, const QString &synopsis,
              int minPositional, int maxPositional);

    int usageError(const QString &message);
    // "error [code]: message" and the fix on stderr; returns Failed.
    int fail(const Problem &problem);
    void warn(const QString &message);
    void printJson(const QJsonValue &value);

    // One site by name, id or URL; prints the problem (unknown_site is Failed, ambiguous Usage).
    std::optional<Site> resolveSite(const QString &selector, int &exitCode);

    // The application password from standard input, never from argv. On a terminal the prompt
    // goes to stderr and echo is off.
    Result<QString> readPassword(const QString &prompt);

    // Reads the site's password from the keychain and builds its endpoint.
    void withEndpoint(const Site &site, QObject *context,
                      const std::function<void(Result<SiteEndpoint>)> &done);

    // --user ID|LOGIN: the site's own user is "me"; a number is an id; another login is looked
    // up on the site (administrators only).
    void resolveUser(const Site &site, const SiteEndpoint &endpoint, const QString &user,
                     QObject *context, const std::function<void(Result<UserRef>)> &done);

private:
    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    SiteStore *m_sites;
    QTextStream &m_out;
    QTextStream &m_err;
    SignalWatcher *m_signals = nullptr;
    int m_siteDeadlineMs = SiteDeadline::kDefaultSeconds * 1000;
};

} // namespace Latchkey
