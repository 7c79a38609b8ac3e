#include "PendingReissueBar.h"

#include "fleet/Reissue.h"
#include "sites/SiteStore.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPushButton>

namespace Latchkey {

PendingReissueBar::PendingReissueBar(AppServices services, QWidget *parent)
    : QFrame(parent)
    , m_services(services)
    , m_text(new QLabel(this))
    , m_open(new QPushButton(tr("Open…"), this))
{
    setObjectName(QStringLiteral("pendingReissueBar"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#pendingReissueBar { background: #fff4ce; }"));
    m_text->setObjectName(QStringLiteral("pendingReissueLabel"));
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("pendingReissueOpenButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_name); });
    refresh();
}

void PendingReissueBar::refresh()
{
    const ReissueStore store(QFileInfo(m_services.sites->filePath()).absolutePath());
    const Result<QList<ReissueEntry>> entries = store.entries();
    QMap<QString, int> sitesByName;
    if (entries) {
        for (const ReissueEntry &entry : *entries) {
            if (!entry.issuing && m_services.sites->byId(entry.siteId))
                ++sitesByName[entry.name];
        }
    }
    if (sitesByName.isEmpty()) {
        m_name.clear();
        hide();
        return;
    }
    m_name = sitesByName.firstKey();
    const int count = sitesByName.first();
    m_text->setText(
        sitesByName.size() == 1
            ? tr("A re-issue of \"%1\" is pending on %n site(s): update the integration, then "
                 "revoke the old passwords.",
                 nullptr, count)
                  .arg(m_name)
            : tr("Re-issues of %n integration(s) are pending (\"%1\" first): the old passwords "
                 "are still valid.",
                 nullptr, int(sitesByName.size()))
                  .arg(m_name));
    show();
}

} // namespace Latchkey
