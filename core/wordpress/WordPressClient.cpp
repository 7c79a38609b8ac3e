#include "WordPressClient.h"

#include "SiteUrl.h"

#include <QJsonDocument>

namespace Latchkey {

WordPressClient::WordPressClient(QNetworkAccessManager *network, SiteEndpoint endpoint)
    : m_network(network)
    , m_endpoint(std::move(endpoint))
{}

WpRequest *WordPressClient::get(const QString &route, const QUrlQuery &query) const
{
    return new WpRequest(m_network, m_endpoint, QByteArrayLiteral("GET"),
                         SiteUrl::restUrl(m_endpoint.restRoot, route, query));
}

WpRequest *WordPressClient::post(const QString &route, const QJsonObject &body,
                                 const QUrlQuery &query) const
{
    // Always a JSON object, even when empty: WpRequest sends it as application/json.
    return new WpRequest(m_network, m_endpoint, QByteArrayLiteral("POST"),
                         SiteUrl::restUrl(m_endpoint.restRoot, route, query),
                         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

WpRequest *WordPressClient::del(const QString &route, const QUrlQuery &query) const
{
    return new WpRequest(m_network, m_endpoint, QByteArrayLiteral("DELETE"),
                         SiteUrl::restUrl(m_endpoint.restRoot, route, query));
}

WpRequest *WordPressClient::fetchAnonymous(const QUrl &url, bool expectJson) const
{
    auto *request = new WpRequest(m_network, m_endpoint, QByteArrayLiteral("GET"), url);
    WpRequest::Options options = request->options();
    options.authenticate = false;
    options.expectJson = expectJson;
    request->setOptions(options);
    return request;
}

} // namespace Latchkey
