#pragma once

#include <QString>
#include <QUrl>

namespace Latchkey {

// Everything a request needs to reach one site as one user. An empty password means anonymous.
// Credentials are only ever sent to the credential origin: the origin (scheme, host, port) of
// siteUrl, the address the user named (CredentialOrigin decides, WpRequest enforces).
struct SiteEndpoint
{
    QUrl siteUrl;  // the address the user named; restRoot's origin stands in when empty
    QUrl restRoot; // ".../wp-json/" or ".../?rest_route=/", on the credential origin
    QString login;
    QString password;
    bool allowInsecureHttp = false;   // per-site opt-in to Basic auth over plain HTTP
    QString trustedCertificateSha256; // hex, lowercase; accept exactly this certificate
    bool useMethodOverride = false;   // send DELETE/PUT as POST + X-HTTP-Method-Override

    bool hasCredentials() const { return !login.isEmpty() && !password.isEmpty(); }
};

} // namespace Latchkey
