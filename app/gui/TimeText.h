#pragma once

#include <QDateTime>
#include <QString>

namespace Latchkey::TimeText {

// "just now", "5 minutes ago", "yesterday", "3 days ago", or a date; empty for an invalid time.
QString relative(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());
// The full local date and time, for tooltips.
QString absolute(const QDateTime &time);
// WordPress records "last used" at most once a day: "today", "yesterday", "3 days ago", a date.
QString day(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Latchkey::TimeText
