#pragma once

#include "Problem.h"
#include "sites/Site.h"
#include "wordpress/ConnectionCheck.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Latchkey {

class SecretStore;
class SiteStore;

// Changes a saved site's address, the one explicit act that moves its credential origin: the
// stored application password must sign in at the new address as the same WordPress user (id)
// before anything is saved. Otherwise nothing changes and the problem says why
// (different_site, or what the check found: cross_origin_redirect, credentials_rejected, …).
// Used by `site edit --url` and the Edit Site dialog. Finishes once, then deletes itself.
class SiteAddressChange : public QObject
{
    Q_OBJECT

public:
    // site: the saved site with any other pending settings already applied (the transport
    // opt-in and the trusted certificate the new address is checked with).
    SiteAddressChange(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                      Site site, QString newAddress, QObject *parent = nullptr);

    // Further changes saved together with the new address (and only with it).
    void setOtherChanges(std::function<void(Site &)> change) { m_otherChanges = std::move(change); }

    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &step);
    // check: what the check at the new address found (suggestedUrl on cross_origin_redirect).
    void finished(const Latchkey::Result<Latchkey::Site> &site, const Latchkey::CheckResult &check);

private:
    void check(const QString &password);
    void save(const CheckResult &result);
    void finish(const Result<Site> &result);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    SiteStore *m_sites;
    Site m_site;
    QString m_input;
    QUrl m_newUrl;
    std::function<void(Site &)> m_otherChanges;
    CheckResult m_check;
    QPointer<ConnectionCheck> m_current;
    bool m_finished = false;
};

} // namespace Latchkey
