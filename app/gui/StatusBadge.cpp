#include "StatusBadge.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace Latchkey::StatusBadge {

QColor color(SiteStatus status)
{
    switch (status) {
    case SiteStatus::Ok:
        return QColor(0x2e, 0x9d, 0x4f);
    case SiteStatus::Problem:
        return QColor(0xd1, 0x3b, 0x3b);
    case SiteStatus::Checking:
        return QColor(0x2f, 0x7d, 0xd1);
    case SiteStatus::NotChecked:
        break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

QIcon icon(SiteStatus status)
{
    QIcon result;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal margin = size * 0.2;
        const QRectF circle(margin, margin, size - 2 * margin, size - 2 * margin);
        if (status == SiteStatus::Checking || status == SiteStatus::NotChecked) {
            painter.setPen(QPen(color(status), size / 8.0));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color(status));
        }
        painter.drawEllipse(circle);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QString text(SiteStatus status)
{
    switch (status) {
    case SiteStatus::Ok:
        return QCoreApplication::translate("StatusBadge", "Connected");
    case SiteStatus::Problem:
        return QCoreApplication::translate("StatusBadge", "Problem");
    case SiteStatus::Checking:
        return QCoreApplication::translate("StatusBadge", "Checking…");
    case SiteStatus::NotChecked:
        break;
    }
    return QCoreApplication::translate("StatusBadge", "Not yet checked");
}

} // namespace Latchkey::StatusBadge
