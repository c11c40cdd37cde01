#include "exitstatus.h"

namespace haul {

TransferOutcome outcomeOf(const TransferSnapshot &snapshot)
{
    switch (snapshot.state) {
    case TransferState::Verified: return TransferOutcome::Verified;
    case TransferState::Done:
        return snapshot.verifiedBy == VerifyMethod::AlreadyThere || snapshot.verifiedBy == VerifyMethod::KeptExisting
            ? TransferOutcome::Verified // not fetched: the file there was kept, as asked
            : TransferOutcome::NotVerified;
    default: return TransferOutcome::Failed;
    }
}

ExitStatus exitStatusFor(int failed, int notVerified)
{
    if (failed > 0)
        return ExitStatus::Failed;
    return notVerified > 0 ? ExitStatus::NotVerified : ExitStatus::AllVerified;
}

} // namespace haul
