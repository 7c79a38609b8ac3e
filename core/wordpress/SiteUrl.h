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

// localhost, 127.0.0.0/8, ::1 (and *.localhost).
bool isLoopbackHost(const QString &host);

// "scheme://host:port" with the port always explicit, for comparing origins.
QString origin(const QUrl &url);
bool sameOrigin(const QUrl &a, const QUrl &b);

// True when sending credentials to url is acceptable: https, or http to a loopback host,
// or http with the per-site opt-in.
bool mayCarryCredentials(const QUrl &url, bool allowInsecureHttp);

// The URL of a REST route under a REST root. Handles both "https://x/wp-json/" roots and
// plain-permalink roots "https://x/?rest_route=/". route starts with '/', e.g. "/wp/v2/users/me".
QUrl restUrl(const QUrl &restRoot, const QString &route, const QUrlQuery &query = {});

// The REST root to try when a site does not advertise one: "base/?rest_route=/".
QUrl fallbackRestRoot(const QUrl &siteBase);

// The URL with password and user info removed, for logs and reports.
QString redacted(const QUrl &url);

} // namespace Latchkey::SiteUrl
