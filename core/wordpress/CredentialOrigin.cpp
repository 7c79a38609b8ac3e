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

QUrl proposedSiteUrl(const QUrl &url)
{
    // normalize() drops a trailing wp-json and any query (a "?rest_route=/" root).
    const QUrl bare = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    const Result<QUrl> site = SiteUrl::normalize(bare.toString());
    return site ? *site : bare;
}

Problem proposalProblem(const QUrl &named, const QUrl &proposed, const QString &acceptHint,
                        const QString &detail)
{
    const QString address = SiteUrl::redacted(proposed);
    const QString hint =
        !acceptHint.isEmpty()
            ? acceptHint
            : QCoreApplication::translate("Latchkey::CredentialOrigin",
                                          "If %1 is really this site's address, use it: add the "
                                          "site with %1, or change the saved site's address to "
                                          "it (Latchkey first checks that the password works "
                                          "there). Otherwise ask the site's host why it points "
                                          "there.")
                  .arg(address);
    Problem problem(ProblemCode::CrossOriginRedirect,
                    QCoreApplication::translate(
                        "Latchkey::CredentialOrigin",
                        "The site at %1 points to another address, %2 (a redirect or a link to "
                        "its REST API). Latchkey sent no password to %2.")
                        .arg(SiteUrl::redacted(named), address),
                    hint);
    return detail.isEmpty() ? problem : problem.withDetail(detail);
}

Problem checkRequest(const SiteEndpoint &endpoint, const QUrl &url)
{
    const QString allowed = of(endpoint);
    const QUrl named = endpoint.siteUrl.isEmpty() ? endpoint.restRoot : endpoint.siteUrl;
    if (allowed.isEmpty() || !acceptsWithoutAsking(named, url) ||
        !acceptsWithoutAsking(named, endpoint.restRoot)) {
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
