// contentTypeForFile() remembers types per extension; it must give exactly what QMimeDatabase
// gives for every name, including names that patterns other than "*.ext" match.
#include <QMimeDatabase>
#include <QTest>

#include "engine/contenttype.h"

using namespace haul;

class TestContentType : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsMimeDatabase();
};

void TestContentType::sameAsMimeDatabase()
{
    // in an order where a remembered extension meets a name that decides otherwise
    const QStringList names{
        QStringLiteral("random-65536-1.bin"), QStringLiteral("random-65536-2.bin"),
        QStringLiteral("README.bin"), QStringLiteral("readme.txt"), QStringLiteral("notes.txt"),
        QStringLiteral("CMakeLists.txt"), QStringLiteral("Makefile"), QStringLiteral("makefile"),
        QStringLiteral("Makefile.am"), QStringLiteral("build.am"), QStringLiteral("core"),
        QStringLiteral("other"), QStringLiteral("page.1"), QStringLiteral("page.2"),
        QStringLiteral("x.tar.gz"), QStringLiteral("y.tar.gz"), QStringLiteral("Y.TAR.GZ"),
        QStringLiteral("z.gz"), QStringLiteral("photo.jpg"), QStringLiteral("PHOTO.JPG"),
        QStringLiteral("scan.tiff"), QStringLiteral("draft.txt~"), QStringLiteral("a.txt~"),
        QStringLiteral("libx.so.1"), QStringLiteral("liby.so.2.3"), QStringLiteral(".hidden"),
        QStringLiteral(".bashrc"), QStringLiteral("run.fastq.gz"), QStringLiteral("a.b.c.unknownext"),
        QStringLiteral("d.b.c.unknownext"), QStringLiteral("file,v"), QStringLiteral("100.vdr"),
        QStringLiteral("x.vdr"), QStringLiteral("no_extension")};
    const QMimeDatabase mimes;
    for (int round = 0; round < 2; ++round) { // the second round answers from what is remembered
        for (const QString &name : names) {
            const QString path = QStringLiteral("/data/run42/") + name;
            const QByteArray expected = mimes.mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toUtf8();
            QVERIFY(!expected.isEmpty());
            QCOMPARE(contentTypeForFile(path), expected);
        }
    }
    QCOMPARE(contentTypeForFile(QStringLiteral("/x/photo.jpg")), QByteArray("image/jpeg"));
    QCOMPARE(contentTypeForFile(QStringLiteral("/x/scan.tif")), QByteArray("image/tiff"));
}

QTEST_GUILESS_MAIN(TestContentType)
#include "tst_contenttype.moc"
