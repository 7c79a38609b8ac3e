#pragma once

#include "CheckStep.h"
#include "Problem.h"
#include "SiteDiscovery.h"
#include "WpTypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

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
    // endpoint.restRoot may be empty: discovery then starts from siteUrl.
    ConnectionCheck(QNetworkAccessManager *network, QUrl siteUrl, SiteEndpoint endpoint,
                    QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void stepFinished(const Latchkey::CheckStep &step);
    void finished(const Latchkey::CheckResult &result);

private:
    void discover();
    void onDiscovered(const Result<DiscoveryResult> &result);
    void authenticate();
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
    bool m_finished = false;
};

} // namespace Latchkey
