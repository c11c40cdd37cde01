// The streaming ListObjectsV2 parser against the tree parser it replaced (which stays as its
// fallback for everything it does not accept): on every answer both give the same page or the
// same error, field for field. tst_xml checks what the answers mean.
#include <QTest>

#include "s3/xml.h"
#include "s3/xmllist.h"

using namespace haul;

namespace {

QByteArray page(const QByteArray &inner)
{
    return "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" + inner
        + "</ListBucketResult>";
}

QByteArray contents(const QByteArray &inner)
{
    return "<Contents>" + inner + "</Contents>";
}

const QByteArray Plain = contents("<Key>a</Key><Size>1</Size>");

QString describe(const ObjectInfo &o)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(o.key)
        .arg(o.size)
        .arg(o.lastModified.isValid() ? o.lastModified.toString(Qt::ISODateWithMs) : QStringLiteral("-"))
        .arg(int(o.lastModified.timeSpec()))
        .arg(o.etag, o.storageClass)
        .arg(o.isPrefix);
}

/// Everything a parse gives, as text, so that a difference shows where it is.
QStringList describe(const Result<ListPage> &r)
{
    if (!r)
        return {QStringLiteral("error %1: %2 [%3]")
                    .arg(errorCodeName(r.error().code), r.error().detail, r.error().message)};
    QStringList out{QStringLiteral("truncated %1, token '%2'")
                        .arg(r->truncated)
                        .arg(r->nextContinuationToken)};
    for (const ObjectInfo &o : r->objects)
        out << describe(o);
    for (const ObjectInfo &p : r->prefixes)
        out << QStringLiteral("prefix ") + describe(p);
    return out;
}

} // namespace

class TestXmlList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTree_data();
    void agreesWithTree();
    void bigPage();
};

void TestXmlList::agreesWithTree_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("streamed"); ///< taken without the tree parser
    QTest::addColumn<bool>("scanned");  ///< taken by the plain-XML fast path
    auto row = [](const char *tag, const QByteArray &body, bool ok, bool plain = true) {
        QTest::newRow(tag) << body << ok << ok << (ok && plain);
    };
    // answers it takes
    row("AWS form", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + page(
        "<Name>b</Name><Prefix/><KeyCount>1</KeyCount><IsTruncated>false</IsTruncated>"
        + contents("<Key>my-image.jpg</Key><LastModified>2009-10-12T17:50:30.000Z</LastModified>"
                   "<ETag>&quot;fba9dede5f27731c9771645a39863328&quot;</ETag><Size>434234</Size>"
                   "<StorageClass>STANDARD</StorageClass>")), true);
    row("pretty-printed", page("\n  <IsTruncated> true </IsTruncated>\n  <NextContinuationToken>"
                               " t1 </NextContinuationToken>\n  " + contents(
        "\n    <Key> spaced </Key>\n    <Size> 12 </Size>\n    <ETag> \"e-2\" </ETag>\n"
        "    <StorageClass> GLACIER </StorageClass>\n  ")), true);
    row("time without milliseconds", page(contents(
        "<Key>k</Key><Size>1</Size><LastModified>2024-02-29T23:59:59Z</LastModified>")), true);
    row("time with microseconds", page(contents(
        "<Key>k</Key><Size>1</Size><LastModified>2024-02-29T23:59:59.123456Z</LastModified>")), true);
    row("time with an offset", page(contents(
        "<Key>k</Key><Size>1</Size><LastModified>2024-03-01T01:00:00.500+02:00</LastModified>")), true);
    row("time 24:00", page(contents(
        "<Key>k</Key><Size>1</Size><LastModified>2024-03-01T24:00:00Z</LastModified>")), true);
    row("url-encoded", page("<EncodingType>url</EncodingType>" + contents(
        "<Key>caf%C3%A9+menu%2Bplus.txt</Key><Size>1</Size>")
        + "<CommonPrefixes><Prefix>d%C3%A9j%C3%A0%2F</Prefix><Prefix>x+y/</Prefix></CommonPrefixes>"),
        true);
    row("EncodingType after the keys", page(contents("<Key>a%20b</Key><Size>1</Size>")
        + "<CommonPrefixes><Prefix>p%2F</Prefix></CommonPrefixes><EncodingType>URL</EncodingType>"
        + contents("<Key>c%20d</Key><Size>2</Size>")), true);
    row("EncodingType other than url", page("<EncodingType>none</EncodingType>"
                                            + contents("<Key>a%20b+c</Key><Size>1</Size>")), true);
    row("first of repeated fields counts", page(
        "<IsTruncated>false</IsTruncated><IsTruncated>maybe</IsTruncated>"
        + contents("<Key>first</Key><Key></Key><Size>1</Size><Size>x</Size>"
                   "<LastModified>2024-01-01T00:00:00Z</LastModified><LastModified>no</LastModified>")
        + "<EncodingType>url</EncodingType><EncodingType>none</EncodingType>"
        + contents("<Key>second%20one</Key><Size>2</Size>")), true);
    row("nested elements inside fields", page(contents(
        "<Key>a<b>ignored</b>c</Key><Size>1<x/></Size><Extra><Key>no</Key><Size>-1</Size></Extra>")),
        true);
    row("unknown elements and an empty Contents field", page(
        "<Owner><ID>x</ID></Owner>" + contents("<Key>k</Key><Size>0</Size><ETag/><Owner/>"
        "<ChecksumAlgorithm>CRC32C</ChecksumAlgorithm>") + "<Other>text</Other>"), true);
    row("CDATA and references", page(contents(
        "<Key><![CDATA[<a&b>]]>&#x20;&amp;c</Key><Size>1</Size>")), true, false);
    row("references", page(contents("<Key>&#x20;&#32;&amp;&lt;&gt;&quot;&apos;&#9;c</Key>"
                                    "<Size>1</Size>")), true);
    row("non-ASCII key", page(contents("<Key>caf\xc3\xa9</Key><Size>1</Size>")), true, false);
    row("carriage return", page(contents("<Key>a\r\nb</Key><Size>1</Size>")), true, false);
    row("comment", page("<!-- c -->" + Plain), true, false);
    row("space in tags", "<ListBucketResult >" + contents("<Key >k</Key ><Size>1</Size>")
        + "</ListBucketResult>", true, false);
    row("attribute on a child", page("<Contents a=\"1\"><Key>k</Key><Size>1</Size></Contents>"),
        true, false);
    row("other declaration", "<?xml version=\"1.0\"?>" + page(Plain), true, false);
    row("namespace prefix", "<s3:ListBucketResult xmlns:s3=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
        "<s3:Contents><s3:Key>k</s3:Key><s3:Size>3</s3:Size></s3:Contents></s3:ListBucketResult>", true,
        false);
    QTest::newRow("moto's Response root") // rare: left to the tree parser, which accepts it
        << "<ListBucketResponse>" + Plain + "</ListBucketResponse>" << true << false << false;
    row("leading white space", "\n \n" + page(Plain), true);
    row("IsTruncated empty", page("<IsTruncated/>" + Plain), true);
    row("Size with a plus", page(contents("<Key>k</Key><Size>+7</Size>")), true);
    // answers it leaves to the tree parser, which refuses them
    row("empty", QByteArray(), false);
    row("error document", "<Error><Code>NoSuchBucket</Code><Message>m</Message></Error>", false);
    row("wrong root", "<ListAllMyBucketsResult/>", false);
    row("malformed", page("<Contents><Key>a</Key></Size></Contents>"), false);
    row("cut off", page(Plain).left(60), false);
    row("too deep", page(QByteArray("<a>").repeated(40) + QByteArray("</a>").repeated(40)), false);
    row("Key missing", page(contents("<Size>1</Size>")), false);
    row("Key empty", page(contents("<Key></Key><Size>1</Size>")), false);
    row("Size missing", page(contents("<Key>a</Key>")), false);
    row("Size blank", page(contents("<Key>a</Key><Size> </Size>")), false);
    row("Size negative", page(contents("<Key>a</Key><Size>-1</Size>")), false);
    row("Size too big", page(contents("<Key>a</Key><Size>99999999999999999999</Size>")), false);
    row("bad time", page(contents("<Key>a</Key><Size>1</Size><LastModified>2024-02-30T00:00:00Z"
                                  "</LastModified>")), false);
    row("IsTruncated maybe", page("<IsTruncated>maybe</IsTruncated>"), false);
    row("truncated without token", page("<IsTruncated>true</IsTruncated>" + Plain), false);
    row("empty prefix", page("<CommonPrefixes><Prefix></Prefix></CommonPrefixes>"), false);
    row("two roots", page(Plain) + page(Plain), false);
    row("text after the root", page(Plain) + "x", false);
    row("bad reference", page(contents("<Key>a&bogus;</Key><Size>1</Size>")), false);
    row("unclosed reference", page(contents("<Key>a&amp</Key><Size>1</Size>")), false);
    row("control character reference", page(contents("<Key>a&#1;</Key><Size>1</Size>")), false);
    row("unmatched end tag", page(contents("<Key>a</Kex><Size>1</Size>")), false);
    row("unclosed root", page(Plain).chopped(19), false);
}

void TestXmlList::agreesWithTree()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, streamed);
    QFETCH(bool, scanned);
    const std::optional<ListPage> scan = xmldetail::scanListObjectsV2(body);
    const std::optional<ListPage> stream = xmldetail::streamListObjectsV2(body);
    const Result<ListPage> tree = xmldetail::parseListObjectsV2Tree(body);
    QCOMPARE(bool(tree), ok); // the row means what it says
    QCOMPARE(stream.has_value(), streamed);
    QCOMPARE(scan.has_value(), scanned);
    if (stream)
        QCOMPARE(describe(Result<ListPage>(*stream)), describe(tree));
    if (scan)
        QCOMPARE(describe(Result<ListPage>(*scan)), describe(tree));
    QCOMPARE(describe(parseListObjectsV2(body)), describe(tree));
}

void TestXmlList::bigPage()
{
    QByteArray inner = "<EncodingType>url</EncodingType><IsTruncated>true</IsTruncated>"
                       "<NextContinuationToken>next</NextContinuationToken>";
    for (int i = 0; i < 1000; ++i) {
        inner += contents("<Key>dir%20" + QByteArray::number(i) + "/f%2Bg.bin</Key><LastModified>"
                          "2023-11-14T22:13:" + QByteArray::number(10 + i % 50) + ".0"
                          + QByteArray::number(10 + i % 90) + "Z</LastModified><ETag>&quot;"
                          + QByteArray::number(0x10000000u + uint(i), 16).repeated(4)
                          + "&quot;</ETag><Size>" + QByteArray::number(qint64(i) << 30)
                          + "</Size><StorageClass>" + (i % 3 ? "STANDARD" : "GLACIER")
                          + "</StorageClass>");
    }
    const QByteArray body = page(inner);
    QVERIFY(xmldetail::streamListObjectsV2(body));
    const std::optional<ListPage> streamed = xmldetail::scanListObjectsV2(body);
    QVERIFY(streamed);
    QCOMPARE(streamed->objects.size(), 1000);
    QCOMPARE(streamed->objects.at(999).key, QStringLiteral("dir 999/f+g.bin"));
    QCOMPARE(streamed->objects.at(999).size, qint64(999) << 30);
    QCOMPARE(describe(Result<ListPage>(*streamed)), describe(xmldetail::parseListObjectsV2Tree(body)));
}

QTEST_GUILESS_MAIN(TestXmlList)
#include "tst_xmllist.moc"
