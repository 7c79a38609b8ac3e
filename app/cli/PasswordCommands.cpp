#include "PasswordCommands.h"

#include "fleet/PasswordAudit.h"
#include "sites/SiteStore.h"
#include "wordpress/ApplicationPasswordsApi.h"

#include <QJsonArray>
#include <QUuid>

namespace Latchkey {

namespace {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : CliContext::tr("never");
}

} // namespace

QString PasswordCommands::synopsis()
{
    return QStringLiteral(
        "password list SITE [--user ID|LOGIN] [--json]\n"
        "  password create SITE NAME [--user ID|LOGIN] [--app-id UUID] [--json]\n"
        "  password rename SITE UUID NEW-NAME [--user ID|LOGIN]\n"
        "  password revoke SITE [--user ID|LOGIN] (UUID... | --all-passwords) [--yes]");
}

void PasswordCommands::run(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("list"))
        list(rest);
    else if (sub == QStringLiteral("create"))
        create(rest);
    else if (sub == QStringLiteral("rename"))
        rename(rest);
    else if (sub == QStringLiteral("revoke"))
        revoke(rest);
    else
        done(ctx().usageError(tr("usage: latchkey-cli %1").arg(synopsis())));
}

void PasswordCommands::prepare(
    QCommandLineParser &parser, const QStringList &args, const QString &usage, int minPositional,
    int maxPositional, const std::function<void(const Site &, const SiteEndpoint &, UserRef)> &next)
{
    parser.addOption(m_userOption);
    if (const int code = ctx().parse(parser, args, usage, minPositional, maxPositional);
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
    const QString user = parser.value(m_userOption).trimmed();
    ctx().withEndpoint(
        *site, this, [this, site = *site, user, next](const Result<SiteEndpoint> &endpoint) {
            if (!endpoint) {
                done(ctx().fail(endpoint.problem()));
                return;
            }
            ctx().resolveUser(site, *endpoint, user, this,
                              [this, site, endpoint = *endpoint, next](const Result<UserRef> &ref) {
                                  if (!ref) {
                                      done(ctx().fail(ref.problem()));
                                      return;
                                  }
                                  next(site, endpoint, *ref);
                              });
        });
}

void PasswordCommands::list(const QStringList &args)
{
    m_parser.addOption(m_jsonOption);
    m_parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    prepare(m_parser, args, QStringLiteral("password list SITE [--user ID|LOGIN] [--json]"), 1, 1,
            [this](const Site &site, const SiteEndpoint &endpoint, UserRef user) {
                const bool json = m_parser.isSet(m_jsonOption);
                const ApplicationPasswordsApi api(WordPressClient(ctx().network(), endpoint));
                api.list(
                    user, this, [this, json, site, user](const Result<QList<AppPassword>> &list) {
                        if (!list) {
                            done(ctx().fail(list.problem()));
                            return;
                        }
                        if (json) {
                            QJsonArray array;
                            for (const AppPassword &password : *list)
                                array.append(password.raw);
                            ctx().printJson(array);
                            done(ExitCode::Ok);
                            return;
                        }
                        QTextStream &out = ctx().out();
                        out << tr("%1  %2  %3  %4  %5")
                                   .arg(tr("UUID").leftJustified(36), tr("NAME").leftJustified(28),
                                        tr("CREATED").leftJustified(16),
                                        tr("LAST USED").leftJustified(16), tr("LAST IP"))
                            << '\n';
                        for (const AppPassword &password : *list) {
                            const bool ours = user.isMe() && password.uuid == site.passwordUuid;
                            out << tr("%1  %2  %3  %4  %5%6")
                                       .arg(password.uuid.leftJustified(36),
                                            password.name.leftJustified(28),
                                            shortTime(password.created).leftJustified(16),
                                            shortTime(password.lastUsed).leftJustified(16),
                                            password.lastIp.isEmpty() ? QStringLiteral("-")
                                                                      : password.lastIp,
                                            ours ? tr("  (used by Latchkey)") : QString())
                                << '\n';
                        }
                        if (list->isEmpty())
                            ctx().err() << tr("No application passwords.") << '\n';
                        out.flush();
                        done(ExitCode::Ok);
                    });
            });
}

void PasswordCommands::create(const QStringList &args)
{
    const QCommandLineOption appId(
        QStringLiteral("app-id"), tr("The integration's app id (a UUID)."), QStringLiteral("UUID"));
    m_parser.addOptions({appId, m_jsonOption});
    m_parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    m_parser.addPositionalArgument(QStringLiteral("NAME"), tr("Name of the new password."));
    prepare(m_parser, args,
            QStringLiteral("password create SITE NAME [--user ID|LOGIN] [--app-id UUID] [--json]\n"
                           "Prints the new password once, on standard output."),
            2, 2, [this, appId](const Site &site, const SiteEndpoint &endpoint, UserRef user) {
                const bool json = m_parser.isSet(m_jsonOption);
                const QString name = m_parser.positionalArguments().at(1);
                const ApplicationPasswordsApi api(WordPressClient(ctx().network(), endpoint));
                api.create(user, name, m_parser.value(appId), this,
                           [this, json, site](const Result<AppPassword> &created) {
                               if (!created) {
                                   done(ctx().fail(created.problem()));
                                   return;
                               }
                               if (json) {
                                   QJsonObject object = created->raw;
                                   object.insert(QStringLiteral("password"), created->password);
                                   ctx().printJson(object);
                               } else {
                                   ctx().err() << tr("Created \"%1\" (%2) on \"%3\". Copy it now: "
                                                     "it will not be shown again.")
                                                      .arg(created->name, created->uuid, site.name)
                                               << '\n';
                                   ctx().err().flush();
                                   ctx().out() << created->password << '\n';
                                   ctx().out().flush();
                               }
                               done(ExitCode::Ok);
                           });
            });
}

void PasswordCommands::rename(const QStringList &args)
{
    m_parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    m_parser.addPositionalArgument(QStringLiteral("UUID"), tr("The password's uuid."));
    m_parser.addPositionalArgument(QStringLiteral("NEW-NAME"), tr("Its new name."));
    prepare(m_parser, args, QStringLiteral("password rename SITE UUID NEW-NAME [--user ID|LOGIN]"),
            3, 3, [this](const Site &, const SiteEndpoint &endpoint, UserRef user) {
                const QStringList positional = m_parser.positionalArguments();
                const ApplicationPasswordsApi api(WordPressClient(ctx().network(), endpoint));
                api.rename(user, positional.at(1), positional.at(2), this,
                           [this](const Result<AppPassword> &renamed) {
                               if (!renamed) {
                                   done(ctx().fail(renamed.problem()));
                                   return;
                               }
                               ctx().out()
                                   << tr("Renamed %1 to \"%2\".").arg(renamed->uuid, renamed->name)
                                   << '\n';
                               ctx().out().flush();
                               done(ExitCode::Ok);
                           });
            });
}

void PasswordCommands::revoke(const QStringList &args)
{
    const QCommandLineOption all(QStringLiteral("all-passwords"),
                                 tr("Revoke every application password of the user."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Confirm revoking all passwords, or the one Latchkey uses."));
    m_parser.addOptions({all, yes});
    m_parser.addPositionalArgument(QStringLiteral("SITE"), tr("Name, id or URL of the site."));
    m_parser.addPositionalArgument(QStringLiteral("UUID"), tr("Passwords to revoke."),
                                   QStringLiteral("[UUID...]"));
    const QString usage = QStringLiteral(
        "password revoke SITE [--user ID|LOGIN] (UUID... | --all-passwords) [--yes]\n"
        "Revoking all passwords, or the one Latchkey itself uses, needs --yes.");
    // Check the arguments before anything touches the keychain or the network.
    QCommandLineParser check;
    check.addOptions({all, yes, m_userOption});
    if (check.parse(args)) {
        const qsizetype uuids = check.positionalArguments().size() - 1;
        if (check.isSet(all) && uuids > 0) {
            done(ctx().usageError(tr("give either UUIDs or --all-passwords, not both")));
            return;
        }
        if (!check.isSet(all) && uuids < 1 && !args.contains(QStringLiteral("--help")) &&
            !args.contains(QStringLiteral("-h"))) {
            done(ctx().usageError(tr("usage: latchkey-cli %1").arg(usage)));
            return;
        }
        if (check.isSet(all) && !check.isSet(yes)) {
            done(ctx().usageError(tr("--all-passwords revokes every application password of the "
                                     "user, so every integration using one stops working; add "
                                     "--yes to confirm")));
            return;
        }
        for (const QString &uuid : check.positionalArguments().mid(1)) {
            if (QUuid::fromString(uuid).isNull()) {
                done(ctx().usageError(tr("\"%1\" is not a password uuid").arg(uuid)));
                return;
            }
        }
    }
    prepare(m_parser, args, usage, 1, -1,
            [this, all, yes](const Site &site, const SiteEndpoint &endpoint, UserRef user) {
                const bool confirmed = m_parser.isSet(yes);
                if (m_parser.isSet(all)) {
                    const ApplicationPasswordsApi api(WordPressClient(ctx().network(), endpoint));
                    api.revokeAll(user, this, [this, site, user](const Problem &problem) {
                        if (problem) {
                            done(ctx().fail(problem));
                            return;
                        }
                        ctx().out() << tr("Revoked all application passwords.") << '\n';
                        if (user.isMe()) {
                            ctx().warn(tr("that included the one Latchkey uses for \"%1\"; "
                                          "reconnect the site with a new password.")
                                           .arg(site.name));
                        }
                        ctx().out().flush();
                        done(ExitCode::Ok);
                    });
                    return;
                }
                QStringList uuids = m_parser.positionalArguments().mid(1);
                for (QString &uuid : uuids)
                    uuid = uuid.toLower();
                if (confirmed) {
                    revokeEach(site, endpoint, user, uuids, 0);
                    return;
                }
                // Which of them a Latchkey entry signs in with: this entry's own password as
                // the site says (introspect, one request: a saved uuid may be stale), and the
                // saved ones of the other entries on the same WordPress.
                const ApplicationPasswordsApi api(WordPressClient(ctx().network(), endpoint));
                api.introspect(UserRef::me(), this,
                               [this, site, endpoint, user, uuids](const Result<AppPassword> &own) {
                                   const QStringList entries = entriesUsing(
                                       site, user, own ? own->uuid : site.passwordUuid, uuids);
                                   if (!entries.isEmpty()) {
                                       done(ctx().usageError(
                                           tr("Latchkey signs in with this password for %1; "
                                              "revoking it disconnects that entry until it is "
                                              "reconnected. Add --yes to confirm.")
                                               .arg(entries.join(QStringLiteral(", ")))));
                                       return;
                                   }
                                   revokeEach(site, endpoint, user, uuids, 0);
                               });
            });
}

QStringList PasswordCommands::entriesUsing(const Site &site, UserRef user, const QString &ownUuid,
                                           const QStringList &uuids)
{
    QStringList entries;
    const auto describe = [](const Site &entry) {
        return QStringLiteral("\"%1\" (%2)").arg(entry.name, entry.userLogin);
    };
    const bool ownUser = user.isMe() || (site.userId > 0 && user.id() == site.userId);
    if (ownUser && !ownUuid.isEmpty() && uuids.contains(ownUuid.toLower()))
        entries << describe(site);
    const QHash<QString, QList<Site>> others =
        PasswordAudit::entriesByPassword(ctx().sites()->sites(), site.restRoot);
    for (auto it = others.cbegin(); it != others.cend(); ++it) {
        if (!uuids.contains(it.key().toLower()))
            continue;
        for (const Site &other : it.value()) {
            if (other.id != site.id)
                entries << describe(other);
        }
    }
    return entries;
}

void PasswordCommands::revokeEach(const Site &site, const SiteEndpoint &endpoint, UserRef user,
                                  QStringList uuids, int failures)
{
    if (uuids.isEmpty()) {
        done(failures == 0 ? ExitCode::Ok : ExitCode::Failed);
        return;
    }
    const QString uuid = uuids.takeFirst();
    const ApplicationPasswordsApi api(WordPressClient(ctx().network(), endpoint));
    api.revoke(user, uuid, this,
               [this, site, endpoint, user, uuids, failures, uuid](const Problem &problem) {
                   int failed = failures;
                   if (problem) {
                       ctx().err() << uuid << QStringLiteral(": ");
                       ctx().fail(problem);
                       ++failed;
                   } else {
                       ctx().out() << tr("Revoked %1.").arg(uuid) << '\n';
                       ctx().out().flush();
                   }
                   revokeEach(site, endpoint, user, uuids, failed);
               });
}

} // namespace Latchkey
