#include "retrypolicy.h"

#include <algorithm>

namespace haul {

namespace {

/// A server-reported checksum mismatch gets one retry (two attempts in all).
constexpr int ChecksumMismatchMaxAttempts = 2;

bool isServerChecksumMismatch(const Error &error)
{
    return error.httpStatus != 0 && error.s3Code != QLatin1String("InvalidDigest");
}

/// The store cannot be reached at all (not one request's bad luck): every request to it fails
/// the same way until it is back.
bool isUnreachable(const Error &error)
{
    return error.code == ErrorCode::ConnectionRefused || error.code == ErrorCode::HostNotFound
        || error.code == ErrorCode::NetworkDown || error.code == ErrorCode::ProxyFailed;
}

} // namespace

bool isRetryable(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Throttled:
    case ErrorCode::ServerError:
    case ErrorCode::Timeout:
    case ErrorCode::ConnectionReset:
    case ErrorCode::NetworkDown:
        return true;
    case ErrorCode::ChecksumMismatch:
        return isServerChecksumMismatch(error);
    case ErrorCode::ConnectionRefused:
    case ErrorCode::HostNotFound:
    case ErrorCode::ProxyFailed:
        return error.answeredBefore;
    case ErrorCode::RequestTimeSkewed:
    case ErrorCode::Redirect:
        return error.correctedByClient;
    default:
        return false;
    }
}

std::optional<std::chrono::milliseconds> nextDelay(const RetryPolicy &policy, const Error &error,
                                                   int attemptsSoFar, double random01)
{
    if (!isRetryable(error))
        return std::nullopt;
    const int attempts = std::max(attemptsSoFar, 1);
    if (attempts >= policy.maxAttempts)
        return std::nullopt;
    if (error.code == ErrorCode::ChecksumMismatch && attempts >= ChecksumMismatchMaxAttempts)
        return std::nullopt;

    const bool unreachable = isUnreachable(error);
    const auto base = error.code == ErrorCode::Throttled || unreachable
        ? std::max(policy.base, policy.throttledBase)
        : policy.base;
    const double cap = double(std::max<qint64>(policy.cap.count(), 0));
    double ceiling = double(std::max<qint64>(base.count(), 0));
    // Doubling in floating point and stopping at the cap cannot overflow, however many attempts.
    for (int i = 1; i < attempts && ceiling < cap; ++i)
        ceiling *= 2.0;
    ceiling = std::min(ceiling, cap);
    const double r = std::clamp(random01, 0.0, 1.0);
    // Unreachable: each of the upload's parts keeps its own count, and with full jitter the
    // luckiest of 40 ran through its attempts within 3 s of the store going away, failing the
    // upload. At least half the ceiling each time makes every part wait 35 s or more in all.
    const double floor = unreachable ? ceiling / 2.0 : 0.0;
    return std::chrono::milliseconds(qint64(floor + r * (ceiling - floor) + 0.5));
}

} // namespace haul
