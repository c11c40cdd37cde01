// The real window against s3rver, offscreen: a dropped folder tree is ONE expandable row in the
// queue whose children are its files; they all end Verified and arrive under <prefix>/<folder>/;
// dropping the folder again (with a file beside it) sends nothing: all "already there".
#include <QDragEnterEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "browserpanel.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "sync/folderservice.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
}

/// `count` files in nested folders (spaces and '+' in names); their relative paths, sorted.
QStringList makeTree(const QString &root, int count)
{
    const QStringList dirs = {QString(), QStringLiteral("lane 1/"), QStringLiteral("lane 1/qc/"),
                              QStringLiteral("lane 2/"), QStringLiteral("a+b/deep/er/")};
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const QString rel = dirs[i % dirs.size()] + QStringLiteral("read-%1.fastq").arg(i, 2, 10, QLatin1Char('0'));
        QDir().mkpath(QFileInfo(root + QLatin1Char('/') + rel).absolutePath());
        QFile f(root + QLatin1Char('/') + rel);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(1000 + i * 311, char('A' + i % 26))) < 0)
            return {};
        out << rel;
    }
    out.sort();
    return out;
}

} // namespace

class TestGuiFolders : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;

    QStringList keysUnder(const QString &bucket, const QString &prefix)
    {
        QByteArray out;
        if (runAws(m_server, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"),
                              QStringLiteral("s3://%1/%2").arg(bucket, prefix)}, &out) != 0)
            return {QStringLiteral("aws failed")};
        static const QRegularExpression line(QStringLiteral("^\\S+\\s+\\S+\\s+\\d+ (.*)$"));
        QStringList keys;
        for (const QString &l : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (const auto m = line.match(l); m.hasMatch())
                keys << m.captured(1);
        }
        keys.sort();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
    }

    void droppedFolderIsOneExpandableRow()
    {
        const QString bucket = uniqueBucketName(QStringLiteral("haul-gui-folder"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        const QString run42 = m_dir.filePath(QStringLiteral("run42"));
        const QStringList files = makeTree(run42, 36);
        QCOMPARE(files.size(), 36);

        AppFixture app;
        AccountConnection account = connectionFor(m_server);
        app.store.save(account.account);
        QVERIFY(await<void>([&](auto done) { app.memory.writeSecret(account.account.name, m_server.secretKey, done); }));
        MainWindow window(app.context());
        window.resize(1100, 700);
        window.show();
        QSignalSpy loaded(window.browser(), &BrowserPanel::loaded);
        window.start(account.account.name);
        QVERIFY(loaded.wait(30000));
        window.browser()->openLocation(bucket, QStringLiteral("projects/"));
        QVERIFY(loaded.wait(30000));

        dropFiles(&window, {run42});
        QueueModel *queue = window.queue()->model();
        QCOMPARE(queue->rowCount(), 1); // the folder's row at once, before any file is queued
        const QModelIndex row = queue->index(0, 0);
        const FolderSnapshot *folder = queue->folderAt(row);
        QVERIFY(folder);
        const FolderId id = folder->id;
        QTRY_VERIFY_WITH_TIMEOUT(queue->folderAt(row)->isFinished(), 180000);
        const FolderSnapshot done = *queue->folderAt(row);
        QCOMPARE(done.state, FolderState::Finished);
        QCOMPARE(done.filesTotal, qint64(36));
        QCOMPARE(done.filesDone, qint64(36));
        QCOMPARE(done.filesFailed, qint64(0));
        QCOMPARE(done.filesSkipped, qint64(0));
        QCOMPARE(queue->rowCount(), 1); // still one top-level row
        QTRY_COMPARE(queue->rowCount(row), 36);
        for (int r = 0; r < 36; ++r) {
            const TransferSnapshot *s = queue->transferAt(queue->index(r, 0, row));
            QVERIFY(s);
            QCOMPARE(s->groupId, id);
            QVERIFY2(s->state == TransferState::Verified, qPrintable(s->key + QLatin1Char(' ') + QueueModel::stateText(*s)));
        }
        QStringList expected;
        for (const QString &f : files)
            expected << QStringLiteral("projects/run42/") + f;
        QCOMPARE(keysUnder(bucket, QStringLiteral("projects/")), expected);
        QCOMPARE(queue->totals().succeeded, 36);
        QCOMPARE(queue->totals().active, 0);
        QVERIFY(!modalOpen());

        // The row expands to its files; a picture of it for the eyes.
        QTreeView *view = window.queue()->view();
        view->expand(row);
        QVERIFY(view->isExpanded(row));
        view->setCurrentIndex(row);
        QTest::qWait(300);
        QVERIFY(view->visualRect(queue->index(0, 0, row)).isValid());
        QVERIFY(window.grab().save(QStringLiteral("/tmp/haul-folder-row.png")));
        QVERIFY(!saveScreenshot(&window, QStringLiteral("queue-folder-row")).isEmpty());

        // Again, with a file beside it: the file is its own row; the folder sends nothing.
        const QString note = makeRandomFile(m_dir.path(), 512, 3);
        dropFiles(&window, {note, run42});
        QTRY_COMPARE(queue->rowCount(), 3);
        const QModelIndex second = queue->index(1, 0);
        const QModelIndex fileRow = queue->index(2, 0);
        QVERIFY(queue->folderAt(second));
        QVERIFY(queue->transferAt(fileRow));
        QTRY_VERIFY_WITH_TIMEOUT(queue->folderAt(second)->isFinished(), 120000);
        const FolderSnapshot again = *queue->folderAt(second);
        QCOMPARE(again.state, FolderState::Finished);
        QCOMPARE(again.filesTotal, qint64(36));
        QCOMPARE(again.filesSkipped, qint64(36));
        QCOMPARE(again.filesFailed, qint64(0));
        QCOMPARE(queue->rowCount(second), 0); // no upload was queued
        QVERIFY2(second.siblingAtColumn(QueueModel::State).data().toString().contains(QStringLiteral("36 already there")),
                 qPrintable(second.siblingAtColumn(QueueModel::State).data().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(queue->transferAt(fileRow)->isFinished(), 60000);
        QCOMPARE(queue->transferAt(fileRow)->key, QStringLiteral("projects/") + QFileInfo(note).fileName());
        // the status bar's totals count the files of folders (36 + 1 sent, 36 already there)
        QCOMPARE(queue->totals().succeeded, 37);
        QCOMPARE(queue->totals().skipped, qint64(36));
        window.statusBar()->clearMessage();
        QTRY_VERIFY2(window.statusText().contains(QStringLiteral("already there")), qPrintable(window.statusText()));
        QVERIFY(!modalOpen());
    }
};

QTEST_MAIN(TestGuiFolders)
#include "tst_gui_folders.moc"
