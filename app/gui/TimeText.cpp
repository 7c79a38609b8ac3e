#include "TimeText.h"

#include <QCoreApplication>
#include <QLocale>

namespace Latchkey::TimeText {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Latchkey::TimeText", text, disambiguation, n);
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
        return (seconds < 120 ? tr("a minute ago")
                              : tr("%n minute(s) ago", nullptr, int(seconds / 60)));
    if (seconds < 86400)
        return (seconds < 7200 ? tr("an hour ago")
                               : tr("%n hour(s) ago", nullptr, int(seconds / 3600)));
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
        return tr("%n day(s) ago", nullptr, int(days));
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

} // namespace Latchkey::TimeText
