#include "AppServices.h"

#include "secrets/SecretStore.h"
#include "sites/ActivityLog.h"

namespace Latchkey {

void AppServices::withEndpoint(const Site &site, QObject *context,
                               const std::function<void(Result<SiteEndpoint>)> &done) const
{
    secrets->read(site.secretKey(), context, [site, done](const Result<QString> &password) {
        if (!password) {
            done(password.problem());
            return;
        }
        done(site.endpoint(*password));
    });
}

void AppServices::record(const Site &site, const QString &action, const QString &summary,
                         bool ok) const
{
    if (!activity)
        return;
    ActivityEntry entry;
    entry.siteId = site.id;
    entry.action = action;
    entry.summary = summary;
    entry.ok = ok;
    const Problem problem = activity->append(entry);
    if (problem)
        qWarning("Activity log: %s", qPrintable(problem.toString()));
}

} // namespace Latchkey
