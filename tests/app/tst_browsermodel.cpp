#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QtTest>

#include "browsermodel.h"
#include "browserproxy.h"

using namespace haul;

namespace {

ObjectInfo object(const QString &key, qint64 size)
{
    ObjectInfo o;
    o.key = key;
    o.size = size;
    o.lastModified = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());
    return o;
}

ObjectInfo folder(const QString &key)
{
    ObjectInfo p;
    p.key = key;
    p.isPrefix = true;
    return p;
}

} // namespace

/// The browser's model: buckets, pages of a folder listing, folders before files when sorted.
class TestBrowserModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketsAtTheTop()
    {
        BrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBuckets({{QStringLiteral("raw"), {}}, {QStringLiteral("results"), {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.entry(0).kind, BrowserModel::Kind::Bucket);
        QCOMPARE(model.index(1, BrowserModel::Name).data().toString(), QStringLiteral("results"));
        QCOMPARE(model.index(1, BrowserModel::Size).data().toString(), QString());
    }

    void pagesAppendUnderThePrefix()
    {
        BrowserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(QStringLiteral("runs/"));
        ListPage first;
        first.objects = {object(QStringLiteral("runs/"), 0), object(QStringLiteral("runs/a.tif"), 2048)};
        first.prefixes = {folder(QStringLiteral("runs/2024/"))};
        first.truncated = true;
        ListPage second;
        second.objects = {object(QStringLiteral("runs/b.tif"), 10)};
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendPage(first);
        model.appendPage(second);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 3); // the folder marker "runs/" is not a file
        QCOMPARE(model.entry(0).kind, BrowserModel::Kind::Folder);
        QCOMPARE(model.entry(0).name, QStringLiteral("2024"));
        QCOMPARE(model.entry(0).key, QStringLiteral("runs/2024/"));
        QCOMPARE(model.entry(1).name, QStringLiteral("a.tif"));
        QCOMPARE(model.index(1, BrowserModel::Name).data(BrowserModel::KeyRole).toString(), QStringLiteral("runs/a.tif"));
        QCOMPARE(model.index(1, BrowserModel::Size).data(BrowserModel::SizeRole).toLongLong(), 2048);
    }

    void folderWithNoNameShowsAsSlash()
    {
        // The key "runs//x.tif" lies in a folder "runs//", whose name under "runs/" is empty.
        BrowserModel model;
        model.reset(QStringLiteral("runs/"));
        ListPage page;
        page.prefixes = {folder(QStringLiteral("runs//"))};
        model.appendPage(page);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BrowserModel::Name).data().toString(), QStringLiteral("/"));
        QCOMPARE(model.index(0, BrowserModel::Name).data(BrowserModel::KeyRole).toString(), QStringLiteral("runs//"));
    }

    void foldersSortFirst()
    {
        BrowserModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(BrowserModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ListPage page;
        page.objects = {object(QStringLiteral("a.bin"), 5), object(QStringLiteral("Z.bin"), 1)};
        page.prefixes = {folder(QStringLiteral("zeta/")), folder(QStringLiteral("alpha/"))};
        model.appendPage(page);
        proxy.sort(BrowserModel::Name, Qt::AscendingOrder);
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names.append(proxy.index(row, 0).data().toString());
        QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("zeta"), QStringLiteral("a.bin"), QStringLiteral("Z.bin")}));
        proxy.sort(BrowserModel::Size, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a.bin"));
    }

    // The browser's own proxy sorts the same way (without QVariants) and filters by name.
    void browserProxySortsAndFilters()
    {
        BrowserModel model;
        BrowserProxy proxy(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ListPage page;
        page.objects = {object(QStringLiteral("a.bin"), 5), object(QStringLiteral("Z.bin"), 1),
                        object(QStringLiteral("m.tif"), 9)};
        page.prefixes = {folder(QStringLiteral("zeta/")), folder(QStringLiteral("alpha/"))};
        model.appendPage(page);
        auto names = [&proxy] {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row)
                out.append(proxy.index(row, 0).data().toString());
            return out;
        };
        proxy.sort(BrowserModel::Name, Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("zeta"), QStringLiteral("a.bin"),
                                       QStringLiteral("m.tif"), QStringLiteral("Z.bin")}));
        proxy.sort(BrowserModel::Size, Qt::DescendingOrder);
        QCOMPARE(names().first(), QStringLiteral("m.tif"));
        proxy.sort(BrowserModel::Size, Qt::AscendingOrder);
        QCOMPARE(names().mid(0, 3), (QStringList{QStringLiteral("alpha"), QStringLiteral("zeta"), QStringLiteral("Z.bin")}));
        proxy.setNameFilter(QStringLiteral("A"));
        QCOMPARE(names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("zeta"), QStringLiteral("a.bin")}));
        proxy.setNameFilter({});
        QCOMPARE(proxy.rowCount(), 5);
    }

    // Rows can be dragged (objects, folders) and dropped onto (folders, buckets, the folder
    // itself; never onto the list of buckets). Only local files are accepted as drops.
    void dragAndDropFlags()
    {
        BrowserModel model;
        model.reset(QStringLiteral("runs/"));
        ListPage page;
        page.objects = {object(QStringLiteral("runs/a.bin"), 5)};
        page.prefixes = {folder(QStringLiteral("runs/sub/"))};
        model.appendPage(page);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDropEnabled);  // sub/
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsDropEnabled)); // a.bin
        QVERIFY(model.flags({}) & Qt::ItemIsDropEnabled);
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/x.bin"))});
        QSignalSpy dropped(&model, &BrowserModel::filesDropped);
        QVERIFY(model.dropMimeData(&files, Qt::CopyAction, -1, -1, model.index(0, 0)));
        QCOMPARE(dropped.at(0).at(1).toString(), QStringLiteral("runs/sub/"));
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.org/x"))});
        QVERIFY(!model.canDropMimeData(&web, Qt::CopyAction, -1, -1, {}));
        model.setBuckets({{QStringLiteral("raw"), {}}});
        QVERIFY(!(model.flags({}) & Qt::ItemIsDropEnabled));
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDropEnabled);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled));
    }

    void virtualFolder()
    {
        BrowserModel model;
        model.reset(QStringLiteral("runs/"));
        model.addFolder(QStringLiteral("new"));
        QCOMPARE(model.entry(0).key, QStringLiteral("runs/new/"));
    }
};

QTEST_MAIN(TestBrowserModel)
#include "tst_browsermodel.moc"
