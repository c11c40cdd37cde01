#pragma once

#include <utility>

#include <QList>
#include <QtGlobal>

#include "error.h"

namespace haul {

/// S3's multipart limits as AWS documents them; compatible stores apply the same or laxer ones.
constexpr qint64 MinPartSize = 5LL << 20;   ///< 5 MiB: every part but the last is at least this
constexpr qint64 MaxPartSize = 5LL << 30;   ///< 5 GiB: no part is bigger
constexpr int MaxPartCount = 10000;         ///< part numbers run from 1 to 10,000
constexpr qint64 MaxObjectSize = 5LL << 40; ///< 5 TiB: the largest object S3 stores

/// 8 MiB, the part size chosen when the user has no preference: aws-cli's default chunk size.
constexpr qint64 DefaultPartSize = 8LL << 20;

/// 64 MiB. Files of this size and more are uploaded in parts; smaller ones with one PutObject.
/// Below 64 MiB a single PUT over one connection finishes about as quickly as several parallel
/// parts (connection set-up and the extra Create/Complete round trips eat the gain), and a
/// single PUT leaves no unfinished upload behind when interrupted.
constexpr qint64 DefaultMultipartThreshold = 64LL << 20;

/// How a file is cut into the parts of a multipart upload: parts 1 … partCount-1 are partSize
/// bytes, the last one lastPartSize bytes (1 ≤ lastPartSize ≤ partSize, or 0 for an empty file).
struct PartPlan {
    qint64 partSize = 0;
    int partCount = 0;
    qint64 lastPartSize = 0;
};

/// Plans the parts of a multipart upload of fileSize bytes.
///
/// preferredPartSize 0 means automatic: DefaultPartSize. A preference below 5 MiB is raised to
/// 5 MiB and one above 5 GiB lowered to 5 GiB. When the file would need more than 10,000 parts
/// of that size, the part size grows, to a multiple of 1 MiB, just enough to fit 10,000 parts.
/// An empty file gives one part of 0 bytes (valid for S3, but callers send files below
/// DefaultMultipartThreshold with a single PutObject anyway).
///
/// Fails with EntityTooLarge for files above 5 TiB, and with InvalidInput for a negative size or
/// preference.
Result<PartPlan> planParts(qint64 fileSize, qint64 preferredPartSize = 0);

/// Byte offset in the file where part partNumber (1-based) starts; -1 if there is no such part.
qint64 partOffset(const PartPlan &plan, int partNumber);

/// Length in bytes of part partNumber (1-based); -1 if there is no such part.
qint64 partLength(const PartPlan &plan, int partNumber);

/// Cuts an object of size bytes into ranges for ranged GETs: (first byte, last byte), both
/// inclusive, as the HTTP Range header wants them. Every range but the last is rangeSize bytes.
/// An empty object gives an empty list (download it with a plain GET); a rangeSize of 0 or less
/// gives one range covering the whole object.
QList<std::pair<qint64, qint64>> planRanges(qint64 size, qint64 rangeSize);

} // namespace haul
