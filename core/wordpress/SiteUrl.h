#pragma once

#include "Problem.h"

#include <QUrl>
#include <QUrlQuery>

namespace Latchkey::SiteUrl {

// Turns what a user typed ("example.com/blog/", "HTTPS://Bücher.example", " http://x:8080 ")
// into a canonical site base URL: scheme (https when none given, http for loopback), lowercase
// ACE host, no default port, path without trailing slash and without a trailing
// "wp-admin", "wp-login.php", "wp-json" or "index.php", no query, fragment or user info.
Result<QUrl> normalize(const QString &input);

// A literal loopback address (127.0.0.0/8, ::1) or the name "localhost" itself. Not
// "*.localhost": such a name is resolved by whatever DNS says, and Qt sends it through a proxy.
// "localhost" counts only because WpRequest resolves it itself and connects to the loopback
// address it found (isLoopbackAddress).
bool isLoopbackHost(const QString &host);
// A literal loopback address only: 127.0.0.0/8, ::1 (with or without brackets).
bool isLoopbackAddress(const QString &host);
// Exactly "localhost" (any case, an optional trailing dot).
bool isLocalhostName(const QString &host);

// "scheme://host:port" with the port always explicit, for comparing origins.
QString origin(const QUrl &url);
bool sameOrigin(const QUrl &a, const QUrl &b);

// True when sending credentials to url is acceptable: https, or http to a loopback host
// (isLoopbackHost: "localhost" only through WpRequest's own resolution), or http with the
// per-site opt-in.
bool mayCarryCredentials(const QUrl &url, bool allowInsecureHttp);

// The URL of a REST route under a REST root. Handles both "https://x/wp-json/" roots and
// plain-permalink roots "https://x/?rest_route=/". route starts with '/', e.g. "/wp/v2/users/me".
QUrl restUrl(const QUrl &restRoot, const QString &route, const QUrlQuery &query = {});

// The REST root to try when a site does not advertise one: "base/?rest_route=/".
QUrl fallbackRestRoot(const QUrl &siteBase);

// The URL with password and user info removed, for logs and reports.
QString redacted(const QUrl &url);

} // namespace Latchkey::SiteUrl
