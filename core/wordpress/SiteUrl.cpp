#include "SiteUrl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Latchkey::SiteUrl {

namespace {

QString trUrl(const char *text)
{
    return QCoreApplication::translate("Latchkey::SiteUrl", text);
}

Problem invalid(const QString &detail)
{
    return Problem::make(ProblemCode::InvalidUrl, detail);
}

bool isHttpScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// Path segments after which nothing belongs to the site's base address.
bool isWordPressEntryPoint(const QString &segment)
{
    const QString lower = segment.toLower();
    return lower == QLatin1String("wp-admin") || lower == QLatin1String("wp-json") ||
           lower == QLatin1String("wp-login.php") || lower == QLatin1String("index.php");
}

// Checks the authority ("user@host:port") the way a person would read it, so the problem says
// what is wrong instead of QUrl's generic "invalid URL".
Problem checkAuthority(QString authority)
{
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        authority = authority.mid(at + 1);
    if (authority.isEmpty())
        return invalid(trUrl("the address has no host name"));
    for (const QChar c : std::as_const(authority)) {
        if (c.isSpace())
            return invalid(trUrl("the host name contains a space"));
    }

    QString port;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(trUrl("the IPv6 address is missing its closing bracket"));
        if (close + 1 < authority.size()) {
            if (authority.at(close + 1) != QLatin1Char(':'))
                return invalid(trUrl("unexpected characters after the IPv6 address"));
            port = authority.mid(close + 2);
        }
        if (close == 1)
            return invalid(trUrl("the address has no host name"));
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon == 0)
            return invalid(trUrl("the address has no host name"));
        if (colon > 0)
            port = authority.mid(colon + 1);
    }
    if (!port.isEmpty()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!digits.match(port).hasMatch() || !ok || number < 1 || number > 65535)
            return invalid(trUrl("the port must be a number from 1 to 65535"));
    }
    return {};
}

QString authorityOf(const QString &afterSlashes)
{
    static const QRegularExpression end(QStringLiteral("[/?#\\\\]"));
    const qsizetype stop = afterSlashes.indexOf(end);
    return stop < 0 ? afterSlashes : afterSlashes.left(stop);
}

QString stripBrackets(const QString &host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

QByteArray encodeQueryPart(const QString &text, const QByteArray &keep = {})
{
    return QUrl::toPercentEncoding(text, keep);
}

// Writes query items with every reserved character percent-encoded (a literal '+' would reach
// PHP as a space, '&' and '=' would split the item).
void setEncodedQuery(QUrl &url, const QList<QPair<QString, QString>> &items)
{
    QByteArray query;
    for (const auto &item : items) {
        if (!query.isEmpty())
            query += '&';
        query += encodeQueryPart(item.first) + '=' + encodeQueryPart(item.second, "/");
    }
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
}

QString joinRoute(const QString &base, const QString &route)
{
    QString left = base;
    while (left.endsWith(QLatin1Char('/')))
        left.chop(1);
    QString right = route;
    while (right.startsWith(QLatin1Char('/')))
        right.remove(0, 1);
    return left + QLatin1Char('/') + right;
}

Result<QUrl> normalizeOnce(const QString &input);

} // namespace

Result<QUrl> normalize(const QString &input)
{
    // QUrl's decoding is not always a fixed point for odd input (invalid percent escapes,
    // control characters). The address Latchkey keeps must read back as itself, so repeat until
    // it settles, and refuse one that never does (found by fuzz_siteurl).
    Result<QUrl> current = normalizeOnce(input);
    for (int round = 0; round < 4 && current; ++round) {
        Result<QUrl> again = normalizeOnce(current->toString());
        if (again && *again == *current)
            return current;
        current = std::move(again);
    }
    if (!current)
        return current;
    return Problem::make(ProblemCode::InvalidUrl,
                         QCoreApplication::translate("Latchkey::SiteUrl",
                                                     "the address does not settle into one form"));
}

namespace {

Result<QUrl> normalizeOnce(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(trUrl("the address is empty"));

    // A scheme is "letters:" followed by "//"; "localhost:8080" is a host and port, while
    // "javascript:alert(1)" or "mailto:x" are schemes Latchkey refuses.
    static const QRegularExpression schemePrefix(
        QStringLiteral("^([A-Za-z][A-Za-z0-9+.\\-]*):(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression portThenPath(QStringLiteral("^[0-9]*([/?#].*)?$"),
                                                 QRegularExpression::DotMatchesEverythingOption);
    QString scheme;
    QString rest = text;
    const QRegularExpressionMatch match = schemePrefix.match(text);
    if (match.hasMatch()) {
        const QString after = match.captured(2);
        if (after.startsWith(QLatin1String("//"))) {
            scheme = match.captured(1).toLower();
            rest = after.mid(2);
        } else if (!portThenPath.match(after).hasMatch()) {
            const QString named = match.captured(1).toLower();
            if (isHttpScheme(named))
                return invalid(trUrl("\"%1:\" must be followed by \"//\"").arg(named));
            return invalid(
                trUrl("only http and https addresses are supported, not \"%1:\"").arg(named));
        }
    }
    if (scheme.isEmpty() && rest.startsWith(QLatin1String("//")))
        rest.remove(0, 2); // protocol-relative "//example.com"
    if (!scheme.isEmpty() && !isHttpScheme(scheme))
        return invalid(
            trUrl("only http and https addresses are supported, not \"%1:\"").arg(scheme));

    const QString authority = authorityOf(rest);
    if (const Problem problem = checkAuthority(authority))
        return problem;

    QUrl url(QStringLiteral("http://") + rest, QUrl::TolerantMode);
    if (!url.isValid())
        return invalid(url.errorString());
    const QString host = url.host(QUrl::EncodeUnicode).toLower();
    if (host.isEmpty())
        return invalid(trUrl("the address has no host name"));

    if (scheme.isEmpty())
        scheme = isLoopbackHost(host) ? QStringLiteral("http") : QStringLiteral("https");

    QUrl result;
    result.setScheme(scheme);
    result.setHost(host, QUrl::StrictMode);
    if (!result.isValid() || result.host().isEmpty())
        return invalid(trUrl("the host name is not valid"));
    const int port = url.port();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (port > 0 && port != defaultPort)
        result.setPort(port);

    // Keep the path up to the first WordPress entry point (wp-admin, wp-json, wp-login.php,
    // index.php) without empty segments: "/blog/wp-admin/options.php" becomes "/blog".
    const QStringList segments =
        url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    QStringList kept;
    for (const QString &segment : segments) {
        // White space around a segment is a typing slip, never part of a site's address;
        // dropping it also keeps normalize() idempotent (found by fuzz_siteurl).
        const QString decoded = QUrl::fromPercentEncoding(segment.toUtf8());
        const QString trimmed = decoded.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("."))
            continue;
        if (trimmed == QLatin1String("..")) {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        if (isWordPressEntryPoint(trimmed))
            break;
        kept.append(trimmed == decoded ? segment
                                       : QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
    }
    if (!kept.isEmpty())
        result.setPath(QLatin1Char('/') + kept.join(QLatin1Char('/')), QUrl::TolerantMode);
    if (!result.isValid())
        return invalid(result.errorString());
    return result;
}

} // namespace

namespace {

QString bareHostName(const QString &host)
{
    QString name = stripBrackets(host.trimmed()).toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace

bool isLocalhostName(const QString &host)
{
    return bareHostName(host) == QLatin1String("localhost");
}

bool isLoopbackAddress(const QString &host)
{
    const QString name = bareHostName(host);
    if (name.isEmpty())
        return false;
    // Only a literal address counts: "127.0.0.1.example.com" is a name anyone can register.
    static const QRegularExpression literal(QStringLiteral("^[0-9.]+$|^[0-9a-f:.]*:[0-9a-f:.]*$"));
    if (!literal.match(name).hasMatch())
        return false;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    return address.isLoopback();
}

bool isLoopbackHost(const QString &host)
{
    return isLocalhostName(host) || isLoopbackAddress(host);
}

QString origin(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    int port = url.port();
    if (port < 0) {
        if (scheme == QLatin1String("https"))
            port = 443;
        else if (scheme == QLatin1String("http"))
            port = 80;
    }
    QString host = url.host(QUrl::EncodeUnicode).toLower();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return scheme + QStringLiteral("://") + host + QLatin1Char(':') + QString::number(port);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString left = origin(a);
    return !left.isEmpty() && left == origin(b);
}

bool mayCarryCredentials(const QUrl &url, bool allowInsecureHttp)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http"))
        return allowInsecureHttp || isLoopbackHost(url.host());
    return false;
}

QUrl restUrl(const QUrl &restRoot, const QString &route, const QUrlQuery &query)
{
    if (!restRoot.isValid() || restRoot.host().isEmpty())
        return {};

    const QUrlQuery rootQuery(restRoot);
    QList<QPair<QString, QString>> items;
    QUrl url = restRoot.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);

    if (rootQuery.hasQueryItem(QStringLiteral("rest_route"))) {
        // Plain permalinks: the route travels in the query, the path stays as it is.
        const QString base =
            rootQuery.queryItemValue(QStringLiteral("rest_route"), QUrl::FullyDecoded);
        items.append({QStringLiteral("rest_route"), joinRoute(base, route)});
        const auto rootItems = rootQuery.queryItems(QUrl::FullyDecoded);
        for (const auto &item : rootItems) {
            if (item.first != QLatin1String("rest_route"))
                items.append(item);
        }
    } else {
        QString path = restRoot.path(QUrl::FullyEncoded);
        if (!path.endsWith(QLatin1Char('/')))
            path += QLatin1Char('/');
        QStringList encoded;
        const QStringList segments = route.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString &segment : segments)
            encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(segment)));
        path += encoded.join(QLatin1Char('/'));
        if (route.endsWith(QLatin1Char('/')) && !encoded.isEmpty())
            path += QLatin1Char('/');
        url.setPath(path, QUrl::TolerantMode);
        items = rootQuery.queryItems(QUrl::FullyDecoded);
    }
    items.append(query.queryItems(QUrl::FullyDecoded));
    setEncodedQuery(url, items);
    return url;
}

QUrl fallbackRestRoot(const QUrl &siteBase)
{
    if (!siteBase.isValid() || siteBase.host().isEmpty())
        return {};
    QUrl url = siteBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path, QUrl::TolerantMode);
    url.setQuery(QStringLiteral("rest_route=/"), QUrl::StrictMode);
    return url;
}

QString redacted(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        // The authorisation callback carries the new password in its query.
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyDecoded);
        bool changed = false;
        for (auto &item : items) {
            const QString key = item.first.toLower();
            if (key.contains(QLatin1String("password")) || key == QLatin1String("pwd") ||
                key == QLatin1String("pass") || key.contains(QLatin1String("token")) ||
                key.contains(QLatin1String("secret"))) {
                item.second = QStringLiteral("REDACTED");
                changed = true;
            }
        }
        if (changed)
            setEncodedQuery(copy, items);
    }
    return copy.toString(QUrl::FullyEncoded);
}

} // namespace Latchkey::SiteUrl
