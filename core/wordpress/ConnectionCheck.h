#pragma once

#include "CheckStep.h"
#include "Problem.h"
#include "SiteDiscovery.h"
#include "WpTypes.h"
#include "diagnosis/CertificateInfo.h"
#include "diagnosis/HttpExchange.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Latchkey {

struct CheckResult
{
    bool ok = false;
    Problem problem; // null when ok
    QList<CheckStep> steps;
    WpUser user;
    bool canEditPosts = false;
    bool canPublishPosts = false;
    bool canEditUsers = false; // may manage other users' application passwords
    QString passwordUuid;      // introspect: the password in use
    QString passwordName;
    DiscoveryResult discovery;
    QUrl restRoot; // the REST root the authenticated requests went to
    qint64 ms = 0; // the whole check

    // Every HTTP request the check made, redacted, for reports (DiagnosisReport).
    QList<HttpExchange> exchanges;
    // The site's TLS certificate as last seen: on tls_error, the one that failed (show it and
    // its fingerprint, then offer to trust it for this site: Site::trustedCertificateSha256).
    CertificateInfo certificate;
    // Where the site points when it is not where the user named it: its silent upgrade to
    // https (the check went on there), or, with cross_origin_redirect, the address the site
    // proposes (nothing was sent there: offer it to the user). Empty when unchanged.
    QUrl suggestedUrl;
    // What the independent XML-RPC cross-check said, when it ran (see XmlRpcProbe).
    QString crossCheck;

    // The CLI's JSON object (site and url are added by the caller).
    QJsonObject toJson() const;
};

// A connection check: reachable, REST API found, application passwords available, credentials
// accepted, the password in use (introspect), the user's roles and post capabilities.
// Stops at the first failing step. Finishes exactly once, then deletes itself.
class ConnectionCheck : public QObject
{
    Q_OBJECT

public:
    // What Latchkey knows about the password besides the reply: it tells a stripped header
    // from a wrong password when WordPress cannot (a bare site answers rest_not_logged_in).
    enum class PasswordEvidence
    {
        Unknown,
        RecentlyVerified, // the last check with this password succeeded minutes ago
        JustCreated,      // WordPress created it moments ago (connect, password create)
    };

    struct Options
    {
        int timeoutMs = 0; // the whole check; 0: only each request's inactivity timeout
        PasswordEvidence passwordEvidence = PasswordEvidence::Unknown;
        // After rest_not_logged_in, ask XML-RPC (same origin, same transport rules) whether
        // the password itself is valid.
        bool crossCheckXmlRpc = true;
    };

    // endpoint.restRoot may be empty: discovery then starts from siteUrl.
    ConnectionCheck(QNetworkAccessManager *network, QUrl siteUrl, SiteEndpoint endpoint,
                    QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void start();
    void cancel();

    // How recently a successful check must have happened for RecentlyVerified.
    static constexpr qint64 kRecentlyVerifiedSeconds = 15 * 60;

Q_SIGNALS:
    void stepFinished(const Latchkey::CheckStep &step);
    void finished(const Latchkey::CheckResult &result);

private:
    void discover();
    void onDiscovered(const Result<DiscoveryResult> &result);
    Problem originProblem(const DiscoveryResult &discovery) const;
    void authenticate();
    void onAuthenticationFailed(Problem problem);
    void crossCheck(const Problem &rejected);
    void concludeAnonymous(const Problem &rejected, int verdict, const QString &verdictDetail);
    void record(const QString &step, const QByteArray &method, const WpReply &reply,
                bool authenticated);
    void later(std::function<void()> work);
    void onDeadline();
    void introspect();
    void checkCapabilities();
    void beginStep(const QString &name);
    void endStep(bool ok, const QString &detail = {});
    void fail(Problem problem);
    void succeed();

    QNetworkAccessManager *m_network;
    QUrl m_siteUrl;
    SiteEndpoint m_endpoint;
    CheckResult m_result;
    QString m_stepName;
    QElapsedTimer m_stepClock;
    QPointer<QObject> m_current;
    Options m_options;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace Latchkey
