#pragma once

#include "sites/Site.h"

#include <QList>

class QComboBox;

namespace Latchkey {

class SiteStore;

// The "which sites" choice of the bulk dialogs: the selected sites (when any), all sites,
// each group, each tag. The item data is a SiteSelector part ("" = the selected sites).
namespace SiteScope {
void fill(QComboBox *combo, const SiteStore &store, int selectedCount);
QList<Site> sites(const QComboBox *combo, const SiteStore &store, const QList<Site> &selected);
} // namespace SiteScope

} // namespace Latchkey
