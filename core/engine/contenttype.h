#pragma once

#include <QByteArray>
#include <QString>

namespace haul {

/// The Content-Type an upload of this file carries: QMimeDatabase's answer from the file name
/// (MatchExtension), e.g. "image/tiff"; "application/octet-stream" when nothing matches.
///
/// Remembered per extension: for an extension it does not know (".bin"), QMimeDatabase (Qt 6.4)
/// compiles a regular expression for each of its wildcard patterns on every call, about 40 µs
/// a file. A name that a pattern other than a plain "*.ext" could match (README*, Makefile,
/// *.[1-9], … from the shared MIME database's globs2 files) is always looked up afresh, and
/// without readable globs2 files nothing is remembered, so the answer is always the one
/// QMimeDatabase gives. Safe from any thread.
QByteArray contentTypeForFile(const QString &path);

} // namespace haul
