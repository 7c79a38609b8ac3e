#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Latchkey {

struct WpReply;

// A second, independent opinion on an application password that the REST API answered with
// "rest_not_logged_in". WordPress also accepts application passwords through XML-RPC
// (xmlrpc.php), where the user name and password travel in the POST body, not in the
// Authorization header. If XML-RPC accepts the password, the REST API ignored a valid
// password: the Authorization header does not reach WordPress. If XML-RPC refuses it too, the
// password (or the user's permission to use one) is the problem.
//
// The request goes only to xmlrpc.php on the origin of the REST root, through WpRequest (same
// transport rules as every authenticated request: https, or loopback, or the per-site opt-in;
// no redirect to another origin). The password is never put into a URL.
namespace XmlRpcProbe {

enum class Verdict
{
    Accepted,    // logged in: the password is valid for this user
    Rejected,    // fault 403 "Incorrect username or password."
    Unavailable, // fault 405: XML-RPC is turned off
    Inconclusive // not an XML-RPC answer (firewall page, 404, error...)
};

// wp.getUsersBlogs(login, password): a read-only call any user may make.
QByteArray requestBody(const QString &login, const QString &password);
// xmlrpc.php next to WordPress's files (the index's "url"), or under the site address.
QUrl endpoint(const QUrl &wordPressUrl, const QUrl &siteUrl);
Verdict readReply(const WpReply &reply, QString *detail = nullptr);
// Pure parsing, for unit tests: the fault code of a methodResponse, 0 when it is a success,
// -1 when it is not a methodResponse.
int faultCode(const QByteArray &body);
QString verdictName(Verdict verdict);

} // namespace XmlRpcProbe

} // namespace Latchkey
