#include "DiagnosisReport.h"

#include "SiteUrl.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifndef LATCHKEY_VERSION
#define LATCHKEY_VERSION "0"
#endif

namespace Latchkey {

namespace {

QString trReport(const char *text)
{
    return QCoreApplication::translate("Latchkey::DiagnosisReport", text);
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

QString DiagnosisReport::versionsLine()
{
    return QStringLiteral("Latchkey %1, Qt %2 (built with %3), %4")
        .arg(QStringLiteral(LATCHKEY_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), QSysInfo::prettyProductName());
}

QString DiagnosisReport::redact(QString text, const QStringList &secrets, const QString &login)
{
    static const QString kRedacted = QStringLiteral("[redacted]");
    for (const QString &secret : secrets) {
        if (secret.size() < 4)
            continue;
        QStringList variants{secret};
        QString compact = secret;
        compact.remove(QLatin1Char(' '));
        variants.append(compact);
        // Grouped in fours, as WordPress shows application passwords.
        QStringList groups;
        for (qsizetype i = 0; i < compact.size(); i += 4)
            groups.append(compact.mid(i, 4));
        variants.append(groups.join(QLatin1Char(' ')));
        variants.append(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        for (const QString &password : {secret, compact}) {
            const QByteArray pair = login.toUtf8() + ':' + password.toUtf8();
            variants.append(QString::fromLatin1(pair.toBase64()));
        }
        for (const QString &variant : std::as_const(variants)) {
            if (variant.size() >= 4)
                text.replace(variant, kRedacted);
        }
    }
    return text;
}

QString DiagnosisReport::build(const CheckResult &result, const Context &context)
{
    QStringList lines;
    auto add = [&lines](const QString &line) { lines.append(line); };
    const DiscoveryResult &discovery = result.discovery;

    add(trReport("Latchkey connection report"));
    add(QString(26, QLatin1Char('=')));
    add(trReport("Generated: %1").arg(context.generatedAt.toUTC().toString(Qt::ISODate)));
    add(trReport("Versions:  %1").arg(versionsLine()));
    add(trReport("Site:      %1 %2")
            .arg(context.siteName, context.siteUrl.isEmpty()
                                       ? QString()
                                       : QLatin1Char('<') +
                                             HttpExchange::redactUrl(context.siteUrl) +
                                             QLatin1Char('>')));
    if (!context.userLogin.isEmpty())
        add(trReport("User:      %1").arg(context.userLogin));
    add(trReport("WordPress: %1")
            .arg(discovery.wordPressVersion.isEmpty() ? trReport("version not shown by the site")
                                                      : discovery.wordPressVersion));
    const QUrl root = result.restRoot.isEmpty() ? discovery.restRoot : result.restRoot;
    if (!root.isEmpty()) {
        add(trReport("REST API:  %1%2")
                .arg(HttpExchange::redactUrl(root),
                     discovery.usesPlainPermalinks ? trReport(" (plain permalinks)") : QString()));
    }
    if (!discovery.restRoot.isEmpty()) {
        add(trReport("Application passwords: %1")
                .arg(discovery.appPasswordsAvailable ? trReport("available")
                                                     : trReport("unavailable")));
    }
    add(QString());

    if (result.ok) {
        add(trReport("Result: OK - the site accepts this application password."));
        if (!result.user.roles.isEmpty())
            add(trReport("Roles: %1").arg(result.user.roles.join(QStringLiteral(", "))));
    } else {
        const Problem &problem = result.problem;
        add(trReport("Result: FAILED [%1]").arg(problem.codeName()));
        add(trReport("What happened: %1").arg(problem.message()));
        if (!problem.candidates().isEmpty()) {
            add(trReport("Could also be: %1")
                    .arg(problem.candidateNames().join(QStringLiteral(", "))));
        }
        if (!problem.fix().isEmpty())
            add(trReport("What to do: %1").arg(problem.fix()));
        if (!problem.detail().isEmpty())
            add(trReport("Detail: %1").arg(problem.detail()));
        QStringList facts;
        if (problem.httpStatus() != 0)
            facts.append(trReport("HTTP status %1").arg(problem.httpStatus()));
        if (!problem.wordPressCode().isEmpty())
            facts.append(trReport("WordPress code %1").arg(problem.wordPressCode()));
        if (!facts.isEmpty())
            add(facts.join(QStringLiteral(", ")));
    }
    if (!result.suggestedUrl.isEmpty())
        add(trReport("The site now answers at: %1")
                .arg(HttpExchange::redactUrl(result.suggestedUrl)));
    if (!result.crossCheck.isEmpty())
        add(trReport("Cross-check: %1").arg(result.crossCheck));
    add(QString());

    add(trReport("Steps:"));
    for (const CheckStep &step : result.steps) {
        add(QStringLiteral("  %1 %2 %3  %4")
                .arg(pad(step.name, 14),
                     pad(step.ok ? QStringLiteral("ok") : QStringLiteral("FAIL"), 4),
                     QStringLiteral("%1 ms").arg(step.ms).rightJustified(8), step.detail));
    }
    add(QString());

    if (!result.exchanges.isEmpty()) {
        add(trReport("HTTP requests (credentials, cookies and secrets left out):"));
        for (const HttpExchange &exchange : result.exchanges) {
            QString line = QStringLiteral("  %1 %2 -> %3, %4 ms")
                               .arg(QString::fromLatin1(exchange.method), exchange.url,
                                    exchange.httpStatus ? QString::number(exchange.httpStatus)
                                                        : trReport("no HTTP answer"))
                               .arg(exchange.ms);
            line +=
                exchange.authenticated ? trReport(", with credentials") : trReport(", anonymous");
            if (!exchange.problem.isEmpty())
                line += QStringLiteral(", ") + exchange.problem;
            if (!exchange.wordPressCode.isEmpty())
                line += QStringLiteral(" (") + exchange.wordPressCode + QLatin1Char(')');
            add(line);
            if (!exchange.finalUrl.isEmpty())
                add(trReport("      final address: %1").arg(exchange.finalUrl));
            for (const auto &header : exchange.headers) {
                add(QStringLiteral("      %1: %2")
                        .arg(QString::fromLatin1(header.first),
                             QString::fromLatin1(header.second)));
            }
        }
        add(QString());
    }

    if (!result.certificate.isNull()) {
        add(trReport("TLS certificate:"));
        add(result.certificate.toText(QStringLiteral("  ")));
        add(QString());
    }

    QStringList secrets = context.secrets;
    secrets.removeAll(QString());
    return redact(lines.join(QLatin1Char('\n')), secrets, context.userLogin);
}

} // namespace Latchkey
