#pragma once

#include "Problem.h"

namespace Latchkey::SiteDeadline {

// The overall time one site gets for one command (every request, retries and redirects
// included). Each request also has an inactivity timeout, but a site that sends a byte every
// few seconds resets that for ever; this deadline does not reset. Applied in one place per
// shape of work: BulkRunner (each site's task), SiteImporter (each row checked) and the CLI's
// single-site commands (the whole command).
inline constexpr int kDefaultSeconds = 60;
inline constexpr int kMinSeconds = 1;
inline constexpr int kMaxSeconds = 24 * 60 * 60;

// A task past its deadline is asked to stop (cancel()); one that must first reach a safe point
// (a rotation that has created its new password) gets this much longer, then is stopped where
// it is and its journal finishes the work on the next run.
int graceMs(int deadlineMs);

// timeout: "The site did not finish within N seconds." and what to do.
Problem exceeded(int deadlineMs);

} // namespace Latchkey::SiteDeadline
