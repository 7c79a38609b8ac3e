#include "FleetCommands.h"

#include "fleet/BulkActivity.h"
#include "fleet/BulkRevoke.h"
#include "fleet/Csv.h"
#include "fleet/PasswordAudit.h"
#include "fleet/PasswordRotation.h"
#include "fleet/Reissue.h"
#include "fleet/RotationJournal.h"
#include "fleet/SiteImport.h"
#include "fleet/SiteSelector.h"
#include "secrets/SecretStore.h"
#include "sites/SiteStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Latchkey {

namespace {

constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("?");
    const qint64 seconds = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
                          : CliContext::tr("never");
}

QJsonObject siteResultJson(const Site &site, const BulkSiteResult &result)
{
    QJsonObject object{
        {QStringLiteral("site"), site.name},
        {QStringLiteral("site_id"), site.id},
        {QStringLiteral("url"), site.baseUrl.toString()},
        {QStringLiteral("ok"), result.ok},
        {QStringLiteral("problem"),
         result.problem ? QJsonValue(result.problem.codeName()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), result.problem ? result.problem.toString() : result.summary},
        {QStringLiteral("fix"), result.problem.fix()},
    };
    for (auto it = result.details.begin(); it != result.details.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

// A site a reissue-finish/-cancel skipped: nothing was pending there, nothing was sent.
QJsonObject skippedJson(const Site &site)
{
    return QJsonObject{
        {QStringLiteral("site"), site.name},
        {QStringLiteral("site_id"), site.id},
        {QStringLiteral("url"), site.baseUrl.toString()},
        {QStringLiteral("ok"), true},
        {QStringLiteral("skipped"), true},
        {QStringLiteral("problem"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("message"), CliContext::tr("nothing pending")},
        {QStringLiteral("fix"), QString()},
    };
}

void printSiteLine(QTextStream &out, const Site &site, const BulkSiteResult &result)
{
    if (result.ok) {
        out << CliContext::tr("ok    %1: %2").arg(site.name, result.summary) << '\n';
    } else {
        out << CliContext::tr("FAIL  %1: [%2] %3")
                   .arg(site.name, result.problem.codeName(), result.problem.toString())
            << '\n';
        if (!result.problem.fix().isEmpty())
            out << CliContext::tr("      what to do: %1").arg(result.problem.fix()) << '\n';
    }
}

} // namespace

QString FleetCommands::synopsis()
{
    return QStringLiteral(
        "site import FILE [--check] [--dry-run] [--concurrency N] [--json]\n"
        "  site export [--sites SELECTOR] [--json | --csv]\n"
        "  password revoke --sites SELECTOR (--name NAME | --name-like GLOB | --app-id UUID)\n"
        "                  [--all-users] [--dry-run] [--concurrency N] [--json]\n"
        "  password rotate (SITE | --sites SELECTOR | --resume) [--concurrency N] [--json]\n"
        "  password reissue --sites SELECTOR --name NAME [--json]\n"
        "  password reissue-show SITE NAME\n"
        "  password reissue-finish --sites SELECTOR --name NAME [--json]\n"
        "  password reissue-cancel --sites SELECTOR --name NAME [--json]\n"
        "  password reissue-status [--json]\n"
        "  audit [--sites SELECTOR] [--stale-days N] [--concurrency N] [--json | --csv]\n"
        "SELECTOR: all, group:NAME, tag:NAME, or SITE,SITE,… (names, ids or URLs).");
}

bool FleetCommands::handlesPasswordCommand(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QStringLiteral("rotate") || sub.startsWith(QStringLiteral("reissue")))
        return true;
    if (sub == QStringLiteral("revoke")) {
        return std::any_of(args.cbegin(), args.cend(), [](const QString &arg) {
            return arg == QStringLiteral("--sites") || arg.startsWith(QStringLiteral("--sites=")) ||
                   arg == QStringLiteral("-sites");
        });
    }
    return false;
}

void FleetCommands::run(const QStringList &args)
{
    const QString group = args.value(0);
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (group == QStringLiteral("audit"))
        audit(args);
    else if (group == QStringLiteral("site") && sub == QStringLiteral("import"))
        importSites(rest);
    else if (group == QStringLiteral("site") && sub == QStringLiteral("export"))
        exportSites(rest);
    else if (sub == QStringLiteral("revoke"))
        revoke(rest);
    else if (sub == QStringLiteral("rotate"))
        rotate(rest);
    else if (sub == QStringLiteral("reissue-show"))
        reissueShow(rest);
    else if (sub == QStringLiteral("reissue-status"))
        reissueStatus(rest);
    else if (sub == QStringLiteral("reissue") || sub == QStringLiteral("reissue-finish") ||
             sub == QStringLiteral("reissue-cancel"))
        reissue(rest, sub);
    else
        done(ctx().usageError(tr("usage: latchkey-cli %1").arg(synopsis())));
}

QString FleetCommands::configDirectory()
{
    return QFileInfo(ctx().sites()->filePath()).absolutePath();
}

std::optional<QList<Site>> FleetCommands::selectSites(const QString &selector, int &exitCode)
{
    const Result<QList<Site>> sites = SiteSelector::select(*ctx().sites(), selector);
    if (!sites) {
        exitCode = sites.problem().code() == ProblemCode::InvalidInput
                       ? ctx().usageError(sites.problem().toString())
                       : ctx().fail(sites.problem());
        return std::nullopt;
    }
    return *sites;
}

std::optional<int> FleetCommands::parseConcurrency(const QString &value, int &exitCode)
{
    bool numeric = false;
    const int concurrency = value.toInt(&numeric);
    if (!numeric || concurrency < 1 || concurrency > BulkRunner::kMaxConcurrency) {
        exitCode = ctx().usageError(
            tr("--concurrency takes a number from 1 to %1").arg(BulkRunner::kMaxConcurrency));
        return std::nullopt;
    }
    return concurrency;
}

void FleetCommands::runBulk(
    const QList<Site> &sites, int concurrency, bool json, BulkRunner::TaskFactory factory,
    const std::function<void(const Site &, const BulkSiteResult &)> &printSite,
    const std::function<int(BulkRunner &)> &report)
{
    auto *runner = new BulkRunner(ctx().secrets(), sites, std::move(factory), this);
    runner->setConcurrency(concurrency);
    runner->setSiteDeadlineMs(ctx().siteDeadlineMs());
    const bool showProgress = !json && stderrIsTerminal();
    connect(runner, &BulkRunner::siteFinished, this,
            [this, runner, json, showProgress, printSite](int index, const BulkSiteResult &result) {
                if (result.problem.code() == ProblemCode::KeychainUnavailable) {
                    // The same for every site: say it once and stop.
                    if (!m_keychainProblem) {
                        m_keychainProblem = result.problem;
                        runner->cancel();
                    }
                    return;
                }
                if (m_keychainProblem || json)
                    return;
                if (showProgress)
                    ctx().err() << QStringLiteral("\r\033[K");
                printSite(runner->sites().at(index), result);
                ctx().out().flush();
            });
    if (showProgress) {
        connect(runner, &BulkRunner::progress, this, [this](int doneCount, int total, qint64 eta) {
            ctx().err()
                << QStringLiteral("\r\033[K")
                << tr("%1/%2 done, about %3 left").arg(doneCount).arg(total).arg(duration(eta));
            ctx().err().flush();
        });
    }
    connect(runner, &BulkRunner::finished, this, [this, runner, showProgress, report] {
        if (showProgress) {
            ctx().err() << QStringLiteral("\r\033[K");
            ctx().err().flush();
        }
        if (qEnvironmentVariableIsSet("LATCHKEY_TRACE_TIMING")) {
            const BulkRunner::Timing timing = runner->timing();
            ctx().err() << QStringLiteral("latchkey-timing: sites=%1 concurrency=%2 total_ms=%3 "
                                          "secret_reads=%4 secret_read_ms=%5 "
                                          "secret_stall_ms=%6 task_ms_sum=%7")
                               .arg(runner->total())
                               .arg(runner->concurrency())
                               .arg(timing.totalMs)
                               .arg(timing.secretReads)
                               .arg(timing.secretReadMs)
                               .arg(timing.secretStallMs)
                               .arg(timing.tasksMs)
                        << '\n';
            ctx().err().flush();
        }
        if (m_keychainProblem) {
            done(ctx().fail(m_keychainProblem));
            return;
        }
        const int exitCode = report(*runner);
        done(ctx().exitCodeAfter(*runner, exitCode));
    });
    ctx().stopOnSignal(runner, this);
    runner->start();
}

// ---- site import / export ------------------------------------------------------------------

void FleetCommands::importSites(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Check each connection (network) before saving."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be imported; change nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Sites checked at once with --check (default 8)."),
                                         QStringLiteral("N"), QStringLiteral("8"));
    parser.addOptions({check, dryRun, json, concurrency});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("CSV file: url,user,name,group[,tags][,password]; - for "
                                    "standard input."));
    const QString usage = QStringLiteral(
        "site import FILE [--check] [--dry-run] [--concurrency N] [--json]\n"
        "Columns: url,user,name,group[,tags][,password] (a header row may name them in any "
        "order;\nrest_root is read too). Passwords go to the keychain only. Without --check "
        "nothing is\nsent over the network: run \"latchkey-cli check\" afterwards.");
    if (const int code = ctx().parse(parser, args, usage, 1, 1); code >= 0) {
        done(code);
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<int> parallel = parseConcurrency(parser.value(concurrency), exitCode);
    if (!parallel) {
        done(exitCode);
        return;
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool fromStdin = path == QStringLiteral("-");
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            done(ctx().fail(Problem::make(ProblemCode::InvalidInput, file.errorString())));
            return;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            done(ctx().fail(Problem(ProblemCode::InvalidInput,
                                    tr("Cannot read %1: %2").arg(path, file.errorString()))));
            return;
        }
    }
    const QByteArray data = file.read(kMaxImportBytes + 1);
    if (data.size() > kMaxImportBytes) {
        done(ctx().fail(Problem(ProblemCode::InvalidInput, tr("%1 is too large.").arg(path))));
        return;
    }
    const ImportPlan plan = SiteImport::plan(data, ctx().sites()->sites());
    if (plan.fileProblem) {
        done(ctx().fail(plan.fileProblem));
        return;
    }
    const bool asJson = parser.isSet(json);
    const bool checking = parser.isSet(check);
    const qsizetype invalid = plan.count(ImportRow::Status::Invalid);
    const qsizetype duplicates = plan.count(ImportRow::Status::Duplicate);
    const qsizetype ready = plan.count(ImportRow::Status::Ready);

    const auto rowJson = [](const ImportRow &row, const QString &status) {
        QJsonObject object{
            {QStringLiteral("line"), row.line},
            {QStringLiteral("status"), status},
            {QStringLiteral("name"), row.site.name},
            {QStringLiteral("url"), row.site.baseUrl.toString()},
            {QStringLiteral("user"), row.site.userLogin},
            {QStringLiteral("group"), row.site.group},
            {QStringLiteral("has_password"), row.hasPassword()},
            {QStringLiteral("problem"),
             row.problem ? QJsonValue(row.problem.codeName()) : QJsonValue(QJsonValue::Null)},
        };
        if (row.problem)
            object.insert(QStringLiteral("message"), row.problem.toString());
        return object;
    };
    // The rows that will not be imported, whatever happens next.
    QJsonArray skippedJson;
    for (const ImportRow &row : plan.rows) {
        if (row.status == ImportRow::Status::Ready)
            continue;
        const bool duplicate = row.status == ImportRow::Status::Duplicate;
        skippedJson.append(
            rowJson(row, duplicate ? QStringLiteral("duplicate") : QStringLiteral("invalid")));
        if (!asJson) {
            ctx().err() << (duplicate ? tr("line %1: skipped, duplicate [%2]: %3")
                                      : tr("line %1: not imported [%2]: %3"))
                               .arg(row.line)
                               .arg(row.problem.codeName(), row.problem.toString())
                        << '\n';
        }
    }
    ctx().err().flush();

    if (parser.isSet(dryRun)) {
        QJsonArray rows = skippedJson;
        for (const ImportRow &row : plan.rows) {
            if (row.status != ImportRow::Status::Ready)
                continue;
            rows.append(rowJson(row, QStringLiteral("would_add")));
            if (!asJson) {
                // Whole sentences per case: no translated piece is spliced into another.
                const QString line =
                    row.hasPassword()
                        ? tr("line %1: would add \"%2\" (%3 as %4), password to the keychain")
                        : tr("line %1: would add \"%2\" (%3 as %4)");
                ctx().out() << line.arg(row.line).arg(row.site.name, row.site.baseUrl.toString(),
                                                      row.site.userLogin)
                            << '\n';
            }
        }
        if (asJson) {
            ctx().printJson(
                QJsonObject{{QStringLiteral("dry_run"), true}, {QStringLiteral("rows"), rows}});
        } else {
            // One count per sentence: each takes its own plural form.
            ctx().out() << QStringList{tr("Dry run: %n site(s) would be added.", nullptr,
                                          int(ready)),
                                       tr("%n duplicate(s) skipped.", nullptr, int(duplicates)),
                                       tr("%n row(s) invalid.", nullptr, int(invalid))}
                               .join(QLatin1Char(' '))
                        << '\n';
        }
        ctx().out().flush();
        done(invalid > 0 ? ExitCode::Failed : ExitCode::Ok);
        return;
    }

    QHash<int, ImportRow> rowsByLine;
    for (const ImportRow &row : plan.rows) {
        ImportRow copy = row;
        copy.password.clear();
        rowsByLine.insert(row.line, copy);
    }
    auto *importer = new SiteImporter(ctx().network(), ctx().secrets(), ctx().sites(), plan.rows,
                                      checking, *parallel, this);
    importer->setSiteDeadlineMs(ctx().siteDeadlineMs());
    if (!asJson && checking && stderrIsTerminal()) {
        connect(importer, &SiteImporter::progress, this, [this](int count, int total) {
            ctx().err() << QStringLiteral("\r\033[K") << tr("%1/%2 checked").arg(count).arg(total);
            ctx().err().flush();
        });
    }
    const bool hadPasswords = plan.hasPasswordColumn;
    connect(importer, &SiteImporter::finished, this,
            [=](const QList<SiteImporter::RowResult> &results, const Problem &problem) {
                if (!asJson && checking && stderrIsTerminal())
                    ctx().err() << QStringLiteral("\r\033[K");
                if (problem && problem.code() != ProblemCode::Cancelled) {
                    if (hadPasswords && problem.code() == ProblemCode::KeychainUnavailable) {
                        ctx().err() << tr("Nothing was imported: the passwords could not be "
                                          "stored, and Latchkey never keeps them anywhere else.")
                                    << '\n';
                    }
                    done(ctx().fail(problem));
                    return;
                }
                QJsonArray rows = skippedJson;
                int added = 0;
                int failed = 0;
                int stored = 0;
                for (const SiteImporter::RowResult &result : results) {
                    const ImportRow row = rowsByLine.value(result.line);
                    QJsonObject object = rowJson(row, result.ok ? QStringLiteral("added")
                                                                : QStringLiteral("failed"));
                    object.insert(QStringLiteral("site_id"), result.siteId);
                    object.insert(QStringLiteral("password_stored"), result.passwordStored);
                    object.insert(QStringLiteral("checked"), result.checked);
                    if (result.problem) {
                        object.insert(QStringLiteral("problem"), result.problem.codeName());
                        object.insert(QStringLiteral("message"), result.problem.toString());
                    }
                    rows.append(object);
                    added += result.ok ? 1 : 0;
                    failed += result.ok ? 0 : 1;
                    stored += result.passwordStored ? 1 : 0;
                    if (asJson)
                        continue;
                    if (result.ok) {
                        const QString line =
                            result.checked
                                ? tr("line %1: added \"%2\" (%3 as %4), connection checked")
                            : result.passwordStored
                                ? tr("line %1: added \"%2\" (%3 as %4), password stored in "
                                     "the keychain")
                                : tr("line %1: added \"%2\" (%3 as %4), no password yet");
                        ctx().out() << line.arg(result.line)
                                           .arg(result.name, row.site.baseUrl.toString(),
                                                row.site.userLogin)
                                    << '\n';
                    } else {
                        ctx().out() << tr("line %1: FAILED \"%2\" [%3] %4")
                                           .arg(result.line)
                                           .arg(result.name, result.problem.codeName(),
                                                result.problem.toString())
                                    << '\n';
                    }
                }
                if (asJson) {
                    ctx().printJson(QJsonObject{{QStringLiteral("rows"), rows},
                                                {QStringLiteral("added"), added},
                                                {QStringLiteral("duplicates"), int(duplicates)},
                                                {QStringLiteral("invalid"), int(invalid)},
                                                {QStringLiteral("failed"), failed},
                                                {QStringLiteral("checked"), checking}});
                } else {
                    // One count per sentence: each takes its own plural form.
                    const QStringList summary{
                        tr("Imported %n site(s).", nullptr, added),
                        tr("%n password(s) stored in the keychain.", nullptr, stored),
                        tr("%n duplicate(s) skipped.", nullptr, int(duplicates)),
                        tr("%n row(s) invalid.", nullptr, int(invalid)),
                        tr("%n row(s) failed.", nullptr, failed)};
                    ctx().out() << summary.join(QLatin1Char(' ')) << '\n';
                    if (!checking && added > 0) {
                        ctx().out() << tr("No connection was checked (nothing was sent over the "
                                          "network). Check them with \"latchkey-cli check "
                                          "--all\".")
                                    << '\n';
                    }
                }
                ctx().out().flush();
                if (hadPasswords) {
                    ctx().warn(tr("%1 holds application passwords in plain text: delete it now "
                                  "(e.g. \"shred -u %1\"); Latchkey keeps them in the keychain.")
                                   .arg(fromStdin ? tr("the input") : path));
                }
                done(invalid > 0 || failed > 0 ? ExitCode::Failed : ExitCode::Ok);
            });
    importer->start();
}

void FleetCommands::exportSites(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON instead of CSV."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("CSV (the default)."));
    const QCommandLineOption sites(QStringLiteral("sites"), tr("Which sites (default all)."),
                                   QStringLiteral("SELECTOR"), QStringLiteral("all"));
    parser.addOptions({json, csv, sites});
    if (const int code =
            ctx().parse(parser, args,
                        QStringLiteral("site export [--sites SELECTOR] [--json | --csv]\n"
                                       "Never exports a secret."),
                        0, 0);
        code >= 0) {
        done(code);
        return;
    }
    if (parser.isSet(json) && parser.isSet(csv)) {
        done(ctx().usageError(tr("choose --json or --csv")));
        return;
    }
    int exitCode = ExitCode::Ok;
    std::optional<QList<Site>> selected;
    if (ctx().sites()->sites().isEmpty())
        selected = QList<Site>();
    else
        selected = selectSites(parser.value(sites), exitCode);
    if (!selected) {
        done(exitCode);
        return;
    }
    if (parser.isSet(json))
        ctx().out() << QString::fromUtf8(SiteExport::toJson(*selected));
    else
        ctx().out() << SiteExport::toCsv(*selected);
    ctx().out().flush();
    done(ExitCode::Ok);
}

// ---- password revoke --sites ---------------------------------------------------------------

void FleetCommands::revoke(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sites(QStringLiteral("sites"), tr("Which sites."),
                                   QStringLiteral("SELECTOR"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Exact password name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption nameLike(QStringLiteral("name-like"),
                                      tr("Name pattern (* any text, ? one character)."),
                                      QStringLiteral("GLOB"));
    const QCommandLineOption appId(QStringLiteral("app-id"), tr("The integration's app id."),
                                   QStringLiteral("UUID"));
    const QCommandLineOption allUsers(QStringLiteral("all-users"),
                                      tr("Every user's passwords (administrators)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be revoked where; revoke nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Sites at once (default 8)."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    parser.addOptions({sites, name, nameLike, appId, allUsers, dryRun, json, concurrency});
    const QString usage = QStringLiteral(
        "password revoke --sites SELECTOR (--name NAME | --name-like GLOB | --app-id UUID)\n"
        "                [--all-users] [--dry-run] [--concurrency N] [--json]\n"
        "Revokes the matching passwords on every selected site. Latchkey's own password is "
        "never\nrevoked this way (use \"password rotate\"). Try --dry-run first.");
    if (const int code = ctx().parse(parser, args, usage, 0, 0); code >= 0) {
        done(code);
        return;
    }
    const int kinds =
        int(parser.isSet(name)) + int(parser.isSet(nameLike)) + int(parser.isSet(appId));
    if (!parser.isSet(sites) || kinds != 1) {
        done(ctx().usageError(tr("usage: latchkey-cli %1").arg(usage)));
        return;
    }
    const RevokeFilter::Kind kind = parser.isSet(name)       ? RevokeFilter::Kind::Name
                                    : parser.isSet(nameLike) ? RevokeFilter::Kind::NameLike
                                                             : RevokeFilter::Kind::AppId;
    const QString wanted = parser.isSet(name)       ? parser.value(name)
                           : parser.isSet(nameLike) ? parser.value(nameLike)
                                                    : parser.value(appId);
    const Result<RevokeFilter> filter = RevokeFilter::make(kind, wanted, parser.isSet(allUsers));
    if (!filter) {
        done(ctx().usageError(filter.problem().toString()));
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<int> parallel = parseConcurrency(parser.value(concurrency), exitCode);
    const std::optional<QList<Site>> selected =
        parallel ? selectSites(parser.value(sites), exitCode) : std::nullopt;
    if (!selected) {
        done(exitCode);
        return;
    }
    const bool isDryRun = parser.isSet(dryRun);
    const bool asJson = parser.isSet(json);
    if (!asJson) {
        ctx().err() << (isDryRun ? tr("Dry run: passwords %1 on %n site(s):", nullptr,
                                      int(selected->size()))
                                 : tr("Revoking passwords %1 on %n site(s):", nullptr,
                                      int(selected->size())))
                           .arg(filter->describe())
                    << '\n';
        ctx().err().flush();
    }
    QNetworkAccessManager *network = ctx().network();
    const RevokeFilter &theFilter = *filter;
    runBulk(
        *selected, *parallel, asJson,
        [network, theFilter, isDryRun](const Site &site, const SiteEndpoint &endpoint) {
            return new RevokeTask(network, site, endpoint, theFilter, isDryRun);
        },
        [this](const Site &site, const BulkSiteResult &result) {
            QTextStream &out = ctx().out();
            printSiteLine(out, site, result);
            const QJsonArray matches = result.details.value(QStringLiteral("matches")).toArray();
            for (const QJsonValue value : matches) {
                const QJsonObject match = value.toObject();
                const QDateTime lastUsed = QDateTime::fromString(
                    match.value(QStringLiteral("last_used")).toString(), Qt::ISODate);
                out << QStringLiteral("      %1  %2  \"%3\"  %4  app %5  last used %6\n")
                           .arg(match.value(QStringLiteral("action")).toString().leftJustified(12),
                                match.value(QStringLiteral("user")).toString(),
                                match.value(QStringLiteral("name")).toString(),
                                match.value(QStringLiteral("uuid")).toString(),
                                match.value(QStringLiteral("app_id")).toString().isEmpty()
                                    ? QStringLiteral("-")
                                    : match.value(QStringLiteral("app_id")).toString(),
                                shortTime(lastUsed));
            }
        },
        [this, asJson, isDryRun, theFilter](BulkRunner &runner) {
            if (!isDryRun) {
                BulkActivity activity(
                    QStringLiteral("bulk_revoke"),
                    tr("Revoke across sites (passwords %1)").arg(theFilter.describe()));
                activity.addAll(runner);
                ctx().record(activity);
            }
            QJsonArray array;
            int matched = 0;
            int revoked = 0;
            int sitesWithMatches = 0;
            for (int i = 0; i < runner.sites().size(); ++i) {
                const BulkSiteResult &result = *runner.results().at(i);
                array.append(siteResultJson(runner.sites().at(i), result));
                const QJsonArray matches =
                    result.details.value(QStringLiteral("matches")).toArray();
                sitesWithMatches += matches.isEmpty() ? 0 : 1;
                for (const QJsonValue match : matches) {
                    const QString action =
                        match.toObject().value(QStringLiteral("action")).toString();
                    matched += action != QStringLiteral("skipped_own") ? 1 : 0;
                    revoked += action == QStringLiteral("revoked") ||
                                       action == QStringLiteral("already_gone")
                                   ? 1
                                   : 0;
                }
            }
            if (asJson) {
                ctx().printJson(array);
            } else {
                const QStringList sentences =
                    isDryRun
                        ? QStringList{tr("%n password(s) would be revoked.", nullptr, matched),
                                      tr("Matches on %1 of %n site(s).", nullptr,
                                         int(runner.sites().size()))
                                          .arg(sitesWithMatches),
                                      tr("%n site(s) failed.", nullptr, runner.failedCount())}
                        : QStringList{tr("%1 of %n matching password(s) revoked.", nullptr, matched)
                                          .arg(revoked),
                                      tr("Matches on %n site(s).", nullptr, sitesWithMatches),
                                      tr("%n site(s) failed.", nullptr, runner.failedCount())};
                ctx().out() << sentences.join(QLatin1Char(' ')) << '\n';
                ctx().out().flush();
            }
            return runner.failedCount() == 0 ? ExitCode::Ok : ExitCode::Failed;
        });
}

// ---- password rotate -----------------------------------------------------------------------

void FleetCommands::rotate(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sites(QStringLiteral("sites"), tr("Which sites."),
                                   QStringLiteral("SELECTOR"));
    const QCommandLineOption resume(
        QStringLiteral("resume"),
        tr("Only finish or roll back rotations an earlier run left unfinished."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Sites at once (default 4)."), QStringLiteral("N"),
                                         QStringLiteral("4"));
    parser.addOptions({sites, resume, json, concurrency});
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."),
                                 QStringLiteral("[SITE]"));
    const QString usage = QStringLiteral(
        "password rotate (SITE | --sites SELECTOR | --resume) [--concurrency N] [--json]\n"
        "Replaces the application password Latchkey uses on each site with a new one; an\n"
        "interrupted earlier rotation is finished or rolled back first.");
    if (const int code = ctx().parse(parser, args, usage, 0, 1); code >= 0) {
        done(code);
        return;
    }
    const bool hasSite = !parser.positionalArguments().isEmpty();
    if ((hasSite && parser.isSet(sites)) ||
        (!hasSite && !parser.isSet(sites) && !parser.isSet(resume))) {
        done(ctx().usageError(tr("usage: latchkey-cli %1").arg(usage)));
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<int> parallel = parseConcurrency(parser.value(concurrency), exitCode);
    if (!parallel) {
        done(exitCode);
        return;
    }
    QList<Site> selected;
    if (hasSite) {
        const std::optional<Site> site =
            ctx().resolveSite(parser.positionalArguments().first(), exitCode);
        if (!site) {
            done(exitCode);
            return;
        }
        selected.append(*site);
    } else if (parser.isSet(sites)) {
        const std::optional<QList<Site>> chosen = selectSites(parser.value(sites), exitCode);
        if (!chosen) {
            done(exitCode);
            return;
        }
        selected = *chosen;
    }
    const bool resumeOnly = parser.isSet(resume);
    // Unfinished rotations of other sites are settled too (resume only, no new rotation).
    const RotationJournal journal(configDirectory());
    const Result<QList<RotationEntry>> pending = journal.entries();
    if (!pending) {
        done(ctx().fail(pending.problem()));
        return;
    }
    QSet<QString> rotateIds;
    if (!resumeOnly) {
        for (const Site &site : std::as_const(selected))
            rotateIds.insert(site.id);
    }
    QSet<QString> included(rotateIds);
    QList<Site> work = resumeOnly ? QList<Site>() : selected;
    for (const RotationEntry &entry : *pending) {
        if (included.contains(entry.siteId))
            continue;
        if (const std::optional<Site> site = ctx().sites()->byId(entry.siteId)) {
            if (resumeOnly && !selected.isEmpty() &&
                std::none_of(selected.cbegin(), selected.cend(),
                             [&entry](const Site &s) { return s.id == entry.siteId; }))
                continue;
            if (!resumeOnly && entry.isOwnedByAnotherLiveProcess()) {
                // Not asked for, and not interrupted: another process is rotating it now.
                ctx().warn(tr("%1 is being rotated by another Latchkey process (%2); left alone.")
                               .arg(site->name, entry.owner.describe()));
                continue;
            }
            work.append(*site);
            included.insert(entry.siteId);
        } else {
            ctx().warn(tr("the rotation journal names a site that no longer exists (%1); "
                          "forgetting it.")
                           .arg(entry.siteId));
            RotationJournal(configDirectory()).remove(entry.siteId);
        }
    }
    if (work.isEmpty()) {
        ctx().err() << tr("No interrupted rotation.") << '\n';
        ctx().err().flush();
        if (parser.isSet(json))
            ctx().printJson(QJsonArray());
        done(ExitCode::Ok);
        return;
    }
    // Tests only: end the process right after a step, as a crash or kill there would; or
    // stop it there (a slow site, a stopped process) until the test removes a file.
    const QString exitAfter = qEnvironmentVariable("LATCHKEY_TEST_ROTATE_EXIT_AFTER");
    const QString pauseAfter = qEnvironmentVariable("LATCHKEY_TEST_ROTATE_PAUSE_AFTER");
    const QString pauseFile = qEnvironmentVariable("LATCHKEY_TEST_ROTATE_PAUSE_FILE");
    QNetworkAccessManager *network = ctx().network();
    SecretStore *secrets = ctx().secrets();
    SiteStore *store = ctx().sites();
    const QString directory = configDirectory();
    const bool asJson = parser.isSet(json);
    runBulk(
        work, *parallel, asJson,
        [=](const Site &site, const SiteEndpoint &endpoint) {
            auto *task = new RotationTask(network, secrets, store, directory, site, endpoint,
                                          !rotateIds.contains(site.id));
            if (!exitAfter.isEmpty() || (!pauseAfter.isEmpty() && !pauseFile.isEmpty())) {
                task->setStepObserver([exitAfter, pauseAfter, pauseFile](RotationTask::Step step) {
                    const QString name = RotationTask::stepName(step);
                    if (name == exitAfter) {
                        std::fflush(nullptr);
                        std::_Exit(70);
                    }
                    if (name == pauseAfter) {
                        // The whole process stands still, as a stopped one would.
                        QFile reached(pauseFile);
                        reached.open(QIODevice::WriteOnly);
                        reached.close();
                        while (QFile::exists(pauseFile))
                            QThread::msleep(20);
                    }
                });
            }
            return task;
        },
        [this](const Site &site, const BulkSiteResult &result) {
            printSiteLine(ctx().out(), site, result);
        },
        [this, asJson](BulkRunner &runner) {
            BulkActivity activity(QStringLiteral("password_rotated"),
                                  tr("Rotation of Latchkey's password"));
            activity.addAll(runner);
            ctx().record(activity);
            QJsonArray array;
            for (int i = 0; i < runner.sites().size(); ++i)
                array.append(siteResultJson(runner.sites().at(i), *runner.results().at(i)));
            if (asJson) {
                ctx().printJson(array);
            } else {
                ctx().out() << tr("%n site(s) done, %1 failed.", nullptr, runner.okCount())
                                   .arg(runner.failedCount())
                            << '\n';
                ctx().out().flush();
            }
            return runner.failedCount() == 0 ? ExitCode::Ok : ExitCode::Failed;
        });
}

// ---- password reissue ----------------------------------------------------------------------

void FleetCommands::reissue(const QStringList &args, const QString &which)
{
    QCommandLineParser parser;
    const QCommandLineOption sites(QStringLiteral("sites"), tr("Which sites."),
                                   QStringLiteral("SELECTOR"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The integration's password name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Sites at once (default 8)."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    parser.addOptions({sites, name, json, concurrency});
    const QString usage =
        which == QStringLiteral("reissue")
            ? QStringLiteral(
                  "password reissue --sites SELECTOR --name NAME [--json]\n"
                  "Issues a new password next to each site's NAME, kept in the keychain only "
                  "(show it with\n\"password reissue-show SITE NAME\"); the old ones stay until "
                  "\"password reissue-finish\".")
        : which == QStringLiteral("reissue-finish")
            ? QStringLiteral("password reissue-finish --sites SELECTOR --name NAME [--json]\n"
                             "Revokes the old passwords and gives the new one the name NAME.")
            : QStringLiteral("password reissue-cancel --sites SELECTOR --name NAME [--json]\n"
                             "Revokes the new passwords; the old ones stay.");
    if (const int code = ctx().parse(parser, args, usage, 0, 0); code >= 0) {
        done(code);
        return;
    }
    if (!parser.isSet(sites) || parser.value(name).trimmed().isEmpty()) {
        done(ctx().usageError(tr("usage: latchkey-cli %1").arg(usage)));
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<int> parallel = parseConcurrency(parser.value(concurrency), exitCode);
    const std::optional<QList<Site>> selected =
        parallel ? selectSites(parser.value(sites), exitCode) : std::nullopt;
    if (!selected) {
        done(exitCode);
        return;
    }
    const ReissueTask::Mode mode = which == QStringLiteral("reissue") ? ReissueTask::Mode::Issue
                                   : which == QStringLiteral("reissue-finish")
                                       ? ReissueTask::Mode::Finish
                                       : ReissueTask::Mode::Abandon;
    const QString integration = parser.value(name).trimmed();
    QNetworkAccessManager *network = ctx().network();
    SecretStore *secrets = ctx().secrets();
    const QString directory = configDirectory();
    const bool asJson = parser.isSet(json);
    QList<Site> work = *selected;
    QList<Site> skipped;
    if (mode != ReissueTask::Mode::Issue) {
        // Finishing or cancelling a site where nothing is pending is not a failure: skip it,
        // without a request, and say how many were skipped.
        const Result<QList<Site>> pending = ReissueStore(directory).sitesWithWork(
            *selected, integration, mode == ReissueTask::Mode::Abandon);
        if (!pending) {
            done(ctx().fail(pending.problem()));
            return;
        }
        work = *pending;
        for (const Site &site : *selected) {
            if (!std::any_of(work.cbegin(), work.cend(),
                             [&site](const Site &w) { return w.id == site.id; }))
                skipped.append(site);
        }
        if (!asJson && !skipped.isEmpty()) {
            ctx().out() << tr("Nothing pending for \"%1\" on %n site(s): skipped.", nullptr,
                              int(skipped.size()))
                               .arg(integration)
                        << '\n';
        }
        if (work.isEmpty()) {
            if (asJson) {
                QJsonArray array;
                for (const Site &site : std::as_const(skipped))
                    array.append(skippedJson(site));
                ctx().printJson(array);
            }
            done(ExitCode::Ok);
            return;
        }
    }
    runBulk(
        work, *parallel, asJson,
        [=](const Site &site, const SiteEndpoint &endpoint) {
            return new ReissueTask(network, secrets, directory, site, endpoint, mode, integration);
        },
        [this](const Site &site, const BulkSiteResult &result) {
            printSiteLine(ctx().out(), site, result);
        },
        [this, asJson, mode, integration, skipped](BulkRunner &runner) {
            const QString operation =
                mode == ReissueTask::Mode::Issue
                    ? tr("Re-issue of \"%1\": new password issued").arg(integration)
                : mode == ReissueTask::Mode::Finish
                    ? tr("Re-issue of \"%1\": old passwords revoked").arg(integration)
                    : tr("Re-issue of \"%1\" cancelled: new password revoked").arg(integration);
            BulkActivity activity(
                mode == ReissueTask::Mode::Issue    ? QStringLiteral("reissue_issued")
                : mode == ReissueTask::Mode::Finish ? QStringLiteral("reissue_finished")
                                                    : QStringLiteral("reissue_cancelled"),
                operation);
            activity.addAll(runner);
            ctx().record(activity);
            QJsonArray array;
            for (int i = 0; i < runner.sites().size(); ++i)
                array.append(siteResultJson(runner.sites().at(i), *runner.results().at(i)));
            for (const Site &site : skipped)
                array.append(skippedJson(site));
            if (asJson)
                ctx().printJson(array);
            return runner.failedCount() == 0 ? ExitCode::Ok : ExitCode::Failed;
        });
}

void FleetCommands::reissueShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The integration's password name."));
    if (const int code =
            ctx().parse(parser, args,
                        QStringLiteral("password reissue-show SITE NAME\n"
                                       "Prints the re-issued password (standard output, alone)."),
                        2, 2);
        code >= 0) {
        done(code);
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<Site> site =
        ctx().resolveSite(parser.positionalArguments().first(), exitCode);
    if (!site) {
        done(exitCode);
        return;
    }
    const QString name = parser.positionalArguments().at(1);
    const std::optional<ReissueEntry> entry = ReissueStore(configDirectory()).find(site->id, name);
    if (!entry || entry->issuing) {
        done(ctx().fail(
            Problem(ProblemCode::NotFound,
                    tr("No re-issued password \"%1\" is pending on \"%2\".").arg(name, site->name),
                    tr("See \"latchkey-cli password reissue-status\"."))));
        return;
    }
    ctx().secrets()->read(entry->keychainKey(), this,
                          [this, entry, site](const Result<QString> &secret) {
                              if (!secret) {
                                  done(ctx().fail(secret.problem()));
                                  return;
                              }
                              ctx().err() << tr("New password \"%1\" (%2) on \"%3\":")
                                                 .arg(entry->newName, entry->newUuid, site->name)
                                          << '\n';
                              ctx().err().flush();
                              ctx().out() << *secret << '\n';
                              ctx().out().flush();
                              done(ExitCode::Ok);
                          });
}

void FleetCommands::reissueStatus(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int code =
            ctx().parse(parser, args, QStringLiteral("password reissue-status [--json]"), 0, 0);
        code >= 0) {
        done(code);
        return;
    }
    const Result<QList<ReissueEntry>> entries = ReissueStore(configDirectory()).entries();
    if (!entries) {
        done(ctx().fail(entries.problem()));
        return;
    }
    QJsonArray array;
    for (const ReissueEntry &entry : *entries) {
        const std::optional<Site> site = ctx().sites()->byId(entry.siteId);
        QJsonObject object = entry.toJson();
        object.insert(QStringLiteral("site"), site ? site->name : QString());
        array.append(object);
        if (!parser.isSet(json)) {
            ctx().out() << tr("%1  \"%2\"  %3: new \"%4\" (%5) issued %6; %7 old to revoke")
                               .arg(site ? site->name : entry.siteId, entry.name,
                                    entry.issuing ? tr("INTERRUPTED") : tr("pending"),
                                    entry.newName, entry.newUuid,
                                    entry.issuedAt.toLocalTime().toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm")))
                               .arg(entry.oldUuids.size())
                        << '\n';
        }
    }
    if (parser.isSet(json))
        ctx().printJson(array);
    else if (entries->isEmpty())
        ctx().err() << tr("No re-issue is pending.") << '\n';
    ctx().out().flush();
    ctx().err().flush();
    done(ExitCode::Ok);
}

// ---- audit ---------------------------------------------------------------------------------

void FleetCommands::audit(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption sites(QStringLiteral("sites"), tr("Which sites (default all)."),
                                   QStringLiteral("SELECTOR"), QStringLiteral("all"));
    const QCommandLineOption staleDays(QStringLiteral("stale-days"),
                                       tr("Unused for more than N days is stale (default 90)."),
                                       QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print CSV."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Sites at once (default 8)."), QStringLiteral("N"),
                                         QStringLiteral("8"));
    parser.addOptions({sites, staleDays, json, csv, concurrency});
    const QString usage = QStringLiteral(
        "audit [--sites SELECTOR] [--stale-days N] [--concurrency N] [--json | --csv]\n"
        "Every application password of the connected user on each site, and of every user "
        "where\nthat user is an administrator; flags never used, stale and duplicate names.");
    if (const int code = ctx().parse(parser, args.mid(0), usage, 0, 0); code >= 0) {
        done(code);
        return;
    }
    if (parser.isSet(json) && parser.isSet(csv)) {
        done(ctx().usageError(tr("choose --json or --csv")));
        return;
    }
    bool numeric = false;
    const int days = parser.value(staleDays).toInt(&numeric);
    if (!numeric || days < 0) {
        done(ctx().usageError(tr("--stale-days takes a number of days")));
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<int> parallel = parseConcurrency(parser.value(concurrency), exitCode);
    const std::optional<QList<Site>> selected =
        parallel ? selectSites(parser.value(sites), exitCode) : std::nullopt;
    if (!selected) {
        done(exitCode);
        return;
    }
    const bool asJson = parser.isSet(json);
    const bool asCsv = parser.isSet(csv);
    QNetworkAccessManager *network = ctx().network();
    AuditOptions options;
    options.staleDays = days;
    auto entries = std::make_shared<QList<AuditEntry>>();
    runBulk(
        *selected, *parallel, asJson || asCsv,
        [network, options, entries, this](const Site &site, const SiteEndpoint &endpoint) {
            auto *task = new AuditTask(network, site, endpoint, options);
            connect(task, &AuditTask::audited, this,
                    [entries](const QString &, const QList<AuditEntry> &found, bool) {
                        entries->append(found);
                    });
            return task;
        },
        [this](const Site &site, const BulkSiteResult &result) {
            // The rows come at the end: entries on the same WordPress are merged first.
            if (!result.ok) {
                printSiteLine(ctx().out(), site, result);
                return;
            }
            if (result.details.value(QStringLiteral("users")).toString() != QStringLiteral("all")) {
                ctx().out() << tr("      (%1: only the connected user's passwords; it is not an "
                                  "administrator)")
                                   .arg(site.name)
                            << '\n';
            }
        },
        [this, asJson, asCsv, entries, options](BulkRunner &runner) {
            // One row per (WordPress, user, uuid), flagged once, as the GUI's audit shows them.
            *entries = PasswordAudit::merge(
                *entries, PasswordAudit::ownPasswords(ctx().sites()->sites()), options);
            if (asCsv) {
                ctx().out() << Csv::record(AuditEntry::csvColumns());
                for (const AuditEntry &entry : std::as_const(*entries))
                    ctx().out() << Csv::record(entry.csvFields());
            } else if (!asJson) {
                ctx().out() << tr("SITE / USER / NAME / CREATED / LAST USED / LAST IP / FLAGS")
                            << '\n';
                for (const AuditEntry &entry : std::as_const(*entries)) {
                    QStringList flags;
                    if (entry.neverUsed)
                        flags.append(QStringLiteral("never_used"));
                    if (entry.stale)
                        flags.append(QStringLiteral("stale"));
                    if (entry.duplicateName)
                        flags.append(QStringLiteral("duplicate_name"));
                    if (entry.usedByLatchkey)
                        flags.append(QStringLiteral("used_by_latchkey"));
                    ctx().out() << QStringLiteral("%1  %2  \"%3\"  %4  %5  %6  %7\n")
                                       .arg(entry.siteName, entry.userLogin, entry.password.name,
                                            shortTime(entry.password.created),
                                            shortTime(entry.password.lastUsed),
                                            entry.password.lastIp, flags.join(QLatin1Char(',')));
                }
            }
            QJsonArray failures;
            for (int i = 0; i < runner.sites().size(); ++i) {
                const BulkSiteResult &result = *runner.results().at(i);
                if (result.ok)
                    continue;
                failures.append(siteResultJson(runner.sites().at(i), result));
                if (asCsv) {
                    ctx().err() << tr("%1: [%2] %3")
                                       .arg(runner.sites().at(i).name, result.problem.codeName(),
                                            result.problem.toString())
                                << '\n';
                }
            }
            if (asJson) {
                QJsonArray passwords;
                for (const AuditEntry &entry : std::as_const(*entries))
                    passwords.append(entry.toJson());
                ctx().printJson(QJsonObject{{QStringLiteral("passwords"), passwords},
                                            {QStringLiteral("failed_sites"), failures}});
            } else if (!asCsv) {
                const auto count = [&entries](bool AuditEntry::*flag) {
                    return std::count_if(entries->cbegin(), entries->cend(),
                                         [flag](const AuditEntry &e) { return e.*flag; });
                };
                ctx().out()
                    << QStringList{tr("%n password(s) found.", nullptr, int(entries->size())),
                                   tr("Never used: %1, stale: %2, with a duplicate "
                                      "name: %3.")
                                       .arg(count(&AuditEntry::neverUsed))
                                       .arg(count(&AuditEntry::stale))
                                       .arg(count(&AuditEntry::duplicateName)),
                                   tr("%n site(s) audited, %1 failed.", nullptr, runner.okCount())
                                       .arg(runner.failedCount())}
                           .join(QLatin1Char(' '))
                    << '\n';
            }
            ctx().out().flush();
            ctx().err().flush();
            return runner.failedCount() == 0 ? ExitCode::Ok : ExitCode::Failed;
        });
}

} // namespace Latchkey
