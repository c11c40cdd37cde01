#pragma once

#include <chrono>
#include <optional>

#include "error.h"

namespace haul {

/// How often and how patiently a failed request is tried again.
/// Delays use exponential backoff with full jitter: the n-th retry waits a uniformly random time
/// in [0, min(cap, base × 2^(n−1))]. Throttling (SlowDown, 503, 429) starts from throttledBase,
/// which is larger, so a store that asks us to slow down gets real breathing room. A store that
/// cannot be reached (refused, name not found, network down) starts from throttledBase too, and
/// waits at least half of each ceiling ("equal jitter"): 8 attempts then span 35–71 s, for
/// every part alike.
struct RetryPolicy {
    int maxAttempts = 8;                           ///< total attempts, the first one included
    std::chrono::milliseconds base{250};           ///< ceiling of the first retry's delay
    std::chrono::milliseconds cap{20000};          ///< no delay is ever longer than this
    std::chrono::milliseconds throttledBase{1000}; ///< base when the store throttles us
};

/// The one place that decides whether retrying a failed request can help.
///
/// Retryable: Throttled, ServerError, Timeout (S3's RequestTimeout maps here too),
/// ConnectionReset and NetworkDown — all transient by nature.
///
/// ChecksumMismatch is retryable only when the *server* reported it (httpStatus ≠ 0: BadDigest,
/// XAmzContentChecksumMismatch, XAmzContentSHA256Mismatch): the bytes may have been damaged in
/// flight and a new attempt re-reads them from disk. nextDelay() allows such a retry once only,
/// so a file whose bytes really changed fails quickly. InvalidDigest (a malformed checksum header,
/// i.e. our bug) and a mismatch Haul found itself (httpStatus 0) are not retried.
///
/// Not retryable: everything else — credentials and permissions, not-found, bad input, redirects,
/// TLS, protocol errors, local file errors, Cancelled. HostNotFound and ConnectionRefused are
/// final too while the endpoint has not answered in this session (Error::answeredBefore): then
/// they are far more often a wrong address than a blip, and the user learns it at once. Once it
/// has answered, they are retried like a reset: a store restarting, a VPN reconnecting.
bool isRetryable(const Error &error);

/// How long to wait before the next attempt, or nullopt to give up.
///
/// attemptsSoFar counts the attempts already made, the one that just failed included (so it is
/// 1 after the first failure). random01 is a uniform random number in [0, 1] supplied by the
/// caller (inject the generator; tests pass fixed values); it is clamped into that range.
/// Returns nullopt when the error is not retryable, when attemptsSoFar has reached
/// policy.maxAttempts, or for a server-side ChecksumMismatch after its one retry.
std::optional<std::chrono::milliseconds> nextDelay(const RetryPolicy &policy, const Error &error,
                                                   int attemptsSoFar, double random01);

} // namespace haul
