#include "CheckCommands.h"

#include "sites/SiteStore.h"
#include "wordpress/PublishTest.h"

#include <QJsonArray>

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
    return QStringLiteral("check (SITE... | --all) [--concurrency N] [--json]\n"
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
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON array."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Sites checked at once (default 4)."),
                                         QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({all, json, concurrency});
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("Sites by name, id or URL."),
                                 QStringLiteral("[SITE...]"));
    const QString usage = QStringLiteral("check (SITE... | --all) [--concurrency N] [--json]\n"
                                         "Exits 0 only when every site is ok.");
    if (const int code = ctx().parse(parser, args, usage, 0, -1); code >= 0) {
        done(code);
        return;
    }
    const QStringList selectors = parser.positionalArguments();
    if (parser.isSet(all) == !selectors.isEmpty()) {
        done(ctx().usageError(tr("name the sites to check, or --all")));
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
    if (parser.isSet(all)) {
        m_queue = ctx().sites()->sites();
    } else {
        for (const QString &selector : selectors) {
            int exitCode = ExitCode::Ok;
            const std::optional<Site> site = ctx().resolveSite(selector, exitCode);
            if (!site) {
                done(exitCode);
                return;
            }
            m_queue.append(*site);
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
    startNextChecks();
}

void CheckCommands::startNextChecks()
{
    while (m_running < m_concurrency && m_next < m_queue.size())
        checkSite(m_next++);
    if (m_running == 0 && m_next >= m_queue.size())
        finishChecks();
}

void CheckCommands::checkSite(qsizetype index)
{
    ++m_running;
    const Site site = m_queue.at(index);
    ctx().withEndpoint(site, this, [this, index, site](const Result<SiteEndpoint> &endpoint) {
        if (!endpoint) {
            CheckResult result;
            result.problem = endpoint.problem();
            recordResult(index, result);
            return;
        }
        auto *check = new ConnectionCheck(ctx().network(), site.baseUrl, *endpoint, this);
        connect(check, &ConnectionCheck::finished, this,
                [this, index](const CheckResult &result) { recordResult(index, result); });
        check->start();
    });
}

void CheckCommands::recordResult(qsizetype index, const CheckResult &result)
{
    --m_running;
    m_results[index] = result;
    const Site &site = m_queue.at(index);
    const Result<Site> saved = ctx().sites()->modify(site.id, [&result](Site &stored) {
        stored.lastCheck = {QDateTime::currentDateTimeUtc(), result.ok,
                            result.ok ? QString() : result.problem.codeName(),
                            result.ok ? QString() : result.problem.message()};
    });
    if (!saved && saved.problem().code() != ProblemCode::UnknownSite)
        ctx().warn(tr("could not record the result: %1").arg(saved.problem().toString()));
    if (!m_json) {
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
    startNextChecks();
}

void CheckCommands::finishChecks()
{
    bool allOk = true;
    QJsonArray array;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        const CheckResult &result = *m_results.at(i);
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
    done(allOk ? ExitCode::Ok : ExitCode::Failed);
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
            connect(
                test, &PublishTest::finished, this,
                [this, asJson](const PublishTestResult &result) {
                    if (asJson)
                        ctx().printJson(result.toJson());
                    if (!result.ok) {
                        if (!asJson)
                            ctx().fail(result.problem);
                        if (result.postId != 0 && !result.cleanedUp) {
                            ctx().warn(
                                tr("the test post %1 could not be deleted; delete it in WordPress.")
                                    .arg(result.postId));
                        }
                        done(ExitCode::Failed);
                        return;
                    }
                    if (!asJson) {
                        ctx().out()
                            << tr("Created post %1 (%2), read it back%3.")
                                   .arg(result.postId)
                                   .arg(result.status,
                                        result.cleanedUp
                                            ? tr(" and deleted it")
                                            : tr("; kept at %1").arg(result.link.toString()))
                            << '\n';
                        ctx().out().flush();
                    }
                    done(ExitCode::Ok);
                });
            test->start();
        });
}

} // namespace Latchkey
