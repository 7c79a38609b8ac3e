#pragma once

#include "fleet/BulkRunner.h"
#include "wordpress/ApplicationPasswordsApi.h"
#include "wordpress/WpTypes.h"

#include <QPointer>

class QNetworkAccessManager;

namespace Latchkey {

// Base of the bulk tasks that talk to one site: finds the REST root first when the site has
// none saved yet (imported without a check), keeps the running request so cancel() can abort
// it, and finishes with a problem or a summary.
class FleetTask : public BulkTask
{
    Q_OBJECT

public:
    FleetTask(QNetworkAccessManager *network, Site site, SiteEndpoint endpoint,
              QObject *parent = nullptr);
    // A task stopped while a request runs (BulkRunner's deadline) takes the request with it.
    ~FleetTask() override;

    void start() final;
    void cancel() override;

protected:
    virtual void run() = 0;

    const Site &site() const { return m_site; }
    const SiteEndpoint &endpoint() const { return m_endpoint; }
    QNetworkAccessManager *network() const { return m_network; }
    WordPressClient client() const;
    ApplicationPasswordsApi passwords() const;
    bool isCancelled() const { return m_cancelled; }

    // Remembers the request so cancel() aborts it; returns it.
    WpRequest *track(WpRequest *request);
    // Every user of the site with context=edit (needs list_users; edit_users to manage their
    // passwords), all pages.
    void listUsers(const std::function<void(Result<QList<WpUser>>)> &done);

    void fail(Problem problem, QJsonObject details = {});
    void succeed(const QString &summary, QJsonObject details = {});
    // Finishes as cancelled when cancel() was called; returns true then.
    bool stopIfCancelled();

private:
    void fetchUsersPage(int page, QList<WpUser> users,
                        const std::function<void(Result<QList<WpUser>>)> &done);

    QNetworkAccessManager *m_network;
    Site m_site;
    SiteEndpoint m_endpoint;
    QPointer<QObject> m_current;
    bool m_cancelled = false;
};

// Shared JSON spelling of an application password in bulk reports.
QJsonObject appPasswordJson(const AppPassword &password);
QString isoOrEmpty(const QDateTime &time);

} // namespace Latchkey
