// The comparison truth table: exists / size / mtime / checksum × setting → action and reason.
#include <QCryptographicHash>
#include <QTest>

#include "sync/compare.h"

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
    row("multipart ETag falls back to mtime", file(), withEtag(object(), "0123456789abcdef0123456789abcdef-3"), E::SkipIdentical, C, A::Skip, R::Identical);
    row("multipart ETag, fallback needs head", file(), withEtag(object(5, T - S), "0123456789abcdef0123456789abcdef-3"), E::SkipIdentical, C, A::NeedHead, R::Unknown);
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

QTEST_APPLESS_MAIN(TestCompare)
#include "tst_compare.moc"
