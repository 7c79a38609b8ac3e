// libFuzzer target: URL normalisation and REST URL building never crash, and what normalize()
// accepts is stable (normalising its own output changes nothing).
#include "wordpress/SiteUrl.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Result<QUrl> url = SiteUrl::normalize(input);
    if (!url) {
        if (url.problem().code() != ProblemCode::InvalidUrl)
            std::abort();
        return 0;
    }
    const Result<QUrl> again = SiteUrl::normalize(url->toString());
    if (!again || *again != *url)
        std::abort();
    SiteUrl::isLoopbackHost(url->host());
    SiteUrl::mayCarryCredentials(*url, false);
    SiteUrl::redacted(*url);
    const QUrl root = url->resolved(QUrl(QStringLiteral("wp-json/")));
    SiteUrl::restUrl(root, input.left(64));
    SiteUrl::restUrl(SiteUrl::fallbackRestRoot(*url), QStringLiteral("/wp/v2/users/me"));
    return 0;
}
