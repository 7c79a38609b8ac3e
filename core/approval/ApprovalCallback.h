#pragma once

#include "Problem.h"

#include <QString>
#include <QUrl>

namespace Latchkey {

// What WordPress sends the browser to after the "Authorize Application" page, parsed and
// checked. The accepted shapes are exactly what WordPress 5.6 to 6.x produces for Latchkey's
// ApprovalRequest:
//
//   latchkey://authorized?state=S&site_url=U&user_login=L&password=P
//   latchkey://rejected?state=S
//   latchkey://rejected?state=S&error=disabled
//
// The last is WordPress's "Cannot Authorize Application" page (wp-admin/authorize-application.php):
// its "Go Back" link adds error=disabled to reject_url when application passwords are not
// available on the site or for the user, or the site sits behind HTTP Basic authentication.
// The user did not decline anything then (isUnavailable()).
//
// Anything else is refused: another scheme or host, user info, a port, a path other than "/",
// a fragment, a missing, empty, unknown or repeated parameter, a value that does not decode as
// UTF-8 or holds control characters, a malformed state, a site_url that is not http(s), a
// password that is not an application password, or input longer than kMaxLength. Spaces in the
// password may come as %20 or '+' (auth-app.js uses encodeURIComponent; the no-JavaScript form
// urlencode()), and the password may come in WordPress's chunked form ("abcd efgh …"): it is
// kept as sent, the comparison form is compactPassword.
//
// Parse errors never quote the input (it may hold a password); log with SiteUrl::redacted at
// most.
struct ApprovalCallback
{
    static constexpr char kScheme[] = "latchkey";
    static constexpr char kAuthorizedHost[] = "authorized";
    static constexpr char kRejectedHost[] = "rejected";
    static constexpr int kMaxLength = 4096;

    enum class Kind
    {
        Authorized,
        Rejected,
    };

    Kind kind = Kind::Rejected;
    QString state;
    QUrl siteUrl;      // authorized only
    QString userLogin; // authorized only
    QString password;  // authorized only; as WordPress sent it (maybe with spaces)
    QString error;     // rejected only: "disabled" (the page could not authorize), or empty

    static constexpr char kErrorDisabled[] = "disabled";

    bool isAuthorized() const { return kind == Kind::Authorized; }
    // WordPress could not show the approval page (rejected with error=disabled).
    bool isUnavailable() const
    {
        return kind == Kind::Rejected && error == QLatin1String(kErrorDisabled);
    }
    // The password without spaces.
    QString compactPassword() const;

    // Problems are invalid_input with a sentence that names what was wrong (never a value).
    static Result<ApprovalCallback> parse(const QString &address);
    // True when text looks like it was meant as a callback (starts with "latchkey:"), so that a
    // pasted text can be told from a bare password.
    static bool looksLikeCallback(const QString &text);
    // True for what WordPress mints: 24 letters and digits, optionally in groups with spaces.
    static bool isApplicationPassword(const QString &password);

    // Clears the password from memory as far as QString allows.
    void wipe();
};

} // namespace Latchkey
