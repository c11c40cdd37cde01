#include <QTest>
#include <QXmlStreamReader>

#include "s3/xml.h"

using namespace haul;

// Bodies as AWS documents them and as s3rver, moto and Ceph RGW write them: namespaces, quoting,
// optional elements and pretty-printing differ between them.

namespace {

QByteArray utf8(const char *s)
{
    return QByteArray(s);
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

/// "" on success, else the name of the error's code.
template <typename T>
QString errorName(const Result<T> &r)
{
    return r ? QString() : errorCodeName(r.error().code);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

QStringList keysOf(const QList<ObjectInfo> &objects)
{
    QStringList keys;
    for (const ObjectInfo &o : objects)
        keys << o.key;
    return keys;
}

const char AwsListBuckets[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Owner>
    <ID>bcaf1ffd86f461ca5fb16fd081034f</ID>
    <DisplayName>webfile</DisplayName>
  </Owner>
  <Buckets>
    <Bucket>
      <Name>quotes</Name>
      <CreationDate>2006-02-03T16:45:09.000Z</CreationDate>
    </Bucket>
    <Bucket>
      <Name>samples</Name>
      <CreationDate>2006-02-03T16:41:58.000Z</CreationDate>
    </Bucket>
  </Buckets>
</ListAllMyBucketsResult>)";

const char AwsListObjects[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
    <Name>bucket</Name>
    <Prefix/>
    <KeyCount>2</KeyCount>
    <MaxKeys>1000</MaxKeys>
    <IsTruncated>false</IsTruncated>
    <Contents>
        <Key>my-image.jpg</Key>
        <LastModified>2009-10-12T17:50:30.000Z</LastModified>
        <ETag>&quot;fba9dede5f27731c9771645a39863328&quot;</ETag>
        <Size>434234</Size>
        <StorageClass>STANDARD</StorageClass>
    </Contents>
    <Contents>
        <Key>my-third-image.jpg</Key>
        <LastModified>2009-10-12T17:50:30.000Z</LastModified>
        <ETag>"1b2cf535f27731c974343645a3985328-2"</ETag>
        <Size>64994</Size>
        <StorageClass>STANDARD_IA</StorageClass>
    </Contents>
</ListBucketResult>)";

/// A 200 answer to CompleteMultipartUpload that failed after the headers went out; S3 sends
/// keep-alive white space first.
const char AwsCompleteError[] = "\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n"
                                "<Error>\n"
                                "  <Code>InternalError</Code>\n"
                                "  <Message>We encountered an internal error. Please try again."
                                "</Message>\n"
                                "  <RequestId>656c76696e6727732072657175657374</RequestId>\n"
                                "  <HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg=="
                                "</HostId>\n"
                                "</Error>";

/// Runs the named parser; returns the error code's name, or "" on success.
QString parseWith(const QString &parser, const QByteArray &body)
{
    if (parser == QLatin1String("ListBuckets"))
        return errorName(parseListBuckets(body));
    if (parser == QLatin1String("ListObjectsV2"))
        return errorName(parseListObjectsV2(body));
    if (parser == QLatin1String("CreateMultipartUpload"))
        return errorName(parseInitiateMultipartUpload(body));
    if (parser == QLatin1String("ListParts"))
        return errorName(parseListParts(body));
    if (parser == QLatin1String("ListMultipartUploads"))
        return errorName(parseListMultipartUploads(body));
    if (parser == QLatin1String("CompleteMultipartUpload"))
        return errorName(parseCompleteMultipartUpload(body));
    if (parser == QLatin1String("DeleteObjects"))
        return errorName(parseDeleteObjects(body));
    if (parser == QLatin1String("GetBucketLocation"))
        return errorName(parseBucketLocation(body));
    return QStringLiteral("no such parser");
}

} // namespace

class TestXml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rejects_data();
    void rejects();
    void protocolErrorDetail();
    void listBuckets_data();
    void listBuckets();
    void listObjects_data();
    void listObjects();
    void listObjectsFields();
    void initiate_data();
    void initiate();
    void listParts_data();
    void listParts();
    void listUploads_data();
    void listUploads();
    void complete_data();
    void complete();
    void completeErrorCarriesDetail();
    void deleteObjects_data();
    void deleteObjects();
    void bucketLocation_data();
    void bucketLocation();
    void s3Error_data();
    void s3Error();
    void buildComplete();
    void buildDelete_data();
    void buildDelete();
    void buildDeleteRoundTrip();
};

// ---- What every parser refuses --------------------------------------------------------------

void TestXml::rejects_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");

    const auto row = [](const char *tag, const char *parser, const QByteArray &body,
                        const char *code = "ProtocolError") {
        QTest::newRow(tag) << QString::fromLatin1(parser) << body << QString::fromLatin1(code);
    };
    // Bodies that are no answer at all.
    row("empty body", "ListObjectsV2", QByteArray());
    row("whitespace only", "ListObjectsV2", utf8("  \r\n  "));
    row("keep-alive whitespace only", "CompleteMultipartUpload", utf8("\n \n \n "));
    row("HTML from a proxy", "ListObjectsV2",
        utf8("<html><head><title>502 Bad Gateway</title></head><body>bad</body></html>"));
    row("truncated XML", "ListBuckets", utf8(AwsListBuckets).left(200));
    row("cut off mid-body", "CompleteMultipartUpload",
        utf8("\n  \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUploadResult"
             " xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Location>http://b"));
    row("mismatched tags", "ListObjectsV2",
        utf8("<ListBucketResult><Contents><Key>a</Key></Size></Contents></ListBucketResult>"));
    row("control character without url encoding", "ListObjectsV2",
        utf8("<ListBucketResult><Contents><Key>a&#x1;b</Key><Size>1</Size></Contents>"
             "</ListBucketResult>"));
    row("nested too deeply", "ListObjectsV2",
        QByteArray("<ListBucketResult>") + QByteArray("<a>").repeated(100)
            + QByteArray("</a>").repeated(100) + QByteArray("</ListBucketResult>"));
    row("wrong root", "ListBuckets", utf8(AwsListObjects));
    row("wrong root for location", "GetBucketLocation", utf8("<Location>eu-west-1</Location>"));
    // Missing or malformed elements.
    row("bucket without name", "ListBuckets",
        utf8("<ListAllMyBucketsResult><Buckets><Bucket><CreationDate>2019-12-11T23:32:47Z"
             "</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>"));
    row("bad creation date", "ListBuckets",
        utf8("<ListAllMyBucketsResult><Buckets><Bucket><Name>b</Name><CreationDate>yesterday"
             "</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>"));
    row("truncated without continuation token", "ListObjectsV2",
        utf8("<ListBucketResult><IsTruncated>true</IsTruncated>"
             "<Contents><Key>a</Key><Size>1</Size></Contents></ListBucketResult>"));
    row("Contents without Key", "ListObjectsV2",
        utf8("<ListBucketResult><Contents><Size>1</Size></Contents></ListBucketResult>"));
    row("Contents without Size", "ListObjectsV2",
        utf8("<ListBucketResult><Contents><Key>a</Key></Contents></ListBucketResult>"));
    row("Size not a number", "ListObjectsV2",
        utf8("<ListBucketResult><Contents><Key>a</Key><Size>12a</Size></Contents>"
             "</ListBucketResult>"));
    row("negative Size", "ListObjectsV2",
        utf8("<ListBucketResult><Contents><Key>a</Key><Size>-1</Size></Contents>"
             "</ListBucketResult>"));
    row("IsTruncated neither true nor false", "ListObjectsV2",
        utf8("<ListBucketResult><IsTruncated>maybe</IsTruncated></ListBucketResult>"));
    row("LastModified not ISO 8601", "ListObjectsV2",
        utf8("<ListBucketResult><Contents><Key>a</Key><Size>1</Size><LastModified>Tue, 12 Oct"
             " 2009 17:50:30 GMT</LastModified></Contents></ListBucketResult>"));
    row("empty common prefix", "ListObjectsV2",
        utf8("<ListBucketResult><CommonPrefixes><Prefix></Prefix></CommonPrefixes>"
             "</ListBucketResult>"));
    row("no UploadId", "CreateMultipartUpload",
        utf8("<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key>"
             "</InitiateMultipartUploadResult>"));
    row("blank UploadId", "CreateMultipartUpload",
        utf8("<InitiateMultipartUploadResult><UploadId>  </UploadId>"
             "</InitiateMultipartUploadResult>"));
    row("parts truncated without marker", "ListParts",
        utf8("<ListPartsResult><IsTruncated>true</IsTruncated><Part><PartNumber>1</PartNumber>"
             "<ETag>\"e\"</ETag><Size>5</Size></Part></ListPartsResult>"));
    row("part without ETag", "ListParts",
        utf8("<ListPartsResult><Part><PartNumber>1</PartNumber><Size>5</Size></Part>"
             "</ListPartsResult>"));
    row("part number 0", "ListParts",
        utf8("<ListPartsResult><Part><PartNumber>0</PartNumber><ETag>\"e\"</ETag><Size>5</Size>"
             "</Part></ListPartsResult>"));
    row("uploads truncated without marker", "ListMultipartUploads",
        utf8("<ListMultipartUploadsResult><IsTruncated>true</IsTruncated>"
             "</ListMultipartUploadsResult>"));
    row("upload without UploadId", "ListMultipartUploads",
        utf8("<ListMultipartUploadsResult><Upload><Key>k</Key></Upload>"
             "</ListMultipartUploadsResult>"));
    row("delete failure without key", "DeleteObjects",
        utf8("<DeleteResult><Error><Code>AccessDenied</Code></Error></DeleteResult>"));
    // An <Error> document where a result was expected comes back as that error.
    row("list: NoSuchBucket", "ListObjectsV2",
        utf8("<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist"
             "</Message><BucketName>gone</BucketName><RequestId>R</RequestId></Error>"),
        "NoSuchBucket");
    row("buckets: AccessDenied", "ListBuckets",
        utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
             "<Message>Access Denied</Message><RequestId>R1</RequestId></Error>"),
        "AccessDenied");
    row("parts: NoSuchUpload", "ListParts",
        utf8("<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist."
             "</Message><UploadId>abcd</UploadId></Error>"),
        "NoSuchUpload");
    row("delete: AccessDenied", "DeleteObjects",
        utf8("<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"),
        "AccessDenied");
}

void TestXml::rejects()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QCOMPARE(parseWith(parser, body), code);
}

void TestXml::protocolErrorDetail()
{
    const Result<ListPage> missing = parseListObjectsV2(
        utf8("<ListBucketResult><Contents><Size>1</Size></Contents></ListBucketResult>"));
    QVERIFY(!missing);
    QVERIFY(!missing.error().retryable);
    QCOMPARE(missing.error().detail,
             QStringLiteral("ListObjectsV2: <Contents> without <Key>"));

    const Result<ListPage> malformed = parseListObjectsV2(utf8("<ListBucketResult><a></b>"));
    QVERIFY(!malformed);
    QVERIFY2(malformed.error().detail.startsWith(QLatin1String("ListObjectsV2: malformed XML at "
                                                               "line 1")),
             qPrintable(malformed.error().detail));
}

// ---- ListBuckets ----------------------------------------------------------------------------

void TestXml::listBuckets_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QDateTime>("firstCreated");

    QTest::newRow("AWS docs") << utf8(AwsListBuckets)
                              << QStringList{QStringLiteral("quotes"), QStringLiteral("samples")}
                              << utc("2006-02-03T16:45:09.000Z");
    QTest::newRow("moto (namespace without slash)")
        << utf8(R"(<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01"><Owner>
<ID>bcaf1ffd86f41161ca5fb16fd081034f</ID><DisplayName>webfile</DisplayName></Owner><Buckets>
      <Bucket><Name>moto-bucket</Name><CreationDate>2024-05-01T10:11:12.000Z</CreationDate></Bucket>
 </Buckets></ListAllMyBucketsResult>)")
        << QStringList{QStringLiteral("moto-bucket")} << utc("2024-05-01T10:11:12Z");
    QTest::newRow("Ceph RGW")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?><ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>testid</ID><DisplayName>M. Tester</DisplayName></Owner><Buckets><Bucket><Name>rgw-1</Name><CreationDate>2024-03-01T10:00:00.123Z</CreationDate></Bucket><Bucket><Name>rgw-2</Name><CreationDate>2024-03-02T10:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>)")
        << QStringList{QStringLiteral("rgw-1"), QStringLiteral("rgw-2")}
        << utc("2024-03-01T10:00:00.123Z");
    QTest::newRow("s3rver (other namespace)")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListAllMyBucketsResult xmlns="http://doc.s3.amazonaws.com/2006-03-01/"><Owner><ID>123456789000</ID><DisplayName>S3rver</DisplayName></Owner><Buckets><Bucket><Name>s3rver-bucket</Name><CreationDate>2024-01-31T08:00:00.000Z</CreationDate></Bucket></Buckets></ListAllMyBucketsResult>)")
        << QStringList{QStringLiteral("s3rver-bucket")} << utc("2024-01-31T08:00:00Z");
    QTest::newRow("date with offset, no ms")
        << utf8("<ListAllMyBucketsResult><Buckets><Bucket><Name>b1</Name><CreationDate>"
                "2019-12-11T23:32:47+00:00</CreationDate></Bucket></Buckets>"
                "</ListAllMyBucketsResult>")
        << QStringList{QStringLiteral("b1")} << utc("2019-12-11T23:32:47Z");
    QTest::newRow("no buckets: empty element")
        << utf8(R"(<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Owner><ID>x</ID></Owner><Buckets/></ListAllMyBucketsResult>)")
        << QStringList() << QDateTime();
    QTest::newRow("no buckets: element left out")
        << utf8("<ListAllMyBucketsResult><Owner><ID>x</ID></Owner></ListAllMyBucketsResult>")
        << QStringList() << QDateTime();
}

void TestXml::listBuckets()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, names);
    QFETCH(QDateTime, firstCreated);

    const Result<QList<BucketInfo>> r = parseListBuckets(body);
    QVERIFY2(r, qPrintable(errorName(r)));
    QStringList got;
    for (const BucketInfo &b : *r)
        got << b.name;
    QCOMPARE(got, names);
    if (!r->isEmpty()) {
        QCOMPARE(r->first().created, firstCreated);
        QCOMPARE(r->first().created.timeSpec(), Qt::UTC);
    }
}

// ---- ListObjectsV2 --------------------------------------------------------------------------

void TestXml::listObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("prefixes");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("token");

    const QStringList none;
    QTest::newRow("AWS docs")
        << utf8(AwsListObjects)
        << QStringList{QStringLiteral("my-image.jpg"), QStringLiteral("my-third-image.jpg")}
        << none << false << QString();
    QTest::newRow("AWS truncated")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>bucket</Name><Prefix></Prefix>
<NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
<KeyCount>1</KeyCount><MaxKeys>1</MaxKeys><IsTruncated>true</IsTruncated><Contents>
<Key>happyface.jpg</Key><LastModified>2014-11-21T19:40:05.000Z</LastModified>
<ETag>"70ee1738b6b21e2c8a43f3a5ab0eee71"</ETag><Size>11</Size>
<StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>)")
        << QStringList{QStringLiteral("happyface.jpg")} << none << true
        << QStringLiteral("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=");
    QTest::newRow("AWS with delimiter")
        << utf8(R"(<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>example-bucket</Name>
<Prefix>photos/2006/</Prefix><KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys>
<Delimiter>/</Delimiter><IsTruncated>false</IsTruncated><Contents>
<Key>photos/2006/index.html</Key><LastModified>2006-01-01T12:00:00.000Z</LastModified>
<ETag>"828ef3fdfa96f00ad9f27c383fc9ac7f"</ETag><Size>5</Size>
<StorageClass>STANDARD</StorageClass></Contents><CommonPrefixes>
<Prefix>photos/2006/feb/</Prefix></CommonPrefixes><CommonPrefixes>
<Prefix>photos/2006/jan/</Prefix></CommonPrefixes></ListBucketResult>)")
        << QStringList{QStringLiteral("photos/2006/index.html")}
        << QStringList{QStringLiteral("photos/2006/feb/"), QStringLiteral("photos/2006/jan/")}
        << false << QString();
    QTest::newRow("empty listing")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>empty</Name><Prefix/><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated></ListBucketResult>)")
        << none << none << false << QString();
    QTest::newRow("moto")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>moto-bucket</Name>
<Prefix></Prefix><MaxKeys>1000</MaxKeys><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated>
<Contents><Key>dir/file.bin</Key><LastModified>2024-05-01T10:11:12.000Z</LastModified>
<ETag>&#34;0cc175b9c0f1b6a831c399e269772661&#34;</ETag><Size>1</Size>
<StorageClass>STANDARD</StorageClass><ChecksumAlgorithm>CRC32C</ChecksumAlgorithm></Contents>
</ListBucketResult>)")
        << QStringList{QStringLiteral("dir/file.bin")} << none << false << QString();
    QTest::newRow("s3rver truncated")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://doc.s3.amazonaws.com/2006-03-01/"><Name>s3rver-bucket</Name><Prefix></Prefix><NextContinuationToken>1KUqO4yBpZ1WX0vAAPzTDvEmKCwwrT3N</NextContinuationToken><KeyCount>2</KeyCount><MaxKeys>2</MaxKeys><IsTruncated>true</IsTruncated><Contents><Key>a.txt</Key><LastModified>2024-01-31T08:00:00.000Z</LastModified><ETag>"0cc175b9c0f1b6a831c399e269772661"</ETag><Size>1</Size><StorageClass>STANDARD</StorageClass></Contents><Contents><Key>b.txt</Key><LastModified>2024-01-31T08:00:01.000Z</LastModified><ETag>"92eb5ffee6ae2fec3ad71c777531578f"</ETag><Size>1</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>)")
        << QStringList{QStringLiteral("a.txt"), QStringLiteral("b.txt")} << none << true
        << QStringLiteral("1KUqO4yBpZ1WX0vAAPzTDvEmKCwwrT3N");
    QTest::newRow("Ceph RGW")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>rgw-1</Name><Prefix></Prefix><MaxKeys>1000</MaxKeys><Delimiter>/</Delimiter><IsTruncated>false</IsTruncated><Contents><Key>top.txt</Key><LastModified>2024-05-01T12:34:56.789Z</LastModified><ETag>&quot;e2fc714c4727ee9395f324cd2e7f331f&quot;</ETag><Size>4</Size><StorageClass>STANDARD</StorageClass><Type>Normal</Type></Contents><CommonPrefixes><Prefix>sub/</Prefix></CommonPrefixes><KeyCount>2</KeyCount></ListBucketResult>)")
        << QStringList{QStringLiteral("top.txt")} << QStringList{QStringLiteral("sub/")} << false
        << QString();
    QTest::newRow("unicode keys")
        << utf8("<ListBucketResult><IsTruncated>false</IsTruncated>"
                "<Contents><Key>\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e/\xe3\x83\x95\xe3\x82\xa1"
                "\xe3\x82\xa4\xe3\x83\xab.txt</Key><Size>3</Size></Contents>"
                "<Contents><Key>\xf0\x9f\x98\x80.png</Key><Size>3</Size></Contents>"
                "<Contents><Key>R&amp;D &lt;draft&gt; \"v2\".txt</Key><Size>3</Size></Contents>"
                "<Contents><Key> spaced key </Key><Size>3</Size></Contents>"
                "<CommonPrefixes><Prefix>d\xc3\xa9j\xc3\xa0/</Prefix></CommonPrefixes>"
                "</ListBucketResult>")
        << QStringList{u8("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e/\xe3\x83\x95\xe3\x82\xa1\xe3\x82"
                          "\xa4\xe3\x83\xab.txt"),
                       u8("\xf0\x9f\x98\x80.png"), QStringLiteral("R&D <draft> \"v2\".txt"),
                       QStringLiteral(" spaced key ")}
        << QStringList{u8("d\xc3\xa9j\xc3\xa0/")} << false << QString();
    QTest::newRow("url-encoded keys")
        << utf8(R"(<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix></Prefix><KeyCount>3</KeyCount><MaxKeys>1000</MaxKeys><Delimiter>%2F</Delimiter><EncodingType>url</EncodingType><IsTruncated>false</IsTruncated><Contents><Key>caf%C3%A9+menu%2Bplus.txt</Key><Size>1</Size></Contents><Contents><Key>line%0Abreak%01ctl</Key><Size>1</Size></Contents><Contents><Key>100%25.txt</Key><Size>1</Size></Contents><CommonPrefixes><Prefix>d%C3%A9j%C3%A0%2F</Prefix></CommonPrefixes></ListBucketResult>)")
        << QStringList{u8("caf\xc3\xa9 menu+plus.txt"), QStringLiteral("line\nbreak\x01" "ctl"),
                       QStringLiteral("100%.txt")}
        << QStringList{u8("d\xc3\xa9j\xc3\xa0/")} << false << QString();
    QTest::newRow("not url-encoded: '+' and '%' kept")
        << utf8("<ListBucketResult><Contents><Key>a+b%20c</Key><Size>1</Size></Contents>"
                "</ListBucketResult>")
        << QStringList{QStringLiteral("a+b%20c")} << none << false << QString();
    QTest::newRow("IsTruncated True (any case)")
        << utf8("<ListBucketResult><IsTruncated>True</IsTruncated><NextContinuationToken>t"
                "</NextContinuationToken></ListBucketResult>")
        << none << none << true << QStringLiteral("t");
}

void TestXml::listObjects()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, prefixes);
    QFETCH(bool, truncated);
    QFETCH(QString, token);

    const Result<ListPage> r = parseListObjectsV2(body);
    QVERIFY2(r, qPrintable(errorName(r)));
    QCOMPARE(keysOf(r->objects), keys);
    QCOMPARE(keysOf(r->prefixes), prefixes);
    for (const ObjectInfo &p : r->prefixes)
        QVERIFY(p.isPrefix);
    for (const ObjectInfo &o : r->objects)
        QVERIFY(!o.isPrefix);
    QCOMPARE(r->truncated, truncated);
    QCOMPARE(r->nextContinuationToken, token);
}

void TestXml::listObjectsFields()
{
    const Result<ListPage> r = parseListObjectsV2(utf8(AwsListObjects));
    QVERIFY(r);
    QCOMPARE(r->objects.size(), 2);
    const ObjectInfo &a = r->objects.at(0);
    QCOMPARE(a.size, qint64(434234));
    QCOMPARE(a.etag, QStringLiteral("fba9dede5f27731c9771645a39863328"));
    QCOMPARE(a.lastModified, utc("2009-10-12T17:50:30.000Z"));
    QCOMPARE(a.lastModified.timeSpec(), Qt::UTC);
    QCOMPARE(a.storageClass, QStringLiteral("STANDARD"));
    const ObjectInfo &b = r->objects.at(1);
    QCOMPARE(b.etag, QStringLiteral("1b2cf535f27731c974343645a3985328-2"));
    QCOMPARE(b.storageClass, QStringLiteral("STANDARD_IA"));

    const Result<ListPage> big = parseListObjectsV2(
        utf8("<ListBucketResult><Contents><Key>k</Key><Size>5368709120000</Size>"
             "<LastModified>2024-05-01T12:34:56.789Z</LastModified></Contents></ListBucketResult>"));
    QVERIFY(big);
    QCOMPARE(big->objects.at(0).size, qint64(5368709120000));
    QCOMPARE(big->objects.at(0).lastModified.time().msec(), 789);
}

// ---- CreateMultipartUpload ------------------------------------------------------------------

void TestXml::initiate_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("uploadId");

    QTest::newRow("AWS docs")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<InitiateMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Bucket>example-bucket</Bucket><Key>example-object</Key>
<UploadId>VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId>
</InitiateMultipartUploadResult>)")
        << QStringLiteral("VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA");
    QTest::newRow("s3rver (no namespace)")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<InitiateMultipartUploadResult>"
                "<Bucket>b</Bucket><Key>k</Key><UploadId>3b0c8e1f6c1b4d7e9b2f3a4c5d6e7f80"
                "</UploadId></InitiateMultipartUploadResult>")
        << QStringLiteral("3b0c8e1f6c1b4d7e9b2f3a4c5d6e7f80");
    QTest::newRow("Ceph RGW")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Tenant></Tenant><Bucket>rgw-1</Bucket><Key>big.iso</Key><UploadId>2~kF8v2sI0h3JIjbW6wDbKpVqGQr9zvmp</UploadId></InitiateMultipartUploadResult>)")
        << QStringLiteral("2~kF8v2sI0h3JIjbW6wDbKpVqGQr9zvmp");
}

void TestXml::initiate()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, uploadId);

    const Result<QString> r = parseInitiateMultipartUpload(body);
    QVERIFY2(r, qPrintable(errorName(r)));
    QCOMPARE(*r, uploadId);
}

// ---- ListParts ------------------------------------------------------------------------------

void TestXml::listParts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QList<int>>("numbers");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<int>("nextMarker");
    QTest::addColumn<QString>("firstEtag");
    QTest::addColumn<qint64>("firstSize");
    QTest::addColumn<QString>("firstCrc32c");

    QTest::newRow("AWS docs, truncated")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>example-bucket</Bucket>
<Key>example-object</Key>
<UploadId>XXBsb2FkIElEIGZvciBlbHZpbmcncyVcdS1tb3ZpZS5tMnRzEEEwbG9hZA</UploadId><Initiator>
<ID>arn:aws:iam::111122223333:user/some-user-11116a31-17b5-4fb7-9df5-b288870f11xx</ID>
<DisplayName>umat-user-11116a31-17b5-4fb7-9df5-b288870f11xx</DisplayName></Initiator><Owner>
<ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID>
<DisplayName>someName</DisplayName></Owner><StorageClass>STANDARD</StorageClass>
<PartNumberMarker>1</PartNumberMarker><NextPartNumberMarker>3</NextPartNumberMarker>
<MaxParts>2</MaxParts><IsTruncated>true</IsTruncated><Part><PartNumber>2</PartNumber>
<LastModified>2010-11-10T20:48:34.000Z</LastModified>
<ETag>"7778aef83f66abc1fa1e8477f296d394"</ETag><Size>10485760</Size></Part><Part>
<PartNumber>3</PartNumber><LastModified>2010-11-10T20:48:33.000Z</LastModified>
<ETag>"aaaa18db4cc2f85cedef654fccc4a4x8"</ETag><Size>10485760</Size></Part></ListPartsResult>)")
        << QList<int>{2, 3} << true << 3 << QStringLiteral("7778aef83f66abc1fa1e8477f296d394")
        << qint64(10485760) << QString();
    QTest::newRow("with CRC32C")
        << utf8(R"(<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IsTruncated>false</IsTruncated><ChecksumAlgorithm>CRC32C</ChecksumAlgorithm><Part><PartNumber>1</PartNumber><ETag>"a1"</ETag><Size>8388608</Size><ChecksumCRC32C>yZRlqg==</ChecksumCRC32C></Part><Part><PartNumber>2</PartNumber><ETag>"a2"</ETag><Size>17</Size><ChecksumCRC32C>AAAAAA==</ChecksumCRC32C></Part></ListPartsResult>)")
        << QList<int>{1, 2} << false << 0 << QStringLiteral("a1") << qint64(8388608)
        << QStringLiteral("yZRlqg==");
    QTest::newRow("moto, last page")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>moto-bucket</Bucket>
<Key>the-key</Key><UploadId>abcd</UploadId><StorageClass>STANDARD</StorageClass>
<PartNumberMarker>0</PartNumberMarker><NextPartNumberMarker>1</NextPartNumberMarker>
<MaxParts>1000</MaxParts><IsTruncated>false</IsTruncated><Part><PartNumber>1</PartNumber>
<LastModified>2024-05-01T10:11:12.000Z</LastModified>
<ETag>&#34;5d41402abc4b2a76b9719d911017c592&#34;</ETag><Size>5242880</Size></Part>
</ListPartsResult>)")
        << QList<int>{1} << false << 1 << QStringLiteral("5d41402abc4b2a76b9719d911017c592")
        << qint64(5242880) << QString();
    QTest::newRow("no parts, empty marker")
        << utf8("<ListPartsResult><NextPartNumberMarker/><IsTruncated>false</IsTruncated>"
                "</ListPartsResult>")
        << QList<int>() << false << 0 << QString() << qint64(0) << QString();
}

void TestXml::listParts()
{
    QFETCH(QByteArray, body);
    QFETCH(QList<int>, numbers);
    QFETCH(bool, truncated);
    QFETCH(int, nextMarker);
    QFETCH(QString, firstEtag);
    QFETCH(qint64, firstSize);
    QFETCH(QString, firstCrc32c);

    const Result<PartsPage> r = parseListParts(body);
    QVERIFY2(r, qPrintable(errorName(r)));
    QList<int> got;
    for (const PartInfo &p : r->parts)
        got << p.number;
    QCOMPARE(got, numbers);
    QCOMPARE(r->truncated, truncated);
    QCOMPARE(r->nextPartNumberMarker, nextMarker);
    if (r->parts.isEmpty())
        return;
    QCOMPARE(r->parts.first().etag, firstEtag);
    QCOMPARE(r->parts.first().size, firstSize);
    QCOMPARE(r->parts.first().checksumCrc32c, firstCrc32c);
}

// ---- ListMultipartUploads -------------------------------------------------------------------

void TestXml::listUploads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("uploadIds");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("nextKeyMarker");
    QTest::addColumn<QString>("nextUploadIdMarker");
    QTest::addColumn<QDateTime>("firstInitiated");

    QTest::newRow("AWS docs, truncated")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Bucket>bucket</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker>
<NextKeyMarker>my-movie.m2ts</NextKeyMarker>
<NextUploadIdMarker>YW55IGlkZWEgd2h5IGVsdmluZydzIHVwbG9hZCBmYWlsZWQ</NextUploadIdMarker>
<MaxUploads>2</MaxUploads><IsTruncated>true</IsTruncated><Upload><Key>my-divisor</Key>
<UploadId>XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5nIG11Y2ggbHVjaw</UploadId><Initiator>
<ID>arn:aws:iam::111122223333:user/user1-11111a31-17b5-4fb7-9df5-b111111f13de</ID>
<DisplayName>user1-11111a31-17b5-4fb7-9df5-b111111f13de</DisplayName></Initiator><Owner>
<ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID>
<DisplayName>OwnerDisplayName</DisplayName></Owner><StorageClass>STANDARD</StorageClass>
<Initiated>2010-11-10T20:48:33.000Z</Initiated></Upload><Upload><Key>my-movie.m2ts</Key>
<UploadId>VXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId>
<StorageClass>STANDARD</StorageClass><Initiated>2010-11-10T20:48:33.000Z</Initiated></Upload>
</ListMultipartUploadsResult>)")
        << QStringList{QStringLiteral("my-divisor"), QStringLiteral("my-movie.m2ts")}
        << QStringList{QStringLiteral("XMgbGlrZSBlbHZpbmcncyBub3QgaGF2aW5nIG11Y2ggbHVjaw"),
                       QStringLiteral("VXBsb2FkIElEIGZvciBlbHZpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA")}
        << true << QStringLiteral("my-movie.m2ts")
        << QStringLiteral("YW55IGlkZWEgd2h5IGVsdmluZydzIHVwbG9hZCBmYWlsZWQ")
        << utc("2010-11-10T20:48:33.000Z");
    QTest::newRow("moto, none")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Bucket>moto-bucket</Bucket><KeyMarker></KeyMarker><UploadIdMarker></UploadIdMarker>
<MaxUploads>1000</MaxUploads><IsTruncated>false</IsTruncated></ListMultipartUploadsResult>)")
        << QStringList() << QStringList() << false << QString() << QString() << QDateTime();
    QTest::newRow("url-encoded")
        << utf8("<ListMultipartUploadsResult><EncodingType>url</EncodingType>"
                "<IsTruncated>true</IsTruncated><NextKeyMarker>caf%C3%A9+2</NextKeyMarker>"
                "<NextUploadIdMarker>u2</NextUploadIdMarker><Upload><Key>caf%C3%A9+1</Key>"
                "<UploadId>u1</UploadId></Upload></ListMultipartUploadsResult>")
        << QStringList{u8("caf\xc3\xa9 1")} << QStringList{QStringLiteral("u1")} << true
        << u8("caf\xc3\xa9 2") << QStringLiteral("u2") << QDateTime();
}

void TestXml::listUploads()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, uploadIds);
    QFETCH(bool, truncated);
    QFETCH(QString, nextKeyMarker);
    QFETCH(QString, nextUploadIdMarker);
    QFETCH(QDateTime, firstInitiated);

    const Result<UploadsPage> r = parseListMultipartUploads(body);
    QVERIFY2(r, qPrintable(errorName(r)));
    QStringList gotKeys, gotIds;
    for (const UploadInfo &u : r->uploads) {
        gotKeys << u.key;
        gotIds << u.uploadId;
    }
    QCOMPARE(gotKeys, keys);
    QCOMPARE(gotIds, uploadIds);
    QCOMPARE(r->truncated, truncated);
    QCOMPARE(r->nextKeyMarker, nextKeyMarker);
    QCOMPARE(r->nextUploadIdMarker, nextUploadIdMarker);
    if (!r->uploads.isEmpty())
        QCOMPARE(r->uploads.first().initiated, firstInitiated);
}

// ---- CompleteMultipartUpload ----------------------------------------------------------------

void TestXml::complete_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("etag");
    QTest::addColumn<QString>("crc32c");

    QTest::newRow("AWS docs")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
<Location>http://Example-Bucket.s3.Region.amazonaws.com/Example-Object</Location>
<Bucket>Example-Bucket</Bucket><Key>Example-Object</Key>
<ETag>"3858f62230ac3c915f300c664312c11f-9"</ETag></CompleteMultipartUploadResult>)")
        << QString() << false << QStringLiteral("3858f62230ac3c915f300c664312c11f-9") << QString();
    QTest::newRow("after keep-alive whitespace, with CRC32C")
        << utf8("\n   \n      \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<CompleteMultipartUploadResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                "<Location>https://b.s3.eu-west-1.amazonaws.com/k</Location><Bucket>b</Bucket>"
                "<Key>k</Key><ETag>&quot;aa0c0f2c1a1e2ac4a8b4b4b4b4b4b4b4-2&quot;</ETag>"
                "<ChecksumCRC32C>Zc3HXA==-2</ChecksumCRC32C></CompleteMultipartUploadResult>")
        << QString() << false << QStringLiteral("aa0c0f2c1a1e2ac4a8b4b4b4b4b4b4b4-2")
        << QStringLiteral("Zc3HXA==-2");
    QTest::newRow("s3rver (no namespace)")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUploadResult>"
                "<Location>http://localhost:4568/b/k</Location><Bucket>b</Bucket><Key>k</Key>"
                "<ETag>\"d41d8cd98f00b204e9800998ecf8427e-3\"</ETag>"
                "</CompleteMultipartUploadResult>")
        << QString() << false << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e-3") << QString();
    QTest::newRow("Ceph RGW 16 (empty ETag)")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CompleteMultipartUploadResult "
                "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Location>http://127.0.0.1/b/k"
                "</Location><Bucket>b</Bucket><Key>k</Key><ETag></ETag></CompleteMultipartUploadResult>")
        << QString() << false << QString() << QString();
    QTest::newRow("moto (…Response root)")
        << utf8("<CompleteMultipartUploadResponse xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                "<Location>http://b/k</Location><Bucket>b</Bucket><Key>k</Key>"
                "<ETag>\"241d8a27c836427bd7f04461b60e7359-1\"</ETag></CompleteMultipartUploadResponse>")
        << QString() << false << QStringLiteral("241d8a27c836427bd7f04461b60e7359-1") << QString();
    // 200 OK, then an <Error>: never a success.
    QTest::newRow("200 with InternalError: retryable error")
        << utf8(AwsCompleteError) << QStringLiteral("ServerError") << true << QString() << QString();
    QTest::newRow("200 with SlowDown")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>SlowDown</Code>"
                "<Message>Please reduce your request rate.</Message></Error>")
        << QStringLiteral("Throttled") << true << QString() << QString();
    QTest::newRow("200 with InvalidPart")
        << utf8("<Error><Code>InvalidPart</Code><Message>One or more of the specified parts could "
                "not be found.</Message><UploadId>u</UploadId><PartNumber>2</PartNumber>"
                "<ETag>e</ETag></Error>")
        << QStringLiteral("InvalidPart") << false << QString() << QString();
    QTest::newRow("200 with an unknown code")
        << utf8("<Error><Code>SomethingNew</Code></Error>") << QStringLiteral("ServerError")
        << true << QString() << QString();
}

void TestXml::complete()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(bool, retryable);
    QFETCH(QString, etag);
    QFETCH(QString, crc32c);

    const Result<CompleteResult> r = parseCompleteMultipartUpload(body);
    QCOMPARE(errorName(r), error);
    if (!r) {
        QCOMPARE(r.error().retryable, retryable);
        return;
    }
    QCOMPARE(r->etag, etag);
    QCOMPARE(r->checksumCrc32c, crc32c);
}

void TestXml::completeErrorCarriesDetail()
{
    const Result<CompleteResult> r = parseCompleteMultipartUpload(utf8(AwsCompleteError));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::ServerError);
    QCOMPARE(r.error().httpStatus, 200);
    QCOMPARE(r.error().s3Code, QStringLiteral("InternalError"));
    QCOMPARE(r.error().requestId, QStringLiteral("656c76696e6727732072657175657374"));
    QCOMPARE(r.error().message,
             QStringLiteral("We encountered an internal error. Please try again."));
}

// ---- DeleteObjects --------------------------------------------------------------------------

void TestXml::deleteObjects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("failedKeys");
    QTest::addColumn<QStringList>("codes");

    QTest::newRow("AWS docs: one deleted, one denied")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?>
<DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Deleted><Key>sample1.txt</Key>
</Deleted><Error><Key>sample2.txt</Key><Code>AccessDenied</Code><Message>Access Denied</Message>
</Error></DeleteResult>)")
        << QStringList{QStringLiteral("sample2.txt")} << QStringList{QStringLiteral("AccessDenied")};
    QTest::newRow("s3rver: all deleted")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeleteResult xmlns=\"http://s3."
                "amazonaws.com/doc/2006-03-01/\"><Deleted><Key>a</Key></Deleted><Deleted><Key>b"
                "</Key></Deleted></DeleteResult>")
        << QStringList() << QStringList();
    QTest::newRow("quiet, all deleted")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DeleteResult xmlns=\"http://s3."
                "amazonaws.com/doc/2006-03-01/\"/>")
        << QStringList() << QStringList();
    QTest::newRow("moto: unicode key fails")
        << utf8("<DeleteResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01\">\n<Error>\n<Key>"
                "\xc3\xa9t\xc3\xa9 &amp; hiver</Key>\n<Code>InternalError</Code>\n<Message>oops"
                "</Message>\n</Error>\n</DeleteResult>")
        << QStringList{u8("\xc3\xa9t\xc3\xa9 & hiver")} << QStringList{QStringLiteral("InternalError")};
}

void TestXml::deleteObjects()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, failedKeys);
    QFETCH(QStringList, codes);

    const Result<QList<DeleteFailure>> r = parseDeleteObjects(body);
    QVERIFY2(r, qPrintable(errorName(r)));
    QStringList gotKeys, gotCodes;
    for (const DeleteFailure &f : *r) {
        gotKeys << f.key;
        gotCodes << f.code;
    }
    QCOMPARE(gotKeys, failedKeys);
    QCOMPARE(gotCodes, codes);
}

// ---- GetBucketLocation ----------------------------------------------------------------------

void TestXml::bucketLocation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("region");

    const QByteArray open("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<LocationConstraint "
                          "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"");
    QTest::newRow("AWS eu-west-1") << open + ">eu-west-1</LocationConstraint>"
                                   << QStringLiteral("eu-west-1");
    QTest::newRow("AWS us-east-1: empty element") << open + "/>" << QStringLiteral("us-east-1");
    QTest::newRow("moto us-east-1: open and close") << open + "></LocationConstraint>"
                                                    << QStringLiteral("us-east-1");
    QTest::newRow("legacy EU") << utf8("<LocationConstraint>EU</LocationConstraint>")
                               << QStringLiteral("eu-west-1");
    QTest::newRow("Ceph RGW zonegroup") << open + ">default</LocationConstraint>"
                                        << QStringLiteral("default");
}

void TestXml::bucketLocation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, region);

    const Result<QString> r = parseBucketLocation(body);
    QVERIFY2(r, qPrintable(errorName(r)));
    QCOMPARE(*r, region);
}

// ---- Error documents ------------------------------------------------------------------------

void TestXml::s3Error_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields"); // code, message, requestId, resource, endpoint, region

    const auto notError = [](const char *tag, const QByteArray &body) {
        QTest::newRow(tag) << body << QStringList();
    };
    QTest::newRow("AWS NoSuchKey")
        << utf8(R"(<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code>
<Message>The resource you requested does not exist</Message>
<Resource>/mybucket/myfoto.jpg</Resource><RequestId>4442587FB7D0A2F9</RequestId></Error>)")
        << QStringList{QStringLiteral("NoSuchKey"),
                       QStringLiteral("The resource you requested does not exist"),
                       QStringLiteral("4442587FB7D0A2F9"), QStringLiteral("/mybucket/myfoto.jpg"),
                       QString(), QString()};
    QTest::newRow("AWS PermanentRedirect")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>PermanentRedirect</Code>"
                "<Message>The bucket you are attempting to access must be addressed using the "
                "specified endpoint.</Message><Endpoint>mybucket.s3.eu-west-1.amazonaws.com"
                "</Endpoint><Bucket>mybucket</Bucket><RequestId>R2</RequestId><HostId>H2</HostId>"
                "</Error>")
        << QStringList{QStringLiteral("PermanentRedirect"),
                       QStringLiteral("The bucket you are attempting to access must be addressed "
                                      "using the specified endpoint."),
                       QStringLiteral("R2"), QString(),
                       QStringLiteral("mybucket.s3.eu-west-1.amazonaws.com"), QString()};
    QTest::newRow("AWS AuthorizationHeaderMalformed")
        << utf8("<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header"
                " is malformed; the region 'us-east-1' is wrong; expecting 'eu-central-1'"
                "</Message><Region>eu-central-1</Region><RequestId>R3</RequestId></Error>")
        << QStringList{QStringLiteral("AuthorizationHeaderMalformed"),
                       QStringLiteral("The authorization header is malformed; the region "
                                      "'us-east-1' is wrong; expecting 'eu-central-1'"),
                       QStringLiteral("R3"), QString(), QString(), QStringLiteral("eu-central-1")};
    QTest::newRow("Ceph RGW: no message")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchBucket</Code>"
                "<BucketName>nope</BucketName><RequestId>tx00000a1b2c3d4e5f6a7b8-0066323b2a-"
                "1036-default</RequestId><HostId>1036-default-default</HostId></Error>")
        << QStringList{QStringLiteral("NoSuchBucket"), QString(),
                       QStringLiteral("tx00000a1b2c3d4e5f6a7b8-0066323b2a-1036-default"),
                       QStringLiteral("nope"), QString(), QString()};
    QTest::newRow("moto: RequestID and CDATA")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n    <Code>NoSuchUpload</Code>"
                "\n    <Message><![CDATA[The specified upload does not exist. The upload ID may be "
                "invalid, or the upload may have been aborted or completed.]]></Message>\n    "
                "<UploadId>u</UploadId>\n    <RequestID>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE"
                "</RequestID>\n</Error>\n")
        << QStringList{QStringLiteral("NoSuchUpload"),
                       QStringLiteral("The specified upload does not exist. The upload ID may be "
                                      "invalid, or the upload may have been aborted or "
                                      "completed."),
                       QStringLiteral("7a62c49f-347e-4fc4-9331-6e8eEXAMPLE"), QString(), QString(),
                       QString()};
    QTest::newRow("moto: wrapped in ErrorResponse")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse>\n    <Error>\n"
                "        <Code>InvalidAccessKeyId</Code>\n        <Message>The AWS Access Key Id "
                "you provided does not exist in our records.</Message>\n    </Error>\n"
                "<RequestID>7a62c49f</RequestID></ErrorResponse>")
        << QStringList{QStringLiteral("InvalidAccessKeyId"),
                       QStringLiteral("The AWS Access Key Id you provided does not exist in our "
                                      "records."),
                       QStringLiteral("7a62c49f"), QString(), QString(), QString()};
    QTest::newRow("s3rver NoSuchKey with Key")
        << utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchKey</Code><Message>"
                "The specified key does not exist.</Message><Key>photos/a.jpg</Key></Error>")
        << QStringList{QStringLiteral("NoSuchKey"), QStringLiteral("The specified key does not exist."),
                       QString(), QStringLiteral("photos/a.jpg"), QString(), QString()};
    notError("empty body", QByteArray());
    notError("HTML", utf8("<html><body><h1>503 Service Unavailable</h1></body></html>"));
    notError("not XML", utf8("Service Unavailable"));
    notError("success document", utf8(AwsListBuckets));
    notError("truncated Error", utf8("<Error><Code>SlowDown</Code><Mess"));
}

void TestXml::s3Error()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);

    const std::optional<S3ErrorBody> e = parseS3Error(body);
    QCOMPARE(e.has_value(), !fields.isEmpty());
    if (!e)
        return;
    QCOMPARE((QStringList{e->code, e->message, e->requestId, e->resource, e->endpoint, e->region}),
             fields);
}

// ---- Builders -------------------------------------------------------------------------------

void TestXml::buildComplete()
{
    const QList<PartInfo> parts{
        {2, 17, QStringLiteral("bbb"), QString()},
        {1, 8388608, QStringLiteral("aaa"), QStringLiteral("yZRlqg==")},
    };
    QCOMPARE(QString::fromUtf8(buildCompleteMultipartUpload(parts)),
             QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUpload "
                            "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                            "<Part><PartNumber>1</PartNumber><ETag>\"aaa\"</ETag>"
                            "<ChecksumCRC32C>yZRlqg==</ChecksumCRC32C></Part>"
                            "<Part><PartNumber>2</PartNumber><ETag>\"bbb\"</ETag></Part>"
                            "</CompleteMultipartUpload>"));
}

void TestXml::buildDelete_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("quiet");
    QTest::addColumn<QString>("objects");

    QTest::newRow("quiet, plain keys")
        << QStringList{QStringLiteral("a.txt"), QStringLiteral("dir/b.txt")} << true
        << QStringLiteral("<Quiet>true</Quiet><Object><Key>a.txt</Key></Object>"
                          "<Object><Key>dir/b.txt</Key></Object>");
    QTest::newRow("verbose") << QStringList{QStringLiteral("a")} << false
                             << QStringLiteral("<Object><Key>a</Key></Object>");
    QTest::newRow("markup escaped")
        << QStringList{QStringLiteral("R&D <draft> \"v2\" 'x'.txt")} << true
        << QStringLiteral("<Quiet>true</Quiet><Object><Key>R&amp;D &lt;draft&gt; \"v2\" 'x'.txt"
                          "</Key></Object>");
    QTest::newRow("control characters as references")
        << QStringList{QStringLiteral("line\r\nbreak\x01\tend")} << true
        << QStringLiteral("<Quiet>true</Quiet><Object><Key>line&#13;&#10;break&#1;&#9;end</Key>"
                          "</Object>");
    QTest::newRow("unicode kept")
        << QStringList{u8("\xe6\x97\xa5\xe6\x9c\xac/\xf0\x9f\x98\x80")} << true
        << u8("<Quiet>true</Quiet><Object><Key>\xe6\x97\xa5\xe6\x9c\xac/\xf0\x9f\x98\x80</Key>"
              "</Object>");
    QTest::newRow("no keys") << QStringList() << true << QStringLiteral("<Quiet>true</Quiet>");
}

void TestXml::buildDelete()
{
    QFETCH(QStringList, keys);
    QFETCH(bool, quiet);
    QFETCH(QString, objects);

    QCOMPARE(QString::fromUtf8(buildDeleteObjects(keys, quiet)),
             QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
                 + objects + QStringLiteral("</Delete>"));
}

void TestXml::buildDeleteRoundTrip()
{
    // What we escape, an XML parser reads back as the original keys, line ends included.
    const QStringList keys{QStringLiteral("a&b<c>\"d\""), QStringLiteral("cr\r\nlf\rtab\t")};
    QXmlStreamReader reader(buildDeleteObjects(keys, false));
    QStringList read;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement
            && reader.name() == QLatin1String("Key"))
            read << reader.readElementText();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(read, keys);
}

QTEST_GUILESS_MAIN(TestXml)
#include "tst_xml.moc"
