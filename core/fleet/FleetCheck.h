#pragma once

#include "fleet/BulkRunner.h"
#include "wordpress/ConnectionCheck.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace Latchkey {

// A connection check for bulk runs, with as few requests as the answer needs. When the site's
// REST root is known, a working site costs two authenticated requests (users/me?context=edit,
// then introspect): success proves the REST API answers, application passwords are available
// and this one works, so discovery would add nothing. Only when one of them fails does the full
// ConnectionCheck run (discovery first), to say why. Without a known REST root it is the full
// check. The result has the same shape as ConnectionCheck's; on the fast path the steps
// "reach", "rest_api" and "app_passwords" are reported as implied (0 ms), then "authenticate",
// "introspect" and "capabilities".
class FleetCheck : public BulkTask
{
    Q_OBJECT

public:
    FleetCheck(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
               QObject *parent = nullptr);

    void start() override;
    void cancel() override;
    // Skip the fast path (always the full check).
    void setFullCheck(bool full) { m_full = full; }
    // Passed on to the full check; timeoutMs also bounds the fast path.
    void setCheckOptions(const ConnectionCheck::Options &options) { m_options = options; }

    static BulkSiteResult toBulkResult(const Site &site, const CheckResult &result);
    // Saves a bulk check's outcome on the site (last_check at `at`) and, when it worked, what
    // the check learnt: the REST root, the password in use and the user id make the next check
    // two requests, and revokes safer. An outcome that says nothing about the site (see
    // isSiteOutcome) leaves the site as it was.
    static void recordOutcome(Site &site, const CheckResult &result, const QDateTime &at);
    // False for a check that was cancelled or could not read the keychain (locked, denied,
    // no session bus): a state of this computer, never saved as the site's status.
    static bool isSiteOutcome(const CheckResult &result);

Q_SIGNALS:
    // Just before finished().
    void checked(const Latchkey::CheckResult &result);

private:
    void authenticate();
    void introspect();
    void runFullCheck();
    void beginStep(const QString &name);
    void endStep(bool ok, const QString &detail = {});
    void done(const CheckResult &result);

    QNetworkAccessManager *m_network;
    Site m_site;
    SiteEndpoint m_endpoint;
    CheckResult m_result;
    QPointer<QObject> m_current;
    QString m_stepName;
    QElapsedTimer m_stepClock;
    ConnectionCheck::Options m_options;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_full = false;
    bool m_cancelled = false;
};

} // namespace Latchkey
