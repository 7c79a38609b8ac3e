// libFuzzer target: everything that reads a WordPress reply (REST index, application
// passwords, users, posts, error bodies, Link headers) copes with any bytes.
#include "wordpress/SiteDiscovery.h"
#include "wordpress/WpRequest.h"
#include "wordpress/WpTypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QUrl base(QStringLiteral("https://example.com/blog/"));

    // The same bytes as a Link header value.
    DiscoveryParsing::restRootFromLinkHeaders({bytes}, base);

    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    const QJsonValue value =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    DiscoveryResult result;
    DiscoveryParsing::readIndex(value, result);

    const QJsonObject object = document.object();
    AppPassword::fromJson(object);
    WpUser::fromJson(object);
    WpPost::fromJson(object);
    parseWordPressGmt(object.value(QStringLiteral("created")));
    const QJsonArray array = document.array();
    for (const QJsonValue &item : array)
        AppPassword::fromJson(item.toObject());
    problemForWordPressError(
        object.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toInt(),
        object.value(QStringLiteral("code")).toString(),
        object.value(QStringLiteral("message")).toString(), true);
    return 0;
}
