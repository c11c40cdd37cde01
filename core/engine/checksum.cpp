#include "checksum.h"

#include <isa-l/crc.h>

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

namespace haul {

void Crc32c::add(QByteArrayView bytes)
{
    // crc32_iscsi keeps the running (not inverted) state; value() inverts at the end.
    m_state = crc32_iscsi(reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.data())),
                          int(bytes.size()), m_state);
}

QByteArray Crc32c::toBase64(quint32 crc)
{
    char be[4];
    qToBigEndian(crc, be);
    return QByteArray(be, 4).toBase64();
}

QByteArray compositeCrc32c(const QList<quint32> &partCrcs)
{
    Crc32c all;
    for (quint32 crc : partCrcs) {
        char be[4];
        qToBigEndian(crc, be);
        all.add(QByteArrayView(be, 4));
    }
    return Crc32c::toBase64(all.value()) + '-' + QByteArray::number(partCrcs.size());
}

QByteArray multipartEtag(const QList<QByteArray> &partMd5s)
{
    QCryptographicHash md5(QCryptographicHash::Md5);
    for (const QByteArray &m : partMd5s)
        md5.addData(m);
    return md5.result().toHex() + '-' + QByteArray::number(partMd5s.size());
}

Result<RangeDigest> digestFileRange(const QString &path, qint64 offset, qint64 length, bool withMd5)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        const ErrorCode code = file.exists() ? ErrorCode::FileUnreadable : ErrorCode::FileVanished;
        return fail(code, path, file.errorString());
    }
    if (!file.seek(offset))
        return fail(ErrorCode::FileChanged, path, file.errorString());
    Crc32c crc;
    QCryptographicHash md5(QCryptographicHash::Md5);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 left = length; left > 0;) {
        const qint64 n = file.read(buffer.data(), std::min<qint64>(left, buffer.size()));
        if (n < 0)
            return fail(ErrorCode::FileUnreadable, path, file.errorString());
        if (n == 0)
            return fail(ErrorCode::FileChanged, path, QStringLiteral("the file is shorter than before"));
        const QByteArrayView chunk(buffer.constData(), n);
        crc.add(chunk);
        if (withMd5)
            md5.addData(chunk);
        left -= n;
    }
    return RangeDigest{crc.value(), withMd5 ? md5.result() : QByteArray()};
}

} // namespace haul
