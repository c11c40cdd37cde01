#include "xml.h"

#include <algorithm>
#include <initializer_list>

#include <QXmlStreamReader>

#include "s3/s3error.h"
#include "s3/xmllist.h"

namespace haul {

namespace {

using xmldetail::stripQuotes;
using xmldetail::urlDecoded;

/// Deeper than any S3 answer nests; a guard against hostile or broken bodies.
constexpr int MaxDepth = 32;

/// An element: its local name, its character data and its child elements.
struct Node {
    QString name;
    QString text;
    QList<Node> children;

    const Node *child(QLatin1String childName) const
    {
        for (const Node &c : children) {
            if (c.name == childName)
                return &c;
        }
        return nullptr;
    }
};

std::unexpected<Error> protocolError(QLatin1String operation, const QString &what)
{
    Error e(ErrorCode::ProtocolError);
    e.detail = operation + QStringLiteral(": ") + what;
    return fail(std::move(e));
}

Result<Node> readTree(QByteArrayView body, QLatin1String operation)
{
    const QByteArrayView trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return protocolError(operation, QStringLiteral("empty response body"));
    QXmlStreamReader reader(QByteArray::fromRawData(trimmed.data(), trimmed.size()));
    QList<Node> open;
    std::optional<Node> root;
    while (!reader.atEnd() && !reader.hasError()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (open.size() >= MaxDepth)
                return protocolError(operation, QStringLiteral("XML nested too deeply"));
            open.append(Node{reader.name().toString(), {}, {}});
        } else if (token == QXmlStreamReader::Characters && !open.isEmpty()) {
            open.last().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            Node done = open.takeLast();
            if (open.isEmpty())
                root = std::move(done);
            else
                open.last().children.append(std::move(done));
        }
    }
    if (reader.hasError()) {
        return protocolError(operation, QStringLiteral("malformed XML at line %1, column %2: %3")
                                            .arg(reader.lineNumber())
                                            .arg(reader.columnNumber())
                                            .arg(reader.errorString()));
    }
    if (!root)
        return protocolError(operation, QStringLiteral("no XML element"));
    return std::move(*root);
}

/// The document's root element, checked to be rootName; an <Error> document becomes its error.
Result<Node> readDocument(QByteArrayView body, QLatin1String rootName, QLatin1String operation)
{
    Result<Node> root = readTree(body, operation);
    if (!root)
        return root;
    if (root->name == QLatin1String("Error") || root->name == QLatin1String("ErrorResponse"))
        return fail(errorFromResponse(200, body, QByteArray(), QString()));
    // moto names some roots …Response where S3, Ceph RGW and MinIO say …Result
    // (<ListPartsResponse>, <CompleteMultipartUploadResponse>): accept both.
    const bool responseForm = rootName.endsWith(QLatin1String("Result"))
        && root->name == QString(rootName).chopped(6) + QLatin1String("Response");
    if (root->name != rootName && !responseForm) {
        return protocolError(operation, QStringLiteral("expected <%1>, got <%2>")
                                            .arg(rootName, root->name));
    }
    return root;
}

/// Reads the children of one element, remembering the first that is missing or malformed.
class Fields {
public:
    Fields(const Node &node, QLatin1String operation) : m_node(node), m_operation(operation) {}

    /// The text of child name; a required child must be present and non-empty.
    QString text(QLatin1String name, bool required = false)
    {
        const Node *c = m_node.child(name);
        if (required && (!c || c->text.isEmpty()))
            complain(QStringLiteral("<%1> without <%2>").arg(m_node.name, name));
        return c ? c->text : QString();
    }

    /// The text of child name without surrounding white space (for ids, codes, numbers).
    QString token(QLatin1String name, bool required = false)
    {
        const QString s = text(name).trimmed();
        if (required && s.isEmpty())
            complain(QStringLiteral("<%1> without <%2>").arg(m_node.name, name));
        return s;
    }

    /// A non-negative integer; 0 when an optional child is absent or empty.
    qint64 number(QLatin1String name, bool required = false)
    {
        const QString s = token(name, required);
        if (s.isEmpty())
            return 0;
        bool ok = false;
        const qint64 value = s.toLongLong(&ok);
        if (!ok || value < 0)
            complain(QStringLiteral("<%1> is not a count: \"%2\"").arg(name, s));
        return ok ? std::max<qint64>(value, 0) : 0;
    }

    /// true or false (any case); false when absent.
    bool flag(QLatin1String name)
    {
        const QString s = token(name);
        if (s.isEmpty() || s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        complain(QStringLiteral("<%1> is not true or false: \"%2\"").arg(name, s));
        return false;
    }

    /// An ISO 8601 time (with or without milliseconds), as UTC; invalid when absent.
    QDateTime time(QLatin1String name)
    {
        const QString s = token(name);
        if (s.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid())
            complain(QStringLiteral("<%1> is not an ISO 8601 time: \"%2\"").arg(name, s));
        return t.toUTC();
    }

    QString etag(QLatin1String name, bool required = false)
    {
        return stripQuotes(token(name, required));
    }

    bool ok() const { return m_problem.isEmpty(); }
    std::unexpected<Error> failure() const { return protocolError(m_operation, m_problem); }

private:
    void complain(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    const Node &m_node;
    QLatin1String m_operation;
    QString m_problem;
};

bool isUrlEncoded(const Node &root)
{
    const Node *e = root.child(QLatin1String("EncodingType"));
    return e && e->text.trimmed().compare(QLatin1String("url"), Qt::CaseInsensitive) == 0;
}

const QLatin1String ListObjectsOp("ListObjectsV2");
const QLatin1String ListUploadsOp("ListMultipartUploads");

Result<ObjectInfo> objectFrom(const Node &node, bool urlEncoded)
{
    Fields f(node, ListObjectsOp);
    ObjectInfo o;
    o.key = f.text(QLatin1String("Key"), true);
    o.size = f.number(QLatin1String("Size"), true);
    o.lastModified = f.time(QLatin1String("LastModified"));
    o.etag = f.etag(QLatin1String("ETag"));
    o.storageClass = f.token(QLatin1String("StorageClass"));
    if (!f.ok())
        return f.failure();
    if (urlEncoded)
        o.key = urlDecoded(o.key);
    return o;
}

/// The Prefix entries of one CommonPrefixes element, as "folders".
Result<QList<ObjectInfo>> prefixesFrom(const Node &node, bool urlEncoded)
{
    QList<ObjectInfo> out;
    for (const Node &c : node.children) {
        if (c.name != QLatin1String("Prefix"))
            continue;
        if (c.text.isEmpty())
            return protocolError(ListObjectsOp, QStringLiteral("empty <Prefix>"));
        ObjectInfo p;
        p.key = urlEncoded ? urlDecoded(c.text) : c.text;
        p.isPrefix = true;
        out.append(p);
    }
    return out;
}

Result<PartInfo> partFrom(const Node &node)
{
    Fields f(node, QLatin1String("ListParts"));
    PartInfo p;
    p.number = int(f.number(QLatin1String("PartNumber"), true));
    p.etag = f.etag(QLatin1String("ETag"), true);
    p.size = f.number(QLatin1String("Size"), true);
    p.checksumCrc32c = f.token(QLatin1String("ChecksumCRC32C"));
    if (!f.ok())
        return f.failure();
    if (p.number < 1 || p.number > 10000)
        return protocolError(QLatin1String("ListParts"),
                             QStringLiteral("part number %1 out of range").arg(p.number));
    return p;
}

Result<UploadInfo> uploadFrom(const Node &node, bool urlEncoded)
{
    Fields f(node, ListUploadsOp);
    UploadInfo u;
    u.key = f.text(QLatin1String("Key"), true);
    u.uploadId = f.token(QLatin1String("UploadId"), true);
    u.initiated = f.time(QLatin1String("Initiated"));
    if (!f.ok())
        return f.failure();
    if (urlEncoded)
        u.key = urlDecoded(u.key);
    return u;
}

Result<DeleteFailure> deleteFailureFrom(const Node &node)
{
    Fields f(node, QLatin1String("DeleteObjects"));
    DeleteFailure d;
    d.key = f.text(QLatin1String("Key"), true);
    d.code = f.token(QLatin1String("Code"));
    d.message = f.text(QLatin1String("Message")).trimmed();
    if (!f.ok())
        return f.failure();
    return d;
}

/// The <Error> element of an error document: the root, or inside moto's <ErrorResponse>.
const Node *errorElement(const Node &root)
{
    if (root.name == QLatin1String("Error"))
        return &root;
    if (root.name != QLatin1String("ErrorResponse"))
        return nullptr;
    if (const Node *e = root.child(QLatin1String("Error")))
        return e;
    const Node *errors = root.child(QLatin1String("Errors"));
    return errors ? errors->child(QLatin1String("Error")) : nullptr;
}

QString firstText(const Node &node, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const Node *c = node.child(QLatin1String(name));
        if (c && !c->text.trimmed().isEmpty())
            return c->text.trimmed();
    }
    return {};
}

/// Text content escaped for XML 1.0: markup characters as entities and control characters
/// (which XML 1.0 cannot carry raw, and whose line ends a parser would normalise) as references.
QString xmlEscaped(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("&#%1;").arg(c.unicode());
        else
            out += c;
    }
    return out;
}

QString element(QLatin1String name, const QString &escapedText)
{
    return QLatin1Char('<') + name + QLatin1Char('>') + escapedText + QLatin1String("</") + name
        + QLatin1Char('>');
}

const QLatin1String XmlDeclaration("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
const QLatin1String S3Namespace(" xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"");

} // namespace

Result<QList<BucketInfo>> parseListBuckets(QByteArrayView body)
{
    const QLatin1String op("ListBuckets");
    const Result<Node> doc = readDocument(body, QLatin1String("ListAllMyBucketsResult"), op);
    if (!doc)
        return fail(doc.error());
    QList<BucketInfo> buckets;
    const Node *list = doc->child(QLatin1String("Buckets"));
    if (!list)
        return buckets;
    for (const Node &n : list->children) {
        if (n.name != QLatin1String("Bucket"))
            continue;
        Fields f(n, op);
        BucketInfo b{f.text(QLatin1String("Name"), true), f.time(QLatin1String("CreationDate"))};
        if (!f.ok())
            return f.failure();
        buckets.append(b);
    }
    return buckets;
}

Result<ListPage> xmldetail::parseListObjectsV2Tree(QByteArrayView body)
{
    const Result<Node> doc = readDocument(body, QLatin1String("ListBucketResult"), ListObjectsOp);
    if (!doc)
        return fail(doc.error());
    const bool urlEncoded = isUrlEncoded(*doc);
    Fields top(*doc, ListObjectsOp);
    ListPage page;
    page.truncated = top.flag(QLatin1String("IsTruncated"));
    page.nextContinuationToken = top.token(QLatin1String("NextContinuationToken"));
    if (!top.ok())
        return top.failure();
    if (page.truncated && page.nextContinuationToken.isEmpty())
        return protocolError(ListObjectsOp,
                             QStringLiteral("truncated without NextContinuationToken"));
    for (const Node &n : doc->children) {
        if (n.name == QLatin1String("Contents")) {
            const Result<ObjectInfo> o = objectFrom(n, urlEncoded);
            if (!o)
                return fail(o.error());
            page.objects.append(*o);
        } else if (n.name == QLatin1String("CommonPrefixes")) {
            const Result<QList<ObjectInfo>> p = prefixesFrom(n, urlEncoded);
            if (!p)
                return fail(p.error());
            page.prefixes.append(*p);
        }
    }
    return page;
}

Result<QString> parseInitiateMultipartUpload(QByteArrayView body)
{
    const QLatin1String op("CreateMultipartUpload");
    const Result<Node> doc = readDocument(body, QLatin1String("InitiateMultipartUploadResult"), op);
    if (!doc)
        return fail(doc.error());
    Fields f(*doc, op);
    const QString uploadId = f.token(QLatin1String("UploadId"), true);
    if (!f.ok())
        return f.failure();
    return uploadId;
}

Result<PartsPage> parseListParts(QByteArrayView body)
{
    const QLatin1String op("ListParts");
    const Result<Node> doc = readDocument(body, QLatin1String("ListPartsResult"), op);
    if (!doc)
        return fail(doc.error());
    Fields top(*doc, op);
    PartsPage page;
    page.truncated = top.flag(QLatin1String("IsTruncated"));
    // Only a truncated page needs the marker; on the last page stores write a number, nothing,
    // or an empty element.
    const QString marker = top.token(QLatin1String("NextPartNumberMarker"));
    bool markerOk = false;
    page.nextPartNumberMarker = std::max(marker.toInt(&markerOk), 0);
    if (!top.ok())
        return top.failure();
    if (page.truncated && (!markerOk || page.nextPartNumberMarker < 1))
        return protocolError(op, QStringLiteral("truncated without NextPartNumberMarker"));
    for (const Node &n : doc->children) {
        if (n.name != QLatin1String("Part"))
            continue;
        const Result<PartInfo> p = partFrom(n);
        if (!p)
            return fail(p.error());
        page.parts.append(*p);
    }
    return page;
}

Result<UploadsPage> parseListMultipartUploads(QByteArrayView body)
{
    const Result<Node> doc =
        readDocument(body, QLatin1String("ListMultipartUploadsResult"), ListUploadsOp);
    if (!doc)
        return fail(doc.error());
    const bool urlEncoded = isUrlEncoded(*doc);
    Fields top(*doc, ListUploadsOp);
    UploadsPage page;
    page.truncated = top.flag(QLatin1String("IsTruncated"));
    page.nextKeyMarker = top.text(QLatin1String("NextKeyMarker"));
    page.nextUploadIdMarker = top.token(QLatin1String("NextUploadIdMarker"));
    if (!top.ok())
        return top.failure();
    if (page.truncated && page.nextKeyMarker.isEmpty())
        return protocolError(ListUploadsOp, QStringLiteral("truncated without NextKeyMarker"));
    if (urlEncoded)
        page.nextKeyMarker = urlDecoded(page.nextKeyMarker);
    for (const Node &n : doc->children) {
        if (n.name != QLatin1String("Upload"))
            continue;
        const Result<UploadInfo> u = uploadFrom(n, urlEncoded);
        if (!u)
            return fail(u.error());
        page.uploads.append(*u);
    }
    return page;
}

Result<CompleteResult> parseCompleteMultipartUpload(QByteArrayView body)
{
    const QLatin1String op("CompleteMultipartUpload");
    const Result<Node> doc = readDocument(body, QLatin1String("CompleteMultipartUploadResult"), op);
    if (!doc)
        return fail(doc.error());
    Fields f(*doc, op);
    CompleteResult result;
    // Ceph RGW 16 sends an empty <ETag/>: then the caller asks HeadObject.
    result.etag = f.etag(QLatin1String("ETag"));
    result.checksumCrc32c = f.token(QLatin1String("ChecksumCRC32C"));
    if (!f.ok())
        return f.failure();
    return result;
}

Result<QList<DeleteFailure>> parseDeleteObjects(QByteArrayView body)
{
    const Result<Node> doc =
        readDocument(body, QLatin1String("DeleteResult"), QLatin1String("DeleteObjects"));
    if (!doc)
        return fail(doc.error());
    QList<DeleteFailure> failures;
    for (const Node &n : doc->children) {
        if (n.name != QLatin1String("Error"))
            continue;
        const Result<DeleteFailure> d = deleteFailureFrom(n);
        if (!d)
            return fail(d.error());
        failures.append(*d);
    }
    return failures;
}

Result<QString> parseBucketLocation(QByteArrayView body)
{
    const Result<Node> doc =
        readDocument(body, QLatin1String("LocationConstraint"), QLatin1String("GetBucketLocation"));
    if (!doc)
        return fail(doc.error());
    const QString region = doc->text.trimmed();
    if (region.isEmpty())
        return QStringLiteral("us-east-1");
    if (region == QLatin1String("EU"))
        return QStringLiteral("eu-west-1");
    return region;
}

std::optional<S3ErrorBody> parseS3Error(QByteArrayView body)
{
    const Result<Node> doc = readTree(body, QLatin1String("Error"));
    if (!doc)
        return std::nullopt;
    const Node *e = errorElement(*doc);
    if (!e)
        return std::nullopt;
    S3ErrorBody out;
    out.code = firstText(*e, {"Code"});
    out.message = firstText(*e, {"Message"});
    out.requestId = firstText(*e, {"RequestId", "RequestID"});
    if (out.requestId.isEmpty())
        out.requestId = firstText(*doc, {"RequestId", "RequestID"});
    out.resource = firstText(*e, {"Resource", "Key", "BucketName"});
    out.endpoint = firstText(*e, {"Endpoint"});
    out.region = firstText(*e, {"Region"});
    return out;
}

QByteArray buildCompleteMultipartUpload(const QList<PartInfo> &parts)
{
    QList<PartInfo> sorted = parts;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PartInfo &a, const PartInfo &b) { return a.number < b.number; });
    QString xml = XmlDeclaration + QLatin1String("<CompleteMultipartUpload") + S3Namespace
        + QLatin1Char('>');
    for (const PartInfo &p : sorted) {
        const QString quotedEtag = QLatin1Char('"') + p.etag + QLatin1Char('"');
        xml += QLatin1String("<Part>")
            + element(QLatin1String("PartNumber"), QString::number(p.number))
            + element(QLatin1String("ETag"), xmlEscaped(quotedEtag));
        if (!p.checksumCrc32c.isEmpty())
            xml += element(QLatin1String("ChecksumCRC32C"), xmlEscaped(p.checksumCrc32c));
        xml += QLatin1String("</Part>");
    }
    xml += QLatin1String("</CompleteMultipartUpload>");
    return xml.toUtf8();
}

QByteArray buildDeleteObjects(const QStringList &keys, bool quiet)
{
    QString xml = XmlDeclaration + QLatin1String("<Delete") + S3Namespace + QLatin1Char('>');
    if (quiet)
        xml += element(QLatin1String("Quiet"), QStringLiteral("true"));
    for (const QString &key : keys)
        xml += QLatin1String("<Object>") + element(QLatin1String("Key"), xmlEscaped(key))
            + QLatin1String("</Object>");
    xml += QLatin1String("</Delete>");
    return xml.toUtf8();
}

} // namespace haul
