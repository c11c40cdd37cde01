#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace haul {

/// One bandwidth limit over every connection: a token bucket that request bodies draw from.
/// Lives in the engine thread. With rate 0 there is no limit and take() grants everything.
/// When it had to refuse, it emits refilled() once tokens are back, so readers try again.
class RateLimiter : public QObject {
    Q_OBJECT
public:
    explicit RateLimiter(qint64 bytesPerSecond = 0, QObject *parent = nullptr);

    /// Changes the limit at once (0: none).
    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate; }

    /// Grants up to `wanted` bytes now; 0 means wait for refilled().
    qint64 take(qint64 wanted);

Q_SIGNALS:
    void refilled();

private:
    void refill();

    qint64 m_rate = 0;
    double m_tokens = 0;
    QElapsedTimer m_clock;
    QTimer m_wake{this};
};

} // namespace haul
