#include "SiteDiscovery.h"

#include "CredentialOrigin.h"
#include "SiteUrl.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Latchkey {

namespace {

const QByteArray kApiRel = QByteArrayLiteral("https://api.w.org/");

// Splits a Link header value into its link-values at commas outside <...> and "...".
QList<QByteArray> splitLinkValues(const QByteArray &header)
{
    QList<QByteArray> values;
    QByteArray current;
    bool inUri = false;
    bool inQuotes = false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const char c = header.at(i);
        if (inQuotes) {
            if (c == '\\' && i + 1 < header.size()) {
                current += c;
                current += header.at(++i);
                continue;
            }
            if (c == '"')
                inQuotes = false;
        } else if (inUri) {
            if (c == '>')
                inUri = false;
        } else if (c == '<') {
            inUri = true;
        } else if (c == '"') {
            inQuotes = true;
        } else if (c == ',') {
            values.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        values.append(current.trimmed());
    return values;
}

// The relation types of one link-value ("<uri>; rel=\"a b\"; type=x"), lowercased.
QList<QByteArray> relationTypes(const QByteArray &params)
{
    QList<QByteArray> rels;
    const QList<QByteArray> parts = params.split(';');
    for (const QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0 || part.left(equals).trimmed().toLower() != "rel")
            continue;
        QByteArray value = part.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        const QList<QByteArray> tokens = value.simplified().split(' ');
        for (const QByteArray &token : tokens) {
            if (!token.isEmpty())
                rels.append(token.toLower());
        }
        break; // RFC 8288: only the first rel parameter counts
    }
    return rels;
}

// Failures that end discovery whatever the HTTP status said: the answer never fully arrived.
bool isTransportProblem(const Problem &problem)
{
    switch (problem.code()) {
    case ProblemCode::ResponseTooLarge:
    case ProblemCode::Timeout:
    case ProblemCode::ConnectionFailed:
    case ProblemCode::Cancelled:
    case ProblemCode::TlsError:
        return true;
    default:
        return false;
    }
}

QString statusDetail(const WpReply &reply)
{
    return QStringLiteral("HTTP %1 from %2")
        .arg(reply.httpStatus)
        .arg(SiteUrl::redacted(reply.finalUrl.isEmpty() ? reply.requestedUrl : reply.finalUrl));
}

} // namespace

namespace DiscoveryParsing {

QUrl restRootFromLinkHeaders(const QList<QByteArray> &linkHeaders, const QUrl &base)
{
    for (const QByteArray &header : linkHeaders) {
        const QList<QByteArray> links = splitLinkValues(header);
        for (const QByteArray &link : links) {
            if (!link.startsWith('<'))
                continue;
            const qsizetype close = link.indexOf('>');
            if (close < 0)
                continue;
            if (!relationTypes(link.mid(close + 1)).contains(kApiRel))
                continue;
            const QUrl target(QString::fromUtf8(link.mid(1, close - 1).trimmed()));
            if (!target.isValid() || target.isEmpty())
                continue;
            const QUrl resolved = base.resolved(target);
            const QString scheme = resolved.scheme().toLower();
            if ((scheme == QLatin1String("https") || scheme == QLatin1String("http")) &&
                !resolved.host().isEmpty()) {
                return resolved;
            }
        }
    }
    return {};
}

QString generatorVersion(const QByteArray &html)
{
    static const QRegularExpression generator(
        QStringLiteral("<meta\\s+name=[\"']generator[\"']\\s+content=[\"']WordPress\\s+"
                       "([0-9][0-9A-Za-z.\\-]*)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = generator.match(QString::fromUtf8(html.left(256 * 1024)));
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ownLinkScheme(const QByteArray &html, const QUrl &siteUrl)
{
    const QString host = siteUrl.host(QUrl::EncodeUnicode);
    if (host.isEmpty())
        return {};
    // WordPress keeps the port of its configured address and changes only the scheme.
    const QString port = siteUrl.port() > 0 ? QStringLiteral(":%1").arg(siteUrl.port())
                                            : QStringLiteral("(?::443|:80)?");
    const QRegularExpression link(
        QStringLiteral("(https?):(?:\\\\?/){2}") + QRegularExpression::escape(host) + port +
            QStringLiteral("(?:\\\\?/)[^\"'\\s<>]*?(?:wp-includes|wp-content|wp-admin|"
                           "wp-login\\.php|xmlrpc\\.php)"),
        QRegularExpression::CaseInsensitiveOption);
    bool sawHttps = false;
    auto it = link.globalMatch(QString::fromUtf8(html.left(512 * 1024)));
    while (it.hasNext()) {
        if (it.next().captured(1).compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("http");
        sawHttps = true;
    }
    return sawHttps ? QStringLiteral("https") : QString();
}

bool looksLikeWordPressPage(const QByteArray &html)
{
    return html.contains("/wp-content/") || html.contains("/wp-includes/") ||
           html.contains("content=\"WordPress");
}

QUrl indexUrl(const QUrl &restRoot)
{
    QUrl url = restRoot;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("_fields"));
    query.addQueryItem(QStringLiteral("_fields"), QLatin1String(kIndexFields));
    url.setQuery(query);
    return url;
}

QUrl withoutIndexFields(const QUrl &url)
{
    QUrl root = url;
    QUrlQuery query(root);
    query.removeAllQueryItems(QStringLiteral("_fields"));
    root.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded));
    return root;
}

Problem readIndex(const QJsonValue &index, DiscoveryResult &result)
{
    const QJsonObject object = index.toObject();
    const QJsonValue namespaces = object.value(QLatin1String("namespaces"));
    if (!index.isObject() || !namespaces.isArray())
        return Problem::make(ProblemCode::NotWordPress,
                             QStringLiteral("the REST index has no \"namespaces\""));
    QStringList names;
    const QJsonArray namespaceArray = namespaces.toArray();
    for (const QJsonValue value : namespaceArray) {
        if (value.isString())
            names.append(value.toString());
    }
    if (!names.contains(QLatin1String("wp/v2"))) {
        return Problem::make(ProblemCode::RestApiDisabled,
                             QStringLiteral("the REST index has no \"wp/v2\" namespace"));
    }
    result.namespaces = names;
    result.name = object.value(QLatin1String("name")).toString();
    result.description = object.value(QLatin1String("description")).toString();
    result.home = QUrl(object.value(QLatin1String("home")).toString());
    result.wordPressUrl = QUrl(object.value(QLatin1String("url")).toString());

    // {"application-passwords": {"endpoints": {"authorization": URL}}} when available,
    // [] (an empty array) when not.
    const QJsonObject passwords = object.value(QLatin1String("authentication"))
                                      .toObject()
                                      .value(QLatin1String("application-passwords"))
                                      .toObject();
    const QUrl authorize(passwords.value(QLatin1String("endpoints"))
                             .toObject()
                             .value(QLatin1String("authorization"))
                             .toString());
    result.appPasswordsAvailable = !passwords.isEmpty();
    result.authorizeUrl = authorize.isValid() ? authorize : QUrl();
    return {};
}

} // namespace DiscoveryParsing

SiteDiscovery::SiteDiscovery(QNetworkAccessManager *network, QString userInput,
                             QString trustedCertificateSha256, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_input(std::move(userInput))
    , m_trustedCertificateSha256(std::move(trustedCertificateSha256))
{}

WordPressClient SiteDiscovery::anonymousClient(const QUrl &restRoot) const
{
    SiteEndpoint endpoint;
    endpoint.restRoot = restRoot;
    endpoint.trustedCertificateSha256 = m_trustedCertificateSha256;
    return WordPressClient(m_network, endpoint);
}

WpRequest *SiteDiscovery::startAnonymous(const QUrl &url, bool expectJson, const QUrl &restRoot)
{
    WpRequest *request = anonymousClient(restRoot).fetchAnonymous(url, expectJson);
    WpRequest::Options options = request->options();
    if (m_requestTimeoutMs > 0)
        options.inactivityTimeoutMs = m_requestTimeoutMs;
    options.namedUrl = m_result.requestedUrl;
    request->setOptions(options);
    return request;
}

void SiteDiscovery::record(const WpReply &reply)
{
    Q_EMIT exchanged(
        HttpExchange::fromReply(m_stepName.isEmpty() ? QStringLiteral("reach") : m_stepName,
                                QByteArrayLiteral("GET"), reply, false));
}

void SiteDiscovery::start()
{
    beginStep(QStringLiteral("reach"));
    Result<QUrl> url = SiteUrl::normalize(m_input);
    if (!url) {
        // Never finish inside start(): the caller may still be connecting.
        QMetaObject::invokeMethod(
            this, [this, problem = url.problem()]() { finish(problem); }, Qt::QueuedConnection);
        return;
    }
    m_result.requestedUrl = *url;
    m_result.siteUrl = *url;
    fetchFrontPage();
}

void SiteDiscovery::cancel()
{
    if (m_finished)
        return;
    if (m_current)
        m_current->abort();
    finish(Problem(ProblemCode::Cancelled));
}

void SiteDiscovery::fetchFrontPage()
{
    Q_EMIT progress(tr("Contacting %1").arg(m_result.requestedUrl.host()));
    // The site's front page, with the trailing slash WordPress's canonical URL has.
    QUrl page = m_result.requestedUrl;
    if (!page.path().endsWith(QLatin1Char('/')))
        page.setPath(page.path() + QLatin1Char('/'));
    WpRequest *request = startAnonymous(page, false);
    connect(request, &WpRequest::finished, this, [this](const WpReply &reply) {
        m_current.clear();
        if (m_finished)
            return;
        record(reply);
        if (proposedBy(reply))
            return;
        // No HTTP answer at all (DNS, refused, TLS, timeout...): that is the problem to report.
        // An HTTP error page still may carry the Link header, and the index may work anyway.
        if (reply.httpStatus == 0 || isTransportProblem(reply.problem)) {
            finish(reply.problem ? reply.problem : Problem(ProblemCode::ConnectionFailed));
            return;
        }
        const QUrl finalUrl = reply.finalUrl.isEmpty() ? reply.requestedUrl : reply.finalUrl;
        if (finalUrl.isValid() && !finalUrl.isEmpty()) {
            Result<QUrl> site = SiteUrl::normalize(finalUrl.toString());
            if (site)
                m_result.siteUrl = *site;
        }
        m_frontPageLooksLikeWordPress = DiscoveryParsing::looksLikeWordPressPage(reply.body);
        m_result.wordPressVersion = DiscoveryParsing::generatorVersion(reply.body);
        if (finalUrl.scheme() == QLatin1String("https")) {
            const QString scheme = DiscoveryParsing::ownLinkScheme(reply.body, finalUrl);
            m_frontPageShowsScheme = !scheme.isEmpty();
            m_result.wordPressSeesPlainHttp = scheme == QLatin1String("http");
        }
        const QUrl advertised = DiscoveryParsing::restRootFromLinkHeaders(
            reply.headerValues(QByteArrayLiteral("Link")), finalUrl);
        m_frontPageHadLink = !advertised.isEmpty();
        if (m_frontPageHadLink &&
            !CredentialOrigin::acceptsWithoutAsking(m_result.requestedUrl, advertised)) {
            // Anyone on a plain-HTTP hop can write this header: a proposal, not a REST root.
            endStep(false, statusDetail(reply) + QStringLiteral(", REST API link to another "
                                                                "address"));
            propose(advertised, QStringLiteral("Link header: <%1>; rel=\"https://api.w.org/\"")
                                    .arg(SiteUrl::redacted(advertised)));
            return;
        }
        endStep(true,
                statusDetail(reply) + (m_frontPageHadLink ? QStringLiteral(", REST API link found")
                                                          : QStringLiteral(", no REST API link")));
        if (m_frontPageHadLink)
            fetchIndex(advertised, false);
        else
            fetchIndex(SiteUrl::fallbackRestRoot(m_result.siteUrl), true);
    });
    m_current = request;
    request->start();
}

void SiteDiscovery::fetchIndex(const QUrl &restRoot, bool isFallback)
{
    if (m_stepName.isEmpty())
        beginStep(QStringLiteral("rest_api"));
    Q_EMIT progress(tr("Reading the REST API index"));
    WpRequest *request = startAnonymous(DiscoveryParsing::indexUrl(restRoot), true, restRoot);
    connect(request, &WpRequest::finished, this,
            [this, restRoot, isFallback](const WpReply &reply) {
                m_current.clear();
                if (m_finished)
                    return;
                record(reply);
                if (proposedBy(reply))
                    return;
                if (reply.httpStatus == 0 || isTransportProblem(reply.problem)) {
                    finish(reply.problem ? reply.problem : Problem(ProblemCode::ConnectionFailed));
                    return;
                }
                Problem problem = indexProblem(reply);
                if (!problem)
                    problem = indexProposal();
                if (problem.code() == ProblemCode::CrossOriginRedirect)
                    return;
                if (problem) {
                    // The advertised root may fail where "?rest_route=/" works: pretty permalinks
                    // without working rewrite rules answer /wp-json/ with the theme's 404 page. Try
                    // once; if that fails too, the advertised root's problem is the one to report.
                    const QUrl fallback = SiteUrl::fallbackRestRoot(m_result.siteUrl);
                    if (!isFallback && problem.code() != ProblemCode::RestApiDisabled &&
                        fallback != restRoot) {
                        m_advertisedRootProblem = problem;
                        fetchIndex(fallback, true);
                        return;
                    }
                    finish(m_advertisedRootProblem ? m_advertisedRootProblem : problem);
                    return;
                }
                m_result.restRoot = restRoot;
                // An index reached through a redirect that changed only the scheme, host or port
                // (http to https, www) lives at the redirect's target.
                const QUrl finalUrl = DiscoveryParsing::withoutIndexFields(reply.finalUrl);
                if (finalUrl.isValid() && !finalUrl.isEmpty() && finalUrl != restRoot &&
                    finalUrl.path() == restRoot.path() && finalUrl.query() == restRoot.query()) {
                    m_result.restRoot = finalUrl;
                }
                m_result.usesPlainPermalinks =
                    QUrlQuery(m_result.restRoot).hasQueryItem(QStringLiteral("rest_route"));
                QString detail =
                    QStringLiteral("%1 at %2")
                        .arg(m_result.name.isEmpty() ? QStringLiteral("WordPress") : m_result.name,
                             SiteUrl::redacted(m_result.restRoot));
                if (m_advertisedRootProblem) {
                    detail += QStringLiteral(" (the advertised REST root failed: %1)")
                                  .arg(m_advertisedRootProblem.toString());
                }
                endStep(true, detail);
                probeAppPasswords();
            });
    m_current = request;
    request->start();
}

Problem SiteDiscovery::indexProblem(const WpReply &reply)
{
    // No Link header and no WordPress fingerprints on the front page: an answer that is not a
    // WordPress index means this is not WordPress at all.
    const bool probablyNotWordPress = !m_frontPageHadLink && !m_frontPageLooksLikeWordPress;
    // Truncated or garbled JSON, or PHP's notices in front of it: WordPress answered, badly.
    if (!reply.isJson && reply.problem.code() == ProblemCode::InvalidResponse &&
        !probablyNotWordPress) {
        return reply.problem;
    }
    // The server's own failure (a proxy whose PHP backend is down): says nothing about
    // whether WordPress is behind it.
    if (reply.httpStatus >= 500 && reply.wordPressCode().isEmpty()) {
        return reply.problem ? reply.problem
                             : Problem::make(ProblemCode::HttpError, statusDetail(reply))
                                   .withHttpStatus(reply.httpStatus);
    }
    if (!reply.isJson) {
        // An HTML page where the REST API should answer: a firewall, a security plugin, a
        // host's error page.
        return (probablyNotWordPress
                    ? Problem::make(ProblemCode::NotWordPress, statusDetail(reply))
                    : Problem::make(ProblemCode::RestApiBlocked,
                                    statusDetail(reply) + QStringLiteral(", not JSON")))
            .withHttpStatus(reply.httpStatus);
    }
    if (!reply.ok() || reply.httpStatus < 200 || reply.httpStatus >= 300) {
        const QString code = reply.wordPressCode();
        if (probablyNotWordPress && code.isEmpty()) {
            return Problem::make(ProblemCode::NotWordPress, statusDetail(reply))
                .withHttpStatus(reply.httpStatus);
        }
        if (!code.isEmpty()) {
            // WordPress's REST server answered, but refused the index: core's old
            // rest_disabled, "Disable REST API"'s rest_cannot_access, login-required plugins.
            if (reply.problem.code() == ProblemCode::RestApiDisabled)
                return reply.problem;
            return Problem::make(ProblemCode::RestApiDisabled, statusDetail(reply))
                .withHttpStatus(reply.httpStatus)
                .withWordPressCode(code);
        }
        return reply.problem ? reply.problem
                             : Problem::make(ProblemCode::HttpError, statusDetail(reply))
                                   .withHttpStatus(reply.httpStatus);
    }
    Problem problem = DiscoveryParsing::readIndex(reply.json, m_result);
    if (problem.code() == ProblemCode::NotWordPress && !probablyNotWordPress) {
        // WordPress's page pointed here, but something else answered with JSON.
        problem = Problem::make(ProblemCode::RestApiBlocked, problem.detail());
    }
    if (problem)
        problem.withHttpStatus(reply.httpStatus);
    return problem;
}

// An anonymous GET of the current user's application passwords answers 401 when they are
// available and 501 application_passwords_disabled when not: no credentials needed.
void SiteDiscovery::probeAppPasswords()
{
    beginStep(QStringLiteral("app_passwords"));
    Q_EMIT progress(tr("Checking application passwords"));
    WpRequest *request = anonymousClient(m_result.restRoot)
                             .get(QStringLiteral("/wp/v2/users/me/application-passwords"));
    WpRequest::Options options = request->options();
    if (m_requestTimeoutMs > 0)
        options.inactivityTimeoutMs = m_requestTimeoutMs;
    options.namedUrl = m_result.requestedUrl;
    request->setOptions(options);
    connect(request, &WpRequest::finished, this, [this](const WpReply &reply) {
        m_current.clear();
        if (m_finished)
            return;
        record(reply);
        if (proposedBy(reply))
            return;
        decideAppPasswords(reply);
    });
    m_current = request;
    request->start();
}

void SiteDiscovery::decideAppPasswords(const WpReply &probe)
{
    m_result.appPasswordsProbeStatus = probe.httpStatus;
    const QString code = probe.wordPressCode();
    QString detail;
    if (probe.httpStatus == 401 && probe.isJson) {
        m_result.appPasswordsAvailable = true;
        detail = QStringLiteral("available (anonymous probe: 401 %1)").arg(code);
    } else if (probe.httpStatus == 501 || code == QLatin1String("application_passwords_disabled")) {
        m_result.appPasswordsAvailable = false;
        detail =
            QStringLiteral("unavailable (anonymous probe: %1 %2)").arg(probe.httpStatus).arg(code);
    } else if (probe.httpStatus == 404 && code == QLatin1String("rest_no_route")) {
        // WordPress before 5.6 has no application passwords at all.
        m_result.appPasswordsAvailable = false;
        detail = QStringLiteral("unavailable (no application-password routes: WordPress older "
                                "than 5.6?)");
    } else {
        // Inconclusive (a firewall page, a timeout): trust the index's authentication entry.
        detail = QStringLiteral("%1 per the REST index (anonymous probe inconclusive: HTTP %2)")
                     .arg(m_result.appPasswordsAvailable ? QStringLiteral("available")
                                                         : QStringLiteral("unavailable"))
                     .arg(probe.httpStatus);
    }

    m_probe = probe;
    m_probeDetail = detail;
    // Unavailable on an https site: does WordPress know the request came over HTTPS? Its login
    // page writes links to its own files with is_ssl()'s scheme; ask it when the front page
    // showed none.
    if (!m_result.appPasswordsAvailable && m_result.siteUrl.scheme() == QLatin1String("https") &&
        !m_frontPageShowsScheme && m_result.wordPressUrl.scheme() != QLatin1String("http")) {
        checkLoginPageScheme();
        return;
    }
    finishAppPasswords();
}

void SiteDiscovery::checkLoginPageScheme()
{
    QUrl login = m_result.wordPressUrl.isValid() && !m_result.wordPressUrl.isEmpty()
                     ? m_result.wordPressUrl
                     : m_result.siteUrl;
    login = login.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = login.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    login.setPath(path + QStringLiteral("wp-login.php"));
    if (!SiteUrl::sameOrigin(login, m_result.siteUrl)) {
        finishAppPasswords();
        return;
    }
    WpRequest *request = startAnonymous(login, false);
    WpRequest::Options options = request->options();
    options.maxRedirects = 0; // a redirect is the answer here, not a detour
    request->setOptions(options);
    connect(request, &WpRequest::finished, this, [this, login](const WpReply &reply) {
        m_current.clear();
        if (m_finished)
            return;
        record(reply);
        const QUrl location = login.resolved(QUrl::fromEncoded(reply.header("Location")));
        if ((reply.httpStatus == 301 || reply.httpStatus == 302) &&
            location.adjusted(QUrl::RemoveQuery) == login) {
            // FORCE_SSL_ADMIN (on by default with an https address) sends a request that
            // WordPress thinks is plain HTTP to the same https URL: the classic redirect loop
            // behind a TLS-terminating proxy. is_ssl() is false.
            m_frontPageShowsScheme = true;
            m_result.wordPressSeesPlainHttp = true;
            m_probeDetail += QStringLiteral("; wp-login.php redirects to itself (is_ssl() is "
                                            "false)");
        } else if (reply.httpStatus == 200) {
            const QUrl page = reply.finalUrl.isEmpty() ? reply.requestedUrl : reply.finalUrl;
            const QString scheme = DiscoveryParsing::ownLinkScheme(reply.body, page);
            m_frontPageShowsScheme = !scheme.isEmpty();
            m_result.wordPressSeesPlainHttp = scheme == QLatin1String("http");
            if (m_frontPageShowsScheme) {
                m_probeDetail +=
                    QStringLiteral("; wp-login.php links WordPress's files over %1").arg(scheme);
            }
        }
        finishAppPasswords();
    });
    m_current = request;
    request->start();
}

void SiteDiscovery::finishAppPasswords()
{
    const WpReply &probe = m_probe;
    const QString code = probe.wordPressCode();
    const QString &detail = m_probeDetail;
    if (m_result.appPasswordsAvailable) {
        m_result.appPasswordsProblem = Problem();
        if (m_result.authorizeUrl.isEmpty()) {
            // Some plugins remove the index's authentication entry; the page is standard.
            QUrl base = m_result.wordPressUrl.isValid() && !m_result.wordPressUrl.isEmpty()
                            ? m_result.wordPressUrl
                            : m_result.siteUrl;
            QString path = base.path();
            if (!path.endsWith(QLatin1Char('/')))
                path += QLatin1Char('/');
            base.setPath(path + QStringLiteral("wp-admin/authorize-application.php"));
            base.setQuery(QString());
            m_result.authorizeUrl = base;
        }
    } else {
        m_result.authorizeUrl = QUrl();
        const QUrl &site = m_result.siteUrl;
        const bool siteIsHttps = site.scheme() == QLatin1String("https");
        const bool tooOld = probe.httpStatus == 404 && code == QLatin1String("rest_no_route");
        const bool wordPressThinksHttp = m_result.wordPressUrl.scheme() == QLatin1String("http") ||
                                         m_result.home.scheme() == QLatin1String("http");
        if (tooOld) {
            m_result.appPasswordsProblem =
                Problem(ProblemCode::AppPasswordsUnavailable,
                        tr("This WordPress has no application passwords: they came with "
                           "WordPress 5.6."),
                        tr("Update WordPress to 5.6 or later."))
                    .withDetail(detail);
        } else if (site.scheme() == QLatin1String("http") &&
                   !SiteUrl::isLoopbackHost(site.host())) {
            m_result.appPasswordsProblem =
                Problem::make(ProblemCode::HttpsRequired, detail)
                    .withCandidates({ProblemCode::AppPasswordsUnavailable});
        } else if (siteIsHttps && (wordPressThinksHttp || m_result.wordPressSeesPlainHttp)) {
            // A TLS-terminating proxy that does not tell WordPress: is_ssl() is false.
            const QString evidence =
                wordPressThinksHttp
                    ? tr("WordPress believes its address is %1")
                          .arg(m_result.wordPressUrl.scheme() == QLatin1String("http")
                                   ? m_result.wordPressUrl.toString()
                                   : m_result.home.toString())
                    : tr("WordPress links its own files over plain http://, so it does not "
                         "know the request came over HTTPS (is_ssl() is false)");
            m_result.appPasswordsProblem =
                Problem(ProblemCode::HttpsRequired,
                        tr("Application passwords are unavailable: the site is served over "
                           "HTTPS, but %1. HTTPS most likely ends at a proxy, load balancer or "
                           "CDN that does not tell WordPress.")
                            .arg(evidence))
                    .withDetail(detail)
                    .withCandidates({ProblemCode::AppPasswordsUnavailable});
        } else if (siteIsHttps && m_frontPageShowsScheme) {
            // WordPress knows it is on HTTPS: something switched application passwords off.
            m_result.appPasswordsProblem =
                Problem::make(ProblemCode::AppPasswordsUnavailable, detail);
        } else {
            Problem problem = Problem::make(ProblemCode::AppPasswordsUnavailable, detail);
            problem.withCandidates({ProblemCode::HttpsRequired});
            problem.withMessage(
                siteIsHttps
                    ? tr("Application passwords are turned off on this site, most likely by a "
                         "security plugin or custom code. If HTTPS ends at a proxy that does "
                         "not tell WordPress, WordPress turns them off too.")
                    : tr("Application passwords are turned off on this site, most likely by a "
                         "security plugin or custom code. Over plain HTTP WordPress also turns "
                         "them off unless its environment type is \"local\"."));
            m_result.appPasswordsProblem = problem;
        }
        if (probe.httpStatus)
            m_result.appPasswordsProblem.withHttpStatus(probe.httpStatus);
        if (!code.isEmpty())
            m_result.appPasswordsProblem.withWordPressCode(code);
    }
    endStep(m_result.appPasswordsAvailable, detail);
    finish(m_result);
}

bool SiteDiscovery::proposedBy(const WpReply &reply)
{
    if (reply.proposedUrl.isEmpty())
        return false;
    propose(reply.proposedUrl, reply.problem.detail());
    return true;
}

// The index's url (where WordPress's files and its approval page live) and home (the front
// page) are the site's own claims about its address: on another origin, they are a proposal
// too. A claim that differs only in the scheme (same host and port) is WordPress not knowing
// that HTTPS ends at a proxy, which finishAppPasswords() diagnoses; nothing is sent there.
Problem SiteDiscovery::indexProposal()
{
    const QUrl &named = m_result.requestedUrl;
    for (const QUrl &claim : {m_result.wordPressUrl, m_result.home}) {
        if (!claim.isValid() || claim.host().isEmpty() ||
            CredentialOrigin::acceptsWithoutAsking(named, claim))
            continue;
        const bool sameHost =
            claim.host(QUrl::EncodeUnicode)
                .compare(named.host(QUrl::EncodeUnicode), Qt::CaseInsensitive) == 0;
        const bool onlySchemeDiffers =
            sameHost && (claim.port() == named.port() ||
                         (claim.port() < 0 && named.port() < 0)); // both default ports
        if (onlySchemeDiffers)
            continue;
        propose(claim, QStringLiteral("the REST index says the site's address is %1")
                           .arg(SiteUrl::redacted(claim)));
        return Problem(ProblemCode::CrossOriginRedirect);
    }
    return {};
}

void SiteDiscovery::propose(const QUrl &target, const QString &detail)
{
    if (m_finished)
        return;
    const QUrl site = CredentialOrigin::proposedSiteUrl(target);
    Problem problem = CredentialOrigin::proposalProblem(m_result.requestedUrl, site, {}, detail);
    endStep(false, problem.toString());
    Q_EMIT proposed(site);
    finish(problem);
}

void SiteDiscovery::beginStep(const QString &name)
{
    m_stepName = name;
    m_stepClock.start();
}

void SiteDiscovery::endStep(bool ok, const QString &detail)
{
    if (m_stepName.isEmpty())
        return;
    const CheckStep step{m_stepName, ok, m_stepClock.elapsed(), detail};
    m_stepName.clear();
    Q_EMIT stepFinished(step);
}

void SiteDiscovery::finish(const Result<DiscoveryResult> &result)
{
    if (m_finished)
        return;
    if (!result)
        endStep(false, result.problem().toString());
    m_finished = true;
    m_current.clear();
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace Latchkey
