// The browser panel without a server: large folders fed page by page stay responsive,
// filtering, sorting, and the commands' enabled state.
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QtTest>

#include <time.h>

#include "browseractions.h"
#include "browserpanel.h"
#include "browserview.h"
#include "deletejob.h"
#include "guitest.h"
#include "messagebar.h"
#include "objectdragdata.h"
#include "queuepanel.h"
#include "sharedialog.h"

Q_DECLARE_METATYPE(QList<haul::BrowserModel::Entry>)

using namespace haul;
using namespace haul::test;

namespace {

/// Page `n` (0-based) of a folder "big/" of 1,000-object pages, in S3's key order.
ListPage generatedPage(int n, int perPage = 1000)
{
    ListPage page;
    const QDateTime t(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    for (int i = 0; i < perPage; ++i) {
        const int k = n * perPage + i;
        ObjectInfo o;
        o.key = QStringLiteral("big/plate-%1.tif").arg(k, 6, 10, QLatin1Char('0'));
        o.size = (k * 7919LL) % 100000000;
        o.lastModified = t.addSecs(-k);
        page.objects.append(o);
    }
    page.truncated = true;
    page.nextContinuationToken = QStringLiteral("t%1").arg(n);
    return page;
}

ObjectInfo object(const QString &key, qint64 size)
{
    ObjectInfo o;
    o.key = key;
    o.size = size;
    return o;
}

ObjectInfo folder(const QString &key)
{
    ObjectInfo p;
    p.key = key;
    p.isPrefix = true;
    return p;
}

/// A panel showing bucket "lab", folder "runs/": folders a/ and b/, files x.tif (10 bytes) and
/// y.tif (300 MiB).
void fill(BrowserPanel &panel)
{
    ListPage page;
    page.prefixes = {folder(QStringLiteral("runs/a/")), folder(QStringLiteral("runs/b/"))};
    page.objects = {object(QStringLiteral("runs/x.tif"), 10), object(QStringLiteral("runs/y.tif"), 300LL << 20)};
    panel.model()->reset(QStringLiteral("runs/"));
    panel.model()->appendPage(page);
}

/// Selects the rows whose names are given (view order).
void select(BrowserPanel &panel, const QStringList &names)
{
    QAbstractItemModel *m = panel.view()->model();
    panel.view()->clearSelection();
    for (int row = 0; row < m->rowCount(); ++row) {
        if (names.contains(m->index(row, 0).data().toString()))
            panel.view()->selectionModel()->select(m->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

/// Sends drag-enter, drag-move and drop of `mime` onto the view's row `row` (-1: empty space).
bool dropOnRow(QTreeView *view, QMimeData *mime, int row)
{
    const QPoint at = row >= 0 ? view->visualRect(view->model()->index(row, 0)).center()
                               : QPoint(10, view->viewport()->height() - 5);
    QWidget *viewport = view->viewport();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

/// CPU time of this thread in ms: what the GUI thread itself spends, whatever else the machine
/// runs (a loaded build machine stretches wall-clock time, not this).
qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

} // namespace

class TestBrowserPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // 100,000 objects arrive as 100 pages; between pages the event loop runs (as when pages
    // come from the network). The longest time the window is blocked by one page — appending
    // it, the proxy sorting and filtering it in, the view laying out and painting — stays short,
    // whatever the view is sorted by (rows in S3's key order land at the end when sorted by
    // name, scattered when sorted by size).
    void hundredThousandObjectsStayResponsive_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("filter");
        QTest::newRow("by name") << int(BrowserModel::Name) << Qt::AscendingOrder << QString();
        QTest::newRow("by size, largest first") << int(BrowserModel::Size) << Qt::DescendingOrder << QString();
        QTest::newRow("by date, filtered") << int(BrowserModel::Modified) << Qt::AscendingOrder << QStringLiteral("7");
    }

    void hundredThousandObjectsStayResponsive()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, filter);
        AppFixture app;
        BrowserPanel panel(&app.buckets);
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.view()->sortByColumn(column, order);
        panel.refresh(); // no account: only empties the table, as before a listing
        panel.setFilterText(filter);
        QList<ListPage> pages;
        for (int n = 0; n < 100; ++n)
            pages.append(generatedPage(n));
        QElapsedTimer total, one;
        qint64 longest = 0, longestCpu = 0, last = 0;
        total.start();
        for (const ListPage &page : std::as_const(pages)) {
            const bool lastPage = &page == &pages.last();
            one.start();
            const qint64 cpu = threadCpuMs();
            panel.addPage(page, lastPage);
            QCoreApplication::processEvents();
            panel.view()->viewport()->repaint();
            if (lastPage) {
                last = one.elapsed();
            } else {
                longest = std::max(longest, one.elapsed());
                longestCpu = std::max(longestCpu, threadCpuMs() - cpu);
            }
        }
        QCOMPARE(panel.model()->rowCount(), 100000);
        qInfo("100,000 objects in 100 pages: longest stall %lld ms (%lld ms CPU), last page (and the sort, "
              "if any) %lld ms, all pages %lld ms", longest, longestCpu, last, total.elapsed());
        // Sorted as asked once the last page is in.
        const QModelIndex first = panel.view()->model()->index(0, column);
        const QModelIndex second = panel.view()->model()->index(1, column);
        const QVariant a = first.data(BrowserModel::SortRole), b = second.data(BrowserModel::SortRole);
        QVERIFY(order == Qt::AscendingOrder ? !(QVariant::compare(b, a) < 0) : !(QVariant::compare(a, b) < 0));
        QVERIFY2(longestCpu < 200, qPrintable(QStringLiteral("%1 ms CPU").arg(longestCpu)));
        QVERIFY2(last < 1500, qPrintable(QStringLiteral("%1 ms").arg(last)));

        one.start();
        panel.view()->sortByColumn(BrowserModel::Name, Qt::DescendingOrder);
        panel.setFilterText(QStringLiteral("99"));
        QCoreApplication::processEvents();
        panel.view()->viewport()->repaint();
        qInfo("re-sorting and filtering 100,000 rows: %lld ms", one.elapsed());
        QCOMPARE(panel.view()->model()->rowCount(), 3691); // names containing "99"
    }

    void filterNarrowsByName()
    {
        AppFixture app;
        BrowserPanel panel(&app.buckets);
        fill(panel);
        QCOMPARE(panel.view()->model()->rowCount(), 4);
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("TIF"));
        QCOMPARE(panel.view()->model()->rowCount(), 2);
        QCOMPARE(panel.entryAt(panel.view()->model()->index(0, 0)).name, QStringLiteral("x.tif"));
        panel.setFilterText({});
        QCOMPARE(panel.view()->model()->rowCount(), 4);
        QCOMPARE(panel.view()->model()->index(0, 0).data().toString(), QStringLiteral("a")); // folders first
    }

    // Files dropped onto a folder row go into that folder; onto empty space, into the folder
    // shown; onto a file row, also into the folder shown. Haul's own rows are never uploads.
    void dropOntoAFolderRowUploadsIntoIt()
    {
        AppFixture app;
        BrowserPanel panel(&app.buckets);
        panel.resize(700, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.openLocation(QStringLiteral("lab"), QStringLiteral("runs/")); // no account: lists nothing
        fill(panel);
        QSignalSpy upload(&panel, &BrowserPanel::uploadRequested);
        QTemporaryFile file;
        QVERIFY(file.open());
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(file.fileName())});
        QVERIFY(dropOnRow(panel.view(), &files, 1)); // b/
        QCOMPARE(upload.size(), 1);
        QCOMPARE(upload.at(0).at(0).toStringList(), QStringList{file.fileName()});
        QCOMPARE(upload.at(0).at(1).toString(), QStringLiteral("lab"));
        QCOMPARE(upload.at(0).at(2).toString(), QStringLiteral("runs/b/"));
        QVERIFY(dropOnRow(panel.view(), &files, -1));
        QCOMPARE(upload.at(1).at(2).toString(), QStringLiteral("runs/"));

        select(panel, {QStringLiteral("x.tif")});
        std::unique_ptr<QMimeData> own(static_cast<BrowserView *>(panel.view())->dragData());
        QVERIFY(!own); // no drag source set: nothing to drag
        ObjectDragData rows(QStringLiteral("lab"), {panel.model()->entry(2)}, 1 << 20,
                            [] { return QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/x.tif"))}; });
        QVERIFY(!dropOnRow(panel.view(), &rows, 0));
        QCOMPARE(upload.size(), 2);
    }

    // A drag offers files to a file manager only for small objects, and only fetches them when
    // the drop target asks; it always carries the s3:// addresses as text.
    void dragOffersSmallFilesLazily()
    {
        AppFixture app;
        BrowserPanel panel(&app.buckets);
        fill(panel);
        int fetches = 0;
        auto fetch = [&fetches] {
            ++fetches;
            return QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/stage/x.tif"))};
        };
        const BrowserModel::Entry a = panel.model()->entry(0), x = panel.model()->entry(2), y = panel.model()->entry(3);
        ObjectDragData small(QStringLiteral("lab"), {x}, 256 << 20, fetch);
        QVERIFY(small.offersFiles());
        QVERIFY(small.hasFormat(QStringLiteral("text/uri-list")));
        QCOMPARE(small.text(), QStringLiteral("s3://lab/runs/x.tif"));
        QCOMPARE(fetches, 0);
        QCOMPARE(small.urls(), QList<QUrl>{QUrl::fromLocalFile(QStringLiteral("/tmp/stage/x.tif"))});
        QCOMPARE(small.data(QStringLiteral("text/uri-list")), QByteArray("file:///tmp/stage/x.tif\r\n"));
        QCOMPARE(fetches, 1); // once, however often it is asked
        ObjectDragData big(QStringLiteral("lab"), {x, y}, 256 << 20, fetch);
        QVERIFY(!big.offersFiles());
        QVERIFY(!big.hasUrls());
        QCOMPARE(big.text(), QStringLiteral("s3://lab/runs/x.tif\ns3://lab/runs/y.tif"));
        ObjectDragData withFolder(QStringLiteral("lab"), {a, x}, 256 << 20, fetch);
        QVERIFY(!withFolder.offersFiles());
        QCOMPARE(fetches, 1);

        // Through the window's actions: the view's drag carries the same.
        QWidget window;
        BrowserActions actions(&panel, &app.buckets, &app.transfers, &window);
        select(panel, {QStringLiteral("y.tif")});
        std::unique_ptr<QMimeData> data(static_cast<BrowserView *>(panel.view())->dragData());
        QVERIFY(data && data->hasFormat(BrowserModel::internalMimeType()));
        QVERIFY(!data->hasUrls());
    }

    void commandsFollowTheSelection()
    {
        AppFixture app;
        BrowserPanel panel(&app.buckets);
        QWidget window;
        BrowserActions actions(&panel, &app.buckets, &app.transfers, &window);
        fill(panel);
        select(panel, {});
        QVERIFY(!actions.deleteAction()->isEnabled());
        select(panel, {QStringLiteral("x.tif")});
        QVERIFY(actions.shareAction()->isEnabled() && actions.renameAction()->isEnabled());
        QVERIFY(actions.detailsAction()->isEnabled() && actions.deleteAction()->isEnabled());
        select(panel, {QStringLiteral("a")});
        QVERIFY(!actions.shareAction()->isEnabled() && actions.renameAction()->isEnabled());
        QVERIFY(actions.detailsAction()->isEnabled() && actions.deleteAction()->isEnabled());
        select(panel, {QStringLiteral("a"), QStringLiteral("x.tif")});
        QVERIFY(!actions.detailsAction()->isEnabled() && actions.deleteAction()->isEnabled());
        std::unique_ptr<QMenu> menu(actions.contextMenu());
        QVERIFY(menu->actions().contains(actions.deleteAction()));
        const BrowserModel::Entry a = panel.model()->entry(0), x = panel.model()->entry(2);
        QCOMPARE(actions.renameProblem(x, QStringLiteral("y.tif")), QStringLiteral("“y.tif” is already in this folder."));
        QVERIFY(actions.renameProblem(x, QStringLiteral("z.tif")).isEmpty());
        QVERIFY(actions.renameProblem(x, QStringLiteral("sub/z.tif")).isEmpty()); // moves it into sub/
        QVERIFY(!actions.renameProblem(x, QStringLiteral("z/")).isEmpty());
        QCOMPARE(actions.renameProblem(a, QStringLiteral("b")), QStringLiteral("“b” is already in this folder."));
        QCOMPARE(actions.renameProblem(a, QStringLiteral("c/d")), QStringLiteral("A folder name cannot contain “/”."));
        // S3 keys are at most 1,024 bytes: refused here, not by the store after a copy
        const QString tooLong = QStringLiteral("The new name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.");
        QCOMPARE(actions.renameProblem(x, QString(1025, QLatin1Char('n'))), tooLong);
        QVERIFY(actions.renameProblem(x, QString(1024, QLatin1Char('n'))).isEmpty());
        QCOMPARE(actions.renameProblem(a, QString(1024, QLatin1Char('n'))), tooLong); // "nnn…/" is 1,025
        QCOMPARE(actions.renameProblem(x, QString(600, QChar(0x00e9))), tooLong); // 1,200 bytes of UTF-8

    }

    // In the window, Delete deletes in the browser and cancels in the queue: each only when its
    // table has the focus (both are in the menus too).
    void deleteKeyActsWhereTheFocusIs()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        BrowserPanel *panel = window.browser();
        panel->openLocation(QStringLiteral("lab"), QStringLiteral("runs/"));
        fill(*panel);
        select(*panel, {QStringLiteral("x.tif")});
        QSignalSpy browserDelete(window.browserActions()->deleteAction(), &QAction::triggered);
        QSignalSpy queueCancel(window.queue()->cancelAction(), &QAction::triggered);
        window.queue()->view()->setFocus();
        QTest::keyClick(window.queue()->view(), Qt::Key_Delete);
        QCOMPARE(browserDelete.size(), 0);
        panel->view()->setFocus();
        QTest::keyClick(panel->view(), Qt::Key_Delete);
        QCOMPARE(browserDelete.size(), 1);
        QCOMPARE(queueCancel.size(), 0);
        // Only files: the question comes at once (window-modal, not a nested event loop).
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QCOMPARE(box->text(), QStringLiteral("Delete “x.tif”?"));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!modalOpen());
    }

    void deleteQuestionNamesWhatGoes_data()
    {
        QTest::addColumn<QList<BrowserModel::Entry>>("entries");
        QTest::addColumn<int>("files");
        QTest::addColumn<QString>("question");
        const BrowserModel::Entry run{BrowserModel::Kind::Folder, QStringLiteral("run42"), QStringLiteral("run42/"), -1, {}, {}, {}, {}};
        const BrowserModel::Entry tif{BrowserModel::Kind::Object, QStringLiteral("a.tif"), QStringLiteral("a.tif"), 5, {}, {}, {}, {}};
        QTest::newRow("a folder") << QList<BrowserModel::Entry>{run} << 2500
                                  << QStringLiteral("Delete “run42/” and the 2,500 files in it?");
        QTest::newRow("a folder of one") << QList<BrowserModel::Entry>{run} << 1
                                         << QStringLiteral("Delete “run42/” and the 1 file in it?");
        QTest::newRow("an empty folder") << QList<BrowserModel::Entry>{run} << 0
                                         << QStringLiteral("Delete the empty folder “run42/”?");
        QTest::newRow("a file") << QList<BrowserModel::Entry>{tif} << 1 << QStringLiteral("Delete “a.tif”?");
        QTest::newRow("both") << QList<BrowserModel::Entry>{run, tif} << 2501 << QStringLiteral("Delete these 2 items?");
    }

    void deleteQuestionNamesWhatGoes()
    {
        QFETCH(QList<BrowserModel::Entry>, entries);
        QFETCH(int, files);
        QFETCH(QString, question);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DeleteJob::question(entries, files), question);
        QCOMPARE(DeleteJob::details(QStringLiteral("lab"), files, 0).endsWith(QStringLiteral("This cannot be undone.")), true);
    }

    void shareLinkExpiryInWords()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        AppFixture app;
        QCOMPARE(ShareDialog::expiries().first(), 3600);
        QCOMPARE(ShareDialog::expiries().last(), 7 * 24 * 3600);
        QCOMPARE(ShareDialog::durationText(3600), QStringLiteral("for 1 hour"));
        QCOMPARE(ShareDialog::durationText(6 * 3600), QStringLiteral("for 6 hours"));
        QCOMPARE(ShareDialog::durationText(7 * 24 * 3600), QStringLiteral("for 7 days"));
        const QDateTime when(QDate(2025, 12, 2), QTime(14, 5));
        QCOMPARE(ShareDialog::momentText(when), QStringLiteral("Tuesday 2 December, 14:05"));
        ShareDialog dialog(&app.buckets, QStringLiteral("nobody"), QStringLiteral("lab"), QStringLiteral("runs/x.tif"));
        QCOMPARE(dialog.expiryBox()->count(), 5);
        QCOMPARE(dialog.expiryBox()->itemText(4), QStringLiteral("7 days"));
        dialog.copyLink(); // unknown account: said inline, nothing copied
        QVERIFY(dialog.link().isEmpty());
        QVERIFY(!dialog.findChild<MessageBar *>()->isHidden());
    }
};

QTEST_MAIN(TestBrowserPanel)
#include "tst_browserpanel.moc"
