// The comparison truth table: exists / size / mtime / checksum × setting → action and reason.
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include "sync/compare.h"
#include "sync/localdigest.h"

using namespace haul;

Q_DECLARE_METATYPE(haul::ExistingFiles)
Q_DECLARE_METATYPE(haul::CompareMethod)
Q_DECLARE_METATYPE(haul::CompareAction)
Q_DECLARE_METATYPE(haul::CompareReason)
Q_DECLARE_METATYPE(haul::LocalFacts)
Q_DECLARE_METATYPE(haul::RemoteFacts)

namespace {

constexpr qint64 T = 1700000000000; // a file's mtime, ms (whole second)
constexpr qint64 S = 1000;          // one second

const QByteArray content = "hello";
QByteArray md5Of(const QByteArray &b) { return QCryptographicHash::hash(b, QCryptographicHash::Md5); }

LocalFacts file(qint64 size = 5, qint64 mtime = T + 250, bool withMd5 = false)
{
    return {true, size, mtime, withMd5 ? md5Of(content) : QByteArray()};
}

RemoteFacts object(qint64 size = 5, qint64 lastModified = T + 5 * S)
{
    RemoteFacts r;
    r.size = size;
    r.lastModifiedMs = lastModified;
    r.etag = QString::fromLatin1(md5Of(content).toHex());
    return r;
}

RemoteFacts headed(RemoteFacts r, std::optional<qint64> mtime)
{
    r.headDone = true;
    r.mtimeMs = mtime;
    return r;
}

RemoteFacts missing()
{
    RemoteFacts r;
    r.exists = false;
    return r;
}

RemoteFacts withEtag(RemoteFacts r, const char *etag)
{
    r.etag = QString::fromLatin1(etag);
    return r;
}

/// A multipart object's ETag and a file whose candidate part sizes gave `etags`.
const char *const Multipart = "0123456789abcdef0123456789abcdef-3";
LocalFacts hashedParts(QStringList etags, qint64 mtime = T + 250)
{
    LocalFacts l = file(5, mtime);
    l.multipartEtags = std::move(etags);
    l.partsHashed = true;
    return l;
}

constexpr qint64 MiB = 1LL << 20;

} // namespace

class TestCompare : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upload_data();
    void upload();
    void download_data();
    void download();
    void parseMtime_data();
    void parseMtime();
    void formatMtime_data();
    void formatMtime();
    void downloadByChecksum_data();
    void downloadByChecksum();
    void multipartEtagParts_data();
    void multipartEtagParts();
    void checksumPartSizes_data();
    void checksumPartSizes();
    void digestForComparison();
};

void TestCompare::upload_data()
{
    QTest::addColumn<LocalFacts>("local");
    QTest::addColumn<RemoteFacts>("remote");
    QTest::addColumn<ExistingFiles>("existing");
    QTest::addColumn<CompareMethod>("method");
    QTest::addColumn<CompareAction>("action");
    QTest::addColumn<CompareReason>("reason");

    using E = ExistingFiles;
    using A = CompareAction;
    using R = CompareReason;
    const auto M = CompareMethod::SizeAndMtime;
    const auto C = CompareMethod::Checksum;
    auto row = [](const char *name, LocalFacts l, RemoteFacts r, E e, CompareMethod m, A a, R why) {
        QTest::newRow(name) << l << r << e << m << a << why;
    };
    const qint64 tm = T + 250; // the file's mtime in file()

    // exists?
    row("new / skip identical", file(), missing(), E::SkipIdentical, M, A::Transfer, R::New);
    row("new / overwrite", file(), missing(), E::Overwrite, M, A::Transfer, R::New);
    row("new / ask", file(), missing(), E::Ask, M, A::Transfer, R::New);
    row("new / checksum", file(), missing(), E::SkipIdentical, C, A::Transfer, R::New);
    // size
    row("size differs / skip identical", file(6), object(), E::SkipIdentical, M, A::Transfer, R::SizeDiffers);
    row("size differs / ask", file(6), object(), E::Ask, M, A::Ask, R::SizeDiffers);
    row("size differs / overwrite", file(6), object(), E::Overwrite, M, A::Transfer, R::Overwrite);
    row("identical / overwrite", file(), headed(object(), tm), E::Overwrite, M, A::Transfer, R::Overwrite);
    // the listing decides: stored in a later second than the file changed
    row("stored later / skip identical", file(), object(), E::SkipIdentical, M, A::Skip, R::Identical);
    row("stored later / ask", file(), object(), E::Ask, M, A::Skip, R::Identical);
    row("stored in the same second → head", file(), object(5, T + 900), E::SkipIdentical, M, A::NeedHead, R::Unknown);
    row("stored before the change → head", file(), object(5, T - S), E::SkipIdentical, M, A::NeedHead, R::Unknown);
    // the metadata decides, to the millisecond
    row("same mtime", file(), headed(object(5, T - S), tm), E::SkipIdentical, M, A::Skip, R::Identical);
    row("mtime 1 ms later", file(), headed(object(5, T - S), tm + 1), E::SkipIdentical, M, A::Transfer, R::MtimeDiffers);
    row("mtime 1 ms earlier / ask", file(), headed(object(5, T - S), tm - 1), E::Ask, M, A::Ask, R::MtimeDiffers);
    row("metadata wins over a newer LastModified", file(), headed(object(5, T + 9 * S), T), E::SkipIdentical, M, A::Transfer, R::MtimeDiffers);
    row("no metadata, older object", file(), headed(object(5, T - S), std::nullopt), E::SkipIdentical, M, A::Transfer, R::MtimeDiffers);
    row("no metadata, same second", file(), headed(object(5, T), std::nullopt), E::SkipIdentical, M, A::Transfer, R::MtimeDiffers);
    row("no metadata, stored later", file(), headed(object(), std::nullopt), E::SkipIdentical, M, A::Skip, R::Identical);
    // checksum
    row("checksum needed", file(), object(5, T - S), E::SkipIdentical, C, A::NeedChecksum, R::Unknown);
    row("checksum needed even if stored later", file(), object(), E::SkipIdentical, C, A::NeedChecksum, R::Unknown);
    row("same checksum, older object", file(5, tm, true), object(5, T - S), E::SkipIdentical, C, A::Skip, R::SameChecksum);
    row("checksum differs", file(5, tm, true), withEtag(object(), "00000000000000000000000000000000"), E::SkipIdentical, C, A::Transfer, R::ChecksumDiffers);
    row("checksum differs / ask", file(5, tm, true), withEtag(object(), "00000000000000000000000000000000"), E::Ask, C, A::Ask, R::ChecksumDiffers);
    row("checksum: upper-case ETag", file(5, tm, true), withEtag(object(5, T - S), "5D41402ABC4B2A76B9719D911017C592"), E::SkipIdentical, C, A::Skip, R::SameChecksum);
    row("checksum: size first", file(6), object(), E::SkipIdentical, C, A::Transfer, R::SizeDiffers);
    // multipart ETag: the file's MD5 of part MD5s for the candidate part sizes (see compare.h)
    const QString other = QStringLiteral("ffffffffffffffffffffffffffffffff-3");
    const QString same = QString::fromLatin1(Multipart);
    row("multipart: part checksums needed", file(), withEtag(object(), Multipart), E::SkipIdentical, C, A::NeedChecksum, R::Unknown);
    row("multipart: a candidate matches", hashedParts({other, same}), withEtag(object(5, T - S), Multipart), E::SkipIdentical, C, A::Skip, R::SameChecksum);
    row("multipart: upper-case ETag", hashedParts({same}), withEtag(object(5, T - S), "0123456789ABCDEF0123456789ABCDEF-3"), E::SkipIdentical, C, A::Skip, R::SameChecksum);
    row("multipart: matches though the time differs", hashedParts({same}, T - 9 * S), headed(withEtag(object(), Multipart), T), E::SkipIdentical, C, A::Skip, R::SameChecksum);
    row("multipart: no candidate matches, never skipped on time", hashedParts({other}), withEtag(object(), Multipart), E::SkipIdentical, C, A::Transfer, R::ChecksumUnmatched);
    row("multipart: no candidate matches / ask", hashedParts({other}), withEtag(object(), Multipart), E::Ask, C, A::Ask, R::ChecksumUnmatched);
    row("multipart: no candidate gives N parts", hashedParts({}), withEtag(object(), Multipart), E::SkipIdentical, C, A::Transfer, R::ChecksumUnmatched);
    row("multipart: size first", file(6), withEtag(object(), Multipart), E::SkipIdentical, C, A::Transfer, R::SizeDiffers);
    row("multipart / overwrite", hashedParts({same}), withEtag(object(), Multipart), E::Overwrite, C, A::Transfer, R::Overwrite);
    // ETags that are no MD5 in either form (e.g. SSE-C, other stores): size + modification time
    row("not an MD5 falls back to mtime", file(), withEtag(object(), "not-an-md5"), E::SkipIdentical, C, A::Skip, R::Identical);
    row("not an MD5, fallback needs head", file(), withEtag(object(5, T - S), "0123456789abcdef0123456789abcdeg-3"), E::SkipIdentical, C, A::NeedHead, R::Unknown);
    row("checksum / overwrite", file(), object(), E::Overwrite, C, A::Transfer, R::Overwrite);
    // pre-1970 files floor to the earlier second
    row("before 1970, stored later", file(5, -1500), object(5, -1000), E::SkipIdentical, M, A::Skip, R::Identical);
}

void TestCompare::upload()
{
    QFETCH(LocalFacts, local);
    QFETCH(RemoteFacts, remote);
    QFETCH(ExistingFiles, existing);
    QFETCH(CompareMethod, method);
    QFETCH(CompareAction, action);
    QFETCH(CompareReason, reason);
    const Comparison c = compareForUpload(local, remote, existing, method);
    QCOMPARE(compareReasonName(c.reason), compareReasonName(reason));
    QCOMPARE(int(c.action), int(action));
}

void TestCompare::download_data()
{
    QTest::addColumn<RemoteFacts>("remote");
    QTest::addColumn<LocalFacts>("local");
    QTest::addColumn<ExistingFiles>("existing");
    QTest::addColumn<CompareAction>("action");
    QTest::addColumn<CompareReason>("reason");

    using E = ExistingFiles;
    using A = CompareAction;
    using R = CompareReason;
    LocalFacts none;
    none.exists = false;
    auto row = [](const char *name, RemoteFacts r, LocalFacts l, E e, A a, R why) {
        QTest::newRow(name) << r << l << e << a << why;
    };
    row("no local file", object(), none, E::SkipIdentical, A::Transfer, R::New);
    row("no local file / ask", object(), none, E::Ask, A::Transfer, R::New);
    row("size differs", object(), file(6), E::SkipIdentical, A::Transfer, R::SizeDiffers);
    row("size differs / ask", object(), file(6), E::Ask, A::Ask, R::SizeDiffers);
    row("overwrite", object(), file(), E::Overwrite, A::Transfer, R::Overwrite);
    row("stamped with LastModified", object(5, T + 5 * S), file(5, T + 5 * S), E::SkipIdentical, A::Skip, R::Identical);
    row("LastModified to the second", object(5, T + 5 * S + 700), file(5, T + 5 * S), E::SkipIdentical, A::Skip, R::Identical);
    row("other time → head", object(), file(), E::SkipIdentical, A::NeedHead, R::Unknown);
    row("metadata equal", headed(object(), T + 250), file(), E::SkipIdentical, A::Skip, R::Identical);
    row("metadata differs", headed(object(), T), file(), E::SkipIdentical, A::Transfer, R::MtimeDiffers);
    row("metadata differs / ask", headed(object(), T), file(), E::Ask, A::Ask, R::MtimeDiffers);
    row("no metadata, other time", headed(object(), std::nullopt), file(), E::SkipIdentical, A::Transfer, R::MtimeDiffers);
}

void TestCompare::download()
{
    QFETCH(RemoteFacts, remote);
    QFETCH(LocalFacts, local);
    QFETCH(ExistingFiles, existing);
    QFETCH(CompareAction, action);
    QFETCH(CompareReason, reason);
    const Comparison c = compareForDownload(remote, local, existing, CompareMethod::SizeAndMtime);
    QCOMPARE(compareReasonName(c.reason), compareReasonName(reason));
    QCOMPARE(int(c.action), int(action));
}

void TestCompare::parseMtime_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("rclone, ns") << QStringLiteral("1700000000.123456789") << true << qint64(1700000000123);
    QTest::newRow("Haul, ms") << QStringLiteral("1700000000.123000000") << true << qint64(1700000000123);
    QTest::newRow("whole seconds") << QStringLiteral("1700000000") << true << qint64(1700000000000);
    QTest::newRow("one digit") << QStringLiteral("1700000000.5") << true << qint64(1700000000500);
    QTest::newRow("truncated, not rounded") << QStringLiteral("1700000000.999999999") << true << qint64(1700000000999);
    QTest::newRow("before 1970") << QStringLiteral("-1.500000000") << true << qint64(-1500);
    QTest::newRow("epoch") << QStringLiteral("0.000000000") << true << qint64(0);
    QTest::newRow("RFC 3339") << QStringLiteral("2023-11-14T22:13:20.123Z") << true << qint64(1700000000123);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("words") << QStringLiteral("yesterday") << false << qint64(0);
    QTest::newRow("plus sign") << QStringLiteral("+17.0") << false << qint64(0);
    QTest::newRow("fraction only") << QStringLiteral(".5") << false << qint64(0);
    QTest::newRow("letters in fraction") << QStringLiteral("17.5x") << false << qint64(0);
}

void TestCompare::parseMtime()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    const std::optional<qint64> got = parseMtimeMetadata(value);
    QCOMPARE(got.has_value(), valid);
    if (valid)
        QCOMPARE(*got, ms);
}

void TestCompare::formatMtime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("ms") << qint64(1700000000123) << QByteArray("1700000000.123000000");
    QTest::newRow("whole second") << qint64(1700000000000) << QByteArray("1700000000.000000000");
    QTest::newRow("before 1970") << qint64(-1500) << QByteArray("-1.500000000");
}

void TestCompare::formatMtime()
{
    QFETCH(qint64, ms);
    QFETCH(QByteArray, text);
    QCOMPARE(formatMtimeMetadata(ms), text);
    QCOMPARE(parseMtimeMetadata(QString::fromLatin1(text)), std::optional<qint64>(ms));
}

void TestCompare::downloadByChecksum_data()
{
    QTest::addColumn<RemoteFacts>("remote");
    QTest::addColumn<LocalFacts>("local");
    QTest::addColumn<CompareAction>("action");
    QTest::addColumn<CompareReason>("reason");
    using A = CompareAction;
    using R = CompareReason;
    const QString same = QString::fromLatin1(Multipart);
    QTest::newRow("multipart: needed") << withEtag(object(), Multipart) << file() << A::NeedChecksum << R::Unknown;
    QTest::newRow("multipart: matches") << withEtag(object(), Multipart) << hashedParts({same}) << A::Skip << R::SameChecksum;
    QTest::newRow("multipart: unmatched") << withEtag(object(), Multipart) << hashedParts({}) << A::Transfer << R::ChecksumUnmatched;
    QTest::newRow("single part: differs") << withEtag(object(), "00000000000000000000000000000000") << file(5, T, true) << A::Transfer << R::ChecksumDiffers;
}

void TestCompare::downloadByChecksum()
{
    QFETCH(RemoteFacts, remote);
    QFETCH(LocalFacts, local);
    QFETCH(CompareAction, action);
    QFETCH(CompareReason, reason);
    const Comparison c = compareForDownload(remote, local, ExistingFiles::SkipIdentical, CompareMethod::Checksum);
    QCOMPARE(compareReasonName(c.reason), compareReasonName(reason));
    QCOMPARE(int(c.action), int(action));
}

void TestCompare::multipartEtagParts_data()
{
    QTest::addColumn<QString>("etag");
    QTest::addColumn<int>("parts");
    const QString hex = QStringLiteral("0123456789abcdef0123456789abcdef");
    QTest::newRow("3 parts") << hex + QStringLiteral("-3") << 3;
    QTest::newRow("upper-case hex") << hex.toUpper() + QStringLiteral("-12") << 12;
    QTest::newRow("one part") << hex + QStringLiteral("-1") << 1;
    QTest::newRow("10,000 parts") << hex + QStringLiteral("-10000") << 10000;
    QTest::newRow("single-part MD5") << hex << 0;
    QTest::newRow("0 parts") << hex + QStringLiteral("-0") << 0;
    QTest::newRow("10,001 parts") << hex + QStringLiteral("-10001") << 0;
    QTest::newRow("no count") << hex + QStringLiteral("-") << 0;
    QTest::newRow("signed count") << hex + QStringLiteral("-+3") << 0;
    QTest::newRow("not hex") << QStringLiteral("0123456789abcdef0123456789abcdeg-3") << 0;
    QTest::newRow("short hex") << QStringLiteral("0123456789abcdef-3") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestCompare::multipartEtagParts()
{
    QFETCH(QString, etag);
    QFETCH(int, parts);
    QCOMPARE(haul::multipartEtagParts(etag), parts);
}

void TestCompare::checksumPartSizes_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("parts");
    QTest::addColumn<qint64>("setting");
    QTest::addColumn<QList<qint64>>("sizes");
    using L = QList<qint64>;
    QTest::newRow("100 MiB, 13 parts: Haul's and aws-cli's 8 MiB") << 100 * MiB << 13 << qint64(0) << L{8 * MiB};
    QTest::newRow("100 MiB, 20 parts: 5 MiB (rclone)") << 100 * MiB << 20 << qint64(0) << L{5 * MiB};
    QTest::newRow("100 MiB, 7 parts: 16 MiB, then s3cmd's 15 MiB") << 100 * MiB << 7 << qint64(0) << L{16 * MiB, 15 * MiB};
    QTest::newRow("100 MiB, 11 parts: none fits") << 100 * MiB << 11 << qint64(0) << L{};
    QTest::newRow("Part size setting 10 MiB: first") << 100 * MiB << 10 << 10 * MiB << L{10 * MiB};
    QTest::newRow("setting changed since: 8 MiB still tried") << 100 * MiB << 13 << 10 * MiB << L{8 * MiB};
    QTest::newRow("setting 1 MiB: raised to 5 MiB as the engine does") << 100 * MiB << 20 << MiB << L{5 * MiB};
    QTest::newRow("200 GiB, 9,753 parts: Haul's automatic 21 MiB") << 200 * 1024 * MiB << 9753 << qint64(0) << L{21 * MiB};
    QTest::newRow("200 GiB, 6,400 parts: aws-cli doubled to 32 MiB") << 200 * 1024 * MiB << 6400 << qint64(0) << L{32 * MiB};
    QTest::newRow("one part: one pass") << 6 * MiB << 1 << qint64(0) << L{8 * MiB};
    QTest::newRow("empty file, one part") << qint64(0) << 1 << qint64(0) << L{8 * MiB};
    QTest::newRow("more parts than bytes") << qint64(3) << 5 << qint64(0) << L{};
    QTest::newRow("no parts") << 100 * MiB << 0 << qint64(0) << L{};
}

void TestCompare::checksumPartSizes()
{
    QFETCH(qint64, size);
    QFETCH(int, parts);
    QFETCH(qint64, setting);
    QFETCH(QList<qint64>, sizes);
    QCOMPARE(haul::checksumPartSizes(size, parts, setting), sizes);
}

// The file's multipart ETag, computed part by part with SIMD MD5s, against one computed here
// with QCryptographicHash: 12 MiB + 1 byte in 5 MiB parts (3 parts; no other candidate fits).
void TestCompare::digestForComparison()
{
    QTemporaryDir dir;
    QByteArray bytes(12 * MiB + 1, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) >> 5);
    const QString path = dir.filePath(QStringLiteral("f.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    QByteArray md5s;
    for (qint64 at = 0; at < bytes.size(); at += 5 * MiB)
        md5s += QCryptographicHash::hash(bytes.mid(at, 5 * MiB), QCryptographicHash::Md5);
    const QString etag = QString::fromLatin1(QCryptographicHash::hash(md5s, QCryptographicHash::Md5).toHex()) + QStringLiteral("-3");
    const QList<qint64> sizes = haul::checksumPartSizes(bytes.size(), 3, 0);
    QCOMPARE(sizes, QList<qint64>{5 * MiB});
    const LocalFacts local{true, bytes.size(), T, {}, {}, false};

    const Result<LocalFacts> same = haul::digestForComparison(path, local, etag.toUpper(), sizes);
    QVERIFY(same);
    QVERIFY(same->partsHashed);
    QCOMPARE(same->multipartEtags, QStringList{etag});
    RemoteFacts remote = object(bytes.size(), T - S);
    remote.etag = etag;
    QCOMPARE(compareForUpload(*same, remote, ExistingFiles::SkipIdentical, CompareMethod::Checksum).reason, CompareReason::SameChecksum);

    bytes[6 * MiB] = char(bytes[6 * MiB] + 1); // one byte of part 2 changed, size and time kept
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    f.close();
    const Result<LocalFacts> changed = haul::digestForComparison(path, local, etag, sizes);
    QVERIFY(changed);
    QCOMPARE(changed->multipartEtags.size(), 1);
    QVERIFY(changed->multipartEtags.first() != etag);
    QCOMPARE(compareForUpload(*changed, remote, ExistingFiles::SkipIdentical, CompareMethod::Checksum).reason, CompareReason::ChecksumUnmatched);

    const Result<LocalFacts> whole = haul::digestForComparison(path, local, QString::fromLatin1(md5Of(bytes).toHex()), {});
    QVERIFY(whole); // a single-part ETag: the whole file's MD5
    QCOMPARE(whole->md5, md5Of(bytes));
    QVERIFY(!whole->partsHashed);
    QVERIFY(!haul::digestForComparison(dir.filePath(QStringLiteral("gone")), local, etag, sizes));

    // an empty file uploaded as one empty part: MD5 of the empty MD5, "-1"
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
    const QString emptyEtag = QString::fromLatin1(md5Of(md5Of(QByteArray())).toHex()) + QStringLiteral("-1");
    const Result<LocalFacts> none = haul::digestForComparison(empty, {true, 0, T, {}, {}, false}, emptyEtag,
                                                               haul::checksumPartSizes(0, 1, 0));
    QVERIFY(none);
    QCOMPARE(none->multipartEtags, QStringList{emptyEtag});
}

QTEST_APPLESS_MAIN(TestCompare)
#include "tst_compare.moc"
