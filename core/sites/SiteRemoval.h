#pragma once

#include "Problem.h"
#include "sites/Site.h"

#include <QObject>

class QNetworkAccessManager;

namespace Latchkey {

class SecretStore;
class SiteStore;

// Removes a site: optionally revokes Latchkey's own application password on the site first,
// then always deletes the keychain entry, then the site. Stops (and keeps the site, so the user
// can retry) when the revoke or the keychain fails; a password that is already gone on the site
// counts as revoked. Finishes once, then deletes itself.
class SiteRemoval : public QObject
{
    Q_OBJECT

public:
    SiteRemoval(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites, Site site,
                bool revoke, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void progress(const QString &step);
    // revoked: the password was revoked on the site by this removal.
    void finished(const Latchkey::Problem &problem, bool revoked);

private:
    void revoke(const QString &password);
    void removeSecret();
    void finish(const Problem &problem);

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    SiteStore *m_sites;
    Site m_site;
    bool m_revoke;
    bool m_revoked = false;
};

} // namespace Latchkey
