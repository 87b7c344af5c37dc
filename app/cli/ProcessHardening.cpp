// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#if defined(_WIN32)
#include <windows.h>
#else
#include <sys/resource.h>
#if defined(__linux__)
#include <sys/prctl.h>
#endif
#endif

namespace rebind::cli {

void ProcessHardening::apply()
{
#if defined(_WIN32)
    // Windows writes no core file of its own; a crash dump comes only from Windows Error
    // Reporting, which can be told not to offer one. (A LocalDumps policy set by an
    // administrator still applies: that is outside what a process may refuse.)
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#else
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#if defined(__linux__)
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
#endif
}

} // namespace rebind::cli
