#include "partplan.h"

#include <algorithm>

namespace haul {

namespace {

constexpr qint64 MiB = 1LL << 20;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

/// The part size the caller asked for, moved into S3's limits.
qint64 clampedPreference(qint64 preferredPartSize)
{
    if (preferredPartSize == 0)
        return DefaultPartSize;
    return std::clamp(preferredPartSize, MinPartSize, MaxPartSize);
}

/// The smallest multiple of 1 MiB that fits fileSize into MaxPartCount parts.
qint64 smallestPartSizeFor(qint64 fileSize)
{
    return ceilDiv(ceilDiv(fileSize, MaxPartCount), MiB) * MiB;
}

} // namespace

Result<PartPlan> planParts(qint64 fileSize, qint64 preferredPartSize)
{
    if (fileSize < 0 || preferredPartSize < 0) {
        Error e(ErrorCode::InvalidInput);
        e.detail = QStringLiteral("planParts: negative size %1 or part size %2")
                       .arg(fileSize).arg(preferredPartSize);
        return fail(e);
    }
    if (fileSize > MaxObjectSize) {
        Error e(ErrorCode::EntityTooLarge);
        e.detail = QStringLiteral("%1 bytes is more than S3's largest object, %2 bytes (5 TiB)")
                       .arg(fileSize).arg(MaxObjectSize);
        return fail(e);
    }
    PartPlan plan;
    plan.partSize = std::max(clampedPreference(preferredPartSize), smallestPartSizeFor(fileSize));
    if (fileSize == 0) {
        plan.partCount = 1;
        return plan;
    }
    plan.partCount = int(ceilDiv(fileSize, plan.partSize));
    plan.lastPartSize = fileSize - qint64(plan.partCount - 1) * plan.partSize;
    return plan;
}

qint64 partOffset(const PartPlan &plan, int partNumber)
{
    if (partNumber < 1 || partNumber > plan.partCount)
        return -1;
    return qint64(partNumber - 1) * plan.partSize;
}

qint64 partLength(const PartPlan &plan, int partNumber)
{
    if (partNumber < 1 || partNumber > plan.partCount)
        return -1;
    return partNumber == plan.partCount ? plan.lastPartSize : plan.partSize;
}

QList<std::pair<qint64, qint64>> planRanges(qint64 size, qint64 rangeSize)
{
    QList<std::pair<qint64, qint64>> ranges;
    if (size <= 0)
        return ranges;
    const qint64 step = rangeSize > 0 ? rangeSize : size;
    ranges.reserve(qsizetype(ceilDiv(size, step)));
    for (qint64 first = 0; first < size; first += step)
        ranges.append({first, std::min(first + step, size) - 1});
    return ranges;
}

} // namespace haul
