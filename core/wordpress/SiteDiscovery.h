#pragma once

#include "Problem.h"
#include "WordPressClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Latchkey {

struct DiscoveryResult
{
    QUrl requestedUrl;    // as normalised from the user's input
    QUrl siteUrl;         // after redirects (offer it when it differs from requestedUrl)
    QUrl restRoot;
    bool usesPlainPermalinks = false;  // REST root is "?rest_route=/"
    QString name;
    QString description;
    QUrl home;
    QStringList namespaces;
    bool appPasswordsAvailable = false;
    // From the index's authentication entry; empty when application passwords are unavailable.
    QUrl authorizeUrl;
    // The anonymous probe of /wp/v2/users/me/application-passwords: 401 available, 501 disabled.
    int appPasswordsProbeStatus = 0;
    // Why application passwords are unavailable, when they are (https_required, ...).
    Problem appPasswordsProblem;

    bool redirected() const { return siteUrl != requestedUrl; }
};

// Anonymous discovery of a site from a URL the user typed: normalise, fetch the page and read
// the REST API Link header (or fall back to ?rest_route=/), read the index, probe the
// application-password route. Sends no credentials. Finishes exactly once, then deletes itself.
class SiteDiscovery : public QObject
{
    Q_OBJECT

public:
    SiteDiscovery(QNetworkAccessManager *network, QString userInput,
                  QString trustedCertificateSha256 = {}, QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const Latchkey::Result<Latchkey::DiscoveryResult> &result);

private:
    void fetchFrontPage();
    void fetchIndex(const QUrl &restRoot, bool isFallback);
    void probeAppPasswords();
    void finish(Result<DiscoveryResult> result);
    WordPressClient anonymousClient(const QUrl &restRoot = {}) const;

    QNetworkAccessManager *m_network;
    QString m_input;
    QString m_trustedCertificateSha256;
    DiscoveryResult m_result;
    QPointer<WpRequest> m_current;
    bool m_finished = false;
};

// Pure parsing helpers, public for unit tests and fuzzing.
namespace DiscoveryParsing {
// The URL in a Link header with rel="https://api.w.org/", resolved against base.
QUrl restRootFromLinkHeaders(const QList<QByteArray> &linkHeaders, const QUrl &base);
// Fills name, description, home, namespaces, appPasswordsAvailable and authorizeUrl from the
// REST index. Returns a problem when the JSON is not a WordPress index.
Problem readIndex(const QJsonValue &index, DiscoveryResult &result);
} // namespace DiscoveryParsing

} // namespace Latchkey
