#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Latchkey {

// The three states a site can be in, with their colour, icon and words, shared by the site
// list and the detail pane so they always agree.
enum class SiteStatus
{
    NotChecked,
    Ok,
    Problem,
    Checking,
};

namespace StatusBadge {
QColor color(SiteStatus status);
// A small filled circle (or ring while checking) in the status colour.
QIcon icon(SiteStatus status);
QString text(SiteStatus status);
} // namespace StatusBadge

} // namespace Latchkey
