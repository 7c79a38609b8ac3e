#pragma once

#include "CheckStep.h"
#include "Problem.h"
#include "WordPressClient.h"
#include "diagnosis/HttpExchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace Latchkey {

struct DiscoveryResult
{
    QUrl requestedUrl; // as normalised from the user's input: the address the user named
    // After redirects: requestedUrl, or its silent upgrade to https (CredentialOrigin). A move
    // anywhere else ends discovery with cross_origin_redirect (see SiteDiscovery::proposed).
    QUrl siteUrl;
    QUrl restRoot;
    bool usesPlainPermalinks = false; // REST root is "?rest_route=/"
    QString name;
    QString description;
    QUrl home;
    QUrl wordPressUrl; // the index's "url" (WordPress's siteurl option: where its files live)
    QStringList namespaces;
    bool appPasswordsAvailable = false;
    // From the index's authentication entry; empty when application passwords are unavailable.
    QUrl authorizeUrl;
    // The anonymous probe of /wp/v2/users/me/application-passwords: 401 available, 501 disabled.
    int appPasswordsProbeStatus = 0;
    // Why application passwords are unavailable, when they are (https_required, ...).
    Problem appPasswordsProblem;
    // "6.1.9" from the front page's generator tag, when the site shows it.
    QString wordPressVersion;
    // Served over https, but WordPress wrote http:// links to its own files (is_ssl() is
    // false: HTTPS ends at a proxy that does not tell WordPress). Only looked for when
    // application passwords are unavailable on an https site.
    bool wordPressSeesPlainHttp = false;

    bool redirected() const { return siteUrl != requestedUrl; }
};

// Anonymous discovery of a site from a URL the user typed: normalise, fetch the page and read
// the REST API Link header (or fall back to ?rest_route=/, also when the advertised root does
// not answer with an index), read the index, probe the application-password route. Sends no
// credentials. Finishes exactly once, then deletes itself.
//
// Discovery proposes, the user disposes: a redirect, a Link header, or the index's url/home
// pointing at another origin than the one named (CredentialOrigin::acceptsWithoutAsking) is
// never followed, not even anonymously. Discovery stops there with cross_origin_redirect and
// emits proposed() with the address to offer.
class SiteDiscovery : public QObject
{
    Q_OBJECT

public:
    SiteDiscovery(QNetworkAccessManager *network, QString userInput,
                  QString trustedCertificateSha256 = {}, QObject *parent = nullptr);

    // Inactivity timeout of each request (WpRequest's default when 0).
    void setRequestTimeoutMs(int milliseconds) { m_requestTimeoutMs = milliseconds; }

    void start();
    void cancel();

Q_SIGNALS:
    // A short, translated description of what discovery is doing now.
    void progress(const QString &step);
    // "reach" (the front page), "rest_api" (the index), "app_passwords" (the anonymous probe);
    // a failing step is emitted before finished(). app_passwords is ok only when available.
    void stepFinished(const Latchkey::CheckStep &step);
    void finished(const Latchkey::Result<Latchkey::DiscoveryResult> &result);
    // Just before finished() with cross_origin_redirect: the site address the site points to,
    // to offer to the user (nothing was sent there).
    void proposed(const QUrl &siteUrl);
    // Every HTTP request made, for reports (never carries a credential: discovery sends none).
    void exchanged(const Latchkey::HttpExchange &exchange);

private:
    void fetchFrontPage();
    void fetchIndex(const QUrl &restRoot, bool isFallback);
    Problem indexProblem(const WpReply &reply);
    void probeAppPasswords();
    void decideAppPasswords(const WpReply &probe);
    void checkLoginPageScheme();
    void finishAppPasswords();
    WpRequest *startAnonymous(const QUrl &url, bool expectJson, const QUrl &restRoot = {});
    void record(const WpReply &reply);
    void beginStep(const QString &name);
    void endStep(bool ok, const QString &detail);
    void finish(const Result<DiscoveryResult> &result);
    // Ends discovery with the proposal of `target` (a redirect target, a REST root, an address).
    void propose(const QUrl &target, const QString &detail);
    bool proposedBy(const WpReply &reply);
    Problem indexProposal();
    WordPressClient anonymousClient(const QUrl &restRoot = {}) const;

    QNetworkAccessManager *m_network;
    QString m_input;
    QString m_trustedCertificateSha256;
    DiscoveryResult m_result;
    QPointer<WpRequest> m_current;
    QString m_stepName;
    QElapsedTimer m_stepClock;
    bool m_frontPageHadLink = false;
    Problem m_advertisedRootProblem; // when the Link header's root failed and the fallback runs
    bool m_frontPageLooksLikeWordPress = false; // wp-content, wp-includes or the generator tag
    bool m_frontPageShowsScheme = false;        // the front page links WordPress's own files
    WpReply m_probe;
    QString m_probeDetail;
    int m_requestTimeoutMs = 0;
    bool m_finished = false;
};

// Pure parsing helpers, public for unit tests and fuzzing.
namespace DiscoveryParsing {
// The URL in a Link header with rel="https://api.w.org/", resolved against base.
// A header value may hold several comma-separated links; rel may hold several relation types.
// Returns an empty URL when there is none (or it is not http/https).
QUrl restRootFromLinkHeaders(const QList<QByteArray> &linkHeaders, const QUrl &base);
// True when an HTML page carries WordPress's fingerprints (wp-content, wp-includes, generator).
bool looksLikeWordPressPage(const QByteArray &html);
// Fills name, description, home, namespaces, appPasswordsAvailable and authorizeUrl from the
// REST index. Returns a problem when the JSON is not a WordPress index (not_wordpress, or
// rest_api_disabled when it has "namespaces" but no "wp/v2").
Problem readIndex(const QJsonValue &index, DiscoveryResult &result);
// The index fields readIndex uses. WordPress (4.9.8+) answers `?_fields=` on the index too, so
// a site's 100–200 kB index (mostly "routes") comes back as about 1 kB; a site that ignores
// the parameter sends the whole index, which reads the same.
inline constexpr char kIndexFields[] = "name,description,url,home,namespaces,authentication";
// restRoot with kIndexFields asked for; and the REST root again from such a URL.
QUrl indexUrl(const QUrl &restRoot);
QUrl withoutIndexFields(const QUrl &url);
// "6.1.9" from <meta name="generator" content="WordPress 6.1.9">, or empty.
QString generatorVersion(const QByteArray &html);
// How WordPress wrote links to its own files (wp-includes, wp-content, wp-admin, wp-login.php,
// xmlrpc.php) on siteUrl's host and port: "https", "http", or empty when there are none.
// WordPress picks the scheme of these links with is_ssl(), so "http" on a page served over
// https means WordPress does not know the request came over HTTPS.
QString ownLinkScheme(const QByteArray &html, const QUrl &siteUrl);
} // namespace DiscoveryParsing

} // namespace Latchkey
