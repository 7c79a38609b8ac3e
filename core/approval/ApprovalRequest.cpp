#include "approval/ApprovalRequest.h"

#include "AppIdentity.h"
#include "approval/ApprovalCallback.h"

#include <QRandomGenerator>
#include <QSysInfo>

#include <array>

namespace Latchkey {

namespace {

constexpr int kStateBytes = 16;  // 128 bits
constexpr int kStateLength = 22; // base64url of 16 bytes without padding
constexpr int kDeviceNameLimit = 40;

QByteArray encodedPair(const char *key, const QString &value)
{
    // toPercentEncoding leaves only A-Z a-z 0-9 - . _ ~ as they are: ':', '/', '?', '=' and '&'
    // of a nested address are all encoded, so WordPress reads the whole address as one value.
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(value);
}

QString cleanDeviceName(const QString &name)
{
    QString clean;
    for (const QChar c : name) {
        clean.append(c.isPrint() ? c : QLatin1Char(' '));
    }
    clean = clean.simplified();
    if (clean.size() > kDeviceNameLimit)
        clean.truncate(kDeviceNameLimit);
    return clean.isEmpty() ? QStringLiteral("this computer") : clean;
}

QUrl withQuery(QUrl url, const QList<QByteArray> &pairs)
{
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : pairs) {
        if (!query.isEmpty())
            query.append('&');
        query.append(pair);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace

ApprovalRequest ApprovalRequest::create(const QUrl &authorizeUrl, const QString &deviceName,
                                        const QDateTime &now)
{
    ApprovalRequest request;
    request.authorizeUrl = authorizeUrl.adjusted(QUrl::RemoveFragment);
    request.appName =
        defaultAppName(deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName, now);
    request.appId = QString::fromLatin1(AppIdentity::kAppId);
    request.state = newState();
    return request;
}

QString ApprovalRequest::newState()
{
    std::array<quint32, kStateBytes / sizeof(quint32)> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), kStateBytes);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ApprovalRequest::defaultAppName(const QString &deviceName, const QDateTime &now)
{
    // WordPress 5.7 to 6.6 refuses a second password with the same name for a user: the time
    // to the second keeps attempts apart.
    return QStringLiteral("%1 %2").arg(appNamePrefix(deviceName),
                                       now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString ApprovalRequest::appNamePrefix(const QString &deviceName)
{
    return QStringLiteral("Latchkey on %1").arg(cleanDeviceName(deviceName));
}

bool ApprovalRequest::isWellFormedState(const QString &state)
{
    if (state.size() != kStateLength)
        return false;
    for (const QChar c : state) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QUrl ApprovalRequest::successUrl() const
{
    return QUrl(QStringLiteral("%1://%2?state=%3")
                    .arg(QLatin1String(ApprovalCallback::kScheme),
                         QLatin1String(ApprovalCallback::kAuthorizedHost), state),
                QUrl::StrictMode);
}

QUrl ApprovalRequest::rejectUrl() const
{
    return QUrl(QStringLiteral("%1://%2?state=%3")
                    .arg(QLatin1String(ApprovalCallback::kScheme),
                         QLatin1String(ApprovalCallback::kRejectedHost), state),
                QUrl::StrictMode);
}

QUrl ApprovalRequest::url() const
{
    return withQuery(authorizeUrl,
                     {encodedPair("app_name", appName), encodedPair("app_id", appId),
                      encodedPair("success_url", successUrl().toString(QUrl::FullyEncoded)),
                      encodedPair("reject_url", rejectUrl().toString(QUrl::FullyEncoded))});
}

QUrl ApprovalRequest::urlShowingPassword() const
{
    return withQuery(authorizeUrl,
                     {encodedPair("app_name", appName), encodedPair("app_id", appId)});
}

} // namespace Latchkey
