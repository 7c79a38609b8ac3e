#include "WpRequest.h"

#include "CredentialOrigin.h"
#include "SiteUrl.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#ifndef LATCHKEY_VERSION
#define LATCHKEY_VERSION "0"
#endif

namespace Latchkey {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "latchkey.http", QtInfoMsg)

QString trRequest(const char *text)
{
    return QCoreApplication::translate("Latchkey::WpRequest", text);
}

const QByteArray kGet = QByteArrayLiteral("GET");
const QByteArray kHead = QByteArrayLiteral("HEAD");
const QByteArray kPost = QByteArrayLiteral("POST");
const QByteArray kDelete = QByteArrayLiteral("DELETE");

constexpr qsizetype kSnippetChars = 200;
constexpr qint64 kReadBufferBytes = 64 * 1024;

bool isOverridable(const QByteArray &method)
{
    return method == kDelete || method == "PUT" || method == "PATCH";
}

QString decodeEntities(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x[0-9a-fA-F]+|[0-9]+);"));
    QString out;
    qsizetype last = 0;
    auto it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString number = match.captured(1);
        bool ok = false;
        const char32_t code = number.startsWith(QLatin1Char('x')) ? number.mid(1).toUInt(&ok, 16)
                                                                  : number.toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF)
            out += QString::fromUcs4(&code, 1);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&#039;"), QLatin1String("'"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out;
}

// Text of an HTML fragment: no scripts, styles or tags, entities decoded, whitespace simplified.
QString stripTags(const QString &html)
{
    static const QRegularExpression blocks(
        QStringLiteral("<(script|style|head)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(blocks);
    text.remove(comments);
    text.replace(tags, QStringLiteral(" "));
    return decodeEntities(text).simplified();
}

QString htmlTitle(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title\\b[^>]*>(.*?)</title\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(html);
    return match.hasMatch() ? stripTags(match.captured(1)) : QString();
}

QString snippet(const QString &text)
{
    if (text.size() <= kSnippetChars)
        return text;
    return text.left(kSnippetChars) + QChar(0x2026);
}

QByteArray withoutBom(const QByteArray &body)
{
    if (body.startsWith("\xEF\xBB\xBF"))
        return body.mid(3);
    return body;
}

// Appends what the reply has to body, up to limit + 1 bytes in all (one past the limit shows
// that the body is too large), reading straight into body's spare room, never through a
// temporary array per chunk. The buffer is sized once from Content-Length when the server
// sent one; otherwise it doubles up to 1 MiB, then takes the rest of the limit in one block.
// Not read(limit): QIODevice::read(n) allocates n bytes first and the array keeps that
// capacity, so every reply of a bulk check held an 8 MiB block.
constexpr qint64 kGrowByDoublingBytes = 1024 * 1024;

void appendAvailable(QNetworkReply *reply, QByteArray &body, qint64 limit)
{
    if (reply->bytesAvailable() <= 0)
        return; // nothing to add: do not detach a shared body for nothing
    const qint64 room = limit + 1 - body.size();
    const qint64 want = qBound<qint64>(1, reply->bytesAvailable(), qMax<qint64>(room, 1));
    const qsizetype had = body.size();
    const qsizetype needed = had + qsizetype(want);
    if (body.capacity() < needed) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        qint64 capacity = qMax<qint64>(needed, qint64(body.capacity()) * 2);
        if (announced >= needed)
            capacity = announced;
        else if (capacity > kGrowByDoublingBytes)
            capacity = limit + 1; // one block for the rest: its pages are touched as they fill,
                                  // where doubling would copy the body again and again
        body.reserve(qsizetype(qMin<qint64>(capacity, limit + 1)));
    }
    body.resize(needed);
    const qint64 got = reply->read(body.data() + had, want);
    body.resize(had + qsizetype(qMax<qint64>(got, 0)));
}

bool parseJson(const QByteArray &raw, QJsonValue &value)
{
    const QByteArray body = withoutBom(raw);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull()) {
        value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        return true;
    }
    // A bare scalar ("true", "42", "\"text\"") is valid JSON too; QJsonDocument wants a container.
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith('{') || trimmed.startsWith('[') ||
        trimmed.startsWith('<'))
        return false;
    const QJsonDocument wrapped = QJsonDocument::fromJson('[' + trimmed + ']', &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return false;
    value = wrapped.array().first();
    return true;
}

bool isWordPressErrorJson(const QJsonValue &json)
{
    if (!json.isObject())
        return false;
    const QJsonObject object = json.toObject();
    return object.value(QLatin1String("code")).isString() &&
           !object.value(QLatin1String("code")).toString().isEmpty() &&
           object.value(QLatin1String("message")).isString();
}

// PHP's display_errors output ("<b>Warning</b>: ..." or "PHP Notice: ...") in front of a body.
bool looksLikePhpOutput(const QString &text)
{
    static const QRegularExpression php(
        QStringLiteral("(^|[>\\n])\\s*(<b>)?\\s*(PHP )?(Notice|Warning|Deprecated|Fatal error|"
                       "Parse error|Strict Standards)\\s*(</b>)?\\s*:"),
        QRegularExpression::CaseInsensitiveOption);
    return php.match(text.left(4096)).hasMatch();
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 4);
}

QString normalizedFingerprint(const QString &fingerprint)
{
    QString hex;
    for (const QChar c : fingerprint) {
        if (c.isLetterOrNumber())
            hex += c.toLower();
    }
    return hex;
}

QString certificateName(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolUnknownError ||
           error == QNetworkReply::ProtocolFailure;
}

} // namespace

WpRequest::WpRequest(QNetworkAccessManager *network, SiteEndpoint endpoint,
                     const QByteArray &method, const QUrl &url, QByteArray jsonBody,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_method(method.toUpper())
    // QNetworkAccessManager would turn user info in a URL into credentials: never carry any.
    , m_url(url.adjusted(QUrl::RemoveUserInfo))
    , m_body(std::move(jsonBody))
{
    m_inactivity.setSingleShot(true);
    connect(&m_inactivity, &QTimer::timeout, this, &WpRequest::onInactivity);
}

WpRequest::~WpRequest()
{
    if (QNetworkReply *reply = m_reply) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void WpRequest::start()
{
    if (m_started) {
        qCWarning(lcHttp) << "WpRequest::start() called twice for" << SiteUrl::redacted(m_url);
        return;
    }
    m_started = true;
    m_clock.start();

    if (!m_network) {
        failSoon(Problem::make(ProblemCode::InvalidInput,
                               trRequest("no network access manager was given")));
        return;
    }
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || m_url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        failSoon(Problem::make(ProblemCode::InvalidUrl,
                               trRequest("cannot request \"%1\"").arg(SiteUrl::redacted(m_url))));
        return;
    }

    const bool wantsCredentials = m_options.authenticate && m_endpoint.hasCredentials();
    if (wantsCredentials) {
        if (Problem refused = CredentialOrigin::checkRequest(m_endpoint, m_url)) {
            failSoon(refused);
            return;
        }
    }
    m_sentCredentials = wantsCredentials;
    if (wantsCredentials && scheme == QLatin1String("http") &&
        SiteUrl::isLocalhostName(m_url.host())) {
        pinLocalhost();
        return;
    }
    send(m_endpoint.useMethodOverride);
}

// "localhost" is loopback only where Latchkey resolves it itself: resolve it, and connect to
// the loopback address found (with Host: localhost), never to whatever a later lookup says.
void WpRequest::pinLocalhost()
{
    QHostInfo::lookupHost(m_url.host(), this, [this](const QHostInfo &info) {
        if (m_finished)
            return;
        const QList<QHostAddress> addresses = info.addresses();
        for (const QHostAddress &address : addresses) {
            if (address.isLoopback()) {
                m_localhostAddress = address;
                send(m_endpoint.useMethodOverride);
                return;
            }
        }
        QStringList found;
        for (const QHostAddress &address : addresses)
            found.append(address.toString());
        fail(Problem::make(ProblemCode::InsecureTransportRefused,
                           trRequest("%1 resolves to %2, not to a loopback address")
                               .arg(m_url.host(), found.isEmpty()
                                                      ? info.errorString()
                                                      : found.join(QStringLiteral(", ")))));
    });
}

// Plain HTTP that carries a password never goes through a proxy: QNetworkRequest has no proxy
// of its own, so such requests use a private child of the injected manager that has none.
QNetworkAccessManager *WpRequest::networkFor(const QUrl &url) const
{
    if (!CredentialOrigin::mustBypassProxy(url, m_sentCredentials))
        return m_network;
    static const QString kDirectName = QStringLiteral("latchkey-direct-no-proxy");
    auto *direct =
        m_network->findChild<QNetworkAccessManager *>(kDirectName, Qt::FindDirectChildrenOnly);
    if (!direct) {
        direct = new QNetworkAccessManager(m_network);
        direct->setObjectName(kDirectName);
        direct->setProxy(QNetworkProxy::NoProxy);
    }
    return direct;
}

void WpRequest::abort()
{
    if (m_finished)
        return;
    abortWith(Problem(ProblemCode::Cancelled));
}

void WpRequest::send(bool withMethodOverride, const QUrl &from)
{
    m_sslErrors.clear();
    m_received.clear();
    m_abortReason = Problem();

    m_currentUrl = from.isEmpty() ? m_url : from;
    QUrl target = m_currentUrl;
    const bool pinned = !m_localhostAddress.isNull() && SiteUrl::isLocalhostName(target.host());
    if (pinned)
        target.setHost(m_localhostAddress.toString());
    QNetworkRequest request(target);
    if (pinned) {
        // Qt keeps a Host header set here (QHttpNetworkConnection only adds one when absent).
        const int port = m_currentUrl.port();
        request.setRawHeader(QByteArrayLiteral("Host"),
                             m_currentUrl.host(QUrl::EncodeUnicode).toLatin1() +
                                 (port > 0 ? ':' + QByteArray::number(port) : QByteArray()));
    }
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(qMax(0, m_options.maxRedirects - m_redirects));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Never answer a challenge with credentials QNetworkAccessManager cached elsewhere.
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Latchkey/" LATCHKEY_VERSION));
    request.setRawHeader(QByteArrayLiteral("Accept"),
                         m_options.expectJson
                             ? QByteArrayLiteral("application/json")
                             : QByteArrayLiteral("text/html,application/xhtml+xml,"
                                                 "application/json;q=0.9,*/*;q=0.8"));

    QByteArray verb = m_method;
    if (withMethodOverride && isOverridable(verb)) {
        request.setRawHeader(QByteArrayLiteral("X-HTTP-Method-Override"), verb);
        verb = kPost;
        m_triedMethodOverride = true;
    }
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (verb != kGet && verb != kHead)
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());

    // The one place credentials are added. start() has checked origin and transport.
    if (m_sentCredentials) {
        const QByteArray pair = m_endpoint.login.toUtf8() + ':' + m_endpoint.password.toUtf8();
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + pair.toBase64());
    }

    QNetworkAccessManager *network = networkFor(m_currentUrl);
    QNetworkReply *reply = nullptr;
    if (verb == kGet)
        reply = network->get(request);
    else if (verb == kHead)
        reply = network->head(request);
    else
        reply = network->sendCustomRequest(request, verb, m_body);
    m_reply = reply;
    qCDebug(lcHttp).noquote() << verb << SiteUrl::redacted(m_currentUrl)
                              << (m_sentCredentials ? "(authenticated)" : "(anonymous)");

    connect(reply, &QNetworkReply::redirected, this, &WpRequest::onRedirected);
    connect(reply, &QNetworkReply::sslErrors, this, &WpRequest::onSslErrors);
    connect(reply, &QNetworkReply::downloadProgress, this, &WpRequest::onDownloadProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_inactivity.start(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, &WpRequest::onMetaDataChanged);
    // Take the body as it arrives, with a small buffer in the network thread: a huge answer is
    // cut off at the limit instead of piling up in memory first.
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, &WpRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &WpRequest::onReplyFinished);
    // The manager deletes its replies when it is destroyed; finish instead of waiting forever.
    connect(reply, &QObject::destroyed, this, [this] {
        if (!m_finished)
            fail(Problem::make(ProblemCode::Cancelled,
                               trRequest("the network access manager was destroyed")));
    });
    m_inactivity.start(m_options.inactivityTimeoutMs);
}

void WpRequest::onRedirected(const QUrl &target)
{
    QNetworkReply *reply = m_reply;
    if (m_finished || !reply)
        return;
    m_inactivity.start();
    const QUrl from = m_currentUrl;
    QUrl to = from.resolved(target);
    const bool pinned = !m_localhostAddress.isNull();
    if (pinned && to.host() == m_localhostAddress.toString() && to.port() == m_url.port())
        to.setHost(m_url.host()); // the pinned address stands for the name
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString hop =
        trRequest("HTTP %1 from %2 to %3")
            .arg(QString::number(status), SiteUrl::redacted(from), SiteUrl::redacted(to));

    if (++m_redirects > m_options.maxRedirects) {
        abortWith(
            Problem(
                ProblemCode::HttpError,
                trRequest("The site redirected more than %1 times.").arg(m_options.maxRedirects),
                trRequest("Open the address in a browser: the site redirects in a loop."))
                .withDetail(hop));
        return;
    }
    const QString scheme = to.scheme().toLower();
    if (!to.isValid() || to.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        abortWith(Problem::make(ProblemCode::InvalidResponse,
                                trRequest("redirect to an unusable address: %1").arg(hop)));
        return;
    }
    if (!m_sentCredentials && !m_options.namedUrl.isEmpty() &&
        !CredentialOrigin::acceptsWithoutAsking(m_options.namedUrl, to)) {
        // A proposal, not a detour: the user decides whether the site lives there now.
        m_proposedUrl = to;
        abortWith(CredentialOrigin::proposalProblem(m_options.namedUrl,
                                                    CredentialOrigin::proposedSiteUrl(to), {}, hop)
                      .withHttpStatus(status));
        return;
    }
    if (m_sentCredentials) {
        const bool downgrade =
            from.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
            scheme == QLatin1String("http");
        if (downgrade || !SiteUrl::sameOrigin(to, m_url)) {
            const QString message =
                downgrade
                    ? trRequest("The site redirects from HTTPS to plain HTTP (%1); the password "
                                "was not sent there.")
                          .arg(SiteUrl::redacted(to))
                    : trRequest("The site redirects to %1; the password was not sent there.")
                          .arg(SiteUrl::redacted(to));
            abortWith(Problem(ProblemCode::CrossOriginRedirect, message,
                              trRequest("If %1 is the site's real address, change the site's "
                                        "address in Latchkey to it.")
                                  .arg(SiteUrl::origin(to)))
                          .withDetail(hop)
                          .withHttpStatus(status));
            return;
        }
    }
    qCDebug(lcHttp).noquote() << "redirect" << hop;
    if (pinned && SiteUrl::isLocalhostName(target.host())) {
        // Qt would look the name up again itself: send to the pinned address instead.
        disconnect(reply, nullptr, this, nullptr);
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
        send(m_triedMethodOverride, to);
        return;
    }
    m_currentUrl = to;
    m_received.clear();
    Q_EMIT reply->redirectAllowed();
}

void WpRequest::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors.append(errors);
    QNetworkReply *reply = m_reply;
    const QString trusted = normalizedFingerprint(m_endpoint.trustedCertificateSha256);
    if (!reply || trusted.isEmpty())
        return;
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull()) {
                peer = error.certificate();
                break;
            }
        }
    }
    if (peer.isNull())
        return;
    const QString actual =
        QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex()).toLower();
    if (actual == trusted) {
        qCDebug(lcHttp) << "accepting the pinned certificate despite" << errors.size() << "errors";
        reply->ignoreSslErrors(errors);
    }
}

void WpRequest::onDownloadProgress(qint64 received, qint64 total)
{
    if (m_finished)
        return;
    m_inactivity.start();
    if (received > m_options.maxBodyBytes || total > m_options.maxBodyBytes) {
        abortWith(Problem::make(ProblemCode::ResponseTooLarge,
                                trRequest("more than %1 bytes; the limit is %2")
                                    .arg(QString::number(qMax(received, total)),
                                         QString::number(m_options.maxBodyBytes))));
    }
}

void WpRequest::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (m_finished || !reply)
        return;
    m_inactivity.start();
    while (reply->bytesAvailable() > 0) {
        appendAvailable(reply, m_received, m_options.maxBodyBytes);
        if (m_received.size() > m_options.maxBodyBytes) {
            abortWith(Problem::make(
                ProblemCode::ResponseTooLarge,
                trRequest("more than %1 bytes").arg(QString::number(m_options.maxBodyBytes))));
            return;
        }
    }
}

void WpRequest::onMetaDataChanged()
{
    QNetworkReply *reply = m_reply;
    if (m_finished || !reply)
        return;
    m_inactivity.start();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return;
    bool ok = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > m_options.maxBodyBytes) {
        abortWith(Problem::make(
                      ProblemCode::ResponseTooLarge,
                      trRequest("the server announced %1 bytes; the limit is %2")
                          .arg(QString::number(length), QString::number(m_options.maxBodyBytes)))
                      .withHttpStatus(status));
    }
}

void WpRequest::onInactivity()
{
    if (m_finished)
        return;
    abortWith(
        Problem::make(ProblemCode::Timeout, trRequest("no data from the server for %1 seconds")
                                                .arg(seconds(m_options.inactivityTimeoutMs))));
}

void WpRequest::abortWith(Problem problem)
{
    if (m_finished)
        return;
    m_abortReason = std::move(problem);
    if (QNetworkReply *reply = m_reply) {
        reply->abort(); // emits finished(), handled by onReplyFinished with m_abortReason
        if (!m_finished)
            onReplyFinished();
        return;
    }
    fail(m_abortReason);
}

void WpRequest::failSoon(const Problem &problem)
{
    // Not from inside start(): the caller may still be setting up around the call.
    QMetaObject::invokeMethod(
        this,
        [this, problem] {
            if (!m_finished)
                fail(problem);
        },
        Qt::QueuedConnection);
}

WpReply WpRequest::snapshot(QNetworkReply *reply) const
{
    WpReply result;
    result.requestedUrl = m_url;
    result.finalUrl = reply->url();
    if (!m_localhostAddress.isNull() && result.finalUrl.host() == m_localhostAddress.toString())
        result.finalUrl.setHost(m_url.host()); // where the pinned "localhost" was reached
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.peerCertificateChain = reply->sslConfiguration().peerCertificateChain();
    result.sslErrors = m_sslErrors;
    if (result.peerCertificateChain.isEmpty()) {
        // A failed handshake leaves the configuration empty; the errors name the certificates.
        for (const QSslError &error : m_sslErrors) {
            const QSslCertificate certificate = error.certificate();
            if (!certificate.isNull() && !result.peerCertificateChain.contains(certificate))
                result.peerCertificateChain.append(certificate);
        }
    }
    result.body = m_received;
    if (reply->isOpen() && result.body.size() <= m_options.maxBodyBytes)
        appendAvailable(reply, result.body, m_options.maxBodyBytes);
    if (m_abortReason.isNull() && result.body.size() <= m_options.maxBodyBytes)
        result.isJson = parseJson(result.body, result.json);
    return result;
}

void WpRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_finished || !reply)
        return;
    m_inactivity.stop();
    disconnect(reply, nullptr, this, nullptr);
    m_reply = nullptr;
    reply->deleteLater();

    WpReply result = snapshot(reply);
    const QNetworkReply::NetworkError error = reply->error();

    if (!m_abortReason.isNull()) {
        result.problem = m_abortReason;
        if (result.body.size() > m_options.maxBodyBytes)
            result.body.truncate(m_options.maxBodyBytes);
        finish(result);
        return;
    }
    if (result.body.size() > m_options.maxBodyBytes) {
        // Compressed transfers count compressed bytes in downloadProgress.
        result.body.truncate(m_options.maxBodyBytes);
        result.problem = Problem::make(ProblemCode::ResponseTooLarge,
                                       trRequest("more than %1 bytes after decompression")
                                           .arg(QString::number(m_options.maxBodyBytes)));
        finish(result);
        return;
    }

    // Hosts whose firewall refuses DELETE: try once more as POST + X-HTTP-Method-Override.
    if (m_method == kDelete && !m_triedMethodOverride &&
        (result.httpStatus == 405 || (result.httpStatus == 501 && !result.isJson))) {
        qCInfo(lcHttp).noquote() << "HTTP" << result.httpStatus << "for DELETE"
                                 << SiteUrl::redacted(m_url)
                                 << "- retrying as POST with X-HTTP-Method-Override";
        m_redirects = 0;
        send(true);
        return;
    }

    // Qt 6.4 can finish a reply without error and without any status line when the server
    // closes a reused connection under it (seen on redirects to "Connection: close" servers).
    // No final answer is 1xx: the request never got one. Idempotent requests go once more, from
    // the hop they had reached; others report it, since the server may have acted on them.
    const bool droppedWithoutAnswer =
        error == QNetworkReply::NoError && result.httpStatus < 200 && result.headers.isEmpty();
    if (droppedWithoutAnswer && !m_resentAfterDrop && (m_method == kGet || m_method == kHead)) {
        qCInfo(lcHttp).noquote() << "no answer from" << SiteUrl::redacted(m_currentUrl)
                                 << "- the connection closed; sending once more";
        m_resentAfterDrop = true;
        send(m_triedMethodOverride, m_currentUrl);
        return;
    }

    if (droppedWithoutAnswer) {
        result.problem = Problem(ProblemCode::ConnectionFailed,
                                 trRequest("The connection closed before the server answered."),
                                 trRequest("Try again; if it keeps happening, the site's server "
                                           "or a proxy in front of it is dropping connections."))
                             .withDetail(reply->errorString());
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        result.problem = tlsProblem(reply->errorString(), result.peerCertificateChain);
    } else if (isTransportError(error) || result.httpStatus == 0) {
        result.problem = problemForNetworkError(error);
        if (result.problem.detail().isEmpty())
            result.problem.withDetail(reply->errorString());
    } else {
        result.problem = problemForHttpReply(result);
    }
    finish(result);
}

void WpRequest::finish(WpReply reply)
{
    if (m_finished)
        return;
    m_finished = true;
    m_inactivity.stop();
    if (QNetworkReply *running = m_reply) {
        disconnect(running, nullptr, this, nullptr);
        m_reply = nullptr;
        running->abort();
        running->deleteLater();
    }
    reply.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (reply.requestedUrl.isEmpty())
        reply.requestedUrl = m_url;
    if (reply.finalUrl.isEmpty())
        reply.finalUrl = m_url;
    reply.proposedUrl = m_proposedUrl;
    if (!reply.problem.isNull() && reply.problem.httpStatus() == 0 && reply.httpStatus != 0)
        reply.problem.withHttpStatus(reply.httpStatus);
    qCDebug(lcHttp).noquote() << m_method << SiteUrl::redacted(m_url) << "->" << reply.httpStatus
                              << (reply.ok() ? QStringLiteral("ok") : reply.problem.codeName())
                              << reply.elapsedMs << "ms";
    Q_EMIT finished(reply);
    deleteLater();
}

void WpRequest::fail(Problem problem)
{
    WpReply reply;
    reply.problem = std::move(problem);
    finish(reply);
}

Problem WpRequest::tlsProblem(const QString &qtError, const QList<QSslCertificate> &chain) const
{
    QStringList parts;
    QStringList reasons;
    for (const QSslError &error : m_sslErrors) {
        if (!reasons.contains(error.errorString()))
            reasons.append(error.errorString());
    }
    parts.append(reasons.isEmpty() ? qtError : reasons.join(QStringLiteral("; ")));
    if (!chain.isEmpty()) {
        const QSslCertificate &peer = chain.first();
        parts.append(trRequest("subject: %1")
                         .arg(certificateName(peer.subjectInfo(QSslCertificate::CommonName) +
                                              peer.subjectInfo(QSslCertificate::Organization))));
        parts.append(trRequest("issuer: %1")
                         .arg(certificateName(peer.issuerInfo(QSslCertificate::CommonName) +
                                              peer.issuerInfo(QSslCertificate::Organization))));
        parts.append(trRequest("expires: %1").arg(peer.expiryDate().toString(Qt::ISODate)));
        parts.append(
            trRequest("SHA-256 fingerprint: %1")
                .arg(QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex())));
    }
    Problem problem = Problem::make(ProblemCode::TlsError, parts.join(QStringLiteral("; ")));
    if (!normalizedFingerprint(m_endpoint.trustedCertificateSha256).isEmpty())
        problem.withMessage(trRequest("The site's HTTPS certificate is not the one trusted for "
                                      "this site."));
    return problem;
}

Problem WpRequest::problemForNetworkError(QNetworkReply::NetworkError error) const
{
    switch (error) {
    case QNetworkReply::NoError:
        return Problem::make(ProblemCode::InvalidResponse, trRequest("no HTTP status"));
    case QNetworkReply::HostNotFoundError:
        return Problem::make(ProblemCode::DnsFailed,
                             trRequest("host %1 not found").arg(m_url.host(QUrl::EncodeUnicode)));
    case QNetworkReply::ConnectionRefusedError:
        return Problem(ProblemCode::ConnectionRefused);
    case QNetworkReply::TimeoutError:
        return Problem(ProblemCode::Timeout);
    case QNetworkReply::OperationCanceledError:
        return m_abortReason.isNull() ? Problem(ProblemCode::Cancelled) : m_abortReason;
    case QNetworkReply::SslHandshakeFailedError:
        return tlsProblem(QString(), {});
    case QNetworkReply::TooManyRedirectsError:
        return Problem(
            ProblemCode::HttpError,
            trRequest("The site redirected more than %1 times.").arg(m_options.maxRedirects),
            trRequest("Open the address in a browser: the site redirects in a loop."));
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return Problem(ProblemCode::ConnectionFailed,
                       trRequest("The connection through the proxy failed."),
                       trRequest("Check the system's proxy settings."));
    default:
        return Problem(ProblemCode::ConnectionFailed);
    }
}

Problem WpRequest::problemForHttpReply(const WpReply &reply) const
{
    const int status = reply.httpStatus;
    const bool success = status >= 200 && status < 300;
    const QString contentType = QString::fromLatin1(reply.header("Content-Type"));
    const QString text = QString::fromUtf8(reply.body.left(64 * 1024));

    if (reply.isJson) {
        if (success)
            return {};
        if (isWordPressErrorJson(reply.json)) {
            const QJsonObject object = reply.json.toObject();
            const QJsonObject data = object.value(QLatin1String("data")).toObject();
            const int wpStatus = data.value(QLatin1String("status")).toInt(status);
            Problem problem = problemForWordPressError(
                wpStatus > 0 ? wpStatus : status, object.value(QLatin1String("code")).toString(),
                object.value(QLatin1String("message")).toString(), m_sentCredentials);
            problem.withHttpStatus(status);
            return problem;
        }
    } else if (success && !m_options.expectJson) {
        return {};
    }

    const QString title = htmlTitle(text);
    const QString excerpt = snippet(stripTags(text));
    QStringList detailParts{QStringLiteral("HTTP %1").arg(status)};
    if (!contentType.isEmpty())
        detailParts.append(contentType);
    if (!title.isEmpty())
        detailParts.append(trRequest("title \"%1\"").arg(title));
    if (!excerpt.isEmpty() && excerpt != title)
        detailParts.append(excerpt);
    const QString detail = detailParts.join(QStringLiteral(", "));

    if (m_options.expectJson && !reply.isJson) {
        if (reply.body.trimmed().isEmpty()) {
            if (success)
                return Problem::make(ProblemCode::InvalidResponse,
                                     trRequest("HTTP %1 with an empty body").arg(status))
                    .withHttpStatus(status);
        } else {
            const QByteArray start = withoutBom(reply.body).trimmed();
            const bool jsonish = contentType.contains(QLatin1String("json"), Qt::CaseInsensitive) ||
                                 start.startsWith('{') || start.startsWith('[');
            if (looksLikePhpOutput(text)) {
                return Problem(ProblemCode::InvalidResponse,
                               trRequest("PHP printed errors or notices into the REST API's "
                                         "answer."))
                    .withDetail(detail)
                    .withHttpStatus(status);
            }
            if (jsonish)
                return Problem::make(ProblemCode::InvalidResponse,
                                     trRequest("incomplete or garbled JSON: %1").arg(detail))
                    .withHttpStatus(status);
            // An HTML or text page where JSON belongs. A 5xx or 404 page is the server's own
            // error, not a firewall: those fall through to the HTTP error below.
            if (success || (status >= 400 && status < 500 && status != 404))
                return Problem::make(ProblemCode::RestApiBlocked, detail).withHttpStatus(status);
        }
    }

    if (status >= 500) {
        return Problem(ProblemCode::HttpError,
                       trRequest("The server had an internal error (HTTP %1).").arg(status),
                       trRequest("Try again later; if it keeps happening, the site's error log "
                                 "or the host can tell why."))
            .withDetail(detail)
            .withHttpStatus(status);
    }
    if (status == 404) {
        return Problem(ProblemCode::HttpError,
                       trRequest("The server answered that the address does not exist (HTTP "
                                 "404)."))
            .withDetail(detail)
            .withHttpStatus(status);
    }
    return Problem(ProblemCode::HttpError,
                   trRequest("The server answered with HTTP %1.").arg(status))
        .withDetail(detail)
        .withHttpStatus(status);
}

Problem problemForWordPressError(int httpStatus, const QString &wpCode, const QString &wpMessage,
                                 bool sentCredentials)
{
    const QString message = stripTags(wpMessage);
    const QString detail = message.isEmpty() ? wpCode : wpCode + QStringLiteral(": ") + message;
    const bool notLoggedIn = httpStatus == 401;

    auto make = [&](Problem problem) {
        problem.withDetail(detail).withWordPressCode(wpCode);
        if (httpStatus > 0)
            problem.withHttpStatus(httpStatus);
        return problem;
    };
    // WordPress treated the request as anonymous.
    auto anonymous = [&]() {
        if (sentCredentials) {
            return make(Problem(ProblemCode::CredentialsRejected,
                                QCoreApplication::translate(
                                    "Latchkey::WpRequest",
                                    "WordPress ignored the credentials and treated the request as "
                                    "anonymous. A wrong or revoked application password, "
                                    "application passwords turned off for this user, and a server "
                                    "that removes the Authorization header all look the same from "
                                    "outside."),
                                QCoreApplication::translate(
                                    "Latchkey::WpRequest",
                                    "Create a new application password and try again; if a new "
                                    "one fails too, the server is most likely removing the "
                                    "Authorization header."))
                            .withCandidates({ProblemCode::AppPasswordsDisabledForUser,
                                             ProblemCode::AuthHeaderStripped}));
        }
        return make(Problem(
            ProblemCode::CredentialsRejected,
            QCoreApplication::translate("Latchkey::WpRequest",
                                        "This needs a user name and application password, and "
                                        "none was sent."),
            QCoreApplication::translate("Latchkey::WpRequest",
                                        "Connect the site with an application password first.")));
    };

    // Application passwords themselves.
    if (wpCode == QLatin1String("application_passwords_disabled"))
        return make(Problem(ProblemCode::AppPasswordsUnavailable));
    if (wpCode == QLatin1String("application_passwords_disabled_for_user"))
        return make(Problem(ProblemCode::AppPasswordsDisabledForUser));
    if (wpCode == QLatin1String("application_password_duplicate_name"))
        return make(Problem(ProblemCode::DuplicateName));

    // Authentication: the password check's own codes, then "not logged in".
    if (wpCode == QLatin1String("incorrect_password") ||
        wpCode == QLatin1String("invalid_username") || wpCode == QLatin1String("invalid_email")) {
        return make(Problem(ProblemCode::CredentialsRejected));
    }
    if (wpCode == QLatin1String("rest_not_logged_in"))
        return anonymous();

    // Plugins that turn the REST API off, often only for visitors who are not logged in
    // ("Disable REST API": rest_cannot_access; "Disable WP REST API": rest_login_required).
    if (wpCode == QLatin1String("rest_disabled") || wpCode == QLatin1String("rest_api_disabled"))
        return make(Problem(ProblemCode::RestApiDisabled));
    if (wpCode == QLatin1String("rest_cannot_access") ||
        wpCode == QLatin1String("rest_login_required")) {
        if (sentCredentials && notLoggedIn)
            return anonymous();
        if (sentCredentials)
            return make(Problem(
                ProblemCode::RestApiDisabled,
                QCoreApplication::translate("Latchkey::WpRequest",
                                            "The site's REST API is turned off for this user.")));
        return make(Problem(
            ProblemCode::RestApiDisabled,
            QCoreApplication::translate("Latchkey::WpRequest",
                                        "The site's REST API is turned off for visitors who are "
                                        "not logged in."),
            QCoreApplication::translate("Latchkey::WpRequest",
                                        "Connecting with an application password may still work; "
                                        "if it does not, allow the REST API in the plugin that "
                                        "restricts it.")));
    }

    // Capability checks answer 401 when nobody is logged in and 403 when the user may not.
    const bool capabilityCode = wpCode.startsWith(QLatin1String("rest_cannot_")) ||
                                wpCode == QLatin1String("rest_forbidden") ||
                                wpCode == QLatin1String("rest_forbidden_context") ||
                                wpCode == QLatin1String("rest_user_cannot_view");
    if (capabilityCode) {
        if (notLoggedIn)
            return anonymous();
        if (httpStatus == 403 || httpStatus == 0)
            return make(Problem(ProblemCode::InsufficientCapability));
        return make(Problem(ProblemCode::WordPressError));
    }

    if (wpCode == QLatin1String("rest_no_route") ||
        wpCode == QLatin1String("rest_application_password_not_found") ||
        wpCode == QLatin1String("rest_post_invalid_id") ||
        wpCode == QLatin1String("rest_user_invalid_id") ||
        wpCode == QLatin1String("rest_term_invalid") ||
        wpCode == QLatin1String("rest_post_invalid_parent")) {
        return make(Problem(ProblemCode::NotFound));
    }
    if (wpCode == QLatin1String("rest_no_authenticated_app_password")) {
        return make(Problem(
            ProblemCode::WordPressError,
            QCoreApplication::translate("Latchkey::WpRequest",
                                        "WordPress accepted the request, but not through an "
                                        "application password (another authentication plugin "
                                        "answered)."),
            QCoreApplication::translate("Latchkey::WpRequest",
                                        "Check which plugins handle HTTP Basic authentication on "
                                        "the site.")));
    }
    if (wpCode == QLatin1String("rest_invalid_param") ||
        wpCode == QLatin1String("rest_missing_callback_param")) {
        return make(
            Problem(ProblemCode::InvalidInput,
                    QCoreApplication::translate("Latchkey::WpRequest",
                                                "WordPress rejected a value that was sent.")));
    }
    if (notLoggedIn && !sentCredentials)
        return anonymous();
    return make(Problem(ProblemCode::WordPressError));
}

} // namespace Latchkey
