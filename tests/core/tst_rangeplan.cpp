#include <QTest>

#include "engine/checksum.h"
#include "engine/rangeplan.h"

using namespace haul;

namespace {

constexpr qint64 MiB = 1LL << 20;
constexpr qint64 GiB = 1LL << 30;

using Spans = QList<ByteSpan>;
using Sizes = QList<qint64>;

QList<qint64> lengths(const Spans &spans)
{
    QList<qint64> out;
    for (const ByteSpan &s : spans)
        out.append(s.length);
    return out;
}

/// The spans tile [0, size) without gaps or overlaps.
bool tiles(const Spans &spans, qint64 size)
{
    qint64 at = 0;
    for (const ByteSpan &s : spans) {
        if (s.offset != at || s.length <= 0)
            return false;
        at = s.end();
    }
    return at == size;
}

const QString Md5Empty = QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");

} // namespace

Q_DECLARE_METATYPE(ByteSpan)

class TestRangePlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void multipartCount_data();
    void multipartCount();
    void layoutFits_data();
    void layoutFits();
    void guessLayouts_data();
    void guessLayouts();
    void downloadRanges_data();
    void downloadRanges();
    void hugeObjectsKeepFewRanges();
    void verification_data();
    void verification();
    void digestsMatch();
};

void TestRangePlan::multipartCount_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("count");
    QTest::newRow("plain MD5") << Md5Empty << 0;
    QTest::newRow("multipart ETag") << QStringLiteral("26579bffac95bdeafca856d4876166cd-3") << 3;
    QTest::newRow("10,000 parts") << QStringLiteral("abc-10000") << 10000;
    QTest::newRow("composite CRC32C") << QStringLiteral("83zLdw==-12") << 12;
    QTest::newRow("whole CRC32C") << QStringLiteral("83zLdw==") << 0;
    QTest::newRow("dash, no number") << QStringLiteral("abc-def") << 0;
    QTest::newRow("empty") << QString() << 0;
}

void TestRangePlan::multipartCount()
{
    QFETCH(QString, value);
    QFETCH(int, count);
    QCOMPARE(haul::multipartCount(value), count);
    QCOMPARE(isMd5Etag(value), value == Md5Empty);
}

void TestRangePlan::layoutFits_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("partSize");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("fits");
    QTest::newRow("9 MiB + 1 in 2 × 8 MiB") << 9 * MiB + 1 << 8 * MiB << 2 << true;
    QTest::newRow("9 MiB + 1 in 2 × 5 MiB") << 9 * MiB + 1 << 5 * MiB << 2 << true;
    QTest::newRow("exactly 2 parts") << 16 * MiB << 8 * MiB << 2 << true;
    QTest::newRow("one byte too many") << 16 * MiB + 1 << 8 * MiB << 2 << false;
    QTest::newRow("last part would be empty") << 8 * MiB << 8 * MiB << 2 << false;
    QTest::newRow("one part") << qint64(1) << 8 * MiB << 1 << true;
    QTest::newRow("0 bytes") << qint64(0) << 8 * MiB << 1 << false;
    QTest::newRow("no part size") << 10 * MiB << qint64(0) << 2 << false;
}

void TestRangePlan::layoutFits()
{
    QFETCH(qint64, size);
    QFETCH(qint64, partSize);
    QFETCH(int, count);
    QFETCH(bool, fits);
    QCOMPARE(haul::layoutFits(size, partSize, count), fits);
}

void TestRangePlan::guessLayouts_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("preferred");
    QTest::addColumn<Sizes>("partSizes");
    // aws-cli's 8 MiB parts and Haul's preferred 5 MiB both fit 2 parts of 9 MiB: try both
    QTest::newRow("9 MiB in 2, preferred 5 MiB") << 9 * MiB + 3 << 2 << 5 * MiB << Sizes{5 * MiB, 8 * MiB};
    QTest::newRow("9 MiB in 2, no preference") << 9 * MiB + 3 << 2 << qint64(0) << Sizes{8 * MiB, 5 * MiB};
    QTest::newRow("20 MiB in 3: only 8 MiB") << 20 * MiB + 7 << 3 << 5 * MiB << Sizes{8 * MiB};
    QTest::newRow("20 MiB in 5: preferred 5 MiB") << 20 * MiB + 7 << 5 << 5 * MiB << Sizes{5 * MiB};
    QTest::newRow("1 GiB in 128") << GiB << 128 << qint64(0) << Sizes{8 * MiB};
    QTest::newRow("1 GiB in 64: 16 MiB") << GiB << 64 << qint64(0) << Sizes{16 * MiB};
    QTest::newRow("odd part size: none") << 100 * MiB << 7 << qint64(0) << Sizes{};
    QTest::newRow("2 parts of 5 GiB") << 10 * GiB - 1 << 2 << qint64(0) << Sizes{};
}

void TestRangePlan::guessLayouts()
{
    QFETCH(qint64, size);
    QFETCH(int, count);
    QFETCH(qint64, preferred);
    QFETCH(Sizes, partSizes);
    const QList<PartLayout> layouts = haul::guessLayouts(size, count, commonPartSizes(size, preferred));
    Sizes got;
    for (const PartLayout &l : layouts) {
        QVERIFY(l.guessed);
        QCOMPARE(l.partCount, count);
        got.append(l.partSize);
    }
    QCOMPARE(got.mid(0, partSizes.size()), partSizes);
    QVERIFY(layouts.size() <= 3);
}

void TestRangePlan::downloadRanges_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("partSize");
    QTest::addColumn<int>("partCount");
    QTest::addColumn<qint64>("singleBelow");
    QTest::addColumn<Sizes>("expected");
    const qint64 r = MiB;
    QTest::newRow("0 bytes: no request") << qint64(0) << qint64(0) << 0 << r << Sizes{};
    QTest::newRow("1 byte") << qint64(1) << qint64(0) << 0 << r << Sizes{1};
    QTest::newRow("range - 1: one GET") << r - 1 << qint64(0) << 0 << r << Sizes{r - 1};
    QTest::newRow("range") << r << qint64(0) << 0 << r << Sizes{r};
    QTest::newRow("range + 1") << r + 1 << qint64(0) << 0 << r << Sizes{r, 1};
    QTest::newRow("below the threshold: one GET") << 3 * r << qint64(0) << 0 << 64 * MiB << Sizes{3 * r};
    // parts of 2.5 ranges: cut inside each part, never across
    QTest::newRow("inside parts") << 6 * r << 5 * r / 2 << 3 << r
                                  << Sizes{r, r, r / 2, r, r, r / 2, r};
    QTest::newRow("parts smaller than a range") << 2 * r << r / 2 << 4 << r
                                                << Sizes{r / 2, r / 2, r / 2, r / 2};
}

void TestRangePlan::downloadRanges()
{
    QFETCH(qint64, size);
    QFETCH(qint64, partSize);
    QFETCH(int, partCount);
    QFETCH(qint64, singleBelow);
    QFETCH(Sizes, expected);
    const Spans ranges = planDownloadRanges(size, {partSize, partCount, false}, MiB, singleBelow);
    QCOMPARE(lengths(ranges), expected);
    QVERIFY(tiles(ranges, size));
}

void TestRangePlan::hugeObjectsKeepFewRanges()
{
    const qint64 fiveTiB = 5LL << 40;
    const Spans single = planDownloadRanges(fiveTiB, {}, 8 * MiB, 64 * MiB);
    QVERIFY(single.size() <= 10000);
    QCOMPARE(single.first().length, 525 * MiB);
    QVERIFY(tiles(single, fiveTiB));
    // aws-cli's layout for 5 TiB: 10,000 parts of 8 MiB doubled to 1 GiB (5,120 parts)
    const Spans parts = planDownloadRanges(fiveTiB, {GiB, 5120, false}, 8 * MiB, 64 * MiB);
    QCOMPARE(parts.size(), 5120 * 2); // 525 MiB pieces: two per part
    QVERIFY(tiles(parts, fiveTiB));
    QCOMPARE(planDownloadRanges(GiB, {}, 8 * MiB, 64 * MiB).size(), 128); // unchanged below
}

void TestRangePlan::verification_data()
{
    QTest::addColumn<QString>("etag");
    QTest::addColumn<QString>("crc");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("etagIsMd5");
    QTest::addColumn<int>("knownParts");   ///< the store told a layout of this many parts
    QTest::addColumn<int>("guessedLayouts");
    QTest::addColumn<QList<int>>("methods"); ///< VerifyMethod of each candidate layout
    QTest::addColumn<bool>("conclusive");
    using M = VerifyMethod;
    const QString md5 = QStringLiteral("0123456789abcdef0123456789abcdef");
    const QString mp = QStringLiteral("0123456789abcdef0123456789abcdef-2");
    const auto ms = [](std::initializer_list<M> l) {
        QList<int> out;
        for (M m : l)
            out.append(int(m));
        return out;
    };
    QTest::newRow("single-part ETag") << md5 << QString() << QString() << true << 0 << 0 << ms({M::Md5Etag}) << true;
    QTest::newRow("SSE-KMS ETag: size only") << md5 << QString() << QString() << false << 0 << 0 << ms({}) << true;
    QTest::newRow("whole CRC32C first") << md5 << QStringLiteral("AAAAAA==") << QString() << true << 0 << 0 << ms({M::Crc32c}) << true;
    QTest::newRow("multipart ETag, layout told") << mp << QString() << QString() << true << 2 << 0 << ms({M::MultipartEtag}) << true;
    QTest::newRow("multipart ETag, two guesses") << mp << QString() << QString() << true << 0 << 2 << ms({M::MultipartEtag, M::MultipartEtag}) << false;
    QTest::newRow("multipart ETag, no layout: size only") << mp << QString() << QString() << true << 0 << 0 << ms({}) << true;
    QTest::newRow("composite CRC32C -N") << mp << QStringLiteral("AAAAAA==-2") << QString() << true << 2 << 0 << ms({M::CompositeCrc32c}) << true;
    QTest::newRow("composite by type") << mp << QStringLiteral("AAAAAA==") << QStringLiteral("COMPOSITE") << true << 2 << 0 << ms({M::CompositeCrc32c}) << true;
    QTest::newRow("full-object CRC32C of a multipart object") << mp << QStringLiteral("AAAAAA==") << QStringLiteral("FULL_OBJECT") << true << 2 << 0 << ms({M::Crc32c}) << true;
    // moto: no "-N", no type: composite or whole, both computed
    QTest::newRow("CRC32C of a multipart object, kind untold") << mp << QStringLiteral("AAAAAA==") << QString() << true << 2 << 0 << ms({M::CompositeCrc32c, M::Crc32c}) << true;
    QTest::newRow("composite CRC32C, no layout: multipart ETag cannot either") << mp << QStringLiteral("AAAAAA==-2") << QString() << true << 0 << 0 << ms({}) << true;
}

void TestRangePlan::verification()
{
    QFETCH(QString, etag);
    QFETCH(QString, crc);
    QFETCH(QString, type);
    QFETCH(bool, etagIsMd5);
    QFETCH(int, knownParts);
    QFETCH(int, guessedLayouts);
    QFETCH(QList<int>, methods);
    QFETCH(bool, conclusive);
    ObjectFacts f;
    f.size = 10 * MiB;
    f.etag = etag;
    f.checksumCrc32c = crc;
    f.checksumType = type;
    f.etagIsMd5 = etagIsMd5;
    if (knownParts > 0)
        f.layouts = {{8 * MiB, knownParts, false}};
    for (int i = 0; i < guessedLayouts; ++i)
        f.layouts.append({qint64(5 + 3 * i) * MiB, 2, true});
    const VerifyPlan plan = planVerification(f);
    QList<int> got;
    for (const DigestLayout &l : plan.layouts) {
        got.append(int(l.method));
        QVERIFY(tiles(l.units, f.size));
        QCOMPARE(l.composite, l.units.size() > 1 || l.method == VerifyMethod::MultipartEtag
                                  || l.method == VerifyMethod::CompositeCrc32c);
    }
    QCOMPARE(got, methods);
    QCOMPARE(plan.conclusive, conclusive);
}

void TestRangePlan::digestsMatch()
{
    // an empty object: the MD5 of nothing
    const VerifyPlan empty = planVerification({0, Md5Empty, {}, {}, true, {}});
    QCOMPARE(empty.layouts.size(), 1);
    const QString computed = combinedDigest(DigestKind::Md5, empty.layouts[0],
                                            {QByteArray::fromHex(Md5Empty.toLatin1())});
    QVERIFY(digestMatches(empty, computed));
    QVERIFY(digestMatches(empty, computed.toUpper()));
    // a composite CRC32C matches with or without its "-N"
    Crc32c a, b;
    a.add("hello ");
    b.add("world");
    const QByteArray be1 = QByteArray::fromHex(QByteArray::number(a.value(), 16).rightJustified(8, '0'));
    const QByteArray be2 = QByteArray::fromHex(QByteArray::number(b.value(), 16).rightJustified(8, '0'));
    const DigestLayout composite{VerifyMethod::CompositeCrc32c, {{0, 6}, {6, 5}}, true};
    const QString value = combinedDigest(DigestKind::Crc32c, composite, {be1, be2});
    QCOMPARE(value, QString::fromLatin1(compositeCrc32c({a.value(), b.value()})));
    VerifyPlan plan{DigestKind::Crc32c, value, {composite}, true};
    QVERIFY(digestMatches(plan, value));
    plan.expected = value.section(QLatin1Char('-'), 0, 0); // moto's HEAD
    QVERIFY(digestMatches(plan, value));
    plan.expected = plan.expected.toLower(); // base64 is case-sensitive
    QVERIFY(!digestMatches(plan, value));
}

QTEST_GUILESS_MAIN(TestRangePlan)
#include "tst_rangeplan.moc"
