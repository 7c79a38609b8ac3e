#include "TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace Latchkey::TimeText {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TimeText", text);
}
} // namespace

QString relative(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return (seconds < 120 ? tr("a minute ago") : tr("%1 minutes ago").arg(seconds / 60));
    if (seconds < 86400)
        return (seconds < 7200 ? tr("an hour ago") : tr("%1 hours ago").arg(seconds / 3600));
    return day(time, now);
}

QString absolute(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString day(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 days = time.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days < 30)
        return tr("%1 days ago").arg(days);
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace Latchkey::TimeText
