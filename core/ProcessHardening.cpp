#include "ProcessHardening.h"

#include <cstdlib>
#include <cstring>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif
#if defined(__linux__)
#include <sys/prctl.h>
#endif

// LeakSanitizer stops the world with ptrace when the process exits, which a non-dumpable
// process refuses: sanitizer builds (tests only) keep RLIMIT_CORE at 0 but stay dumpable.
#if defined(__SANITIZE_ADDRESS__)
#define LATCHKEY_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LATCHKEY_UNDER_ASAN 1
#endif
#endif

namespace Latchkey::ProcessHardening {

bool coreDumpsAllowed()
{
    // Plain getenv: this runs before QCoreApplication exists.
    const char *value = std::getenv(kAllowCoreDumpsVariable);
    return value && std::strcmp(value, "1") == 0;
}

bool staysDumpable()
{
#if defined(LATCHKEY_UNDER_ASAN)
    return true;
#else
    return false;
#endif
}

bool disableCoreDumps()
{
    if (coreDumpsAllowed())
        return true;
    bool ok = true;
#if defined(__unix__) || defined(__APPLE__)
    const rlimit none{0, 0};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
#endif
#if defined(__linux__) && !defined(LATCHKEY_UNDER_ASAN)
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace Latchkey::ProcessHardening
