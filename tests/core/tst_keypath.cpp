// Keys under a downloaded prefix → safe local paths; everything unsafe is refused with a reason.
#include <QTest>

#include "sync/keypath.h"

using namespace haul;

Q_DECLARE_METATYPE(haul::KeyIssue)
Q_DECLARE_METATYPE(haul::NameRules)

class TestKeyPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void localPathForKey_data();
    void localPathForKey();
    void windowsNames_data();
    void windowsNames();
    void folderName_data();
    void folderName();
    void folderPrefix_data();
    void folderPrefix();
    void compareKeys_data();
    void compareKeys();
};

void TestKeyPath::localPathForKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<KeyIssue>("issue");
    QTest::addColumn<QString>("path");

    const QString p = QStringLiteral("projects/run42/");
    auto row = [&](const char *name, const QString &key, KeyIssue issue, const char *path) {
        QTest::newRow(name) << key << p << issue << QString::fromUtf8(path);
    };
    row("plain file", p + u"a.txt", KeyIssue::None, "run42/a.txt");
    row("nested", p + u"a/b/c.fastq.gz", KeyIssue::None, "run42/a/b/c.fastq.gz");
    row("unicode, space and plus", p + u"Zürich data/1+1 ü.txt", KeyIssue::None,
        "run42/Zürich data/1+1 ü.txt");
    row("dots inside names", p + u"a..b/.hidden/..x", KeyIssue::None, "run42/a..b/.hidden/..x");
    row("folder marker", p + u"empty/", KeyIssue::FolderMarker, "run42/empty");
    row("marker of the prefix itself", p, KeyIssue::FolderMarker, "run42");
    row("parent", p + u"../x", KeyIssue::ParentSegment, "");
    row("parent deeper", p + u"a/../../b", KeyIssue::ParentSegment, "");
    row("parent at the end", p + u"a/..", KeyIssue::ParentSegment, "");
    row("parent marker", p + u"../", KeyIssue::ParentSegment, "");
    row("absolute", p + u"/etc/passwd", KeyIssue::AbsolutePath, "");
    row("dot segment", p + u"a/./b", KeyIssue::DotSegment, "");
    row("lone dot", p + u".", KeyIssue::DotSegment, "");
    row("empty segment", p + u"a//b", KeyIssue::EmptySegment, "");
    row("NUL", p + QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        KeyIssue::InvalidCharacter, "");
    row("segment of 255 bytes", p + QString(255, QLatin1Char('x')), KeyIssue::None, "");
    row("segment of 256 bytes", p + QString(256, QLatin1Char('x')), KeyIssue::NameTooLong, "");
    row("256 bytes of UTF-8 in 128 characters", p + QString(128, QChar(0xfc)),
        KeyIssue::NameTooLong, "");
    row("other prefix", QStringLiteral("projects/run43/a"), KeyIssue::NotUnderPrefix, "");
    row("prefix without its slash", QStringLiteral("projects/run42"), KeyIssue::NotUnderPrefix,
        "");
    row("backslash is a name character here", p + u"a\\b", KeyIssue::None, "run42/a\\b");

    QTest::newRow("whole bucket, parent") << QStringLiteral("../x") << QString()
                                          << KeyIssue::ParentSegment << QString();
    QTest::newRow("whole bucket, absolute") << QStringLiteral("/abs") << QString()
                                            << KeyIssue::AbsolutePath << QString();
}

void TestKeyPath::localPathForKey()
{
    QFETCH(QString, key);
    QFETCH(QString, prefix);
    QFETCH(KeyIssue, issue);
    QFETCH(QString, path);
    const QString folder = folderNameForPrefix(prefix, u"bucket");
    const KeyPath got = haul::localPathForKey(key, prefix, folder, NameRules::Posix);
    QCOMPARE(keyIssueName(got.issue), keyIssueName(issue));
    if (issue == KeyIssue::None || issue == KeyIssue::FolderMarker) {
        if (!path.isEmpty())
            QCOMPARE(got.relativePath, path);
        QVERIFY(!got.relativePath.startsWith(QLatin1Char('/')));
        QVERIFY(!got.relativePath.split(QLatin1Char('/')).contains(QStringLiteral("..")));
    } else {
        QVERIFY(got.relativePath.isEmpty());
    }
}

void TestKeyPath::windowsNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<KeyIssue>("windows");
    QTest::addColumn<KeyIssue>("posix");

    QTest::newRow("plain") << QStringLiteral("a/b.txt") << KeyIssue::None << KeyIssue::None;
    QTest::newRow("colon") << QStringLiteral("a/b:c") << KeyIssue::InvalidCharacter
                           << KeyIssue::None;
    QTest::newRow("question mark") << QStringLiteral("why?") << KeyIssue::InvalidCharacter
                                   << KeyIssue::None;
    QTest::newRow("backslash") << QStringLiteral("a\\b") << KeyIssue::InvalidCharacter
                               << KeyIssue::None;
    QTest::newRow("leading backslash") << QStringLiteral("\\abs") << KeyIssue::AbsolutePath
                                       << KeyIssue::None;
    QTest::newRow("drive letter") << QStringLiteral("C:/Windows") << KeyIssue::AbsolutePath
                                  << KeyIssue::None;
    QTest::newRow("control character") << QStringLiteral("a\tb") << KeyIssue::InvalidCharacter
                                       << KeyIssue::None;
    QTest::newRow("CON") << QStringLiteral("x/CON") << KeyIssue::ReservedName << KeyIssue::None;
    QTest::newRow("con.txt") << QStringLiteral("con.txt") << KeyIssue::ReservedName
                             << KeyIssue::None;
    QTest::newRow("COM1") << QStringLiteral("COM1") << KeyIssue::ReservedName << KeyIssue::None;
    QTest::newRow("COM10 is fine") << QStringLiteral("COM10") << KeyIssue::None << KeyIssue::None;
    QTest::newRow("CONSOLE is fine") << QStringLiteral("CONSOLE") << KeyIssue::None
                                     << KeyIssue::None;
    QTest::newRow("trailing dot") << QStringLiteral("a./b") << KeyIssue::ReservedName
                                  << KeyIssue::None;
    QTest::newRow("trailing space") << QStringLiteral("a /b") << KeyIssue::ReservedName
                                    << KeyIssue::None;
    QTest::newRow("parent wins over other issues") << QStringLiteral("x?y/../c")
                                                   << KeyIssue::ParentSegment
                                                   << KeyIssue::ParentSegment;
}

void TestKeyPath::windowsNames()
{
    QFETCH(QString, key);
    QFETCH(KeyIssue, windows);
    QFETCH(KeyIssue, posix);
    QCOMPARE(keyIssueName(checkRelativePath(key, NameRules::Windows)), keyIssueName(windows));
    QCOMPARE(keyIssueName(checkRelativePath(key, NameRules::Posix)), keyIssueName(posix));
}

void TestKeyPath::folderName_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("name");
    QTest::newRow("folder") << QStringLiteral("projects/run42/") << QStringLiteral("run42");
    QTest::newRow("without slash") << QStringLiteral("projects/run42") << QStringLiteral("run42");
    QTest::newRow("top level") << QStringLiteral("run42/") << QStringLiteral("run42");
    QTest::newRow("whole bucket") << QString() << QStringLiteral("bucket");
    QTest::newRow("parent as a name") << QStringLiteral("a/../") << QStringLiteral("..");
}

void TestKeyPath::folderName()
{
    QFETCH(QString, prefix);
    QFETCH(QString, name);
    QCOMPARE(folderNameForPrefix(prefix, u"bucket"), name);
    if (name == QLatin1String(".."))
        QCOMPARE(checkSegment(name, NameRules::Posix), KeyIssue::ParentSegment); // caller refuses
}

void TestKeyPath::folderPrefix_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("slash only") << QStringLiteral("/") << QString();
    QTest::newRow("no slash") << QStringLiteral("run42") << QStringLiteral("run42/");
    QTest::newRow("one slash") << QStringLiteral("a/run42/") << QStringLiteral("a/run42/");
    QTest::newRow("two slashes") << QStringLiteral("run42//") << QStringLiteral("run42/");
}

void TestKeyPath::folderPrefix()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(haul::folderPrefix(in), out);
}

void TestKeyPath::compareKeys_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("ascii") << QStringLiteral("a") << QStringLiteral("b");
    QTest::newRow("prefix first") << QStringLiteral("a") << QStringLiteral("a/b");
    QTest::newRow("dash before slash") << QStringLiteral("a-c") << QStringLiteral("a/b");
    QTest::newRow("space before slash") << QStringLiteral("a b") << QStringLiteral("a/b");
    QTest::newRow("plus before slash") << QStringLiteral("a+b") << QStringLiteral("a/b");
    QTest::newRow("latin-1 after ascii") << QStringLiteral("z") << QStringLiteral("ü");
    // UTF-16 would put the emoji (a surrogate pair, 0xD83D…) before U+E000 and U+FFFD.
    QTest::newRow("private use before emoji") << QString(QChar(0xE000))
                                              << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("replacement char before emoji") << QString(QChar(0xFFFD))
                                                   << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("hangul before emoji") << QString(QChar(0xD7FF))
                                         << QString::fromUtf8("\xF0\x9F\x98\x80");
}

void TestKeyPath::compareKeys()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(haul::compareKeys(a, b), -1);
    QCOMPARE(haul::compareKeys(b, a), 1);
    QCOMPARE(haul::compareKeys(a, a), 0);
    // the same order as S3's: UTF-8 bytes
    QVERIFY(a.toUtf8() < b.toUtf8());
}

QTEST_APPLESS_MAIN(TestKeyPath)
#include "tst_keypath.moc"
