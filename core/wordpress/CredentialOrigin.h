#pragma once

#include "Problem.h"
#include "SiteEndpoint.h"

#include <QString>
#include <QUrl>

// The one place that decides where a site's application password may go.
//
// The credential origin is the scheme, host and port of the address the user named for a site.
// It is fixed when the user names the site and changes only by an explicit act of that user
// (adding the site again at another address, or an address change verified with the stored
// password). Everything a site or the network says about itself (a redirect, a Link header, an
// HTML <link>, the REST index's url/home, an approval page's address) is a proposal: checked
// here, never followed with a credential. The one silent move allowed is what HSTS would do:
// http to https on the same host, to the default port.
namespace Latchkey::CredentialOrigin {

// "scheme://host:port" of the address the endpoint's user named (its siteUrl; the REST root's
// when an endpoint was built without one). Empty when neither is a usable URL.
QString of(const SiteEndpoint &endpoint);

// http://host[:80] → https://host (port 443): the one move accepted without asking.
bool isSilentUpgrade(const QUrl &named, const QUrl &proposed);

// Same origin as named, or the silent upgrade.
bool acceptsWithoutAsking(const QUrl &named, const QUrl &proposed);

// The site address to offer for a proposal found at url (a redirect target, a REST root
// ".../wp-json/" or "...?rest_route=/", an index url/home): normalised, without the REST part.
QUrl proposedSiteUrl(const QUrl &url);

// cross_origin_redirect for a proposal the user must accept: names both addresses, says that
// nothing was sent to the proposed one, and how to accept it (acceptHint; when empty, "use that
// address: add or check the site again with it"). detail says where the proposal came from.
Problem proposalProblem(const QUrl &named, const QUrl &proposed, const QString &acceptHint = {},
                        const QString &detail = {});

// Null when a request to url may carry endpoint's credentials: url and the endpoint's REST root
// are on the credential origin (or its silent upgrade) and the transport is acceptable (https;
// plain http only to a loopback host, see SiteUrl::isLoopbackHost, or with the per-site opt-in).
// Otherwise the problem that refuses it.
Problem checkRequest(const SiteEndpoint &endpoint, const QUrl &url);

// Plain HTTP that carries credentials must never go through a proxy (a proxy reads it).
bool mustBypassProxy(const QUrl &url, bool carriesCredentials);

} // namespace Latchkey::CredentialOrigin
