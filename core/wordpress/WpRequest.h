#pragma once

#include "SiteEndpoint.h"
#include "WpReply.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Latchkey {

// One HTTP request to a WordPress site: owns its QNetworkReply, an inactivity timeout, a body
// size limit, the redirect and transport policy, and the mapping of every failure to a Problem.
// Emits finished() exactly once, then deletes itself (deleteLater).
//
// Security rules enforced here and nowhere else:
//  - Basic auth is added only when the endpoint has credentials and CredentialOrigin allows the
//    request (the origin the user named, never plain HTTP to a non-loopback host without the
//    opt-in). Over plain HTTP it never goes through a proxy (a private manager without one), and
//    to "localhost" only at the loopback address Latchkey resolved it to itself.
//  - An authenticated request never follows a redirect to another origin
//    (cross_origin_redirect); anonymous requests may follow redirects (finalUrl tells where),
//    unless Options::namedUrl keeps them on the origin the user named.
//  - TLS errors fail the request (tls_error) unless the peer certificate's SHA-256 equals the
//    endpoint's trusted fingerprint.
//  - No cookies are sent or stored (a WordPress login cookie would make the request anonymous).
class WpRequest : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int inactivityTimeoutMs = 30'000;
        qint64 maxBodyBytes = 8 * 1024 * 1024;
        bool expectJson = true;   // a non-JSON body is rest_api_blocked
        bool authenticate = true; // send the endpoint's credentials, if it has any
        int maxRedirects = 8;
        // When set (discovery), a redirect that leaves this address's origin (other than
        // CredentialOrigin's silent upgrade) is not followed: the request finishes with
        // cross_origin_redirect and the reply's proposedUrl names the target.
        QUrl namedUrl;
    };

    WpRequest(QNetworkAccessManager *network, SiteEndpoint endpoint, const QByteArray &method,
              const QUrl &url, QByteArray jsonBody = {}, QObject *parent = nullptr);
    ~WpRequest() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    QUrl url() const { return m_url; }
    QByteArray method() const { return m_method; }

    void start();
    // Finishes with a "cancelled" problem (unless already finished).
    void abort();

Q_SIGNALS:
    void finished(const Latchkey::WpReply &reply);

private:
    // Sends to `from` (the original URL when empty), allowing the redirects not yet used.
    void send(bool withMethodOverride, const QUrl &from = {});
    void onRedirected(const QUrl &target);
    void pinLocalhost();
    QNetworkAccessManager *networkFor(const QUrl &url) const;
    void onSslErrors(const QList<QSslError> &errors);
    void onDownloadProgress(qint64 received, qint64 total);
    void onMetaDataChanged();
    void onReadyRead();
    void abortWith(Problem problem);
    void failSoon(const Problem &problem);
    WpReply snapshot(QNetworkReply *reply) const;
    Problem tlsProblem(const QString &qtError, const QList<QSslCertificate> &chain) const;
    void onReplyFinished();
    void onInactivity();
    void finish(WpReply reply);
    void fail(Problem problem);
    Problem problemForNetworkError(QNetworkReply::NetworkError error) const;
    Problem problemForHttpReply(const WpReply &reply) const;

    QNetworkAccessManager *m_network;
    SiteEndpoint m_endpoint;
    QByteArray m_method;
    QUrl m_url;
    QUrl m_currentUrl; // where the request is now, after the redirects allowed so far
    QByteArray m_body;
    Options m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_inactivity;
    QElapsedTimer m_clock;
    Problem m_abortReason;
    QList<QSslError> m_sslErrors;
    QByteArray m_received; // the body so far, read as it arrives (bounded by maxBodyBytes + 1)
    bool m_triedMethodOverride = false;
    bool m_resentAfterDrop = false;
    bool m_sentCredentials = false;
    bool m_started = false;
    bool m_finished = false;
    int m_redirects = 0;
    QHostAddress m_localhostAddress; // where "localhost" resolved, for credentials over http
    QUrl m_proposedUrl;              // a redirect not followed (Options::namedUrl)
};

// Maps a WordPress error reply's code (and whether credentials were sent) to a Problem.
// Public for unit tests and for callers that must interpret a reply themselves.
Problem problemForWordPressError(int httpStatus, const QString &wpCode, const QString &wpMessage,
                                 bool sentCredentials);

} // namespace Latchkey
