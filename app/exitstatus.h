#pragma once

#include "engine/snapshot.h"

namespace haul {

/// The command line's exit statuses (README and the user guide list them).
enum class ExitStatus : int {
    AllVerified = 0,  ///< every transfer was verified (or skipped by --if-exists)
    Failed = 1,       ///< a transfer failed or did not finish, the account could not be used, or Haul could not write its queue at start
    BadArguments = 2, ///< the command line itself is wrong
    NotVerified = 3,  ///< all transfers stored, but the store gave nothing to verify some against
    AlreadyRunning = 4, ///< another Haul of this user runs: its queue is not shared
};

/// How one transfer counts when --quit-when-done decides the exit status.
enum class TransferOutcome { Verified, NotVerified, Failed };

/// Verified, and downloads not fetched because a file was there (AlreadyThere, KeptExisting: as
/// --if-exists asked) → Verified; other Done → NotVerified; anything else (Failed, Cancelled,
/// unfinished) → Failed.
TransferOutcome outcomeOf(const TransferSnapshot &snapshot);

/// Failed when any failed, else NotVerified when any was not verified, else AllVerified.
ExitStatus exitStatusFor(int failed, int notVerified);

} // namespace haul
