// libFuzzer target: the latchkey:// approval callback parser accepts only well-formed
// callbacks, never crashes, and what it accepts is consistent.
#include "approval/ApprovalCallback.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Latchkey;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ApprovalCallback::looksLikeCallback(input);
    ApprovalCallback::isApplicationPassword(input);
    Result<ApprovalCallback> parsed = ApprovalCallback::parse(input);
    if (!parsed)
        return 0;
    if (input.size() > ApprovalCallback::kMaxLength)
        std::abort(); // over-long input must be refused
    ApprovalCallback callback = parsed.value();
    if (callback.state.isEmpty())
        std::abort(); // a callback without state can never be matched to an attempt
    if (callback.isAuthorized() && (callback.password.isEmpty() || callback.userLogin.isEmpty()))
        std::abort();
    callback.compactPassword();
    callback.wipe();
    return 0;
}
