#include "XmlRpcProbe.h"

#include "WpReply.h"

#include <QRegularExpression>

namespace Latchkey::XmlRpcProbe {

QByteArray requestBody(const QString &login, const QString &password)
{
    auto param = [](const QString &value) -> QString {
        return QStringLiteral("<param><value><string>") + value.toHtmlEscaped() +
               QStringLiteral("</string></value></param>");
    };
    const QString xml = QStringLiteral("<?xml version=\"1.0\"?>\n<methodCall><methodName>"
                                       "wp.getUsersBlogs</methodName><params>") +
                        param(login) + param(password) + QStringLiteral("</params></methodCall>\n");
    return xml.toUtf8();
}

QUrl endpoint(const QUrl &wordPressUrl, const QUrl &siteUrl)
{
    QUrl base = wordPressUrl.isValid() && !wordPressUrl.isEmpty() ? wordPressUrl : siteUrl;
    base = base.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path + QStringLiteral("xmlrpc.php"));
    return base;
}

int faultCode(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(64 * 1024));
    if (!text.contains(QLatin1String("<methodResponse")))
        return -1;
    if (!text.contains(QLatin1String("<fault>")))
        return 0;
    static const QRegularExpression code(
        QStringLiteral("<name>\\s*faultCode\\s*</name>\\s*<value>\\s*<(?:int|i4)>\\s*(-?\\d+)"));
    const QRegularExpressionMatch match = code.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

Verdict readReply(const WpReply &reply, QString *detail)
{
    const int fault = reply.httpStatus == 200 ? faultCode(reply.body) : -1;
    Verdict verdict = Verdict::Inconclusive;
    if (fault == 0 || fault == 401)
        verdict = Verdict::Accepted; // 401: logged in, but not allowed to list blogs
    else if (fault == 403)
        verdict = Verdict::Rejected;
    else if (fault == 405)
        verdict = Verdict::Unavailable;
    if (detail) {
        *detail = QStringLiteral("XML-RPC %1 (HTTP %2%3)")
                      .arg(verdictName(verdict))
                      .arg(reply.httpStatus)
                      .arg(fault > 0 ? QStringLiteral(", fault %1").arg(fault) : QString());
    }
    return verdict;
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return QStringLiteral("accepted the password");
    case Verdict::Rejected:
        return QStringLiteral("refused the password");
    case Verdict::Unavailable:
        return QStringLiteral("is turned off");
    case Verdict::Inconclusive:
        break;
    }
    return QStringLiteral("gave no usable answer");
}

} // namespace Latchkey::XmlRpcProbe
