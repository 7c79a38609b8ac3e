#pragma once

#include "Problem.h"
#include "sites/Site.h"

#include <QList>
#include <QString>

namespace Latchkey {

class SiteStore;

// Picks sites for a bulk operation from a selector:
//   all            every site
//   group:NAME     the sites of a group (client)
//   tag:NAME       the sites carrying a tag
//   SITE,SITE,...  sites by name, id or URL (a URL selects every login saved for that site)
// Parts may be mixed ("group:acme,tag:shop,blog"). Names, groups and tags compare
// case-insensitively. The result keeps the site list's order for all/group/tag and the given
// order for names, without duplicates. A part that selects nothing is unknown_site (a typo
// must never silently shrink a bulk operation); an empty selector is invalid_input.
class SiteSelector
{
public:
    static Result<QList<Site>> select(const QList<Site> &sites, const QString &selector);
    static Result<QList<Site>> select(const SiteStore &store, const QString &selector);

    // True when site belongs to the group or tag part ("group:x", "tag:y"), for list filters.
    static bool matchesPart(const Site &site, const QString &part);
};

} // namespace Latchkey
