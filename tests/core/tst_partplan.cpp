#include <QTest>

#include "engine/partplan.h"

using namespace haul;

namespace {

constexpr qint64 MiB = 1LL << 20;
constexpr qint64 GiB = 1LL << 30;
constexpr qint64 TiB = 1LL << 40;

using Ranges = QList<std::pair<qint64, qint64>>;

} // namespace

class TestPartPlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void planParts_data();
    void planParts();
    void tooLarge();
    void negativeInput();
    void partOffsetAndLength();
    void planRanges_data();
    void planRanges();
};

void TestPartPlan::planParts_data()
{
    QTest::addColumn<qint64>("fileSize");
    QTest::addColumn<qint64>("preferred");
    QTest::addColumn<qint64>("partSize");
    QTest::addColumn<int>("partCount");
    QTest::addColumn<qint64>("lastPartSize");

    QTest::newRow("0 bytes") << qint64(0) << qint64(0) << 8 * MiB << 1 << qint64(0);
    QTest::newRow("1 byte") << qint64(1) << qint64(0) << 8 * MiB << 1 << qint64(1);
    QTest::newRow("5 MiB") << 5 * MiB << qint64(0) << 8 * MiB << 1 << 5 * MiB;
    QTest::newRow("8 MiB: one full part") << 8 * MiB << qint64(0) << 8 * MiB << 1 << 8 * MiB;
    QTest::newRow("8 MiB + 1") << 8 * MiB + 1 << qint64(0) << 8 * MiB << 2 << qint64(1);
    QTest::newRow("threshold") << DefaultMultipartThreshold << qint64(0) << 8 * MiB << 8 << 8 * MiB;
    QTest::newRow("threshold + 1") << DefaultMultipartThreshold + 1 << qint64(0) << 8 * MiB << 9
                                   << qint64(1);
    QTest::newRow("10,000 parts at 8 MiB") << 80000 * MiB << qint64(0) << 8 * MiB << 10000
                                           << 8 * MiB;
    // 80,000 MiB + 1 needs parts of 8 MiB + 1 byte; grown to the next whole MiB.
    QTest::newRow("10,001 parts at 8 MiB grows part size")
        << 80000 * MiB + 1 << qint64(0) << 9 * MiB << 8889 << 8 * MiB + 1;
    // 5 TiB / 10,000 = 524.288 MiB, so 525 MiB parts: 9,987 of them.
    QTest::newRow("5 TiB") << 5 * TiB << qint64(0) << 525 * MiB << 9987
                           << 5 * TiB - 9986 * 525 * MiB;
    QTest::newRow("preferred 1 MiB raised to 5 MiB") << 12 * MiB << 1 * MiB << 5 * MiB << 3
                                                     << 2 * MiB;
    QTest::newRow("preferred 6 GiB lowered") << 12 * GiB << 6 * GiB << 5 * GiB << 3 << 2 * GiB;
    QTest::newRow("preferred 16 MiB kept") << 100 * MiB << 16 * MiB << 16 * MiB << 7 << 4 * MiB;
    QTest::newRow("preferred odd size kept") << 20000000LL << 6000000LL << 6000000LL << 4
                                             << 2000000LL;
    QTest::newRow("preferred too small for 10,000 parts grows")
        << 100 * GiB << 5 * MiB << 11 * MiB << 9310 << 100 * GiB - 9309 * 11 * MiB;
}

void TestPartPlan::planParts()
{
    QFETCH(qint64, fileSize);
    QFETCH(qint64, preferred);
    QFETCH(qint64, partSize);
    QFETCH(int, partCount);
    QFETCH(qint64, lastPartSize);

    const Result<PartPlan> plan = haul::planParts(fileSize, preferred);
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().technical()));
    QCOMPARE(plan->partSize, partSize);
    QCOMPARE(plan->partCount, partCount);
    QCOMPARE(plan->lastPartSize, lastPartSize);

    // The guarantees, whatever the row.
    QVERIFY(plan->partCount >= 1 && plan->partCount <= MaxPartCount);
    QVERIFY(plan->partSize >= MinPartSize && plan->partSize <= MaxPartSize);
    QVERIFY(plan->lastPartSize <= plan->partSize);
    QVERIFY(fileSize == 0 || plan->lastPartSize >= 1);
    QCOMPARE(qint64(plan->partCount - 1) * plan->partSize + plan->lastPartSize, fileSize);
}

void TestPartPlan::tooLarge()
{
    const Result<PartPlan> plan = haul::planParts(5 * TiB + 1);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, ErrorCode::EntityTooLarge);
    QVERIFY(!plan.error().detail.isEmpty());
    QVERIFY(!plan.error().retryable);
}

void TestPartPlan::negativeInput()
{
    QCOMPARE(haul::planParts(-1).error().code, ErrorCode::InvalidInput);
    QCOMPARE(haul::planParts(10, -5).error().code, ErrorCode::InvalidInput);
}

void TestPartPlan::partOffsetAndLength()
{
    const PartPlan plan = *haul::planParts(20 * MiB + 3);
    QCOMPARE(plan.partCount, 3);
    QCOMPARE(partOffset(plan, 1), qint64(0));
    QCOMPARE(partLength(plan, 1), 8 * MiB);
    QCOMPARE(partOffset(plan, 2), 8 * MiB);
    QCOMPARE(partLength(plan, 2), 8 * MiB);
    QCOMPARE(partOffset(plan, 3), 16 * MiB);
    QCOMPARE(partLength(plan, 3), 4 * MiB + 3);
    QCOMPARE(partOffset(plan, 0), qint64(-1));
    QCOMPARE(partLength(plan, 0), qint64(-1));
    QCOMPARE(partOffset(plan, 4), qint64(-1));
    QCOMPARE(partLength(plan, 4), qint64(-1));

    const PartPlan big = *haul::planParts(5 * TiB);
    QCOMPARE(partOffset(big, big.partCount) + partLength(big, big.partCount), 5 * TiB);
}

void TestPartPlan::planRanges_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("rangeSize");
    QTest::addColumn<Ranges>("ranges");

    QTest::newRow("0 bytes") << qint64(0) << 8 * MiB << Ranges{};
    QTest::newRow("1 byte") << qint64(1) << 8 * MiB << Ranges{{0, 0}};
    QTest::newRow("exactly one range") << qint64(100) << qint64(100) << Ranges{{0, 99}};
    QTest::newRow("one byte over") << qint64(101) << qint64(100) << Ranges{{0, 99}, {100, 100}};
    QTest::newRow("three even ranges") << qint64(300) << qint64(100)
                                       << Ranges{{0, 99}, {100, 199}, {200, 299}};
    QTest::newRow("short last range") << qint64(250) << qint64(100)
                                      << Ranges{{0, 99}, {100, 199}, {200, 249}};
    QTest::newRow("range size 0: whole object") << qint64(250) << qint64(0) << Ranges{{0, 249}};
    QTest::newRow("negative size") << qint64(-4) << qint64(100) << Ranges{};
}

void TestPartPlan::planRanges()
{
    QFETCH(qint64, size);
    QFETCH(qint64, rangeSize);
    QFETCH(Ranges, ranges);
    QCOMPARE(haul::planRanges(size, rangeSize), ranges);
}

QTEST_GUILESS_MAIN(TestPartPlan)
#include "tst_partplan.moc"
