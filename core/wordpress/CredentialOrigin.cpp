#include "CredentialOrigin.h"

#include "SiteUrl.h"

#include <QCoreApplication>

namespace Latchkey::CredentialOrigin {

namespace {

bool isScheme(const QUrl &url, QLatin1String scheme)
{
    return url.scheme().compare(scheme, Qt::CaseInsensitive) == 0;
}

} // namespace

QString of(const SiteEndpoint &endpoint)
{
    return SiteUrl::origin(endpoint.siteUrl.isEmpty() ? endpoint.restRoot : endpoint.siteUrl);
}

bool isSilentUpgrade(const QUrl &named, const QUrl &proposed)
{
    if (!named.isValid() || !proposed.isValid() || named.host().isEmpty())
        return false;
    // Only from the default http port to the default https port: http://host:8080 moving to
    // https://host:8443 is another service on the same machine, not the same site.
    return isScheme(named, QLatin1String("http")) && named.port(80) == 80 &&
           isScheme(proposed, QLatin1String("https")) && proposed.port(443) == 443 &&
           named.host(QUrl::EncodeUnicode)
                   .compare(proposed.host(QUrl::EncodeUnicode), Qt::CaseInsensitive) == 0;
}

bool acceptsWithoutAsking(const QUrl &named, const QUrl &proposed)
{
    return SiteUrl::sameOrigin(named, proposed) || isSilentUpgrade(named, proposed);
}

Problem proposalProblem(const QUrl &named, const QUrl &proposed, const QString &acceptHint,
                        const QString &detail)
{
    Problem problem(ProblemCode::CrossOriginRedirect,
                    QCoreApplication::translate(
                        "Latchkey::CredentialOrigin",
                        "The site at %1 points to another address, %2 (a redirect or a link to "
                        "its REST API). Latchkey sent no password to %2.")
                        .arg(SiteUrl::origin(named), SiteUrl::redacted(proposed)),
                    acceptHint);
    return detail.isEmpty() ? problem : problem.withDetail(detail);
}

Problem checkRequest(const SiteEndpoint &endpoint, const QUrl &url)
{
    const QString allowed = of(endpoint);
    if (allowed.isEmpty() || SiteUrl::origin(url) != allowed ||
        SiteUrl::origin(endpoint.restRoot) != allowed) {
        return Problem::make(
            ProblemCode::CrossOriginRedirect,
            QCoreApplication::translate("Latchkey::CredentialOrigin",
                                        "the password of %1 is only sent to %1, not to %2")
                .arg(allowed.isEmpty() ? QStringLiteral("?") : allowed, SiteUrl::origin(url)));
    }
    if (!SiteUrl::mayCarryCredentials(url, endpoint.allowInsecureHttp)) {
        return Problem::make(ProblemCode::InsecureTransportRefused,
                             QCoreApplication::translate("Latchkey::CredentialOrigin",
                                                         "%1 is plain HTTP to another computer")
                                 .arg(SiteUrl::origin(url)));
    }
    return {};
}

bool mustBypassProxy(const QUrl &url, bool carriesCredentials)
{
    return carriesCredentials && isScheme(url, QLatin1String("http"));
}

} // namespace Latchkey::CredentialOrigin
