#include "ratelimiter.h"

#include <algorithm>

namespace haul {

namespace {
constexpr double BurstSeconds = 0.05; ///< the bucket holds this much time's worth of bytes
constexpr int WakeMs = 10;
} // namespace

RateLimiter::RateLimiter(qint64 bytesPerSecond, QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_wake.setInterval(WakeMs);
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &RateLimiter::refilled);
    setRate(bytesPerSecond);
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_tokens = 0;
    m_clock.restart();
    if (m_rate == 0)
        Q_EMIT refilled(); // whoever waits may go on at full speed
}

void RateLimiter::refill()
{
    const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
    m_clock.restart();
    m_tokens = std::min(m_tokens + seconds * double(m_rate), double(m_rate) * BurstSeconds + 16384);
}

qint64 RateLimiter::take(qint64 wanted)
{
    if (m_rate == 0)
        return wanted;
    refill();
    const qint64 granted = std::min<qint64>(wanted, qint64(m_tokens));
    if (granted <= 0) {
        if (!m_wake.isActive())
            m_wake.start();
        return 0;
    }
    m_tokens -= double(granted);
    return granted;
}

} // namespace haul
