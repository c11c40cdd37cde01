#include <QTest>

#include "s3/bucketname.h"

using namespace haul;

Q_DECLARE_METATYPE(haul::BucketNameProblem)

class TestBucketName : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkBucketName_data();
    void checkBucketName();
    void existingBucketName_data();
    void existingBucketName();
    void virtualHosting_data();
    void virtualHosting();
};

void TestBucketName::checkBucketName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<BucketNameProblem>("problem");

    const auto row = [](const char *tag, const QString &name, BucketNameProblem p) {
        QTest::newRow(tag) << name << p;
    };
    using P = BucketNameProblem;
    row("plain", QStringLiteral("my-bucket"), P::None);
    row("digits and dots", QStringLiteral("logs.2024.example"), P::None);
    row("3 characters", QStringLiteral("abc"), P::None);
    row("63 characters", QString(63, u'a'), P::None);
    row("starts with a digit", QStringLiteral("1bucket"), P::None);
    row("AWS docs example", QStringLiteral("docexamplebucket1"), P::None);
    row("empty", QString(), P::TooShort);
    row("2 characters", QStringLiteral("ab"), P::TooShort);
    row("64 characters", QString(64, u'a'), P::TooLong);
    row("upper case", QStringLiteral("MyBucket"), P::UpperCase);
    row("underscore", QStringLiteral("my_bucket"), P::InvalidCharacter);
    row("space", QStringLiteral("my bucket"), P::InvalidCharacter);
    row("non-ASCII letter", QStringLiteral("b\u00e4cket"), P::InvalidCharacter);
    row("slash", QStringLiteral("my/bucket"), P::InvalidCharacter);
    row("starts with a hyphen", QStringLiteral("-bucket"), P::BadStartOrEnd);
    row("ends with a hyphen", QStringLiteral("bucket-"), P::BadStartOrEnd);
    row("starts with a period", QStringLiteral(".bucket"), P::BadStartOrEnd);
    row("ends with a period", QStringLiteral("bucket."), P::BadStartOrEnd);
    row("adjacent periods", QStringLiteral("my..bucket"), P::AdjacentPeriods);
    row("period then dash", QStringLiteral("my.-bucket"), P::PeriodDash);
    row("dash then period", QStringLiteral("my-.bucket"), P::PeriodDash);
    row("IP address", QStringLiteral("192.168.5.4"), P::LooksLikeIpAddress);
    row("IP-like with 3 groups is fine", QStringLiteral("192.168.5"), P::None);
    row("xn-- prefix", QStringLiteral("xn--bucket"), P::ReservedPrefix);
    row("sthree- prefix", QStringLiteral("sthree-bucket"), P::ReservedPrefix);
    row("sthree-configurator prefix", QStringLiteral("sthree-configurator-x"), P::ReservedPrefix);
    row("amzn-s3-demo- prefix", QStringLiteral("amzn-s3-demo-bucket"), P::ReservedPrefix);
    row("-s3alias suffix", QStringLiteral("bucket-s3alias"), P::ReservedSuffix);
    row("--ol-s3 suffix", QStringLiteral("bucket--ol-s3"), P::ReservedSuffix);
    row(".mrap suffix", QStringLiteral("bucket.mrap"), P::ReservedSuffix);
    row("--x-s3 suffix", QStringLiteral("bucket--x-s3"), P::ReservedSuffix);
    row("--table-s3 suffix", QStringLiteral("bucket--table-s3"), P::ReservedSuffix);
    row("double hyphen inside is fine", QStringLiteral("my--bucket"), P::None);
}

void TestBucketName::checkBucketName()
{
    QFETCH(QString, name);
    QFETCH(BucketNameProblem, problem);
    QCOMPARE(haul::checkBucketName(name), problem);
}

void TestBucketName::existingBucketName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("usable");
    QTest::newRow("ordinary") << "lab-data.2026" << true;
    QTest::newRow("legacy upper case and underscore") << "Lab_Data" << true;
    QTest::newRow("one character") << "a" << true;
    QTest::newRow("255 characters") << QString(255, u'b') << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("256 characters") << QString(256, u'b') << false;
    QTest::newRow("slash") << "lab/data" << false;
    QTest::newRow("space") << "lab data" << false;
    QTest::newRow("colon") << "s3:" << false;
    QTest::newRow("non-ASCII letter") << "größe" << false;
}

void TestBucketName::existingBucketName()
{
    QFETCH(QString, name);
    QFETCH(bool, usable);
    QCOMPARE(isExistingBucketName(name), usable);
}

void TestBucketName::virtualHosting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("compatible");

    QTest::newRow("plain") << QStringLiteral("my-bucket") << true;
    QTest::newRow("dotted: breaks TLS") << QStringLiteral("www.example.com") << false;
    QTest::newRow("invalid") << QStringLiteral("My_Bucket") << false;
    QTest::newRow("too short") << QStringLiteral("ab") << false;
}

void TestBucketName::virtualHosting()
{
    QFETCH(QString, name);
    QFETCH(bool, compatible);
    QCOMPARE(isDnsCompatibleForVirtualHosting(name), compatible);
}

QTEST_GUILESS_MAIN(TestBucketName)
#include "tst_bucketname.moc"
