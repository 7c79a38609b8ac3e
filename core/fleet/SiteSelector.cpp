#include "fleet/SiteSelector.h"

#include "sites/SiteStore.h"
#include "wordpress/SiteUrl.h"

#include <QCoreApplication>
#include <QSet>

namespace Latchkey {

namespace {

const QString kGroupPrefix = QStringLiteral("group:");
const QString kTagPrefix = QStringLiteral("tag:");

bool equalsFolded(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Latchkey::SiteSelector", text);
}

} // namespace

bool SiteSelector::matchesPart(const Site &site, const QString &part)
{
    const QString trimmed = part.trimmed();
    if (trimmed.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0)
        return true;
    if (trimmed.startsWith(kGroupPrefix, Qt::CaseInsensitive))
        return equalsFolded(site.group, trimmed.mid(kGroupPrefix.size()).trimmed());
    if (trimmed.startsWith(kTagPrefix, Qt::CaseInsensitive)) {
        const QString tag = trimmed.mid(kTagPrefix.size()).trimmed();
        return std::any_of(site.tags.cbegin(), site.tags.cend(),
                           [&tag](const QString &t) { return equalsFolded(t, tag); });
    }
    return false;
}

Result<QList<Site>> SiteSelector::select(const SiteStore &store, const QString &selector)
{
    return select(store.sites(), selector);
}

Result<QList<Site>> SiteSelector::select(const QList<Site> &sites, const QString &selector)
{
    const QStringList parts = selector.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList trimmedParts;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            trimmedParts.append(part.trimmed());
    }
    if (trimmedParts.isEmpty()) {
        return Problem(ProblemCode::InvalidInput, tr("No sites were selected."),
                       tr("Use all, group:NAME, tag:NAME or a comma-separated list of sites."));
    }
    QList<Site> selected;
    QSet<QString> seen;
    const auto take = [&](const Site &site) {
        if (!seen.contains(site.id)) {
            seen.insert(site.id);
            selected.append(site);
        }
    };
    for (const QString &part : std::as_const(trimmedParts)) {
        const bool isAll = part.compare(QStringLiteral("all"), Qt::CaseInsensitive) == 0;
        const bool isGroup = part.startsWith(kGroupPrefix, Qt::CaseInsensitive);
        const bool isTag = part.startsWith(kTagPrefix, Qt::CaseInsensitive);
        if (isAll || isGroup || isTag) {
            if ((isGroup || isTag) && part.section(QLatin1Char(':'), 1).trimmed().isEmpty()) {
                return Problem(ProblemCode::InvalidInput,
                               tr("\"%1\" names no group or tag.").arg(part));
            }
            qsizetype found = 0;
            for (const Site &site : sites) {
                if (matchesPart(site, part)) {
                    take(site);
                    ++found;
                }
            }
            if (found == 0 && !isAll) {
                return Problem(ProblemCode::UnknownSite,
                               isGroup ? tr("No site is in the group \"%1\".")
                                             .arg(part.mid(kGroupPrefix.size()).trimmed())
                                       : tr("No site has the tag \"%1\".")
                                             .arg(part.mid(kTagPrefix.size()).trimmed()),
                               tr("Check the spelling with \"latchkey-cli site list\"."));
            }
            continue;
        }
        // A site by id or name first, then by URL (every login on that site).
        const auto exact = std::find_if(sites.cbegin(), sites.cend(), [&part](const Site &site) {
            return site.id == part || equalsFolded(site.name, part);
        });
        if (exact != sites.cend()) {
            take(*exact);
            continue;
        }
        qsizetype found = 0;
        if (const Result<QUrl> url = SiteUrl::normalize(part)) {
            const QString origin = SiteUrl::origin(*url);
            for (const Site &site : sites) {
                if (SiteUrl::origin(site.baseUrl) == origin && site.baseUrl.path() == url->path()) {
                    take(site);
                    ++found;
                }
            }
        }
        if (found == 0)
            return Problem::make(ProblemCode::UnknownSite, part);
    }
    return selected;
}

} // namespace Latchkey
