// ListObjectsV2 read as a stream: each page goes straight into its ObjectInfo values, without
// the element tree the other parsers build (issue 5: a million listed objects). The plain ASCII
// pages S3 services write (encoding-type=url) go through PlainXmlScanner, anything else through
// QXmlStreamReader. Only a well-formed ListBucketResult whose fields all check out is taken
// here; anything else (an <Error> document, a wrong root, malformed XML, a missing or malformed
// field) goes to the tree parser, which finds the same fault and words the error, so all three
// agree on every answer.
#include "s3/xmllist.h"

#include <optional>

#include <QXmlStreamReader>

#include "s3/xml.h"
#include "s3/xmlscan.h"

namespace haul {

namespace xmldetail {

QString stripQuotes(QStringView etag)
{
    QStringView s = etag.trimmed();
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.mid(1, s.size() - 2);
    return s.toString();
}

QString urlDecoded(const QString &s)
{
    if (!s.contains(u'%') && !s.contains(u'+'))
        return s; // nothing encoded: the same text, shared
    QByteArray bytes = s.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace xmldetail

namespace {

using namespace xmldetail;

constexpr int MaxDepth = 32; ///< as the tree parser: deeper is refused

/// "2023-11-14T22:13:20Z" or "2023-11-14T22:13:20.000Z", the forms S3 and its clones send,
/// read without QDateTime::fromString (which costs about a microsecond); nullopt for any other
/// form, which then goes through fromString.
std::optional<QDateTime> plainUtcTime(QStringView s)
{
    if ((s.size() != 20 && s.size() != 24) || !s.endsWith(u'Z'))
        return std::nullopt;
    auto digits = [s](qsizetype from, qsizetype n) {
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' || s[16] != u':'
        || (s.size() == 24 && s[19] != u'.'))
        return std::nullopt;
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), s.size() == 24 ? digits(20, 3) : 0);
    if (!date.isValid() || !time.isValid() || digits(0, 4) < 1)
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

/// The elements whose text is taken; the first of each name counts, as in the tree parser.
enum class Field { None, IsTruncated, Token, Encoding, Key, Size, Modified, ETag, Class, Prefix };

bool is(QAnyStringView name, const char *expected)
{
    return QAnyStringView::equal(name, QLatin1String(expected));
}

Field topField(QAnyStringView name)
{
    if (is(name, "IsTruncated"))
        return Field::IsTruncated;
    if (is(name, "NextContinuationToken"))
        return Field::Token;
    if (is(name, "EncodingType"))
        return Field::Encoding;
    return Field::None;
}

Field contentsField(QAnyStringView name)
{
    if (is(name, "Key"))
        return Field::Key;
    if (is(name, "Size"))
        return Field::Size;
    if (is(name, "LastModified"))
        return Field::Modified;
    if (is(name, "ETag"))
        return Field::ETag;
    if (is(name, "StorageClass"))
        return Field::Class;
    return Field::None;
}

/// One pass over a ListBucketResult, told about it by PlainXmlScanner or readWith() (the
/// events of a QXmlStreamReader); false at the first thing it does not accept.
class ListReader {
public:
    /// A start tag.
    bool open(QAnyStringView name) { return ++m_depth <= MaxDepth && start(name); }
    /// Whether character data now is a field's text (append it to text()).
    bool wantsText() const { return m_field != Field::None && m_depth == m_fieldDepth; }
    QString &text() { return m_text; }
    /// An end tag.
    bool close();
    /// The end of the document.
    bool finish();
    ListPage &page() { return m_page; }

private:
    bool start(QAnyStringView name);
    bool take(Field field, QStringView text);
    bool endContents();
    void decodeEarlyKeys();

    ListPage m_page;
    int m_depth = 0;
    bool m_rootSeen = false;
    bool m_inContents = false, m_inPrefixes = false;
    Field m_field = Field::None;
    int m_fieldDepth = 0;
    QString m_text;              ///< the field's text; its buffer is reused
    quint32 m_seen = 0;          ///< bit per Field: top-level fields, then those of a Contents
    ObjectInfo m_object;
    bool m_urlEncoded = false;
    qsizetype m_rawObjects = 0;  ///< objects and prefixes read before <EncodingType>
    qsizetype m_rawPrefixes = 0;
    const QString m_standard = QStringLiteral("STANDARD"); ///< shared by most objects
};

bool ListReader::close()
{
    if (m_field != Field::None && m_depth == m_fieldDepth) {
        if (!take(std::exchange(m_field, Field::None), m_text))
            return false;
    } else if (m_depth == 2 && m_inContents && !endContents()) {
        return false;
    }
    if (m_depth-- == 2)
        m_inContents = m_inPrefixes = false;
    return true;
}

bool ListReader::finish()
{
    if (m_depth != 0 || !m_rootSeen)
        return false;
    if (m_page.truncated && m_page.nextContinuationToken.isEmpty())
        return false;
    decodeEarlyKeys();
    return true;
}

bool readWith(QXmlStreamReader &reader, ListReader &list)
{
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (!list.open(reader.name()))
                return false;
            break;
        case QXmlStreamReader::Characters:
            if (list.wantsText())
                list.text() += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!list.close())
                return false;
            break;
        default:
            break;
        }
    }
    return !reader.hasError() && list.finish();
}

/// A start tag at m_depth: the root, a child of it, or a field of a Contents.
bool ListReader::start(QAnyStringView name)
{
    if (m_depth == 1) {
        m_rootSeen = true;
        return is(name, "ListBucketResult"); // anything else: the tree parser's
    }
    if (m_field != Field::None)
        return true; // inside a field: its own text only, as the tree parser takes it
    Field field = Field::None;
    if (m_depth == 2) {
        m_inContents = is(name, "Contents");
        m_inPrefixes = is(name, "CommonPrefixes");
        if (m_inContents) {
            m_object = ObjectInfo();
            m_seen &= 0xFF; // the Contents fields start afresh
        } else if (!m_inPrefixes) {
            field = topField(name);
        }
    } else if (m_depth == 3 && m_inContents) {
        field = contentsField(name);
    } else if (m_depth == 3 && m_inPrefixes && is(name, "Prefix")) {
        field = Field::Prefix; // every Prefix counts
    }
    const quint32 bit = 1u << (int(field) + (field >= Field::Key ? 8 : 0));
    if (field == Field::None || (field != Field::Prefix && (m_seen & bit)))
        return true;
    m_seen |= bit;
    m_field = field;
    m_fieldDepth = m_depth;
    m_text.resize(0); // keeps its buffer
    return true;
}

bool ListReader::take(Field field, QStringView text)
{
    const QStringView token = text.trimmed();
    switch (field) {
    case Field::IsTruncated:
        m_page.truncated = token.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        return m_page.truncated || token.isEmpty()
            || token.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0;
    case Field::Token:
        m_page.nextContinuationToken = token.toString();
        return true;
    case Field::Encoding:
        m_urlEncoded = token.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0;
        m_rawObjects = m_page.objects.size();
        m_rawPrefixes = m_page.prefixes.size();
        return true;
    case Field::Key:
        m_object.key = m_urlEncoded ? urlDecoded(text.toString()) : text.toString();
        return !text.isEmpty();
    case Field::Size: {
        bool ok = false;
        m_object.size = token.toLongLong(&ok);
        return ok && m_object.size >= 0;
    }
    case Field::Modified: {
        if (token.isEmpty())
            return true;
        if (const std::optional<QDateTime> t = plainUtcTime(token)) {
            m_object.lastModified = *t;
            return true;
        }
        m_object.lastModified = QDateTime::fromString(token.toString(), Qt::ISODateWithMs);
        m_object.lastModified = m_object.lastModified.toUTC();
        return m_object.lastModified.isValid();
    }
    case Field::ETag:
        m_object.etag = stripQuotes(token);
        return true;
    case Field::Class:
        m_object.storageClass = token == m_standard ? m_standard : token.toString();
        return true;
    case Field::Prefix:
        if (text.isEmpty())
            return false;
        m_page.prefixes.append(ObjectInfo{m_urlEncoded ? urlDecoded(text.toString()) : text.toString(),
                                          0, {}, {}, {}, true});
        return true;
    case Field::None:
        break;
    }
    return true;
}

/// A Contents ends: Key and Size are required.
bool ListReader::endContents()
{
    const quint32 needed = (1u << (int(Field::Key) + 8)) | (1u << (int(Field::Size) + 8));
    if ((m_seen & needed) != needed)
        return false;
    m_page.objects.append(std::move(m_object));
    return true;
}

/// Keys read before a late <EncodingType>url</EncodingType> (stores send it first).
void ListReader::decodeEarlyKeys()
{
    if (!m_urlEncoded)
        return;
    for (qsizetype i = 0; i < m_rawObjects; ++i)
        m_page.objects[i].key = urlDecoded(m_page.objects[i].key);
    for (qsizetype i = 0; i < m_rawPrefixes; ++i)
        m_page.prefixes[i].key = urlDecoded(m_page.prefixes[i].key);
}

} // namespace

std::optional<ListPage> xmldetail::scanListObjectsV2(QByteArrayView body)
{
    ListReader list;
    PlainXmlScanner scanner(body.trimmed());
    if (!scanner.run(list) || !list.finish())
        return std::nullopt;
    return std::move(list.page());
}

std::optional<ListPage> xmldetail::streamListObjectsV2(QByteArrayView body)
{
    const QByteArrayView trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    ListReader list;
    QXmlStreamReader reader(QByteArray::fromRawData(trimmed.data(), trimmed.size()));
    if (!readWith(reader, list))
        return std::nullopt;
    return std::move(list.page());
}

Result<ListPage> parseListObjectsV2(QByteArrayView body)
{
    if (std::optional<ListPage> page = xmldetail::scanListObjectsV2(body))
        return std::move(*page);
    if (std::optional<ListPage> page = xmldetail::streamListObjectsV2(body))
        return std::move(*page);
    return xmldetail::parseListObjectsV2Tree(body);
}

} // namespace haul
