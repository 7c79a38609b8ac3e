#pragma once

#include "Problem.h"
#include "sites/Site.h"
#include "wordpress/ConnectionCheck.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace Latchkey {

class SecretStore;
class SiteStore;

// Connects a site with an application password the user already has (pasted, or handed over by
// the browser approval flow): discovers the site, checks the password works, stores it in the
// keychain and saves the site. The password goes only to the address in draft.baseUrl (or its
// silent upgrade to https); a site that points elsewhere fails with cross_origin_redirect and
// the check's suggestedUrl, and nothing is sent there. For a new site (draft.id empty) or to
// reconnect an existing one (draft.id set: group, history and name kept; URL and login may change).
//
// Nothing is half-done: the site is saved only after the keychain write succeeded, and a
// keychain entry is removed again if saving the site fails. Finishes once, then deletes itself.
class SiteConnector : public QObject
{
    Q_OBJECT

public:
    SiteConnector(QNetworkAccessManager *network, SecretStore *secrets, SiteStore *sites,
                  Site draft, const QString &password, QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &step);
    // On failure, check holds whatever the connection check learnt (steps, candidates).
    void finished(const Latchkey::Result<Latchkey::Site> &site, const Latchkey::CheckResult &check);

private:
    void check();
    void storeSecret();
    void saveSite();
    void finish(const Result<Site> &result);
    QString defaultName() const;

    QNetworkAccessManager *m_network;
    SecretStore *m_secrets;
    SiteStore *m_sites;
    Site m_site;
    QString m_password;
    CheckResult m_check;
    QPointer<QObject> m_current;
    bool m_finished = false;
};

} // namespace Latchkey
