#pragma once

#include "SiteEndpoint.h"
#include "WpRequest.h"

#include <QJsonObject>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace Latchkey {

// Builds WpRequest jobs for one endpoint. Cheap to copy. The returned request is not started:
// connect to finished() first, then call start().
class WordPressClient
{
public:
    WordPressClient(QNetworkAccessManager *network, SiteEndpoint endpoint);

    const SiteEndpoint &endpoint() const { return m_endpoint; }
    QNetworkAccessManager *network() const { return m_network; }

    WpRequest *get(const QString &route, const QUrlQuery &query = {}) const;
    WpRequest *post(const QString &route, const QJsonObject &body,
                    const QUrlQuery &query = {}) const;
    WpRequest *del(const QString &route, const QUrlQuery &query = {}) const;
    // An anonymous GET of any URL (discovery): follows redirects, expects no particular body.
    WpRequest *fetchAnonymous(const QUrl &url, bool expectJson) const;

private:
    QNetworkAccessManager *m_network;
    SiteEndpoint m_endpoint;
};

} // namespace Latchkey
