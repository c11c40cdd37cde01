#pragma once

#include <QList>
#include <QString>

#include "error.h"
#include "sync/compare.h"

namespace haul {

/// The digests of a local file that a comparison by checksum asks for (NeedChecksum), added to
/// `local`: for a multipart ETag ("<hex>-N") the file's multipart ETags for `partSizes`
/// (checksumPartSizes(), computed by the caller with the engine's part size setting), hashed
/// one size after another and stopping at the first that equals `etag`, with partsHashed set;
/// for any other ETag the MD5 of the whole file. The parts of one size are hashed side by side
/// (digestFileRanges(): up to 16 in SIMD lanes); each size is one pass over the file.
///
/// Reads the file: run it on a pool thread, never the engine's. Fails with FileVanished,
/// FileUnreadable or FileChanged (the file is shorter than local.size) as digestFileRanges().
Result<LocalFacts> digestForComparison(const QString &path, LocalFacts local, const QString &etag,
                                       const QList<qint64> &partSizes);

} // namespace haul
