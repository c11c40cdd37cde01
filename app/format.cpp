#include "format.h"

#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace haul::format {
namespace {

struct Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

QString size(qint64 bytes)
{
    if (bytes < 0)
        return Format::tr("unknown");
    if (bytes < 1024) // Qt says "1 bytes"
        return Format::tr("%Ln byte(s)", nullptr, int(bytes));
    return QLocale().formattedDataSize(bytes);
}

QString speed(double bytesPerSecond)
{
    return bytesPerSecond > 0 ? rate(bytesPerSecond) : QString();
}

QString rate(double bytesPerSecond)
{
    const qint64 bytes = bytesPerSecond > 0 ? qint64(std::llround(bytesPerSecond)) : 0;
    return Format::tr("%1/s").arg(QLocale().formattedDataSize(bytes));
}

QString duration(qint64 seconds)
{
    if (seconds < kMinute)
        return Format::tr("less than a minute");
    if (seconds < kHour) {
        const int minutes = int(std::max<qint64>(1, (seconds + kMinute / 2) / kMinute));
        return minutes == 60 ? Format::tr("about %n hour(s)", nullptr, 1)
                             : Format::tr("about %n minute(s)", nullptr, minutes);
    }
    if (seconds < 10 * kHour) {
        const qint64 rounded = (seconds + kMinute / 2) / kMinute;
        const int hours = int(rounded / 60);
        const int minutes = int(rounded % 60);
        if (minutes == 0)
            return Format::tr("about %n hour(s)", nullptr, hours);
        return Format::tr("about %1 %2", "hours and minutes")
            .arg(Format::tr("%n hour(s)", nullptr, hours), Format::tr("%n minute(s)", nullptr, minutes));
    }
    if (seconds < 2 * kDay)
        return Format::tr("about %n hour(s)", nullptr, int((seconds + kHour / 2) / kHour));
    return Format::tr("about %n day(s)", nullptr, int((seconds + kDay / 2) / kDay));
}

QString timeLeft(qint64 bytesLeft, double bytesPerSecond)
{
    if (!(bytesPerSecond > 0) || bytesLeft < 0)
        return {};
    return duration(qint64(std::ceil(double(bytesLeft) / bytesPerSecond)));
}

QString percent(double fraction)
{
    const int value = int(std::floor(std::clamp(fraction, 0.0, 1.0) * 100.0));
    return Format::tr("%1 %").arg(value);
}

} // namespace haul::format
