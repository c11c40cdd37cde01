#include <QtTest>

#include "commandline.h"

using namespace haul;

Q_DECLARE_METATYPE(std::optional<haul::S3Location>)

/// The command line as a table: s3:// addresses, option combinations, checks against the disk.
class TestCommandLine : public QObject {
    Q_OBJECT
private:
    static QStringList args(const QString &line)
    {
        QStringList result{QStringLiteral("haul")};
        if (!line.isEmpty())
            result += line.split(QLatin1Char(' '));
        return result;
    }

private Q_SLOTS:
    void s3Urls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("key");
        QTest::newRow("bucket only") << QStringLiteral("s3://data") << true << QStringLiteral("data") << QString();
        QTest::newRow("bucket slash") << QStringLiteral("s3://data/") << true << QStringLiteral("data") << QString();
        QTest::newRow("prefix") << QStringLiteral("s3://data/runs/2024/") << true << QStringLiteral("data") << QStringLiteral("runs/2024/");
        QTest::newRow("key") << QStringLiteral("s3://data/runs/a b.tif") << true << QStringLiteral("data") << QStringLiteral("runs/a b.tif");
        QTest::newRow("upper-case scheme") << QStringLiteral("S3://data/x") << true << QStringLiteral("data") << QStringLiteral("x");
        QTest::newRow("no bucket") << QStringLiteral("s3://") << false << QString() << QString();
        QTest::newRow("empty bucket") << QStringLiteral("s3:///key") << false << QString() << QString();
        QTest::newRow("one slash") << QStringLiteral("s3:/data/key") << false << QString() << QString();
        QTest::newRow("http") << QStringLiteral("https://data.s3.amazonaws.com/key") << false << QString() << QString();
        QTest::newRow("space in bucket") << QStringLiteral("s3://my data/key") << false << QString() << QString();
        QTest::newRow("plain path") << QStringLiteral("/tmp/data") << false << QString() << QString();
    }

    void s3Urls()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, bucket);
        QFETCH(QString, key);
        const std::optional<S3Location> location = parseS3Url(text);
        QCOMPARE(location.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(location->bucket, bucket);
        QCOMPARE(location->key, key);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("nothing") << QString() << true << QString();
        QTest::newRow("files only") << QStringLiteral("a.bin b.bin") << true << QString();
        QTest::newRow("upload") << QStringLiteral("a.bin --account lab --to s3://data/in/ --quit-when-done") << true << QString();
        QTest::newRow("download") << QStringLiteral("--download s3://data/in/a.bin --to /tmp") << true << QString();
        QTest::newRow("download folder") << QStringLiteral("--download s3://data/in/ --to /tmp --quit-when-done") << true << QString();
        QTest::newRow("screenshot") << QStringLiteral("a.bin --to s3://d/ --screenshot s.png --screenshot-at 30") << true << QString();
        QTest::newRow("help") << QStringLiteral("--help") << true << QString();
        QTest::newRow("version among junk") << QStringLiteral("--version --to s3://") << true << QString();
        QTest::newRow("unknown option") << QStringLiteral("--frobnicate") << false << QStringLiteral("frobnicate");
        QTest::newRow("malformed --to") << QStringLiteral("a.bin --to s3:///x") << false << QStringLiteral("s3:///x");
        QTest::newRow("malformed --download") << QStringLiteral("--download s3:/x --to /tmp") << false << QStringLiteral("s3:/x");
        QTest::newRow("download without --to") << QStringLiteral("--download s3://data/a.bin") << false << QStringLiteral("--to");
        QTest::newRow("download to bucket") << QStringLiteral("--download s3://data/a.bin --to s3://other/") << false << QStringLiteral("--to FOLDER");
        QTest::newRow("files to a folder") << QStringLiteral("a.bin --to /tmp") << false << QStringLiteral("s3://");
        QTest::newRow("files and download") << QStringLiteral("a.bin --download s3://d/k --to /tmp") << false << QStringLiteral("not both");
        QTest::newRow("quit without work") << QStringLiteral("--quit-when-done") << false << QStringLiteral("--quit-when-done");
        QTest::newRow("quit without --to") << QStringLiteral("a.bin --quit-when-done") << false << QStringLiteral("--to");
        QTest::newRow("--to without value") << QStringLiteral("a.bin --to") << false << QStringLiteral("to");
        QTest::newRow("bad percent") << QStringLiteral("a.bin --to s3://d/ --screenshot s.png --screenshot-at lots") << false << QStringLiteral("percentage");
        QTest::newRow("percent over 100") << QStringLiteral("a.bin --to s3://d/ --screenshot s.png --screenshot-at 140") << false << QStringLiteral("100");
        QTest::newRow("percent alone") << QStringLiteral("a.bin --to s3://d/ --screenshot-at 40") << false << QStringLiteral("--screenshot FILE");
        QTest::newRow("two --to") << QStringLiteral("a.bin --to s3://d/ --to s3://e/") << false << QStringLiteral("once");
        QTest::newRow("--if-exists skip") << QStringLiteral("--download s3://d/k --to /tmp --if-exists skip") << true << QString();
        QTest::newRow("--if-exists bad") << QStringLiteral("--download s3://d/k --to /tmp --if-exists rename") << false
                                         << QStringLiteral("skip-identical, overwrite or skip");
        QTest::newRow("--follow-links with a folder") << QStringLiteral("run42 --to s3://d/ --follow-links") << true << QString();
        QTest::newRow("--follow-links with a download") << QStringLiteral("--download s3://d/k/ --to /tmp --follow-links") << false
                                                        << QStringLiteral("folders to upload");
    }

    void parse()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        QFETCH(QString, errorMentions);
        const auto result = CommandLine::parse(args(line));
        QVERIFY2(result.has_value() == valid, qPrintable(result ? QStringLiteral("parsed") : result.error()));
        if (!valid)
            QVERIFY2(result.error().contains(errorMentions), qPrintable(result.error()));
    }

    void uploadOptionsAreRead()
    {
        const auto o = CommandLine::parse(args(QStringLiteral(
            "a.bin b.bin --account lab --to s3://data/in --quit-when-done --screenshot s.png --screenshot-at 30")));
        QVERIFY(o);
        QCOMPARE(o->files, (QStringList{QStringLiteral("a.bin"), QStringLiteral("b.bin")}));
        QCOMPARE(o->account, QStringLiteral("lab"));
        QVERIFY(o->toS3);
        QCOMPARE(o->toS3->bucket, QStringLiteral("data"));
        QCOMPARE(o->toS3->key, QStringLiteral("in/")); // a prefix always ends in '/'
        QVERIFY(o->quitWhenDone);
        QCOMPARE(o->screenshotFile, QStringLiteral("s.png"));
        QCOMPARE(o->screenshotAt, 30);
        QVERIFY(!o->followLinks); // the window's setting decides
        const auto follow = CommandLine::parse(args(QStringLiteral("run42 --to s3://data/in --follow-links")));
        QVERIFY(follow && follow->followLinks);
    }

    void ifExistsIsRead_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("expected");
        QTest::newRow("default: skip identical") << QString() << int(WhenFileExists::SkipIdentical);
        QTest::newRow("skip-identical") << QStringLiteral("--if-exists skip-identical") << int(WhenFileExists::SkipIdentical);
        QTest::newRow("overwrite") << QStringLiteral("--if-exists overwrite") << int(WhenFileExists::Overwrite);
        QTest::newRow("skip") << QStringLiteral("--if-exists=skip") << int(WhenFileExists::Skip);
    }
    void ifExistsIsRead()
    {
        QFETCH(QString, line);
        QFETCH(int, expected);
        const auto o = CommandLine::parse(args(QString(QStringLiteral("--download s3://d/k --to /tmp ") + line).trimmed()));
        QVERIFY2(o, qPrintable(o ? QString() : o.error()));
        QCOMPARE(int(o->ifExists), expected);
    }

    void helpAndVersion()
    {
        QVERIFY(CommandLine::parse(args(QStringLiteral("--help")))->showHelp);
        QVERIFY(CommandLine::parse(args(QStringLiteral("-h")))->showHelp);
        QVERIFY(CommandLine::parse(args(QStringLiteral("--version")))->showVersion);
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--quit-when-done")));
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--if-exists")));
        QVERIFY(CommandLine::helpText().contains(QStringLiteral("--follow-links")));
        QVERIFY(CommandLine::versionText().contains(QStringLiteral(HAUL_VERSION)));
    }

    void checkAgainstDiskAndAccounts()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a.bin"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QStringList accounts{QStringLiteral("lab"), QStringLiteral("environment")};

        auto ok = CommandLine::check(*CommandLine::parse(args(file + QStringLiteral(" --account lab --to s3://d/"))), accounts);
        QVERIFY(ok);
        auto missing = CommandLine::check(*CommandLine::parse(args(dir.filePath(QStringLiteral("nope.bin")) + QStringLiteral(" --account lab --to s3://d/"))), accounts);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("nope.bin")));
        auto unknown = CommandLine::check(*CommandLine::parse(args(file + QStringLiteral(" --account other --to s3://d/"))), accounts);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QStringLiteral("other")));
        QVERIFY(unknown.error().contains(QStringLiteral("lab")));
        auto noAccount = CommandLine::check(*CommandLine::parse(args(file + QStringLiteral(" --to s3://d/"))), accounts);
        QVERIFY(!noAccount);
        QVERIFY(noAccount.error().contains(QStringLiteral("--account")));
        auto onlyOne = CommandLine::check(*CommandLine::parse(args(file + QStringLiteral(" --to s3://d/"))), {QStringLiteral("lab")});
        QVERIFY(onlyOne);
        QCOMPARE(onlyOne->account, QStringLiteral("lab"));
        // a folder not there yet is made (as aws-cli and rclone do), but only once all is right
        const QString fresh = dir.filePath(QStringLiteral("new/run42"));
        auto wrongAccount = CommandLine::check(*CommandLine::parse(args(QStringLiteral("--account other --download s3://d/k --to ") + fresh)), accounts);
        QVERIFY(!wrongAccount);
        QVERIFY(!QFileInfo::exists(fresh));
        auto newDir = CommandLine::check(*CommandLine::parse(args(QStringLiteral("--account lab --download s3://d/k --to ") + fresh)), accounts);
        QVERIFY(newDir);
        QVERIFY(QFileInfo(fresh).isDir());
        auto toFile = CommandLine::check(*CommandLine::parse(args(QStringLiteral("--account lab --download s3://d/k --to ") + file)), accounts);
        QVERIFY(!toFile);
        QVERIFY(toFile.error().contains(QStringLiteral("is a file, not a folder")));
        auto cannot = CommandLine::check(*CommandLine::parse(args(QStringLiteral("--account lab --download s3://d/k --to /proc/haul-test"))), accounts);
        QVERIFY(!cannot);
        QVERIFY(cannot.error().contains(QStringLiteral("cannot be made")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
