#pragma once

#include <QLoggingCategory>

namespace Latchkey {

// "latchkey.approval": what the browser approval flow did. Never a password or a full
// callback address (SiteUrl::redacted at most).
Q_DECLARE_LOGGING_CATEGORY(lcApproval)

} // namespace Latchkey
