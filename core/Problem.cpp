#include "Problem.h"

#include <QJsonArray>

namespace Latchkey {

namespace {

struct CodeName
{
    ProblemCode code;
    const char *name;
};

// The stable identifiers. Order matches the enum; a unit test checks each round-trips.
constexpr CodeName kCodeNames[] = {
    {ProblemCode::None, ""},
    {ProblemCode::InvalidUrl, "invalid_url"},
    {ProblemCode::DnsFailed, "dns_failed"},
    {ProblemCode::ConnectionRefused, "connection_refused"},
    {ProblemCode::ConnectionFailed, "connection_failed"},
    {ProblemCode::Timeout, "timeout"},
    {ProblemCode::TlsError, "tls_error"},
    {ProblemCode::HttpError, "http_error"},
    {ProblemCode::NotWordPress, "not_wordpress"},
    {ProblemCode::RestApiBlocked, "rest_api_blocked"},
    {ProblemCode::RestApiDisabled, "rest_api_disabled"},
    {ProblemCode::HttpsRequired, "https_required"},
    {ProblemCode::AppPasswordsUnavailable, "app_passwords_unavailable"},
    {ProblemCode::AppPasswordsDisabledForUser, "app_passwords_disabled_for_user"},
    {ProblemCode::CredentialsRejected, "credentials_rejected"},
    {ProblemCode::AuthHeaderStripped, "auth_header_stripped"},
    {ProblemCode::InsufficientCapability, "insufficient_capability"},
    {ProblemCode::InsecureTransportRefused, "insecure_transport_refused"},
    {ProblemCode::CrossOriginRedirect, "cross_origin_redirect"},
    {ProblemCode::ResponseTooLarge, "response_too_large"},
    {ProblemCode::InvalidResponse, "invalid_response"},
    {ProblemCode::NotFound, "not_found"},
    {ProblemCode::DuplicateName, "duplicate_name"},
    {ProblemCode::WordPressError, "wordpress_error"},
    {ProblemCode::KeychainUnavailable, "keychain_unavailable"},
    {ProblemCode::SecretMissing, "secret_missing"},
    {ProblemCode::UnknownSite, "unknown_site"},
    {ProblemCode::DuplicateSite, "duplicate_site"},
    {ProblemCode::ConfigError, "config_error"},
    {ProblemCode::InvalidInput, "invalid_input"},
    {ProblemCode::DifferentSite, "different_site"},
    {ProblemCode::Cancelled, "cancelled"},
    {ProblemCode::OperationInProgress, "operation_in_progress"},
};

} // namespace

QString problemCodeName(ProblemCode code)
{
    for (const auto &entry : kCodeNames) {
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<ProblemCode> problemCodeFromName(const QString &name)
{
    for (const auto &entry : kCodeNames) {
        if (entry.code != ProblemCode::None && name == QLatin1String(entry.name))
            return entry.code;
    }
    return std::nullopt;
}

QList<ProblemCode> allProblemCodes()
{
    QList<ProblemCode> codes;
    for (const auto &entry : kCodeNames) {
        if (entry.code != ProblemCode::None)
            codes.append(entry.code);
    }
    return codes;
}

Problem::Problem(ProblemCode code, QString message, QString fix)
    : m_code(code)
    , m_message(message.isEmpty() ? defaultMessage(code) : std::move(message))
    , m_fix(fix.isEmpty() ? defaultFix(code) : std::move(fix))
{}

Problem Problem::make(ProblemCode code, const QString &detail)
{
    Problem problem(code);
    problem.m_detail = detail;
    return problem;
}

QStringList Problem::candidateNames() const
{
    QStringList names;
    for (ProblemCode code : m_candidates)
        names.append(problemCodeName(code));
    return names;
}

Problem &Problem::withMessage(QString message)
{
    m_message = std::move(message);
    return *this;
}

Problem &Problem::withFix(QString fix)
{
    m_fix = std::move(fix);
    return *this;
}

Problem &Problem::withDetail(QString detail)
{
    m_detail = std::move(detail);
    return *this;
}

Problem &Problem::withHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

Problem &Problem::withWordPressCode(QString code)
{
    m_wordPressCode = std::move(code);
    return *this;
}

Problem &Problem::withCandidates(QList<ProblemCode> candidates)
{
    candidates.removeAll(m_code);
    m_candidates = std::move(candidates);
    return *this;
}

QString Problem::toString() const
{
    if (m_detail.isEmpty())
        return m_message;
    return m_message + QStringLiteral(" (") + m_detail + QLatin1Char(')');
}

QJsonObject Problem::toJson() const
{
    QJsonObject object{
        {QStringLiteral("problem"), codeName()},
        {QStringLiteral("candidates"), QJsonArray::fromStringList(candidateNames())},
        {QStringLiteral("message"), m_message},
        {QStringLiteral("fix"), m_fix},
    };
    if (!m_detail.isEmpty())
        object.insert(QStringLiteral("detail"), m_detail);
    if (m_httpStatus != 0)
        object.insert(QStringLiteral("http_status"), m_httpStatus);
    if (!m_wordPressCode.isEmpty())
        object.insert(QStringLiteral("wordpress_code"), m_wordPressCode);
    return object;
}

QString Problem::defaultMessage(ProblemCode code)
{
    switch (code) {
    case ProblemCode::None:
        return {};
    case ProblemCode::InvalidUrl:
        return tr("That is not a web address Latchkey can use.");
    case ProblemCode::DnsFailed:
        return tr("The site's host name could not be found.");
    case ProblemCode::ConnectionRefused:
        return tr("The server refused the connection.");
    case ProblemCode::ConnectionFailed:
        return tr("The connection to the server failed or was closed early.");
    case ProblemCode::Timeout:
        return tr("The server did not answer in time.");
    case ProblemCode::TlsError:
        return tr("The site's HTTPS certificate could not be trusted.");
    case ProblemCode::HttpError:
        return tr("The server answered with an HTTP error.");
    case ProblemCode::NotWordPress:
        return tr("This does not look like a WordPress site.");
    case ProblemCode::RestApiBlocked:
        return tr("Something between Latchkey and WordPress answered instead of the REST API "
                  "(a firewall, security plugin or host error page).");
    case ProblemCode::RestApiDisabled:
        return tr("The site's WordPress REST API is turned off.");
    case ProblemCode::HttpsRequired:
        return tr("Application passwords are unavailable because WordPress does not think the "
                  "site uses HTTPS.");
    case ProblemCode::AppPasswordsUnavailable:
        return tr("Application passwords are turned off on this site.");
    case ProblemCode::AppPasswordsDisabledForUser:
        return tr("Application passwords are turned off for this user.");
    case ProblemCode::CredentialsRejected:
        return tr("WordPress did not accept the user name and application password.");
    case ProblemCode::AuthHeaderStripped:
        return tr("The server removes the Authorization header before WordPress sees it.");
    case ProblemCode::InsufficientCapability:
        return tr("This WordPress user is not allowed to do that.");
    case ProblemCode::InsecureTransportRefused:
        return tr("Latchkey will not send a password over plain HTTP to a site on another "
                  "computer.");
    case ProblemCode::CrossOriginRedirect:
        return tr("The site redirects to a different address; the password was not sent there.");
    case ProblemCode::ResponseTooLarge:
        return tr("The server's answer was far larger than expected and was cut off.");
    case ProblemCode::InvalidResponse:
        return tr("The server's answer could not be understood.");
    case ProblemCode::NotFound:
        return tr("WordPress could not find what was asked for.");
    case ProblemCode::DuplicateName:
        return tr("That name is already taken.");
    case ProblemCode::WordPressError:
        return tr("WordPress reported an error.");
    case ProblemCode::KeychainUnavailable:
        return tr("The system keychain could not be reached.");
    case ProblemCode::SecretMissing:
        return tr("No application password for this site is stored in the keychain.");
    case ProblemCode::UnknownSite:
        return tr("No site with that name, id or address is known.");
    case ProblemCode::DuplicateSite:
        return tr("That site and user are already in Latchkey.");
    case ProblemCode::ConfigError:
        return tr("Latchkey's site list could not be read or written.");
    case ProblemCode::InvalidInput:
        return tr("The input is not valid.");
    case ProblemCode::DifferentSite:
        return tr("The new address is not the same WordPress site: the stored password signs in "
                  "there as another user, or not at all. The address was not changed.");
    case ProblemCode::Cancelled:
        return tr("Cancelled.");
    case ProblemCode::OperationInProgress:
        return tr("Another Latchkey process is working on this site's password right now.");
    }
    return {};
}

QString Problem::defaultFix(ProblemCode code)
{
    switch (code) {
    case ProblemCode::None:
        return {};
    case ProblemCode::InvalidUrl:
        return tr("Enter the site's address, for example https://example.com or "
                  "https://example.com/blog.");
    case ProblemCode::DnsFailed:
        return tr("Check the address for typing mistakes and that this computer is online.");
    case ProblemCode::ConnectionRefused:
        return tr("Check the address and port, and that the web server is running.");
    case ProblemCode::ConnectionFailed:
        return tr("Try again; if it keeps happening, ask the host whether a firewall drops "
                  "connections.");
    case ProblemCode::Timeout:
        return tr("Try again later; if the site is slow for everyone, contact the host.");
    case ProblemCode::TlsError:
        return tr("Fix the certificate on the server (expired, self-signed, or made for another "
                  "name). For a staging site with its own certificate, compare the SHA-256 "
                  "fingerprint with the one on the server, then trust exactly that certificate "
                  "for this site: in the site's settings, or with \"latchkey-cli site edit SITE "
                  "--trust-certificate FINGERPRINT\".");
    case ProblemCode::HttpError:
        return tr("Open the site in a browser; if it shows an error too, contact the host.");
    case ProblemCode::NotWordPress:
        return tr("Check the address: enter the WordPress site itself (where wp-admin lives).");
    case ProblemCode::RestApiBlocked:
        return tr("Allow /wp-json/ in the security plugin or web application firewall, or ask the "
                  "host to stop blocking the REST API.");
    case ProblemCode::RestApiDisabled:
        return tr(
            "Turn the REST API back on (a plugin such as \"Disable REST API\" turns it off).");
    case ProblemCode::HttpsRequired:
        return tr("Serve the site over HTTPS. If HTTPS ends at a proxy, load balancer or CDN, "
                  "make it send \"X-Forwarded-Proto: https\" and add to wp-config.php, above "
                  "the line \"That's all, stop editing!\":\n"
                  "if (($_SERVER['HTTP_X_FORWARDED_PROTO'] ?? '') === 'https') "
                  "{ $_SERVER['HTTPS'] = 'on'; }");
    case ProblemCode::AppPasswordsUnavailable:
        return tr("Turn application passwords back on where they were switched off. Wordfence: "
                  "Wordfence > Login Security > Settings, untick \"Disable application "
                  "passwords\". Other security plugins have a similar switch; custom code "
                  "does it with add_filter('wp_is_application_passwords_available', "
                  "'__return_false') in the theme's functions.php or a (must-use) plugin.");
    case ProblemCode::AppPasswordsDisabledForUser:
        return tr("Ask an administrator to allow application passwords for this user: a "
                  "plugin or custom code (the wp_is_application_passwords_available_for_user "
                  "filter) turns them off for some users or roles. Or connect as a user who "
                  "has them.");
    case ProblemCode::CredentialsRejected:
        return tr("Check the user name (the login, not the e-mail address or display name), "
                  "then create a new application password under Users > Profile > Application "
                  "Passwords and reconnect the site with it.");
    case ProblemCode::AuthHeaderStripped:
        return tr("Make the web server pass the Authorization header on to PHP. Apache with "
                  "PHP as CGI/FastCGI (PHP-FPM): add \"CGIPassAuth On\" (Apache 2.4.13+) to "
                  "the site's configuration or .htaccess, or the rewrite rule \"RewriteRule .* "
                  "- [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\" before WordPress's rules. "
                  "nginx with PHP-FPM: \"fastcgi_param HTTP_AUTHORIZATION "
                  "$http_authorization;\" in the PHP location. A reverse proxy (nginx, a load "
                  "balancer, a CDN) in front: do not clear the header, e.g. nginx "
                  "\"proxy_set_header Authorization $http_authorization;\". On shared hosting, "
                  "send the host this report.");
    case ProblemCode::InsufficientCapability:
        return tr("Use an account whose role allows it: writing drafts needs Contributor or "
                  "above, publishing needs Author (own posts) or Editor, managing other users' "
                  "application passwords needs Administrator. Or ask an administrator to change "
                  "this user's role.");
    case ProblemCode::InsecureTransportRefused:
        return tr("Use the site's https:// address. Only for a site you trust on a private "
                  "network, allow plain HTTP in the site's settings.");
    case ProblemCode::CrossOriginRedirect:
        return tr("Change the site's address in Latchkey to the one it redirects to.");
    case ProblemCode::ResponseTooLarge:
        return tr("Check that the address points at WordPress; a plugin may be adding output.");
    case ProblemCode::InvalidResponse:
        return tr("Check for PHP errors or notices on the site, which can break REST replies.");
    case ProblemCode::NotFound:
        return tr("Refresh the list: it may have been removed already.");
    case ProblemCode::DuplicateName:
        return tr("Choose a different name.");
    case ProblemCode::WordPressError:
        return tr("Read WordPress's message; the site's error log may say more.");
    case ProblemCode::KeychainUnavailable:
        return tr("Unlock the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows "
                  "Credential Manager). Without a desktop session, start a D-Bus session with an "
                  "unlocked keyring; see the README's section on cron.");
    case ProblemCode::SecretMissing:
        return tr("Reconnect the site to store a new application password.");
    case ProblemCode::UnknownSite:
        return tr("List the sites with \"latchkey-cli site list\".");
    case ProblemCode::DuplicateSite:
        return tr("Reconnect the existing entry instead, or use a different user.");
    case ProblemCode::ConfigError:
        return tr("Check that the configuration folder is writable and the file is not damaged.");
    case ProblemCode::InvalidInput:
        return tr("Correct the input and try again.");
    case ProblemCode::DifferentSite:
        return tr("Check the new address. If the site really moved to another WordPress, add it "
                  "as a new site with a password from there.");
    case ProblemCode::Cancelled:
        return {};
    case ProblemCode::OperationInProgress:
        return tr("Nothing was changed. Wait until the other run ends (it finishes or rolls "
                  "back by itself), then run the command again if it is still needed.");
    }
    return {};
}

} // namespace Latchkey
