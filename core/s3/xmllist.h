#pragma once

// Internals of the XML parsers shared between xml.cpp and xmllist.cpp; callers use s3/xml.h.

#include <optional>

#include <QByteArrayView>
#include <QString>

#include "error.h"
#include "s3/types.h"

namespace haul::xmldetail {

/// An ETag without white space and surrounding quotes.
QString stripQuotes(QStringView etag);

/// S3's encoding-type=url form decoded: percent-encoding, with '+' for a space.
QString urlDecoded(const QString &s);

/// The fast path on its own: streamListObjectsV2() for plain ASCII pages (PlainXmlScanner),
/// nullopt for anything else.
std::optional<ListPage> scanListObjectsV2(QByteArrayView body);

/// The streaming ListObjectsV2 parser (QXmlStreamReader) on its own: the page when the body is a well-formed
/// ListBucketResult whose fields all check out, else nullopt (parseListObjectsV2() tries
/// scanListObjectsV2() first, then this, then parseListObjectsV2Tree(), which finds and words
/// the fault).
std::optional<ListPage> streamListObjectsV2(QByteArrayView body);

/// The ListObjectsV2 parser that builds an element tree first, as the other parsers do. The
/// streaming parseListObjectsV2() hands every answer it does not accept to this one, so an
/// error is found and worded in one place; tests compare the two.
Result<ListPage> parseListObjectsV2Tree(QByteArrayView body);

} // namespace haul::xmldetail
