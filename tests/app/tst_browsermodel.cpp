#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QtTest>

#include "browsermodel.h"

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
