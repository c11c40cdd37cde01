#pragma once

#include <QString>

namespace haul {

/// Human-readable numbers for the queue and the status bar, in the default QLocale.
namespace format {

/// "1.5 GiB"; "unknown" for a negative size.
QString size(qint64 bytes);
/// "12.3 MiB/s"; empty for a speed of zero or less.
QString speed(double bytesPerSecond);
/// As speed(), but "0 bytes/s" when nothing moved (a summary line).
QString rate(double bytesPerSecond);
/// "less than a minute", "about 3 minutes", "about 1 hour 20 minutes", "about 3 days".
QString duration(qint64 seconds);
/// Time to move bytesLeft at bytesPerSecond; empty when the speed is unknown.
QString timeLeft(qint64 bytesLeft, double bytesPerSecond);
/// "42 %" for 0.42 (truncated, so 99.9 % never shows as 100 %).
QString percent(double fraction);

} // namespace format
} // namespace haul
