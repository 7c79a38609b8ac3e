#include "SiteCommands.h"

#include "sites/SiteAddressChange.h"
#include "sites/SiteConnector.h"
#include "sites/SiteRemoval.h"
#include "sites/SiteStore.h"
#include "wordpress/SiteUrl.h"

#include <QJsonArray>

namespace Latchkey {

namespace {

QJsonObject siteJson(const Site &site)
{
    QJsonObject object = site.toJson();
    // Sites are addressed by name in scripts; keep both spellings a script expects.
    object.insert(QStringLiteral("url"), site.baseUrl.toString());
    return object;
}

QString checkSummary(const Site &site)
{
    if (!site.lastCheck.isValid())
        return CliContext::tr("not checked");
    const QString when =
        site.lastCheck.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return site.lastCheck.ok ? CliContext::tr("ok %1").arg(when)
                             : QStringLiteral("%1 %2").arg(site.lastCheck.problem, when);
}

} // namespace

QString SiteCommands::synopsis()
{
    return QStringLiteral(
        "site add URL --user LOGIN [--name NAME] [--group GROUP] [--allow-insecure-http]\n"
        "  site list [--json]\n"
        "  site edit SITE [--name NAME] [--url URL] [--group GROUP] [--tags T1,T2]\n"
        "            [--allow-insecure-http | --no-allow-insecure-http]\n"
        "            [--method-override on|off] [--trust-certificate SHA256|none]\n"
        "  site reconnect SITE [--user LOGIN]\n"
        "  site remove SITE [--revoke]");
}

void SiteCommands::run(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("add"))
        add(rest);
    else if (sub == QStringLiteral("list"))
        list(rest);
    else if (sub == QStringLiteral("edit"))
        edit(rest);
    else if (sub == QStringLiteral("reconnect"))
        reconnect(rest);
    else if (sub == QStringLiteral("remove"))
        remove(rest);
    else
        done(ctx().usageError(tr("usage: latchkey-cli %1").arg(synopsis())));
}

void SiteCommands::add(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), tr("WordPress user name (login)."),
                                  QStringLiteral("LOGIN"));
    const QCommandLineOption name(QStringLiteral("name"), tr("Name in Latchkey."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Group (client)."),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption insecure(
        QStringLiteral("allow-insecure-http"),
        tr("Allow sending the password over plain HTTP to this non-local site."));
    parser.addOptions({user, name, group, insecure});
    parser.addPositionalArgument(QStringLiteral("URL"), tr("The site's address."));
    const QString usage = QStringLiteral(
        "site add URL --user LOGIN [--name NAME] [--group GROUP] [--allow-insecure-http]\n"
        "The application password is read from standard input.");
    if (const int code = ctx().parse(parser, args, usage, 1, 1); code >= 0) {
        done(code);
        return;
    }
    if (!parser.isSet(user) || parser.value(user).trimmed().isEmpty()) {
        done(ctx().usageError(tr("--user LOGIN is required")));
        return;
    }
    const Result<QUrl> url = SiteUrl::normalize(parser.positionalArguments().first());
    if (!url) {
        done(ctx().fail(url.problem()));
        return;
    }
    Site draft;
    draft.baseUrl = *url;
    draft.userLogin = parser.value(user).trimmed();
    draft.name = parser.value(name).trimmed();
    draft.group = parser.value(group).trimmed();
    draft.allowInsecureHttp = parser.isSet(insecure);
    for (const Site &existing : ctx().sites()->sites()) {
        if (SiteUrl::origin(existing.baseUrl) == SiteUrl::origin(draft.baseUrl) &&
            existing.baseUrl.path() == draft.baseUrl.path() &&
            existing.userLogin.compare(draft.userLogin, Qt::CaseInsensitive) == 0) {
            done(ctx().fail(Problem(ProblemCode::DuplicateSite)
                                .withDetail(tr("saved as \"%1\"").arg(existing.name))
                                .withFix(tr("Use \"latchkey-cli site reconnect %1\" to give it a "
                                            "new password.")
                                             .arg(existing.name))));
            return;
        }
    }
    const Result<QString> password = ctx().readPassword(
        tr("Application password for %1 at %2: ").arg(draft.userLogin, url->toString()));
    if (!password) {
        done(ctx().fail(password.problem()));
        return;
    }
    const QString login = draft.userLogin;
    connect(draft, *password, tr("Added"),
            tr("run \"latchkey-cli site add %1 --user %2\"").arg(QStringLiteral("%1"), login));
}

void SiteCommands::connect(Site draft, const QString &password, const QString &verb,
                           const QString &howToAccept)
{
    auto *connector = new SiteConnector(ctx().network(), ctx().secrets(), ctx().sites(),
                                        std::move(draft), password, this);
    QObject::connect(connector, &SiteConnector::progress, this,
                     [this](const QString &step) { ctx().err() << step << '\n'; });
    QObject::connect(connector, &SiteConnector::finished, this,
                     [this, verb, howToAccept](const Result<Site> &site, const CheckResult &check) {
                         if (!site) {
                             done(failWithProposal(site.problem(), check, howToAccept));
                             return;
                         }
                         ctx().out() << tr("%1 \"%2\" (%3) as %4 [%5].")
                                            .arg(verb, site->name, site->baseUrl.toString(),
                                                 site->userLogin,
                                                 check.user.roles.join(QStringLiteral(", ")))
                                     << '\n';
                         ctx().out().flush();
                         done(ExitCode::Ok);
                     });
    connector->start();
}

void SiteCommands::list(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    if (const int code = ctx().parse(parser, args, QStringLiteral("site list [--json]"), 0, 0);
        code >= 0) {
        done(code);
        return;
    }
    const QList<Site> &sites = ctx().sites()->sites();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Site &site : sites)
            array.append(siteJson(site));
        ctx().printJson(array);
        done(ExitCode::Ok);
        return;
    }
    if (sites.isEmpty()) {
        ctx().err() << tr("No sites yet. Add one with \"latchkey-cli site add URL --user LOGIN\".")
                    << '\n';
        done(ExitCode::Ok);
        return;
    }
    const QStringList headers{tr("NAME"), tr("URL"), tr("USER"), tr("GROUP"), tr("LAST CHECK")};
    QList<QStringList> rows;
    for (const Site &site : sites) {
        rows.append(
            {site.name, site.baseUrl.toString(), site.userLogin, site.group, checkSummary(site)});
    }
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto printRow = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        ctx().out() << line.trimmed() << '\n';
    };
    printRow(headers);
    for (const QStringList &row : rows)
        printRow(row);
    ctx().out().flush();
    done(ExitCode::Ok);
}

void SiteCommands::edit(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tr("New name."), QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("url"), tr("New address (checked first)."),
                                 QStringLiteral("URL"));
    const QCommandLineOption group(QStringLiteral("group"), tr("Group; empty to clear."),
                                   QStringLiteral("GROUP"));
    const QCommandLineOption tags(QStringLiteral("tags"), tr("Comma-separated tags."),
                                  QStringLiteral("TAGS"));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-http"),
                                      tr("Allow plain HTTP to this non-local site."));
    const QCommandLineOption secure(QStringLiteral("no-allow-insecure-http"),
                                    tr("Withdraw the plain-HTTP opt-in."));
    const QCommandLineOption override(QStringLiteral("method-override"),
                                      tr("Send DELETE as POST with X-HTTP-Method-Override."),
                                      QStringLiteral("on|off"));
    const QCommandLineOption trust(QStringLiteral("trust-certificate"),
                                   tr("Trust exactly this certificate (SHA-256), or none."),
                                   QStringLiteral("SHA256"));
    parser.addOptions({name, url, group, tags, insecure, secure, override, trust});
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    if (const int code =
            ctx().parse(parser, args, synopsis().section(QLatin1Char('\n'), 2, 4).trimmed(), 1, 1);
        code >= 0) {
        done(code);
        return;
    }
    if (parser.isSet(insecure) && parser.isSet(secure)) {
        done(ctx().usageError(
            tr("--allow-insecure-http and --no-allow-insecure-http contradict each other")));
        return;
    }
    int exitCode = ExitCode::Ok;
    const std::optional<Site> site =
        ctx().resolveSite(parser.positionalArguments().first(), exitCode);
    if (!site) {
        done(exitCode);
        return;
    }
    const QString overrideValue = parser.value(override).toLower();
    if (parser.isSet(override) && overrideValue != QStringLiteral("on") &&
        overrideValue != QStringLiteral("off")) {
        done(ctx().usageError(tr("--method-override takes on or off")));
        return;
    }
    QString fingerprint = parser.value(trust).toLower().remove(QLatin1Char(':'));
    if (parser.isSet(trust) && fingerprint != QStringLiteral("none") &&
        !QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(fingerprint).hasMatch()) {
        done(ctx().usageError(tr("--trust-certificate takes a SHA-256 fingerprint (64 hex "
                                 "digits) or none")));
        return;
    }
    if (fingerprint == QStringLiteral("none"))
        fingerprint.clear();

    // Collected now: the parser does not outlive this function, the discovery below does.
    struct Changes
    {
        std::optional<QString> name, group, fingerprint;
        std::optional<QStringList> tags;
        std::optional<bool> insecure, methodOverride;
    } changes;
    if (parser.isSet(name))
        changes.name = parser.value(name);
    if (parser.isSet(group))
        changes.group = parser.value(group).trimmed();
    if (parser.isSet(tags)) {
        QStringList list;
        const QStringList parts = parser.value(tags).split(QLatin1Char(','));
        for (const QString &tag : parts) {
            if (!tag.trimmed().isEmpty() && !list.contains(tag.trimmed()))
                list.append(tag.trimmed());
        }
        changes.tags = list;
    }
    if (parser.isSet(insecure) || parser.isSet(secure))
        changes.insecure = parser.isSet(insecure);
    if (parser.isSet(override))
        changes.methodOverride = overrideValue == QStringLiteral("on");
    if (parser.isSet(trust))
        changes.fingerprint = fingerprint;

    const auto change = [changes](Site &stored) {
        stored.name = changes.name.value_or(stored.name);
        stored.group = changes.group.value_or(stored.group);
        stored.tags = changes.tags.value_or(stored.tags);
        stored.allowInsecureHttp = changes.insecure.value_or(stored.allowInsecureHttp);
        stored.useMethodOverride = changes.methodOverride.value_or(stored.useMethodOverride);
        stored.trustedCertificateSha256 =
            changes.fingerprint.value_or(stored.trustedCertificateSha256);
    };
    const auto report = [this, site](const Result<Site> &changed) {
        if (!changed) {
            done(ctx().fail(changed.problem()));
            return;
        }
        if (changed->allowInsecureHttp && !site->allowInsecureHttp &&
            !SiteUrl::isLoopbackHost(changed->baseUrl.host())) {
            ctx().warn(tr("the application password for \"%1\" may now travel unencrypted; "
                          "anyone on the network path can read and use it.")
                           .arg(changed->name));
        }
        ctx().out() << tr("Updated \"%1\".").arg(changed->name) << '\n';
        ctx().out().flush();
        done(ExitCode::Ok);
    };
    if (!parser.isSet(url)) {
        report(ctx().sites()->modify(site->id, change));
        return;
    }
    // A new address moves where the password goes: it must sign in there as the same
    // WordPress user before anything is saved (SiteAddressChange); otherwise nothing changes.
    Site checked = *site;
    change(checked);
    auto *addressChange = new SiteAddressChange(ctx().network(), ctx().secrets(), ctx().sites(),
                                                checked, parser.value(url), this);
    addressChange->setOtherChanges(change);
    QObject::connect(addressChange, &SiteAddressChange::progress, this,
                     [this](const QString &step) { ctx().err() << step << '\n'; });
    QObject::connect(
        addressChange, &SiteAddressChange::finished, this,
        [this, report, name = site->name](const Result<Site> &changed, const CheckResult &check) {
            if (!changed) {
                done(failWithProposal(changed.problem(), check,
                                      tr("run \"latchkey-cli site edit %1 --url %2\" instead")
                                          .arg(name, QStringLiteral("%1"))));
                return;
            }
            report(changed);
        });
    addressChange->start();
}

int SiteCommands::failWithProposal(const Problem &problem, const CheckResult &check,
                                   const QString &howToAccept)
{
    if (problem.code() != ProblemCode::CrossOriginRedirect || check.suggestedUrl.isEmpty())
        return ctx().fail(problem);
    // Discovery proposes, the user disposes: say where the site points and how to accept it.
    const QString proposed = SiteUrl::redacted(check.suggestedUrl);
    Problem withHint = problem;
    withHint.withFix(tr("If %1 is really this site's address, accept it: %2.")
                         .arg(proposed, howToAccept.arg(proposed)));
    const int code = ctx().fail(withHint);
    ctx().err() << tr("proposed address: %1").arg(proposed) << '\n';
    ctx().err().flush();
    return code;
}

void SiteCommands::reconnect(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Connect as another WordPress user from now on."),
                                  QStringLiteral("LOGIN"));
    parser.addOption(user);
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    if (const int code =
            ctx().parse(parser, args,
                        QStringLiteral("site reconnect SITE [--user LOGIN]\n"
                                       "The new application password is read from standard input."),
                        1, 1);
        code >= 0) {
        done(code);
        return;
    }
    int exitCode = ExitCode::Ok;
    std::optional<Site> site = ctx().resolveSite(parser.positionalArguments().first(), exitCode);
    if (!site) {
        done(exitCode);
        return;
    }
    if (parser.isSet(user))
        site->userLogin = parser.value(user).trimmed();
    const Result<QString> password =
        ctx().readPassword(tr("New application password for %1 at %2: ")
                               .arg(site->userLogin, site->baseUrl.toString()));
    if (!password) {
        done(ctx().fail(password.problem()));
        return;
    }
    connect(*site, *password, tr("Reconnected"),
            tr("change the site's address with \"latchkey-cli site edit %1 --url %2\", or "
               "remove the site and add it again with that address")
                .arg(site->name, QStringLiteral("%1")));
}

void SiteCommands::remove(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption revoke(
        QStringLiteral("revoke"), tr("Revoke Latchkey's application password on the site first."));
    parser.addOption(revoke);
    parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    if (const int code =
            ctx().parse(parser, args, QStringLiteral("site remove SITE [--revoke]"), 1, 1);
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
    auto *removal = new SiteRemoval(ctx().network(), ctx().secrets(), ctx().sites(), *site,
                                    parser.isSet(revoke), this);
    QObject::connect(removal, &SiteRemoval::progress, this,
                     [this](const QString &step) { ctx().err() << step << '\n'; });
    QObject::connect(removal, &SiteRemoval::finished, this,
                     [this, name = site->name](const Problem &problem, bool revoked) {
                         if (problem) {
                             ctx().fail(problem);
                             ctx().err() << tr("\"%1\" was not removed.").arg(name) << '\n';
                             done(ExitCode::Failed);
                             return;
                         }
                         ctx().out() << (revoked ? tr("Revoked Latchkey's password on \"%1\" and "
                                                      "removed the site.")
                                                       .arg(name)
                                                 : tr("Removed \"%1\".").arg(name))
                                     << '\n';
                         ctx().out().flush();
                         done(ExitCode::Ok);
                     });
    removal->start();
}

} // namespace Latchkey
