#include "ActivityTab.h"

#include "TimeText.h"
#include "sites/ActivityLog.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Latchkey {

ActivityTab::ActivityTab(AppServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("activityTab"));
    m_list->setObjectName(QStringLiteral("activityList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({QString(), tr("When"), tr("What Latchkey did")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Fixed);
    m_list->header()->resizeSection(0, 28);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_empty->setObjectName(QStringLiteral("activityEmptyLabel"));
    m_empty->setText(tr("Nothing yet. Passwords created or revoked, connection tests and test "
                        "posts on this site will be listed here. No password is ever recorded."));
    m_empty->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    if (m_services.activity) {
        connect(m_services.activity, &ActivityLog::changed, this, [this](const QString &siteId) {
            if (m_site && m_site->id == siteId)
                reload();
        });
    }
    setSite(std::nullopt);
}

void ActivityTab::setSite(const std::optional<Site> &site)
{
    m_site = site;
    reload();
}

void ActivityTab::reload()
{
    m_list->clear();
    if (!m_site || !m_services.activity) {
        m_empty->show();
        return;
    }
    const QList<ActivityEntry> entries = m_services.activity->entriesFor(m_site->id);
    for (const ActivityEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, entry.ok ? QStringLiteral("✓") : QStringLiteral("✗"));
        item->setForeground(0, entry.ok ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd1, 0x3b, 0x3b));
        item->setTextAlignment(0, Qt::AlignCenter);
        item->setText(1, QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(1, TimeText::relative(entry.at));
        item->setText(2, entry.summary);
        item->setToolTip(2, entry.summary);
        item->setData(2, Qt::UserRole, entry.action);
    }
    m_empty->setVisible(entries.isEmpty());
    m_list->setVisible(!entries.isEmpty());
}

} // namespace Latchkey
