#pragma once

#include "Problem.h"
#include "sites/Site.h"
#include "wordpress/SiteEndpoint.h"

#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace Latchkey {

class ActivityLog;
class ApprovalInbox;
class Clipboard;
class GuiSettings;
class SecretStore;
class SiteStore;

// The services every window needs, built once in main() (or by a test) and handed down.
// Holds pointers only; whoever builds it owns the objects.
struct AppServices
{
    QNetworkAccessManager *network = nullptr;
    SecretStore *secrets = nullptr;
    SiteStore *sites = nullptr;
    ActivityLog *activity = nullptr;
    GuiSettings *settings = nullptr;
    Clipboard *clipboard = nullptr;
    ApprovalInbox *approvals = nullptr; // latchkey:// callbacks (browser approval)

    // Reads the site's password from the keychain and builds its endpoint; done runs once
    // unless context is destroyed first.
    void withEndpoint(const Site &site, QObject *context,
                      const std::function<void(Result<SiteEndpoint>)> &done) const;
    // Records what Latchkey did (never a secret).
    void record(const Site &site, const QString &action, const QString &summary,
                bool ok = true) const;
};

} // namespace Latchkey
