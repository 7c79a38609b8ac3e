#include "SiteScope.h"

#include "fleet/SiteSelector.h"
#include "sites/SiteStore.h"

#include <QComboBox>
#include <QCoreApplication>

namespace Latchkey::SiteScope {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Latchkey::SiteScope", text, disambiguation, n);
}
} // namespace

void fill(QComboBox *combo, const SiteStore &store, int selectedCount)
{
    combo->clear();
    if (selectedCount > 0)
        combo->addItem(tr("Selected sites (%n)", nullptr, selectedCount), QString());
    combo->addItem(tr("All sites"), QStringLiteral("all"));
    const QStringList groups = store.groups();
    const QStringList tags = store.tags();
    for (const QString &group : groups)
        combo->addItem(tr("Group: %1").arg(group), QString(QStringLiteral("group:") + group));
    for (const QString &tag : tags)
        combo->addItem(tr("Tag: %1").arg(tag), QString(QStringLiteral("tag:") + tag));
}

QList<Site> sites(const QComboBox *combo, const SiteStore &store, const QList<Site> &selected)
{
    const QString part = combo->currentData().toString();
    if (part.isEmpty())
        return selected;
    const Result<QList<Site>> chosen = SiteSelector::select(store, part);
    return chosen ? *chosen : QList<Site>();
}

} // namespace Latchkey::SiteScope
