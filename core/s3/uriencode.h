#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace haul {

/// Percent-encodes as AWS SigV4 and S3 require: every byte but A–Z a–z 0–9 - . _ ~ becomes %XX
/// (upper-case hex); '/' is kept when keepSlash is true (object keys in a path).
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash = false);

/// uriEncode of a string's UTF-8 bytes.
inline QByteArray uriEncode(const QString &s, bool keepSlash = false)
{
    return uriEncode(QByteArrayView(s.toUtf8()), keepSlash);
}

} // namespace haul
