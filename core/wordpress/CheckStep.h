#pragma once

#include <QString>

namespace Latchkey {

struct CheckStep
{
    QString name; // stable: "reach", "rest_api", "app_passwords", "authenticate", "introspect",
                  // "capabilities"
    bool ok = false;
    qint64 ms = 0;
    QString detail;
};

} // namespace Latchkey
