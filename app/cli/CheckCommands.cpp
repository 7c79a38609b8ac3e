#include "CheckCommands.h"

#include "diagnosis/DiagnosisReport.h"
#include "fleet/BulkActivity.h"
#include "fleet/FleetCheck.h"
#include "fleet/SiteSelector.h"
#include "sites/SiteStore.h"
#include "wordpress/PublishTest.h"

#include <QJsonArray>
#include <QSet>

namespace Latchkey {

namespace {

constexpr int kMaxConcurrency = 64;

QString describe(const CheckResult &result)
{
    QStringList facts;
    if (!result.user.roles.isEmpty())
        facts.append(result.user.roles.join(QStringLiteral(", ")));
    facts.append(result.canPublishPosts ? CliContext::tr("may publish")
                                        : CliContext::tr("may not publish"));
    if (result.canEditUsers)
        facts.append(CliContext::tr("manages users"));
    return facts.join(QStringLiteral("; "));
}

} // namespace

QString CheckCommands::synopsis()
{
    return QStringLiteral("check (SITE... | --all | --sites SELECTOR) [--concurrency N]\n"
                          "        [--timeout SECONDS] [--json | --report]\n"
                          "  publish-test SITE [--status draft|publish] [--keep] [--json]");
}

void CheckCommands::run(const QStringList &args)
{
    if (args.value(0) == QStringLiteral("publish-test"))
        publishTest(args);
    else
        check(args);
}

void CheckCommands::check(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption all(QStringLiteral("all"), tr("Check every site."));
    const QCommandLineOption sites(QStringLiteral("sites"),
                                   tr("Sites to check: all, group:NAME, tag:NAME or a "
                                      "comma-separated list."),
                                   QStringLiteral("SELECTOR"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON array."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Sites checked at once (default 4)."),
                                         QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up on a site after this many seconds."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Print a diagnosis report per site (secrets redacted)."));
    parser.addOptions({all, sites, json, concurrency, timeout, report});
    parser.addPositionalArgument(QStringLiteral("SITE"),
                                 tr("Sites by name, id or URL, or group:NAME, tag:NAME."),
                                 QStringLiteral("[SITE...]"));
    const QString usage =
        QStringLiteral("check (SITE... | --all | --sites SELECTOR) [--concurrency N]\n"
                       "      [--timeout SECONDS] [--json | --report]\n"
                       "Exits 0 only when every site is ok.");
    if (const int code = ctx().parse(parser, args, usage, 0, -1); code >= 0) {
        done(code);
        return;
    }
    const QStringList selectors = parser.positionalArguments();
    const int ways = int(parser.isSet(all)) + int(parser.isSet(sites)) + int(!selectors.isEmpty());
    if (ways != 1) {
        done(ctx().usageError(tr("name the sites to check, or --all, or --sites SELECTOR")));
        return;
    }
    bool numeric = false;
    m_concurrency = parser.value(concurrency).toInt(&numeric);
    if (!numeric || m_concurrency < 1 || m_concurrency > kMaxConcurrency) {
        done(
            ctx().usageError(tr("--concurrency takes a number from 1 to %1").arg(kMaxConcurrency)));
        return;
    }
    m_json = parser.isSet(json);
    m_report = parser.isSet(report);
    if (m_json && m_report) {
        done(ctx().usageError(tr("choose --json or --report")));
        return;
    }
    // --timeout is taken off the command line by Cli (every network command has it).
    m_timeoutMs = ctx().siteDeadlineMs();
    if (parser.isSet(all)) {
        m_queue = ctx().sites()->sites();
    } else if (parser.isSet(sites)) {
        const Result<QList<Site>> selected =
            SiteSelector::select(*ctx().sites(), parser.value(sites));
        if (!selected) {
            done(selected.problem().code() == ProblemCode::InvalidInput
                     ? ctx().usageError(selected.problem().toString())
                     : ctx().fail(selected.problem()));
            return;
        }
        m_queue = *selected;
    } else {
        QSet<QString> seen;
        for (const QString &selector : selectors) {
            QList<Site> found;
            if (selector.startsWith(QStringLiteral("group:")) ||
                selector.startsWith(QStringLiteral("tag:"))) {
                const Result<QList<Site>> selected = SiteSelector::select(*ctx().sites(), selector);
                if (!selected) {
                    done(ctx().fail(selected.problem()));
                    return;
                }
                found = *selected;
            } else {
                int exitCode = ExitCode::Ok;
                const std::optional<Site> site = ctx().resolveSite(selector, exitCode);
                if (!site) {
                    done(exitCode);
                    return;
                }
                found.append(*site);
            }
            for (const Site &site : std::as_const(found)) {
                if (!seen.contains(site.id)) {
                    seen.insert(site.id);
                    m_queue.append(site);
                }
            }
        }
    }
    if (m_queue.isEmpty()) {
        if (m_json)
            ctx().printJson(QJsonArray());
        else
            ctx().err() << tr("No sites to check.") << '\n';
        done(ExitCode::Ok);
        return;
    }
    m_results.resize(m_queue.size());
    // Outcomes are saved in batches: one write of the site list per second, not one per site.
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &CheckCommands::flushOutcomes);
    m_flushTimer.start();
    if (m_report)
        m_secrets.resize(m_queue.size());
    QNetworkAccessManager *network = ctx().network();
    m_runner = new BulkRunner(
        ctx().secrets(), m_queue,
        [this, network](const Site &site, const SiteEndpoint &endpoint) -> BulkTask * {
            const QString id = site.id;
            const qsizetype index = std::distance(
                m_queue.cbegin(), std::find_if(m_queue.cbegin(), m_queue.cend(),
                                               [&id](const Site &s) { return s.id == id; }));
            ConnectionCheck::Options options;
            options.timeoutMs = m_timeoutMs;
            if (site.lastCheck.ok && site.lastCheck.at.isValid() &&
                site.lastCheck.at.secsTo(QDateTime::currentDateTimeUtc()) <
                    ConnectionCheck::kRecentlyVerifiedSeconds)
                options.passwordEvidence = ConnectionCheck::PasswordEvidence::RecentlyVerified;
            auto *check = new FleetCheck(network, site, endpoint);
            check->setCheckOptions(options);
            if (m_report) {
                m_secrets[index] = endpoint.password;
                check->setFullCheck(true); // a report wants every exchange
            }
            connect(check, &FleetCheck::checked, this,
                    [this, index](const CheckResult &result) { recordResult(index, result); });
            return check;
        },
        this);
    m_runner->setConcurrency(m_concurrency);
    // Each check ends itself at m_timeoutMs with its steps; the runner's deadline is the
    // backstop for a check that would not.
    m_runner->setSiteDeadlineMs(m_timeoutMs + SiteDeadline::graceMs(m_timeoutMs));
    connect(
        m_runner, &BulkRunner::siteFinished, this, [this](int index, const BulkSiteResult &result) {
            if (m_results.at(index))
                return; // recorded from the check itself
            // No check ran: the password could not be read, or the run was cancelled.
            if (result.problem.code() == ProblemCode::KeychainUnavailable && !m_keychainProblem) {
                m_keychainProblem = result.problem;
                m_runner->cancel(); // the same for every site: say it once
            }
            CheckResult check;
            check.problem = result.problem;
            recordResult(index, check);
        });
    connect(m_runner, &BulkRunner::finished, this, &CheckCommands::finishChecks);
    ctx().stopOnSignal(m_runner, this);
    m_runner->start();
}

void CheckCommands::recordResult(qsizetype index, const CheckResult &result)
{
    if (index < 0 || index >= m_queue.size() || m_results.at(index))
        return;
    m_results[index] = result;
    const Site &site = m_queue.at(index);
    if (FleetCheck::isSiteOutcome(result))
        m_unsaved.insert(site.id, result);
    if (m_keychainProblem)
        return;
    if (!m_json && !m_report) {
        // Progressive output: a long --all run shows each site as soon as it is done.
        if (result.ok) {
            ctx().out() << tr("ok    %1 (%2): %3 (%4)")
                               .arg(site.name, site.baseUrl.toString(), result.user.username,
                                    describe(result))
                        << '\n';
        } else {
            ctx().out() << tr("FAIL  %1 (%2): [%3] %4")
                               .arg(site.name, site.baseUrl.toString(), result.problem.codeName(),
                                    result.problem.toString())
                        << '\n';
            if (!result.problem.candidates().isEmpty()) {
                ctx().out() << tr("      could also be: %1")
                                   .arg(result.problem.candidateNames().join(QStringLiteral(", ")))
                            << '\n';
            }
            if (!result.problem.fix().isEmpty())
                ctx().out() << tr("      what to do: %1").arg(result.problem.fix()) << '\n';
        }
        ctx().out().flush();
    }
}

void CheckCommands::flushOutcomes()
{
    if (m_unsaved.isEmpty())
        return;
    const QHash<QString, CheckResult> outcomes = std::exchange(m_unsaved, {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_storeClock.start();
    const Problem problem =
        ctx().sites()->modifyMany(outcomes.keys(), [&outcomes, &now](Site &stored) {
            FleetCheck::recordOutcome(stored, outcomes[stored.id], now);
        });
    m_storeMs += m_storeClock.elapsed();
    ++m_storeWrites;
    if (problem)
        ctx().warn(tr("could not record the results: %1").arg(problem.toString()));
}

void CheckCommands::finishChecks()
{
    m_flushTimer.stop();
    flushOutcomes();
    if (qEnvironmentVariableIsSet("LATCHKEY_TRACE_TIMING")) {
        const BulkRunner::Timing timing = m_runner->timing();
        ctx().err() << QStringLiteral("latchkey-timing: sites=%1 concurrency=%2 total_ms=%3 "
                                      "secret_reads=%4 secret_read_ms=%5 secret_stall_ms=%6 "
                                      "task_ms_sum=%7 store_writes=%8 store_ms=%9")
                           .arg(m_queue.size())
                           .arg(m_concurrency)
                           .arg(timing.totalMs)
                           .arg(timing.secretReads)
                           .arg(timing.secretReadMs)
                           .arg(timing.secretStallMs)
                           .arg(timing.tasksMs)
                           .arg(m_storeWrites)
                           .arg(m_storeMs)
                    << '\n';
        ctx().err().flush();
    }
    if (m_keychainProblem) {
        // The same for every site: each gets it in the JSON, stderr says it once.
        for (std::optional<CheckResult> &result : m_results) {
            if (!result || result->problem.code() == ProblemCode::Cancelled ||
                result->problem.code() == ProblemCode::KeychainUnavailable) {
                CheckResult unavailable;
                unavailable.problem = m_keychainProblem;
                result = unavailable;
            }
        }
    }
    bool allOk = true;
    QJsonArray array;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        const CheckResult result = m_results.at(i).value_or(CheckResult{});
        allOk = allOk && result.ok;
        QJsonObject object = result.toJson();
        object.insert(QStringLiteral("site"), m_queue.at(i).name);
        object.insert(QStringLiteral("site_id"), m_queue.at(i).id);
        object.insert(QStringLiteral("url"), m_queue.at(i).baseUrl.toString());
        if (!result.ok) {
            // The stable keys must be there even when the check never started.
            const QJsonObject problem = result.problem.toJson();
            for (auto it = problem.begin(); it != problem.end(); ++it)
                object.insert(it.key(), it.value());
            object.insert(QStringLiteral("ok"), false);
            if (!object.contains(QStringLiteral("user")))
                object.insert(QStringLiteral("user"), QJsonValue::Null);
            if (!object.contains(QStringLiteral("roles")))
                object.insert(QStringLiteral("roles"), QJsonArray());
            if (!object.contains(QStringLiteral("steps")))
                object.insert(QStringLiteral("steps"), QJsonArray());
        }
        array.append(object);
    }
    if (m_json)
        ctx().printJson(array);
    if (m_report) {
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            const Site &site = m_queue.at(i);
            DiagnosisReport::Context context;
            context.siteName = site.name;
            context.siteUrl = site.baseUrl;
            context.userLogin = site.userLogin;
            context.secrets = {m_secrets.value(i)};
            if (i > 0)
                ctx().out() << '\n';
            ctx().out() << DiagnosisReport::build(m_results.at(i).value_or(CheckResult{}), context)
                        << '\n';
        }
        m_secrets.clear();
        ctx().out().flush();
    }
    if (m_keychainProblem) {
        done(ctx().fail(m_keychainProblem));
        return;
    }
    BulkActivity activity(m_queue.size() == 1 ? QStringLiteral("connection_tested")
                                              : QStringLiteral("bulk_check"),
                          tr("Connection test"));
    activity.addAll(*m_runner);
    ctx().record(activity);
    done(ctx().exitCodeAfter(*m_runner, allOk ? ExitCode::Ok : ExitCode::Failed));
}

void CheckCommands::publishTest(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"), tr("draft (default) or publish."),
                                    QStringLiteral("STATUS"), QStringLiteral("draft"));
    const QCommandLineOption keep(QStringLiteral("keep"), tr("Keep the post afterwards."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({status, keep, json});
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    if (const int code = ctx().parse(
            parser, args,
            QStringLiteral("publish-test SITE [--status draft|publish] [--keep] [--json]"), 1, 1);
        code >= 0) {
        done(code);
        return;
    }
    const QString wanted = parser.value(status);
    if (wanted != QStringLiteral("draft") && wanted != QStringLiteral("publish")) {
        done(ctx().usageError(tr("--status takes draft or publish")));
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<Site> site =
        ctx().resolveSite(parser.positionalArguments().first(), exitCode);
    if (!site) {
        done(exitCode);
        return;
    }
    const bool asJson = parser.isSet(json);
    const bool keepPost = parser.isSet(keep);
    ctx().withEndpoint(
        *site, this, [this, wanted, asJson, keepPost](const Result<SiteEndpoint> &endpoint) {
            if (!endpoint) {
                if (asJson) {
                    QJsonObject object = endpoint.problem().toJson();
                    object.insert(QStringLiteral("ok"), false);
                    ctx().printJson(object);
                }
                done(ctx().fail(endpoint.problem()));
                return;
            }
            auto *test = new PublishTest(ctx().network(), *endpoint, wanted, keepPost, this);
            connect(test, &PublishTest::finished, this,
                    [this, asJson](const PublishTestResult &result) {
                        if (asJson)
                            ctx().printJson(result.toJson());
                        if (!result.ok) {
                            if (!asJson)
                                ctx().fail(result.problem);
                            // Says exactly what the test left behind, JSON or not.
                            if (result.postLeft())
                                ctx().warn(result.leftOnSiteText());
                            done(ExitCode::Failed);
                            return;
                        }
                        if (!asJson) {
                            ctx().out()
                                << (result.cleanedUp
                                        ? tr("Created post %1 (%2), read it back and deleted "
                                             "it.")
                                              .arg(result.postId)
                                              .arg(result.status)
                                        : tr("Created post %1 (%2) and read it back; kept at "
                                             "%3.")
                                              .arg(result.postId)
                                              .arg(result.status, result.link.toString()))
                                << ' ' << result.leftOnSiteText() << '\n';
                            ctx().out().flush();
                        }
                        done(ExitCode::Ok);
                    });
            test->start();
        });
}

} // namespace Latchkey
