#include "remoteindex.h"

#include <algorithm>
#include <cstring>

namespace haul {

namespace {

/// The MD5 of an ETag "<32 hex>" or "<32 hex>-N" as 16 raw bytes, and N; empty when not one.
std::pair<QByteArray, int> md5OfEtag(const QString &etag)
{
    const qsizetype dash = etag.indexOf(QLatin1Char('-'));
    const QStringView hex = dash < 0 ? QStringView(etag) : QStringView(etag).left(dash);
    if (hex.size() != 32)
        return {};
    int parts = 0;
    if (dash >= 0) {
        bool ok = false;
        parts = etag.mid(dash + 1).toInt(&ok);
        if (!ok || parts <= 0)
            return {};
    }
    for (QChar c : hex) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return {};
    }
    return {QByteArray::fromHex(hex.toLatin1()), parts};
}

} // namespace

void RemoteIndex::add(const ObjectInfo &object)
{
    const QByteArray key = object.key.toUtf8();
    if (key.size() > 0xFFFF)
        return;
    Record r;
    r.offset = m_arena.size();
    r.size = object.size;
    r.lastModifiedMs = object.lastModified.isValid() ? object.lastModified.toMSecsSinceEpoch() : 0;
    r.keyLength = quint16(key.size());
    m_arena.append(key);
    const auto [md5, parts] = md5OfEtag(object.etag);
    if (!md5.isEmpty()) {
        r.etagIsMd5 = 1;
        r.etagParts = parts;
        r.etagLength = 16;
        m_arena.append(md5);
    } else {
        const QByteArray text = object.etag.toUtf8().left(255);
        r.etagLength = quint8(text.size());
        m_arena.append(text);
    }
    m_records.push_back(r);
}

void RemoteIndex::add(const ListPage &page)
{
    for (const ObjectInfo &o : page.objects)
        add(o);
}

void RemoteIndex::sort()
{
    const char *base = m_arena.constData();
    auto keyOf = [base](const Record &r) { return QByteArrayView(base + r.offset, r.keyLength); };
    auto less = [&keyOf](const Record &a, const Record &b) {
        const QByteArrayView x = keyOf(a), y = keyOf(b);
        const int c = std::memcmp(x.data(), y.data(), size_t(std::min(x.size(), y.size())));
        return c != 0 ? c < 0 : x.size() < y.size();
    };
    if (!std::is_sorted(m_records.begin(), m_records.end(), less))
        std::stable_sort(m_records.begin(), m_records.end(), less);
    auto same = [&keyOf](const Record &a, const Record &b) { return keyOf(a) == keyOf(b); };
    m_records.erase(std::unique(m_records.begin(), m_records.end(), same), m_records.end());
}

QByteArrayView RemoteIndex::keyUtf8(qsizetype i) const
{
    const Record &r = m_records[size_t(i)];
    return QByteArrayView(m_arena.constData() + r.offset, r.keyLength);
}

int RemoteIndex::compareAt(qsizetype i, QByteArrayView key) const
{
    const QByteArrayView k = keyUtf8(i);
    const int c = std::memcmp(k.data(), key.data(), size_t(std::min(k.size(), key.size())));
    if (c != 0)
        return c;
    return k.size() == key.size() ? 0 : (k.size() < key.size() ? -1 : 1);
}

qsizetype RemoteIndex::lowerBound(QByteArrayView key, qsizetype from) const
{
    qsizetype lo = std::clamp<qsizetype>(from, 0, size());
    if (lo == size() || compareAt(lo, key) >= 0)
        return lo; // nothing from `from` on is smaller
    // Gallop: lo is known smaller; find a hi that is not.
    qsizetype step = 1;
    qsizetype hi = lo + step;
    while (hi < size() && compareAt(hi, key) < 0) {
        lo = hi;
        step *= 2;
        hi = lo + step;
    }
    hi = std::min(hi, size());
    // Binary search in (lo, hi]: lo is smaller, hi is not (or the end).
    while (hi - lo > 1) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (compareAt(mid, key) < 0)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

qsizetype RemoteIndex::indexOf(QByteArrayView key, qsizetype from) const
{
    const qsizetype i = lowerBound(key, from);
    return i < size() && compareAt(i, key) == 0 ? i : -1;
}

QString RemoteIndex::etag(qsizetype i) const
{
    const Record &r = m_records[size_t(i)];
    const QByteArray stored(m_arena.constData() + r.offset + r.keyLength, r.etagLength);
    if (!r.etagIsMd5)
        return QString::fromUtf8(stored);
    QString text = QString::fromLatin1(stored.toHex());
    if (r.etagParts > 0)
        text += QLatin1Char('-') + QString::number(r.etagParts);
    return text;
}

RemoteFacts RemoteIndex::facts(qsizetype i) const
{
    RemoteFacts f;
    f.exists = true;
    f.size = objectSize(i);
    f.lastModifiedMs = lastModifiedMs(i);
    f.etag = etag(i);
    return f;
}

qint64 RemoteIndex::memoryUsed() const
{
    return qint64(m_records.capacity() * sizeof(Record)) + m_arena.capacity();
}

} // namespace haul
