// The real window against s3rver, offscreen: a dropped folder tree is ONE expandable row in the
// queue whose children are its files; they all end Verified and arrive under <prefix>/<folder>/;
// dropping the folder again (with a file beside it) sends nothing: all "already there"; after one
// file changed, a box that does not block the window asks about it, and "Replace" sends only it.
#include <QAbstractButton>
#include <QDragEnterEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "appsettings.h"
#include "browserpanel.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "sync/folderservice.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

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
    QString m_bucket;
    QString m_run42;
    QStringList m_files;
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<MainWindow> m_window;

    QueueModel *queue() const { return m_window->queue()->model(); }

    QStringList keysUnder(const QString &prefix)
    {
        QByteArray out;
        if (runAws(m_server, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"),
                              QStringLiteral("s3://%1/%2").arg(m_bucket, prefix)}, &out) != 0)
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

    /// The folder row's last snapshot once it has finished.
    FolderSnapshot waitForFolder(const QModelIndex &row)
    {
        const QDeadlineTimer deadline(180000);
        while (!queue()->folderAt(row)->isFinished() && !deadline.hasExpired())
            QTest::qWait(50);
        return *queue()->folderAt(row);
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
        m_bucket = uniqueBucketName(QStringLiteral("haul-gui-folder"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        m_run42 = m_dir.filePath(QStringLiteral("run42"));
        m_files = makeTree(m_run42, 36);
        QCOMPARE(m_files.size(), 36);

        m_app = std::make_unique<AppFixture>();
        QVERIFY(startWindow(*m_app, m_window, connectionFor(m_server), QSize(1100, 700)));
        QSignalSpy loaded(m_window->browser(), &BrowserPanel::loaded);
        m_window->browser()->openLocation(m_bucket, QStringLiteral("projects/"));
        QVERIFY(loaded.wait(30000));
    }

    void cleanupTestCase()
    {
        m_window.reset(); // before the fixture's TransferManager
        m_app.reset();
    }

    void droppedFolderIsOneExpandableRow()
    {
        dropFiles(m_window.get(), {m_run42});
        QCOMPARE(queue()->rowCount(), 1); // the folder's row at once, before any file is queued
        const QModelIndex row = queue()->index(0, 0);
        QVERIFY(queue()->folderAt(row));
        const FolderId id = queue()->folderAt(row)->id;
        const FolderSnapshot done = waitForFolder(row);
        QCOMPARE(done.state, FolderState::Finished);
        QCOMPARE(done.filesTotal, qint64(36));
        QCOMPARE(done.filesDone, qint64(36));
        QCOMPARE(done.filesFailed, qint64(0));
        QCOMPARE(done.filesSkipped, qint64(0));
        QCOMPARE(queue()->rowCount(), 1); // still one top-level row
        QTRY_COMPARE(queue()->rowCount(row), 36);
        for (int r = 0; r < 36; ++r) {
            const TransferSnapshot *s = queue()->transferAt(queue()->index(r, 0, row));
            QVERIFY(s);
            QCOMPARE(s->groupId, id);
            QVERIFY2(s->state == TransferState::Verified, qPrintable(s->key + QLatin1Char(' ') + QueueModel::stateText(*s)));
        }
        QStringList expected;
        for (const QString &f : std::as_const(m_files))
            expected << QStringLiteral("projects/run42/") + f;
        QCOMPARE(keysUnder(QStringLiteral("projects/")), expected);
        QCOMPARE(queue()->totals().succeeded, 36);
        QCOMPARE(queue()->totals().active, 0);
        QVERIFY(!modalOpen());

        // The row expands to its files; a picture of it for the eyes.
        QTreeView *view = m_window->queue()->view();
        view->expand(row);
        QVERIFY(view->isExpanded(row));
        view->setCurrentIndex(row);
        QTest::qWait(300);
        QVERIFY(view->visualRect(queue()->index(0, 0, row)).isValid());
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/haul-folder-row.png")));
        QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("queue-folder-row")).isEmpty());
    }

    void droppedAgainSendsNothing()
    {
        // With a file beside it: the file is its own row; the folder sends nothing.
        const QString note = makeRandomFile(m_dir.path(), 512, 3);
        dropFiles(m_window.get(), {note, m_run42});
        QTRY_COMPARE(queue()->rowCount(), 3);
        const QModelIndex second = queue()->index(1, 0);
        const QModelIndex fileRow = queue()->index(2, 0);
        QVERIFY(queue()->folderAt(second));
        QVERIFY(queue()->transferAt(fileRow));
        const FolderSnapshot again = waitForFolder(second);
        QCOMPARE(again.state, FolderState::Finished);
        QCOMPARE(again.filesTotal, qint64(36));
        QCOMPARE(again.filesSkipped, qint64(36));
        QCOMPARE(again.filesFailed, qint64(0));
        QCOMPARE(queue()->rowCount(second), 0); // no upload was queued
        const QString state = second.siblingAtColumn(QueueModel::State).data().toString();
        QVERIFY2(state.contains(QStringLiteral("36 already there")), qPrintable(state));
        QTRY_VERIFY_WITH_TIMEOUT(queue()->transferAt(fileRow)->isFinished(), 60000);
        QCOMPARE(queue()->transferAt(fileRow)->key, QStringLiteral("projects/") + QFileInfo(note).fileName());
        // the status bar's totals count the files of folders (36 + 1 sent, 36 already there)
        QCOMPARE(queue()->totals().succeeded, 37);
        QCOMPARE(queue()->totals().skipped, qint64(36));
        m_window->statusBar()->clearMessage();
        QTRY_VERIFY2(m_window->statusText().contains(QStringLiteral("already there")), qPrintable(m_window->statusText()));
        QVERIFY(!modalOpen());
    }

    void changedFileIsAskedAbout()
    {
        // "When a file exists" is "Ask me" (the default): a box that does not block the window
        // lists the changed file; "Replace them" sends it, and only it.
        QCOMPARE(m_window->settings()->preferences().existingFile, ExistingFile::Ask);
        const QString changed = m_run42 + QStringLiteral("/lane 1/qc/read-02.fastq");
        QFile f(changed);
        QVERIFY(f.open(QIODevice::Append));
        QVERIFY(f.write("one more line\n") > 0);
        f.close();
        const qint64 newSize = QFileInfo(changed).size();
        dropFiles(m_window.get(), {m_run42});
        QTRY_COMPARE(queue()->rowCount(), 4);
        const QModelIndex third = queue()->index(3, 0);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = m_window->findChild<QMessageBox *>()) && box->isVisible(), 60000);
        QVERIFY(!modalOpen());
        QVERIFY2(box->informativeText().contains(changed), qPrintable(box->informativeText()));
        QCOMPARE(queue()->folderAt(third)->state, FolderState::WaitingForAnswers);
        QAbstractButton *replace = nullptr;
        for (QAbstractButton *b : box->buttons())
            replace = box->buttonRole(b) == QMessageBox::AcceptRole ? b : replace;
        QVERIFY(replace);
        QTest::mouseClick(static_cast<QWidget *>(replace), Qt::LeftButton);
        const FolderSnapshot answered = waitForFolder(third);
        QCOMPARE(answered.filesSkipped, qint64(35));
        QCOMPARE(answered.filesFailed, qint64(0));
        QCOMPARE(answered.filesDone, qint64(36));
        QCOMPARE(queue()->rowCount(third), 1);
        const TransferSnapshot *sent = queue()->transferAt(queue()->index(0, 0, third));
        QCOMPARE(sent->localPath, changed);
        QCOMPARE(sent->size, newSize);
        QTRY_COMPARE_WITH_TIMEOUT(queue()->transferAt(queue()->index(0, 0, third))->state, TransferState::Verified, 30000);
    }
};

QTEST_MAIN(TestGuiFolders)
#include "tst_gui_folders.moc"
