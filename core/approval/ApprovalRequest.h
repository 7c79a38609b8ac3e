#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Latchkey {

// One attempt at connecting a site through WordPress's "Authorize Application" page
// (wp-admin/authorize-application.php): the page's address with Latchkey's app name and id and
// the two latchkey:// addresses WordPress sends the browser to afterwards, bound to this
// attempt by a random state. Holds no secret (the state only tells attempts apart; the
// password comes back in the callback).
struct ApprovalRequest
{
    QUrl authorizeUrl; // from the REST index (DiscoveryResult::authorizeUrl), without our query
    QString appName;   // "Latchkey on <computer> <date time>": unique per attempt
    QString appId;     // AppIdentity::kAppId
    QString state;     // 22 URL-safe characters (128 random bits)

    // A new attempt for the site whose index advertised authorizeUrl. deviceName is this
    // computer's name (QSysInfo::machineHostName() when empty); now is local time.
    static ApprovalRequest create(const QUrl &authorizeUrl, const QString &deviceName = {},
                                  const QDateTime &now = QDateTime::currentDateTime());
    // 128 bits from the system's cryptographic random source, base64url without padding.
    static QString newState();
    static QString defaultAppName(const QString &deviceName, const QDateTime &now);
    // What every defaultAppName for deviceName starts with: "Latchkey on <computer>".
    static QString appNamePrefix(const QString &deviceName);
    // True for something newState() could have made (length and alphabet).
    static bool isWellFormedState(const QString &state);

    // latchkey://authorized?state=S and latchkey://rejected?state=S
    QUrl successUrl() const;
    QUrl rejectUrl() const;
    // The page to open in the browser: authorizeUrl plus app_name, app_id, success_url and
    // reject_url, every value percent-encoded on its own (the nested addresses included).
    QUrl url() const;
    // The same page without success_url and reject_url: WordPress then shows the new password
    // on screen for the user to copy into Latchkey (the fallback when the desktop does not hand
    // latchkey:// addresses to Latchkey).
    QUrl urlShowingPassword() const;

    bool isValid() const { return authorizeUrl.isValid() && !state.isEmpty(); }
};

} // namespace Latchkey
