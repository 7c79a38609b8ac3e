#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace Latchkey::Testing {

// One request as the fake server received it.
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray target; // "/path?query" as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    bool hasHeader(const QByteArray &name) const;
    QByteArray header(const QByteArray &name) const;
    QUrl url() const { return QUrl(QString::fromLatin1(target), QUrl::StrictMode); }
};

// What the fake server does with a request.
struct FakeHttpResponse
{
    enum class Mode
    {
        Respond, // status line, headers, body, then close
        Hang,    // read the request and never answer
        Reset,   // close the connection with a TCP reset instead of answering
        Drip,    // status line and headers, then one byte of body every dripIntervalMs, for ever
    };

    Mode mode = Mode::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool sendContentLength = true; // false: the body ends when the connection closes
    int dripIntervalMs = 0;        // Drip only

    static FakeHttpResponse json(int status, const QByteArray &body);
    static FakeHttpResponse html(int status, const QByteArray &body);
    static FakeHttpResponse redirect(int status, const QUrl &location);
    static FakeHttpResponse hang();
    static FakeHttpResponse reset();
    // A site that never finishes but never goes quiet long enough for an inactivity timeout.
    static FakeHttpResponse drip(int intervalMs);
    FakeHttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A tiny HTTP/1.1 server on 127.0.0.1 (a free port) for unit tests: canned answers, hangs,
// resets, optional TLS with a given certificate, and a record of every request received.
// One request per connection ("Connection: close").
class FakeHttpServer : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool start();
    bool startTls(const QSslCertificate &certificate, const QSslKey &key);

    // "http://127.0.0.1:<port><pathAndQuery>" (https when started with TLS).
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void respondWith(const FakeHttpResponse &response);

    const QList<FakeHttpRequest> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FakeHttpRequest &request);

    Handler m_handler;
    QList<FakeHttpRequest> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connections = 0;
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace Latchkey::Testing
