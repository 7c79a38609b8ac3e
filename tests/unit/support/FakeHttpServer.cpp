#include "FakeHttpServer.h"

#include <QHostAddress>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace Latchkey::Testing {

namespace {

const char *kBufferProperty = "fakeHttpBuffer";

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Whatever";
    }
}

} // namespace

bool FakeHttpRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray FakeHttpRequest::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

FakeHttpResponse FakeHttpResponse::json(int status, const QByteArray &body)
{
    FakeHttpResponse response;
    response.status = status;
    response.body = body;
    response.withHeader("Content-Type", "application/json; charset=UTF-8");
    return response;
}

FakeHttpResponse FakeHttpResponse::html(int status, const QByteArray &body)
{
    FakeHttpResponse response;
    response.status = status;
    response.body = body;
    response.withHeader("Content-Type", "text/html; charset=UTF-8");
    return response;
}

FakeHttpResponse FakeHttpResponse::redirect(int status, const QUrl &location)
{
    FakeHttpResponse response;
    response.status = status;
    response.withHeader("Location", location.toEncoded());
    return response;
}

FakeHttpResponse FakeHttpResponse::hang()
{
    FakeHttpResponse response;
    response.mode = Mode::Hang;
    return response;
}

FakeHttpResponse FakeHttpResponse::reset()
{
    FakeHttpResponse response;
    response.mode = Mode::Reset;
    return response;
}

FakeHttpResponse FakeHttpResponse::drip(int intervalMs)
{
    FakeHttpResponse response;
    response.mode = Mode::Drip;
    response.dripIntervalMs = intervalMs;
    response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return response;
}

FakeHttpResponse &FakeHttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QTcpServer(parent)
{
    m_handler = [](const FakeHttpRequest &) { return FakeHttpResponse::json(200, "{}"); };
}

FakeHttpServer::~FakeHttpServer()
{
    for (const auto &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
}

bool FakeHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

bool FakeHttpServer::startTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = true;
    m_certificate = certificate;
    m_key = key;
    return start();
}

QUrl FakeHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(serverPort())
                    .arg(pathAndQuery),
                QUrl::StrictMode);
}

void FakeHttpServer::respondWith(const FakeHttpResponse &response)
{
    m_handler = [response](const FakeHttpRequest &) { return response; };
}

void FakeHttpServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(descriptor);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
    m_sockets.append(socket);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property(kBufferProperty).toByteArray() + socket->readAll();
    socket->setProperty(kBufferProperty, buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("fakeHttpAnswered").toBool())
        return;

    FakeHttpRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append(qMakePair(name, value));
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const QByteArray body = buffer.mid(headerEnd + 4);
    if (body.size() < contentLength)
        return;
    request.body = body.left(contentLength);
    socket->setProperty("fakeHttpAnswered", true);
    m_requests.append(request);
    answer(socket, request);
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeHttpRequest &request)
{
    const FakeHttpResponse response = m_handler(request);
    switch (response.mode) {
    case FakeHttpResponse::Mode::Hang:
        return;
    case FakeHttpResponse::Mode::Reset: {
        // SO_LINGER with a zero timeout turns close() into a TCP reset.
        struct linger option = {1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof option);
        socket->abort();
        return;
    }
    case FakeHttpResponse::Mode::Drip: {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                          reasonPhrase(response.status) + "\r\n";
        for (const auto &header : response.headers)
            head += header.first + ": " + header.second + "\r\n";
        head += "Content-Length: 1000000\r\nConnection: close\r\n\r\n[";
        socket->write(head);
        auto *timer = new QTimer(socket); // dies with the connection
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(response.dripIntervalMs);
        return;
    }
    case FakeHttpResponse::Mode::Respond:
        break;
    }

    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        out += header.first + ": " + header.second + "\r\n";
    if (response.sendContentLength)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace Latchkey::Testing
