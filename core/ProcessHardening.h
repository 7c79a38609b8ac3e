#pragma once

namespace Latchkey::ProcessHardening {

// The environment variable that keeps core dumps possible (for debugging a crash): "1".
inline constexpr char kAllowCoreDumpsVariable[] = "LATCHKEY_ALLOW_CORE_DUMPS";

// Called first thing in both main()s, before Qt starts: a process that holds application
// passwords in memory must not write them to a core file, nor let another process of the same
// user read its memory through ptrace or /proc/PID/mem. On Linux: setrlimit(RLIMIT_CORE, 0)
// and prctl(PR_SET_DUMPABLE, 0); elsewhere RLIMIT_CORE where it exists. Nothing is changed
// when LATCHKEY_ALLOW_CORE_DUMPS=1. Returns false when the system refused a step (the process
// goes on: there is nothing better to do, and nothing secret has been read yet).
bool disableCoreDumps();

// True when LATCHKEY_ALLOW_CORE_DUMPS asks for core dumps.
bool coreDumpsAllowed();

// True in AddressSanitizer builds (tests only), which keep PR_SET_DUMPABLE: LeakSanitizer
// needs ptrace at exit. RLIMIT_CORE is 0 there too.
bool staysDumpable();

} // namespace Latchkey::ProcessHardening
