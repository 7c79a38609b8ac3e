#include "SiteDeadline.h"

#include <QCoreApplication>

#include <algorithm>

namespace Latchkey::SiteDeadline {

int graceMs(int deadlineMs)
{
    return std::clamp(deadlineMs, 1000, 10'000);
}

Problem exceeded(int deadlineMs)
{
    const int seconds = std::max(1, (deadlineMs + 999) / 1000);
    return Problem(ProblemCode::Timeout,
                   QCoreApplication::translate("Latchkey::SiteDeadline",
                                               "The site did not finish within %n second(s), so "
                                               "Latchkey stopped waiting for it.",
                                               nullptr, seconds),
                   QCoreApplication::translate(
                       "Latchkey::SiteDeadline",
                       "The site answers too slowly or keeps the connection open without "
                       "finishing. Try again later, or allow more time with --timeout SECONDS "
                       "(in the desktop app: Settings)."));
}

} // namespace Latchkey::SiteDeadline
