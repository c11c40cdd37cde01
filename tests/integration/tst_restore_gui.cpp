// Restore from archive in the real window against moto (which keeps storage classes and
// restores at once, as S3 does after hours), offscreen: the action is offered for archived
// objects and folders only, the dialog's choices reach the store, the outcome is said, and
// Details then says until when the restored copy can be downloaded.
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "browseractions.h"
#include "browserpanel.h"
#include "messagebar.h"
#include "objectdetails.h"
#include "restoredialog.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

class TestRestoreGui : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;
    QString m_bucket;
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<MainWindow> m_window;

    BrowserPanel *panel() const { return m_window->browser(); }

    bool put(const QString &key, const QString &storageClass)
    {
        QStringList args{QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"),
                         makeRandomFile(m_dir.path(), 1000, 81), QStringLiteral("s3://%1/%2").arg(m_bucket, key)};
        if (!storageClass.isEmpty())
            args << QStringLiteral("--storage-class") << storageClass;
        return runAws(m_server, args) == 0;
    }

    /// Selects exactly the rows showing these names.
    void select(const QStringList &names)
    {
        QTreeView *view = panel()->view();
        view->clearSelection();
        const QStringList shown = rowNames(view->model());
        for (const QString &name : names)
            view->selectionModel()->select(view->model()->index(int(shown.indexOf(name)), 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    QString restoreState(const QString &key)
    {
        QByteArray out;
        runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("head-object"), QStringLiteral("--bucket"), m_bucket,
                          QStringLiteral("--key"), key}, &out);
        return QString::fromUtf8(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("moto"));
        QVERIFY2(!m_server.name.isEmpty(), "moto is not running");
        QVERIFY(m_dir.isValid());
        m_bucket = uniqueBucketName(QStringLiteral("haul-restore"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        QVERIFY(put(QStringLiteral("scan-0042.tif"), QStringLiteral("DEEP_ARCHIVE")));
        QVERIFY(put(QStringLiteral("notes.txt"), {}));
        QVERIFY(put(QStringLiteral("run42/plate-01.tif"), QStringLiteral("GLACIER")));
        QVERIFY(put(QStringLiteral("run42/raw/scan.bin"), QStringLiteral("GLACIER")));
        QVERIFY(put(QStringLiteral("run42/readme.txt"), {}));

        m_app = std::make_unique<AppFixture>();
        QVERIFY(startWindow(*m_app, m_window, connectionFor(m_server)));
        QSignalSpy loaded(panel(), &BrowserPanel::loaded);
        panel()->openLocation(m_bucket, {});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(rowNames(panel()->view()->model()),
                 (QStringList{QStringLiteral("run42"), QStringLiteral("notes.txt"), QStringLiteral("scan-0042.tif")}));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_app.reset();
    }

    void offeredForArchivedObjectsAndFolders()
    {
        QAction *restore = m_window->browserActions()->restoreAction();
        select({QStringLiteral("notes.txt")});
        QVERIFY(!restore->isEnabled());
        QVERIFY(!m_window->browserActions()->restoreSelected());
        select({QStringLiteral("scan-0042.tif")});
        QVERIFY(restore->isEnabled());
        const QAbstractItemModel *rows = panel()->view()->model();
        QCOMPARE(rows->index(2, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("scan-0042.tif\nArchived (DEEP_ARCHIVE): restore it with Edit ▸ Restore from archive… "
                                "before downloading it."));
        QCOMPARE(rows->index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("notes.txt"));
        select({QStringLiteral("run42")});
        QVERIFY(restore->isEnabled());
    }

    void folderAndFileAreRestored()
    {
        select({QStringLiteral("run42"), QStringLiteral("scan-0042.tif"), QStringLiteral("notes.txt")});
        auto *dialog = qobject_cast<RestoreDialog *>(m_window->browserActions()->restoreSelected());
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("archived files of the selection.")),
                 qPrintable(dialog->findChild<QLabel *>()->text()));
        dialog->findChild<QSpinBox *>()->setValue(3);
        auto *tier = dialog->findChild<QComboBox *>();
        tier->setCurrentIndex(tier->findData(QStringLiteral("Bulk")));
        QVERIFY(unnamedControls(dialog).isEmpty());
        QVERIFY(!saveScreenshot(dialog, QStringLiteral("restore-dialog")).isEmpty());
        QPushButton *go = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Restore"))
                go = b;
        }
        QVERIFY(go);
        QSignalSpy status(m_window->browserActions(), &BrowserActions::statusMessage);
        go->click();
        MessageBar *bar = panel()->messageBar();
        QTRY_COMPARE_WITH_TIMEOUT(bar->kind(), MessageBar::Kind::Success, 30000);
        QStringList said;
        for (const QList<QVariant> &s : std::as_const(status))
            said.append(s.at(0).toString());
        // the folder is listed first, then each answer counts (3 archived: run42's 2 and the file)
        QVERIFY2(said.size() >= 6, qPrintable(said.join(u'|')));
        QCOMPARE(said.mid(0, 5), (QStringList{QStringLiteral("Looking for archived files…"),
                                              QStringLiteral("Asking for the restore: 0 of 3 files answered…"),
                                              QStringLiteral("Asking for the restore: 1 of 3 files answered…"),
                                              QStringLiteral("Asking for the restore: 2 of 3 files answered…"),
                                              QStringLiteral("Asking for the restore: 3 of 3 files answered…")}));
        QCOMPARE(bar->text(), QStringLiteral("Restore asked for 3 files; it takes 5–12 hours (Deep Archive: up to 48). "
                                             "Download them once it is done."));
        for (const QString &key : {QStringLiteral("run42/plate-01.tif"), QStringLiteral("run42/raw/scan.bin"),
                                   QStringLiteral("scan-0042.tif")})
            QVERIFY2(restoreState(key).contains(QStringLiteral("expiry-date")), qPrintable(key));
        QVERIFY(!restoreState(QStringLiteral("notes.txt")).contains(QStringLiteral("Restore")));
        QVERIFY(!saveScreenshot(m_window.get(), QStringLiteral("browser-restore-asked")).isEmpty());

        // Asked again: they are restored already (moto restores at once).
        select({QStringLiteral("scan-0042.tif")});
        dialog = qobject_cast<RestoreDialog *>(m_window->browserActions()->restoreSelected());
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("“scan-0042.tif”")));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(bar->text(), QStringLiteral("1 file is restored already and can be downloaded now."), 30000);
        QVERIFY(!modalOpen());
    }

    void detailsSayUntilWhen()
    {
        select({QStringLiteral("scan-0042.tif")});
        m_window->browserActions()->showDetails();
        ObjectDetails *details = nullptr;
        QTRY_VERIFY((details = m_window->findChild<ObjectDetails *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!details->value(QStringLiteral("Size")).isEmpty(), 30000);
        QVERIFY2(details->value(QStringLiteral("Restore")).startsWith(QStringLiteral("done: it can be downloaded until")),
                 qPrintable(details->value(QStringLiteral("Restore")) + QLatin1Char('|') + details->value(QStringLiteral("Storage class"))));
        details->close();
    }
};

QTEST_MAIN(TestRestoreGui)
#include "tst_restore_gui.moc"
