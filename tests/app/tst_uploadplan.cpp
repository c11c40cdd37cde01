#include <QtTest>

#include "uploadplan.h"

using namespace haul;

/// What a drop uploads where: files to the folder shown, folders walked with their structure.
class TestUploadPlan : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString touch(const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) ? path : QString();
    }

private Q_SLOTS:
    void filesGoToThePrefix()
    {
        const QString a = touch(QStringLiteral("a.bin"));
        const QList<UploadGroup> plan = planUploads({a}, QStringLiteral("in/"));
        QCOMPARE(plan.size(), 1);
        QCOMPARE(plan[0].prefix, QStringLiteral("in/"));
        QCOMPARE(plan[0].files, QStringList{a});
    }

    void foldersKeepTheirStructure()
    {
        const QString x = touch(QStringLiteral("run/x.tif"));
        const QString y = touch(QStringLiteral("run/sub/y.tif"));
        const QString z = touch(QStringLiteral("run/.hidden"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("run/empty")));
        const QList<UploadGroup> plan = planUploads({m_dir.filePath(QStringLiteral("run"))}, QStringLiteral("in/"));
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan[0].prefix, QStringLiteral("in/run/"));
        QCOMPARE(plan[0].files, (QStringList{z, x}));
        QCOMPARE(plan[1].prefix, QStringLiteral("in/run/sub/"));
        QCOMPARE(plan[1].files, QStringList{y});
        QCOMPARE(fileCount(plan), 3);
    }

    void missingFilesAreKeptForTheEngineToReport()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone.bin"));
        const QList<UploadGroup> plan = planUploads({gone}, {});
        QCOMPARE(fileCount(plan), 1);
        QCOMPARE(plan[0].files, QStringList{gone});
    }
};

QTEST_GUILESS_MAIN(TestUploadPlan)
#include "tst_uploadplan.moc"
