// The browser in the real window against a real server (s3rver), offscreen: navigate, filter,
// download a folder keeping its tree, details, a share link read back from the clipboard and
// fetched with curl, rename, new folder, drops onto a folder row, a drag's staged files, and
// delete after a confirmation that names what goes. Screenshots go to <build>/screenshots.
#include <QAbstractButton>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "breadcrumb.h"
#include "browseractions.h"
#include "browserpanel.h"
#include "browserview.h"
#include "deletejob.h"
#include "messagebar.h"
#include "objectdetails.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "sharedialog.h"
#include "sync/folderservice.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

/// The view row showing `name`; -1 when none does.
int rowOf(BrowserPanel *panel, const QString &name)
{
    QAbstractItemModel *m = panel->view()->model();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (m->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

/// Selects exactly the rows showing these names.
void select(BrowserPanel *panel, const QStringList &names)
{
    panel->view()->clearSelection();
    for (const QString &name : names) {
        const QModelIndex index = panel->view()->model()->index(rowOf(panel, name), 0);
        panel->view()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QStringList names(BrowserPanel *panel)
{
    return rowNames(panel->view()->model());
}

} // namespace

class TestBrowserGui : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_bucket;
    QString m_a, m_b, m_c;
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<MainWindow> m_window;

    BrowserPanel *panel() const { return m_window->browser(); }

    bool put(const QString &local, const QString &key)
    {
        return runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), local,
                                 QStringLiteral("s3://%1/%2").arg(m_bucket, key)}) == 0;
    }

    bool exists(const QString &key)
    {
        return runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"),
                                 m_bucket, QStringLiteral("--key"), key}) == 0;
    }

    /// Opens the bucket at `prefix` and waits for the listing.
    bool open(const QString &prefix)
    {
        QSignalSpy loaded(panel(), &BrowserPanel::loaded);
        panel()->openLocation(m_bucket, prefix);
        return loaded.wait(30000) && panel()->messageBar()->kind() != MessageBar::Kind::Error;
    }

    bool waitForQueue()
    {
        QueueModel *queue = m_window->queue()->model();
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired()) {
            // (active counts unfinished files, on their own or in folders, and unfinished folders)
            if (queue->rowCount() > 0 && queue->totals().active == 0)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
        m_bucket = uniqueBucketName(QStringLiteral("haul-browse"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        m_a = makeRandomFile(m_dir.path(), 150000, 61);
        m_b = makeRandomFile(m_dir.path(), 2048, 62);
        m_c = makeRandomFile(m_dir.path(), 7, 63);
        // (two levels at most: s3rver 3.7.1 leaves out common prefixes nested deeper)
        QVERIFY(put(m_a, QStringLiteral("run42/plate-01.tif")));
        QVERIFY(put(m_b, QStringLiteral("run42/raw/scan.bin")));
        QVERIFY(put(m_c, QStringLiteral("notes.txt")));
        QVERIFY(put(m_b, QStringLiteral("summary.csv")));
        QVERIFY(put(m_b, QStringLiteral("batch7/a.bin")));
        QVERIFY(put(m_c, QStringLiteral("batch7/b.bin")));

        m_app = std::make_unique<AppFixture>();
        QVERIFY(startWindow(*m_app, m_window, connectionFor(m_server)));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_app.reset();
    }

    void navigateWithRowsAndBreadcrumb()
    {
        QVERIFY(rowOf(panel(), m_bucket) >= 0);
        QSignalSpy loaded(panel(), &BrowserPanel::loaded);
        const QModelIndex bucketRow = panel()->view()->model()->index(rowOf(panel(), m_bucket), 0);
        Q_EMIT panel()->view()->activated(bucketRow); // as a double-click or Enter does
        QVERIFY(loaded.wait(30000));
        QCOMPARE(names(panel()), (QStringList{QStringLiteral("batch7"), QStringLiteral("run42"), QStringLiteral("notes.txt"),
                                              QStringLiteral("summary.csv")}));
        Q_EMIT panel()->view()->activated(panel()->view()->model()->index(1, 0));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(panel()->prefix(), QStringLiteral("run42/"));
        QCOMPARE(panel()->findChild<Breadcrumb *>()->texts(),
                 (QStringList{QStringLiteral("All buckets"), m_bucket, QStringLiteral("run42")}));
        QCOMPARE(names(panel()), (QStringList{QStringLiteral("raw"), QStringLiteral("plate-01.tif")}));
        QVERIFY(open({}));
        QVERIFY(!modalOpen());
    }

    void filterAndSort()
    {
        QVERIFY(open({}));
        QTest::keyClicks(panel()->filterEdit(), QStringLiteral("S"));
        QCOMPARE(names(panel()), (QStringList{QStringLiteral("notes.txt"), QStringLiteral("summary.csv")}));
        panel()->view()->sortByColumn(BrowserModel::Size, Qt::DescendingOrder);
        QCOMPARE(names(panel()).first(), QStringLiteral("summary.csv"));
        const QString shot = saveScreenshot(m_window.get(), QStringLiteral("browser-filter"));
        QVERIFY(!shot.isEmpty());
        panel()->filterEdit()->clear();
        panel()->view()->sortByColumn(BrowserModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(panel()).size(), 4);
    }

    void downloadAFolderKeepsItsTree()
    {
        QVERIFY(open({}));
        select(panel(), {QStringLiteral("run42")});
        QTemporaryDir into;
        m_window->queueDownloads(panel()->selectedEntries(), into.path());
        QVERIFY(waitForQueue());
        QueueModel *queue = m_window->queue()->model();
        QCOMPARE(queue->rowCount(), 1); // the folder, one row over its files
        const QModelIndex folder = queue->index(0, 0);
        QVERIFY(queue->folderAt(folder));
        QCOMPARE(queue->folderAt(folder)->state, FolderState::Finished);
        for (int row = 0; row < queue->rowCount(folder); ++row) {
            const TransferSnapshot &s = *queue->transferAt(queue->index(row, 0, folder));
            qInfo("%s -> %s: %s %s", qPrintable(s.key), qPrintable(s.localPath), qPrintable(QueueModel::stateText(s)),
                  qPrintable(s.error.technical()));
        }
        QCOMPARE(queue->rowCount(folder), 2);
        QCOMPARE(fileMd5(into.filePath(QStringLiteral("run42/plate-01.tif"))), fileMd5(m_a));
        QCOMPARE(fileMd5(into.filePath(QStringLiteral("run42/raw/scan.bin"))), fileMd5(m_b));
        m_app->transfers.clearFinished();
        m_window->folders()->clearFinished();
        queue->removeFinishedFolders();
    }

    void detailsOfAnObject()
    {
        QVERIFY(open(QStringLiteral("run42/")));
        select(panel(), {QStringLiteral("plate-01.tif")});
        m_window->browserActions()->showDetails();
        ObjectDetails *details = m_window->findChild<ObjectDetails *>();
        QVERIFY(details);
        QTRY_VERIFY_WITH_TIMEOUT(details->isLoaded(), 30000);
        QCOMPARE(details->value(QStringLiteral("Size")), QStringLiteral("%1 (150,000 bytes)").arg(QLocale().formattedDataSize(150000)));
        QCOMPARE(details->value(QStringLiteral("ETag")), QString::fromLatin1(fileMd5(m_a).toHex()));
        QVERIFY(!details->value(QStringLiteral("Last modified")).isEmpty());
        QVERIFY(!details->value(QStringLiteral("Storage class")).isEmpty());
        QTest::qWait(100);
        QVERIFY(!saveScreenshot(details, QStringLiteral("object-details")).isEmpty());
        details->close();
        QVERIFY(!modalOpen());
    }

    void shareLinkGoesToTheClipboardAndWorks()
    {
        QVERIFY(open({}));
        select(panel(), {QStringLiteral("notes.txt")});
        m_window->browserActions()->shareAction()->trigger();
        ShareDialog *share = m_window->findChild<ShareDialog *>();
        QVERIFY(share);
        QVERIFY(!modalOpen());
        share->setExpiry(7 * 24 * 3600);
        QTest::mouseClick(share->copyButton(), Qt::LeftButton);
        const QString link = QGuiApplication::clipboard()->text();
        QCOMPARE(link, share->link());
        QVERIFY(link.startsWith(m_server.endpoint.toString()));
        QVERIFY2(share->expiryText().contains(QStringLiteral("for 7 days")), qPrintable(share->expiryText()));
        QVERIFY(share->expiryText().contains(ShareDialog::momentText(QDateTime::currentDateTimeUtc().addDays(7))));
        QProcess curl;
        const QString fetched = m_dir.filePath(QStringLiteral("shared.txt"));
        curl.start(QStringLiteral("curl"), {QStringLiteral("-sf"), QStringLiteral("-o"), fetched, link});
        QVERIFY(curl.waitForFinished(30000));
        QCOMPARE(curl.exitCode(), 0);
        QCOMPARE(fileMd5(fetched), fileMd5(m_c));
        QTest::qWait(100);
        QVERIFY(!saveScreenshot(share, QStringLiteral("share-link")).isEmpty());
        share->close();
    }

    void renameAndNewFolder()
    {
        QVERIFY(open({}));
        const int row = rowOf(panel(), QStringLiteral("summary.csv"));
        const BrowserModel::Entry entry = panel()->entryAt(panel()->view()->model()->index(row, 0));
        QSignalSpy changed(m_window->browserActions(), &BrowserActions::folderChanged);
        m_window->browserActions()->renameTo(entry, QStringLiteral("summary-2024.csv"));
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading(), 30000);
        QVERIFY(rowOf(panel(), QStringLiteral("summary-2024.csv")) >= 0);
        QCOMPARE(rowOf(panel(), QStringLiteral("summary.csv")), -1);
        QVERIFY(exists(QStringLiteral("summary-2024.csv")) && !exists(QStringLiteral("summary.csv")));

        panel()->addFolder(QString(1024, QLatin1Char('f'))); // with its '/', over S3's 1,024 bytes
        QCOMPARE(panel()->messageBar()->text(),
                 QStringLiteral("The folder name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes."));
        QSignalSpy loaded(panel(), &BrowserPanel::loaded);
        panel()->addFolder(QStringLiteral("plates"));
        QVERIFY(loaded.wait(30000));
        QVERIFY(rowOf(panel(), QStringLiteral("plates")) >= 0);
        QVERIFY(exists(QStringLiteral("plates/")));
    }

    // A folder is renamed by copying everything in it on the server, then deleting the originals.
    void renameAFolder()
    {
        QVERIFY(open({}));
        const BrowserModel::Entry batch = panel()->entryAt(panel()->view()->model()->index(rowOf(panel(), QStringLiteral("batch7")), 0));
        QSignalSpy changed(m_window->browserActions(), &BrowserActions::folderChanged);
        m_window->browserActions()->renameTo(batch, QStringLiteral("batch8"));
        QVERIFY(changed.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading(), 30000);
        QCOMPARE(panel()->messageBar()->text(), QStringLiteral("Renamed the folder “batch7” to “batch8”."));
        QVERIFY(rowOf(panel(), QStringLiteral("batch8")) >= 0);
        QCOMPARE(rowOf(panel(), QStringLiteral("batch7")), -1);
        QVERIFY(exists(QStringLiteral("batch8/a.bin")) && exists(QStringLiteral("batch8/b.bin")));
        QVERIFY(!exists(QStringLiteral("batch7/a.bin")) && !exists(QStringLiteral("batch7/b.bin")));
    }

    void dropOntoAFolderRowUploadsIntoIt()
    {
        QVERIFY(open({}));
        const int row = rowOf(panel(), QStringLiteral("run42"));
        QTreeView *view = panel()->view();
        const QPoint at = view->visualRect(view->model()->index(row, 0)).center();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_c)});
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(waitForQueue());
        QVERIFY(exists(QStringLiteral("run42/") + QFileInfo(m_c).fileName()));
        m_app->transfers.clearFinished();
    }

    // Dragging a small file out: only when the drop target asks for the files are they
    // downloaded (through the queue) into a staging folder, and their local URLs handed over.
    void dragOutStagesSmallFiles()
    {
        QVERIFY(open(QStringLiteral("run42/")));
        select(panel(), {QStringLiteral("plate-01.tif")});
        QTemporaryDir staging;
        m_window->browserActions()->setStagingRoot(staging.path());
        std::unique_ptr<QMimeData> data(static_cast<BrowserView *>(panel()->view())->dragData());
        QVERIFY(data);
        QCOMPARE(m_window->queue()->model()->rowCount(), 0); // nothing fetched before the drop
        const QList<QUrl> urls = data->urls();               // what a file manager asks at the drop
        QCOMPARE(urls.size(), 1);
        QVERIFY(urls.first().toLocalFile().startsWith(staging.path()));
        QCOMPARE(fileMd5(urls.first().toLocalFile()), fileMd5(m_a));
        m_app->transfers.clearFinished();
    }

    void deleteAsksFirstAndNamesWhatGoes()
    {
        QVERIFY(open({}));
        select(panel(), {QStringLiteral("run42")});
        // Cancel: nothing goes.
        DeleteJob *job = m_window->browserActions()->deleteSelected();
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->questionBox(), 30000);
        QMessageBox *box = job->questionBox();
        QCOMPARE(box->text(), QStringLiteral("Delete “run42/” and the 3 files in it?"));
        QTest::qWait(100);
        QVERIFY(!saveScreenshot(box, QStringLiteral("delete-confirmation")).isEmpty());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(m_window->browserActions()->deleteAction()->isEnabled()); // the job ended
        QVERIFY(exists(QStringLiteral("run42/plate-01.tif")));

        // Delete: the folder and everything in it.
        select(panel(), {QStringLiteral("run42")});
        job = m_window->browserActions()->deleteSelected();
        QTRY_VERIFY_WITH_TIMEOUT(job->questionBox(), 30000);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : job->questionBox()->buttons()) {
            if (job->questionBox()->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        }
        QVERIFY(remove);
        QSignalSpy changed(m_window->browserActions(), &BrowserActions::folderChanged);
        remove->click();
        QVERIFY(changed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading(), 30000);
        QCOMPARE(rowOf(panel(), QStringLiteral("run42")), -1);
        QVERIFY(!exists(QStringLiteral("run42/plate-01.tif")) && !exists(QStringLiteral("run42/raw/scan.bin")));
        QCOMPARE(panel()->messageBar()->text(), QStringLiteral("3 files deleted."));
        QVERIFY(!modalOpen());
        QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("browser-after-delete")).isEmpty());
    }
};

QTEST_MAIN(TestBrowserGui)
#include "tst_browser_gui.moc"
