// SigV4 signing: AWS's signing test suite (every case folder under shared/vectors/aws-sigv4),
// the S3 examples of AWS's documentation, and S3 edge cases (key encoding, session tokens,
// presign limits, bad input).

#include <QtTest>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <climits>

#include "s3/sigv4.h"
#include "s3/uriencode.h"

using namespace haul;
using namespace haul::sigv4;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(haul::sigv4::Credentials)

namespace {

const QString VectorRoot = QStringLiteral(HAUL_SHARED_DIR "/vectors/aws-sigv4");

// The example credentials, time and bucket of AWS's S3 SigV4 documentation.
const Credentials DocCreds{QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
                           QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), {}};
const QString DocBucketUrl = QStringLiteral("https://examplebucket.s3.amazonaws.com");
const QByteArray DocScope = "20130524/us-east-1/s3/aws4_request";
const QByteArray DocCredential = "AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request";
const QByteArray EmptySha256 =
    QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

QDateTime docTime()
{
    return QDateTime::fromString(QStringLiteral("2013-05-24T00:00:00Z"), Qt::ISODate);
}

Scope docScope()
{
    return {docTime(), QStringLiteral("us-east-1"), QStringLiteral("s3")};
}

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return header.second;
        }
    }
    return {};
}

bool hasHeader(const HeaderList &headers, QByteArrayView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const Header &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray lastLine(const QByteArray &text)
{
    return text.mid(text.lastIndexOf('\n') + 1);
}

/// A raw HTTP request as the suite writes it: request line, headers (a line starting with
/// white space continues the previous header), a blank line, the body.
struct RawRequest {
    Request request;
    QByteArray body;
};

RawRequest parseHttp(const QByteArray &text)
{
    RawRequest raw;
    const qsizetype blank = text.indexOf("\n\n");
    raw.body = blank < 0 ? QByteArray() : text.mid(blank + 2);
    QByteArrayList lines = (blank < 0 ? text : text.left(blank)).split('\n');
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' '); // the target may hold spaces
    raw.request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    raw.request.path = question < 0 ? target : target.left(question);
    raw.request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty()) {
            continue;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !raw.request.headers.isEmpty()) {
            raw.request.headers.last().second += '\n' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        raw.request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return raw;
}

QByteArray readCaseFile(const QString &dir, const QString &name)
{
    QFile file(dir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

/// One case of the suite, ready to sign.
struct Vector {
    RawRequest raw;
    Credentials creds;
    Scope scope;
    Options options;
    int expires = 0;
    QByteArray payloadHash;
};

Vector loadVector(const QString &dir)
{
    const QJsonObject context =
        QJsonDocument::fromJson(readCaseFile(dir, u"context.json"_s)).object();
    const QJsonObject creds = context.value(u"credentials").toObject();
    Vector v;
    v.raw = parseHttp(readCaseFile(dir, u"request.txt"_s));
    v.creds = {creds.value(u"access_key_id").toString(),
               creds.value(u"secret_access_key").toString(), creds.value(u"token").toString()};
    v.scope = {QDateTime::fromString(context.value(u"timestamp").toString(), Qt::ISODate),
               context.value(u"region").toString(), context.value(u"service").toString()};
    v.options = defaultOptions(v.scope.service);
    v.options.normalizePath = context.value(u"normalize").toBool();
    v.options.contentSha256Header = context.value(u"sign_body").toBool();
    v.options.signSessionToken = !context.value(u"omit_session_token").toBool();
    v.expires = context.value(u"expiration_in_seconds").toInt();
    v.payloadHash = payloadHash(v.raw.body);
    return v;
}

QStringList vectorCases()
{
    return QDir(VectorRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

/// Headers of `signedRequest` that `original` does not have: what signing added.
HeaderList addedHeaders(const HeaderList &original, const HeaderList &signedRequest)
{
    HeaderList added;
    for (const Header &header : signedRequest) {
        if (!hasHeader(original, header.first)) {
            added.append({header.first.toLower(), header.second});
        }
    }
    std::sort(added.begin(), added.end());
    return added;
}

HeaderList lowerSorted(HeaderList headers)
{
    for (Header &header : headers) {
        header.first = header.first.toLower();
    }
    std::sort(headers.begin(), headers.end());
    return headers;
}

/// The signature S3 computes for a presigned GET of examplebucket that arrives with `wirePath`
/// and `wireQuery` (X-Amz-Signature removed), written out independently of signRequest.
QByteArray verifierSignature(const QByteArray &wirePath, const QByteArray &wireQuery)
{
    const QByteArray canonical = "GET\n" + wirePath + '\n' + sigv4::canonicalQuery(wireQuery)
        + "\nhost:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD";
    const QByteArray toSign =
        "AWS4-HMAC-SHA256\n20130524T000000Z\n" + DocScope + '\n' + payloadHash(canonical);
    const QByteArray key =
        signingKey(DocCreds.secretAccessKey, "20130524", u"us-east-1"_s, u"s3"_s);
    return QMessageAuthenticationCode::hash(toSign, key, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestSigV4 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void vectorSuiteIsComplete();
    void awsSuiteHeader_data() { addVectorRows(); }
    void awsSuiteHeader();
    void awsSuiteQuery_data() { addVectorRows(); }
    void awsSuiteQuery();
    void awsSuiteThroughUrl_data() { addVectorRows(); }
    void awsSuiteThroughUrl();
    void s3Documentation_data();
    void s3Documentation();
    void s3PresignDocumentation();
    void canonicalQuery_data();
    void canonicalQuery();
    void s3KeyEncoding_data();
    void s3KeyEncoding();
    void sessionTokenInHeaders();
    void sessionTokenInPresignedUrl();
    void presignExpiry_data();
    void presignExpiry();
    void badInput_data();
    void badInput();
    void headerNamesInAnyCase();
    void hostHeader_data();
    void hostHeader();
    void signingKeyFollowsTheScope();

private:
    static void addVectorRows();
    static void addObjectExamples();
    static void addBucketExamples();
};

void TestSigV4::addVectorRows()
{
    if (!QDir(VectorRoot).exists()) {
        QSKIP(qPrintable(u"AWS SigV4 test suite not found at %1: skipped"_s.arg(VectorRoot)));
    }
    QTest::addColumn<QString>("dir");
    for (const QString &name : vectorCases()) {
        QTest::newRow(qPrintable(name)) << VectorRoot + u'/' + name;
    }
}

void TestSigV4::vectorSuiteIsComplete()
{
    if (!QDir(VectorRoot).exists()) {
        QSKIP(qPrintable(u"AWS SigV4 test suite not found at %1: skipped"_s.arg(VectorRoot)));
    }
    const QStringList cases = vectorCases();
    QVERIFY2(cases.size() > 30, qPrintable(u"only %1 cases"_s.arg(cases.size())));
    for (const QString &name : cases) {
        QVERIFY2(QFile::exists(VectorRoot + u'/' + name + u"/context.json"), qPrintable(name));
    }
}

void TestSigV4::awsSuiteHeader()
{
    QFETCH(QString, dir);
    const Vector v = loadVector(dir);
    const Signed s = signRequest(v.raw.request, v.creds, v.scope, v.payloadHash, v.options);
    QCOMPARE(s.canonicalRequest, readCaseFile(dir, u"header-canonical-request.txt"_s));
    QCOMPARE(s.stringToSign, readCaseFile(dir, u"header-string-to-sign.txt"_s));
    QCOMPARE(s.signature, readCaseFile(dir, u"header-signature.txt"_s).trimmed());
    const RawRequest expected = parseHttp(readCaseFile(dir, u"header-signed-request.txt"_s));
    QCOMPARE(lowerSorted(s.headers), addedHeaders(v.raw.request.headers, expected.request.headers));
}

void TestSigV4::awsSuiteQuery()
{
    QFETCH(QString, dir);
    const Vector v = loadVector(dir);
    const Signed s =
        presignRequest(v.raw.request, v.creds, v.scope, v.expires, v.payloadHash, v.options);
    QCOMPARE(s.canonicalRequest, readCaseFile(dir, u"query-canonical-request.txt"_s));
    QCOMPARE(s.stringToSign, readCaseFile(dir, u"query-string-to-sign.txt"_s));
    QCOMPARE(s.signature, readCaseFile(dir, u"query-signature.txt"_s).trimmed());
    // The query we hand back holds the same parameters as the suite's signed request.
    const RawRequest expected = parseHttp(readCaseFile(dir, u"query-signed-request.txt"_s));
    QCOMPARE(sigv4::canonicalQuery(s.query), sigv4::canonicalQuery(expected.request.query));
}

void TestSigV4::awsSuiteThroughUrl()
{
    QFETCH(QString, dir);
    const Vector v = loadVector(dir);
    const Request &r = v.raw.request;
    QByteArray target = r.path;
    if (!r.query.isEmpty()) {
        target += '?' + r.query;
    }
    const QUrl url = QUrl::fromEncoded("http://" + headerValue(r.headers, "host") + target);
    if (url.path(QUrl::FullyEncoded).toLatin1() != r.path) {
        QSKIP("the suite's raw path is not a wire path (QUrl encodes it); signed bytewise above");
    }
    const HeaderList added = signHeaders(r.method, url, r.headers, v.creds, v.scope.region,
                                         v.scope.service, v.scope.time, v.payloadHash, v.options);
    const HeaderList expected =
        parseHttp(readCaseFile(dir, u"header-signed-request.txt"_s)).request.headers;
    QCOMPARE(headerValue(added, "authorization"), headerValue(expected, "authorization"));

    if (r.headers.size() > 1 || !v.raw.body.isEmpty()) {
        return; // presign() signs only host and an empty body
    }
    const QUrl presigned = presign(r.method, url, v.creds, v.scope.region, v.scope.service,
                                   v.scope.time, v.expires, v.options);
    QCOMPARE(QUrlQuery(presigned).queryItemValue(u"X-Amz-Signature"_s).toLatin1(),
             readCaseFile(dir, u"query-signature.txt"_s).trimmed());
}

void TestSigV4::s3Documentation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("canonicalRequest");
    QTest::addColumn<QByteArray>("canonicalRequestHash");
    QTest::addColumn<QByteArray>("signature");

    addObjectExamples();
    addBucketExamples();
}

// Canonical requests, their hashes and signatures as AWS's documentation prints them.
void TestSigV4::addObjectExamples()
{
    const QByteArray getObject = "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\n"
                                 "range:bytes=0-9\nx-amz-content-sha256:" + EmptySha256
        + "\nx-amz-date:20130524T000000Z\n\nhost;range;x-amz-content-sha256;x-amz-date\n"
        + EmptySha256;
    QTest::newRow("GET Object with Range")
        << QByteArray("GET") << QUrl(DocBucketUrl + u"/test.txt")
        << HeaderList{{"Range", "bytes=0-9"}} << QByteArray() << getObject
        << QByteArray("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972")
        << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");

    const QByteArray putHash = payloadHash("Welcome to Amazon S3.");
    const QByteArray putObject = "PUT\n/test%24file.text\n\ndate:Fri, 24 May 2013 00:00:00 GMT\n"
                                 "host:examplebucket.s3.amazonaws.com\nx-amz-content-sha256:"
        + putHash + "\nx-amz-date:20130524T000000Z\nx-amz-storage-class:REDUCED_REDUNDANCY\n\n"
                    "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class\n" + putHash;
    QUrl putUrl(DocBucketUrl);
    putUrl.setPath(u'/' + QString::fromLatin1(uriEncode(u"test$file.text"_s, true)),
                   QUrl::StrictMode);
    QTest::newRow("PUT Object ($ in the key)")
        << QByteArray("PUT") << putUrl
        << HeaderList{{"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                      {"x-amz-storage-class", "REDUCED_REDUNDANCY"}}
        << QByteArray("Welcome to Amazon S3.") << putObject
        << QByteArray("9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d")
        << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
}

void TestSigV4::addBucketExamples()
{
    const QByteArray emptyTail = "x-amz-content-sha256:" + EmptySha256
        + "\nx-amz-date:20130524T000000Z\n\nhost;x-amz-content-sha256;x-amz-date\n"
        + EmptySha256;
    const QByteArray lifecycle =
        "GET\n/\nlifecycle=\nhost:examplebucket.s3.amazonaws.com\n" + emptyTail;
    QTest::newRow("GET Bucket lifecycle")
        << QByteArray("GET") << QUrl(DocBucketUrl + u"/?lifecycle") << HeaderList{}
        << QByteArray() << lifecycle
        << QByteArray("9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca")
        << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");

    const QByteArray listObjects =
        "GET\n/\nmax-keys=2&prefix=J\nhost:examplebucket.s3.amazonaws.com\n" + emptyTail;
    QTest::newRow("GET Bucket (list objects)")
        << QByteArray("GET") << QUrl(DocBucketUrl + u"/?max-keys=2&prefix=J") << HeaderList{}
        << QByteArray() << listObjects
        << QByteArray("df57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7")
        << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
}


void TestSigV4::s3Documentation()
{
    QFETCH(QByteArray, method);
    QFETCH(QUrl, url);
    QFETCH(HeaderList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, canonicalRequest);
    QFETCH(QByteArray, canonicalRequestHash);
    QFETCH(QByteArray, signature);

    const QByteArray hash = payloadHash(body);
    const Signed s = signRequest(requestFromUrl(method, url, headers), DocCreds, docScope(), hash,
                                 defaultOptions(u"s3"));
    QCOMPARE(s.canonicalRequest, canonicalRequest);
    QCOMPARE(s.stringToSign,
             QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n" + DocScope + '\n'
                        + canonicalRequestHash));
    QCOMPARE(s.signature, signature);

    const HeaderList added = signHeaders(method, url, headers, DocCreds, u"us-east-1"_s, u"s3"_s,
                                         docTime(), hash);
    QCOMPARE(headerValue(added, "x-amz-date"), QByteArray("20130524T000000Z"));
    QCOMPARE(headerValue(added, "x-amz-content-sha256"), hash);
    QVERIFY(!hasHeader(added, "x-amz-security-token"));
    QVERIFY(headerValue(added, "authorization").endsWith(QByteArray(", Signature=" + signature)));
}

void TestSigV4::s3PresignDocumentation()
{
    const QUrl url(DocBucketUrl + u"/test.txt");
    const QUrl presigned =
        presign("GET", url, DocCreds, u"us-east-1"_s, u"s3"_s, docTime(), 86400);
    QCOMPARE(presigned.toEncoded(),
             QByteArray("https://examplebucket.s3.amazonaws.com/test.txt"
                        "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                        "&X-Amz-Credential=" + DocCredential
                        + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400"
                          "&X-Amz-SignedHeaders=host&X-Amz-Signature="
                          "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"));

    const Signed s = presignRequest(requestFromUrl("GET", url, {}), DocCreds, docScope(), 86400,
                                    UnsignedPayload, defaultOptions(u"s3"));
    QCOMPARE(s.canonicalRequest,
             QByteArray("GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                        + DocCredential
                        + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400"
                          "&X-Amz-SignedHeaders=host\n"
                          "host:examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"));
    QCOMPARE(lastLine(s.stringToSign),
             QByteArray("3bfa292879f6447bbcda7001decf97f4a54dc650c8942174ae0a9121cf58ad04"));
}

void TestSigV4::canonicalQuery_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("name without value") << QByteArray("lifecycle") << QByteArray("lifecycle=");
    QTest::newRow("sorted by name") << QByteArray("b=2&a=1") << QByteArray("a=1&b=2");
    QTest::newRow("same name sorted by value") << QByteArray("a=2&a=1") << QByteArray("a=1&a=2");
    QTest::newRow("'+' is a plus") << QByteArray("k=a+b") << QByteArray("k=a%2Bb");
    QTest::newRow("space stays %20") << QByteArray("k=a%20b") << QByteArray("k=a%20b");
    QTest::newRow("%7e becomes ~") << QByteArray("k=%7e") << QByteArray("k=~");
    QTest::newRow("slash encoded") << QByteArray("prefix=a/b") << QByteArray("prefix=a%2Fb");
    QTest::newRow("lower-case hex raised") << QByteArray("k=%c3%a9") << QByteArray("k=%C3%A9");
    QTest::newRow("empty pieces dropped") << QByteArray("&a=1&&") << QByteArray("a=1");
}

void TestSigV4::canonicalQuery()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, canonical);
    QCOMPARE(sigv4::canonicalQuery(wire), canonical);
}

void TestSigV4::s3KeyEncoding_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("wirePath");
    QTest::newRow("space") << u"my file.txt"_s << QByteArray("/my%20file.txt");
    QTest::newRow("plus") << u"a+b.txt"_s << QByteArray("/a%2Bb.txt");
    QTest::newRow("unicode") << u"ünï/cødé 😀.txt"_s
                             << QByteArray("/%C3%BCn%C3%AF/c%C3%B8d%C3%A9%20%F0%9F%98%80.txt");
    QTest::newRow("tilde") << u"~backup~"_s << QByteArray("/~backup~");
    QTest::newRow("equals") << u"k=v&w"_s << QByteArray("/k%3Dv%26w");
    QTest::newRow("dots and slashes kept") << u"a//b/./c/../d"_s << QByteArray("/a//b/./c/../d");
    QTest::newRow("percent") << u"100%.txt"_s << QByteArray("/100%25.txt");
    QTest::newRow("reserved") << u"x!'()*;:@,$?#[]"_s
                              << QByteArray("/x%21%27%28%29%2A%3B%3A%40%2C%24%3F%23%5B%5D");
}

void TestSigV4::s3KeyEncoding()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, wirePath);

    QUrl url(DocBucketUrl);
    url.setPath(u'/' + QString::fromLatin1(uriEncode(key, true)), QUrl::StrictMode);
    QCOMPARE(url.path(QUrl::FullyEncoded).toLatin1(), wirePath); // QUrl sends what we sign

    const Signed s = signRequest(requestFromUrl("GET", url, {}), DocCreds, docScope(),
                                 UnsignedPayload, defaultOptions(u"s3"));
    QCOMPARE(s.canonicalRequest.split('\n').at(1), wirePath);

    // A presigned URL verifies the way S3 does it: canonicalise what arrives, minus the signature.
    const QUrl presigned = presign("GET", url, DocCreds, u"us-east-1"_s, u"s3"_s, docTime(), 60);
    QCOMPARE(presigned.path(QUrl::FullyEncoded).toLatin1(), wirePath);
    QUrlQuery query(presigned);
    const QByteArray signature = query.queryItemValue(u"X-Amz-Signature"_s).toLatin1();
    query.removeQueryItem(u"X-Amz-Signature"_s);
    QCOMPARE(verifierSignature(wirePath, query.query(QUrl::FullyEncoded).toLatin1()), signature);
}

void TestSigV4::sessionTokenInHeaders()
{
    Credentials creds = DocCreds;
    creds.sessionToken = u"FwoGZXIvYXdzE/token+with=odd chars"_s;
    const QUrl url(DocBucketUrl + u"/test.txt");
    const HeaderList added =
        signHeaders("GET", url, {}, creds, u"us-east-1"_s, u"s3"_s, docTime());
    QCOMPARE(headerValue(added, "x-amz-security-token"), creds.sessionToken.toUtf8());
    QVERIFY(headerValue(added, "authorization")
                .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;"
                          "x-amz-security-token,"));

    const Signed s = signRequest(requestFromUrl("GET", url, {}), creds, docScope(),
                                 UnsignedPayload, defaultOptions(u"s3"));
    QVERIFY(s.canonicalRequest.contains(
        QByteArray("\nx-amz-security-token:" + creds.sessionToken.toUtf8() + '\n')));
    const Signed withoutToken = signRequest(requestFromUrl("GET", url, {}), DocCreds, docScope(),
                                            UnsignedPayload, defaultOptions(u"s3"));
    QVERIFY(s.signature != withoutToken.signature);
}

void TestSigV4::sessionTokenInPresignedUrl()
{
    Credentials creds = DocCreds;
    creds.sessionToken = u"FwoGZXIvYXdzE/token+with=odd chars"_s;
    const QUrl url(DocBucketUrl + u"/test.txt");
    const QUrl presigned = presign("GET", url, creds, u"us-east-1"_s, u"s3"_s, docTime(), 3600);
    const QUrlQuery query(presigned);
    QCOMPARE(query.queryItemValue(u"X-Amz-Security-Token"_s, QUrl::FullyDecoded),
             creds.sessionToken);

    const Signed s = presignRequest(requestFromUrl("GET", url, {}), creds, docScope(), 3600,
                                    UnsignedPayload, defaultOptions(u"s3"));
    QVERIFY(s.canonicalRequest.contains(
        QByteArray("&X-Amz-Security-Token=" + uriEncode(creds.sessionToken) + '&')));
    QCOMPARE(query.queryItemValue(u"X-Amz-Signature"_s).toLatin1(), s.signature);
}

void TestSigV4::presignExpiry_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("negative") << -1 << false;
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("one second") << 1 << true;
    QTest::newRow("one hour") << 3600 << true;
    QTest::newRow("seven days") << 604800 << true;
    QTest::newRow("seven days + 1 s") << 604801 << false;
    QTest::newRow("INT_MAX") << INT_MAX << false;
}

void TestSigV4::presignExpiry()
{
    QFETCH(int, seconds);
    QFETCH(bool, accepted);
    const QUrl presigned = presign("GET", QUrl(DocBucketUrl + u"/test.txt"), DocCreds,
                                   u"us-east-1"_s, u"s3"_s, docTime(), seconds);
    QCOMPARE(!presigned.isEmpty(), accepted);
    if (accepted) {
        QCOMPARE(QUrlQuery(presigned).queryItemValue(u"X-Amz-Expires"_s).toInt(), seconds);
    }
}

void TestSigV4::badInput_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<Credentials>("creds");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDateTime>("time");
    const QUrl good(DocBucketUrl + u"/test.txt");
    QTest::newRow("invalid time") << good << DocCreds << u"us-east-1"_s << QDateTime();
    QTest::newRow("empty key id") << good << Credentials{{}, DocCreds.secretAccessKey, {}}
                                  << u"us-east-1"_s << docTime();
    QTest::newRow("empty secret") << good << Credentials{DocCreds.accessKeyId, {}, {}}
                                  << u"us-east-1"_s << docTime();
    QTest::newRow("empty region") << good << DocCreds << QString() << docTime();
    QTest::newRow("invalid url") << QUrl(u"http://exa mple.com/"_s) << DocCreds
                                 << u"us-east-1"_s << docTime();
    QTest::newRow("url without host") << QUrl(u"/test.txt"_s) << DocCreds << u"us-east-1"_s
                                      << docTime();
}

void TestSigV4::badInput()
{
    QFETCH(QUrl, url);
    QFETCH(Credentials, creds);
    QFETCH(QString, region);
    QFETCH(QDateTime, time);
    QVERIFY(signHeaders("GET", url, {}, creds, region, u"s3"_s, time).isEmpty());
    QVERIFY(presign("GET", url, creds, region, u"s3"_s, time, 60).isEmpty());
}

void TestSigV4::headerNamesInAnyCase()
{
    const QUrl url(DocBucketUrl + u"/test.txt");
    const HeaderList lower{{"host", "examplebucket.s3.amazonaws.com"}, {"range", "bytes=0-9"}};
    // Upper-case names, padded values, and a stale x-amz-date the signer must replace.
    const HeaderList mixed{{"HOST", "  examplebucket.s3.amazonaws.com "},
                           {"Range", "bytes=0-9"}, {"X-Amz-Date", "19990101T000000Z"}};
    const auto sign = [&](const HeaderList &headers) {
        return headerValue(signHeaders("GET", url, headers, DocCreds, u"us-east-1"_s, u"s3"_s,
                                       docTime(), EmptySha256),
                           "authorization");
    };
    QVERIFY(sign(lower).endsWith(
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    QCOMPARE(sign(mixed), sign(lower));
}

void TestSigV4::hostHeader_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("lower-cased") << QUrl(u"https://Example.COM/x"_s) << QByteArray("example.com");
    QTest::newRow("explicit port") << QUrl(u"http://localhost:9000/b"_s)
                                   << QByteArray("localhost:9000");
    QTest::newRow("default port named") << QUrl(u"https://h.example:443/"_s)
                                        << QByteArray("h.example:443");
    QTest::newRow("IPv6") << QUrl(u"http://[::1]:9000/"_s) << QByteArray("[::1]:9000");
    QTest::newRow("IDN as ACE") << QUrl(u"https://bücher.example/"_s)
                                << QByteArray("xn--bcher-kva.example");
    QTest::newRow("no host") << QUrl(u"/relative"_s) << QByteArray();
}

void TestSigV4::hostHeader()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, host);
    QCOMPARE(sigv4::hostHeader(url), host);
}

// The signing key is kept per thread for the last scope: another secret, day or region in
// between must sign with its own key, and the first again with the first's.
void TestSigV4::signingKeyFollowsTheScope()
{
    const Request request = requestFromUrl("GET", QUrl(DocBucketUrl + u"/test.txt"_s), {});
    const QByteArray hash = payloadHash({});
    const Options options = defaultOptions(u"s3");
    // the signature, and what it must be from the key computed afresh
    const auto sign = [&](const Credentials &creds, const QDateTime &time, const QString &region) {
        const QByteArray key = signingKey(creds.secretAccessKey, amzDate(time).left(8), region, u"s3"_s);
        const Signed s = signRequest(request, creds, {time, region, u"s3"_s}, hash, options);
        return std::pair{s.signature,
                         QMessageAuthenticationCode::hash(s.stringToSign, key, QCryptographicHash::Sha256).toHex()};
    };
    const Credentials other{DocCreds.accessKeyId, u"another/secret/key"_s, {}};
    const auto first = sign(DocCreds, docTime(), u"us-east-1"_s);
    const auto otherSecret = sign(other, docTime(), u"us-east-1"_s);
    const auto nextDay = sign(DocCreds, docTime().addDays(1), u"us-east-1"_s);
    const auto otherRegion = sign(DocCreds, docTime(), u"eu-west-1"_s);
    const auto firstAgain = sign(DocCreds, docTime(), u"us-east-1"_s);
    for (const auto &[signature, expected] : {first, otherSecret, nextDay, otherRegion, firstAgain})
        QCOMPARE(signature, expected);
    QCOMPARE(firstAgain.first, first.first);
    QVERIFY(otherSecret.first != first.first);
    QVERIFY(nextDay.first != first.first);
    QVERIFY(otherRegion.first != first.first);
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
