#pragma once
// Test helpers: run an asynchronous core call to completion in the test's event loop.

#include <optional>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QCoreApplication>

#include "creds/account.h"
#include "error.h"
#include "testenv.h"

namespace haul::test {

/// Starts `start(callback)` and spins the event loop until the callback ran (or 120 s passed:
/// then an Error with code Timeout and message "test wait timed out").
template <typename T, typename Start>
Result<T> await(Start start, int timeoutMs = 120000)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out.emplace(std::move(r)); });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!out)
        return std::unexpected(Error(ErrorCode::Timeout, {}, QStringLiteral("test wait timed out")));
    return std::move(*out);
}

/// An account for a test server (path-style, its CA trusted).
inline AccountConnection connectionFor(const TestServer &s)
{
    AccountConnection c;
    c.account.name = s.name;
    c.account.endpoint = s.endpoint;
    c.account.region = s.region.isEmpty() ? QStringLiteral("us-east-1") : s.region;
    c.account.addressing = Addressing::Path;
    c.account.accessKeyId = s.accessKey;
    c.account.caFile = s.caFile;
    c.credentials = {s.accessKey, s.secretKey, {}};
    return c;
}

} // namespace haul::test
