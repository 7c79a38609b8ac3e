#pragma once

#include "SiteEndpoint.h"
#include "WpReply.h"

#include <QElapsedTimer>
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
//  - Basic auth is added only when the endpoint has credentials, only to the origin of the
//    endpoint's REST root, never over plain HTTP to a non-loopback host without the opt-in.
//  - An authenticated request never follows a redirect to another origin
//    (cross_origin_redirect); anonymous requests may follow redirects (finalUrl tells where).
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
};

// Maps a WordPress error reply's code (and whether credentials were sent) to a Problem.
// Public for unit tests and for callers that must interpret a reply themselves.
Problem problemForWordPressError(int httpStatus, const QString &wpCode, const QString &wpMessage,
                                 bool sentCredentials);

} // namespace Latchkey
