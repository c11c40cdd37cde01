// Keys allowed one bucket but not to list buckets (an IAM policy without s3:ListAllMyBuckets, a
// bucket shared from another account): Ceph RGW behind the fault proxy, which answers
// ListBuckets (GET /) with 403 AccessDenied and forwards everything else, signed, to RGW.
// The account dialog says what to do and points at its Bucket field; an account with a bucket
// shows it and browses it; without one, View ▸ Open a bucket or folder (Ctrl+L) reaches it.
// And a bucket shared by a bucket policy with RGW's second user, whose ListBuckets answers
// with its own buckets only (none).
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "accountdialog.h"
#include "browserpanel.h"
#include "firstrun.h"
#include "locationdialog.h"
#include "messagebar.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "proxyprocess.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

QStringList names(BrowserPanel *panel)
{
    return rowNames(panel->view()->model());
}

} // namespace

class TestBucketAccess : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    ProxyProcess m_proxy;
    QTemporaryDir m_dir;
    QString m_bucket;

    /// The account as the lab's administrator hands it out: RGW's keys, through the proxy.
    AccountConnection account(const QString &bucket) const
    {
        AccountConnection c = connectionFor(m_server);
        c.account.name = QStringLiteral("Lab (one bucket)");
        c.account.endpoint = m_proxy.url();
        c.account.bucket = bucket;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("rgw"));
        QVERIFY2(!m_server.name.isEmpty(), "Ceph RGW is not running");
        QVERIFY(m_dir.isValid());
        m_bucket = uniqueBucketName(QStringLiteral("haul-onebucket"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + m_bucket}), 0);
        const QString file = makeRandomFile(m_dir.path(), 4096, 71);
        for (const QString &key : {QStringLiteral("run-42/plate-01.tif"), QStringLiteral("notes.txt")})
            QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("--no-progress"), file,
                                       QStringLiteral("s3://%1/%2").arg(m_bucket, key)}), 0);
        // the second user may use the bucket (a bucket policy), but does not own it
        const QString policy = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
            "\"Principal\": {\"AWS\": [\"arn:aws:iam:::user/seconduser\"]}, \"Action\": [\"s3:*\"], "
            "\"Resource\": [\"arn:aws:s3:::%1\", \"arn:aws:s3:::%1/*\"]}]}").arg(m_bucket);
        QCOMPARE(runAws(m_server, {QStringLiteral("s3api"), QStringLiteral("put-bucket-policy"), QStringLiteral("--bucket"),
                                   m_bucket, QStringLiteral("--policy"), policy}), 0);
        QVERIFY(m_proxy.start(m_server.endpoint, R"({"rules": [{"name": "no-list-buckets",
            "match": {"method": "GET", "path": "^/$"}, "action": "status", "status": 403, "code": "AccessDenied"}]})"));
    }

    void accountDialogPointsAtTheBucketField()
    {
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        const AccountConnection c = account({});
        dialog.nameEdit()->setText(c.account.name);
        dialog.serviceBox()->setCurrentIndex(1);
        dialog.endpointEdit()->setText(c.account.endpoint.toString());
        dialog.accessKeyEdit()->setText(c.credentials.accessKeyId);
        dialog.secretEdit()->setText(c.credentials.secretAccessKey);
        QSignalSpy tested(&dialog, &AccountDialog::connectionTested);

        // the store refuses to list buckets: said, and the Bucket field is where the cursor goes
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.last().at(0).value<Error>().code, ErrorCode::ListBucketsDenied);
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(dialog.messageBar()->text().contains(QStringLiteral("This account is not allowed to list buckets.")),
                 qPrintable(dialog.messageBar()->text()));
        QVERIFY2(dialog.messageBar()->text().contains(QStringLiteral("enter that bucket's name under “Bucket”")),
                 qPrintable(dialog.messageBar()->text()));
        QCOMPARE(QApplication::focusWidget(), dialog.bucketEdit());
        QTest::qWait(50); // let the layout grow the dialog
        QVERIFY(!saveScreenshot(&dialog, QStringLiteral("account-dialog-list-denied")).isEmpty());

        // an address where a name belongs is explained before anything is sent
        const int requests = int(m_proxy.requests().size());
        QTest::keyClicks(dialog.bucketEdit(), QStringLiteral("s3://") + m_bucket + QStringLiteral("/run-42/"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(dialog.messageBar()->text().contains(QStringLiteral("is not a bucket name")), qPrintable(dialog.messageBar()->text()));
        QTest::qWait(200);
        QCOMPARE(int(m_proxy.requests().size()), requests);

        // a bucket that is not there: said, the field again
        dialog.bucketEdit()->setText(QStringLiteral("no-such-bucket-") + m_bucket.right(8));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QCOMPARE(tested.last().at(0).value<Error>().code, ErrorCode::NoSuchBucket);
        QCOMPARE(QApplication::focusWidget(), dialog.bucketEdit());

        // the bucket it may use: connected, and saved with the account
        dialog.bucketEdit()->setText(m_bucket);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(60000));
        QVERIFY(tested.last().at(0).value<Error>().ok());
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Success);
        QCOMPARE(dialog.messageBar()->text(), QStringLiteral("Connected: this account sees 1 bucket."));
        QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(saved.count() > 0 || saved.wait(10000));
        QSettings written(app.settings.fileName(), QSettings::IniFormat); // the file itself
        QCOMPARE(AccountStore(&written).account(c.account.name).value().bucket, m_bucket);
    }

    void firstRunLeadsToTheBucketField()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        FirstRunWizard *wizard = window.openFirstRun();
        QVERIFY(wizard);
        AccountDialog *form = wizard->accountForm();
        const AccountConnection c = account({});
        form->nameEdit()->setText(c.account.name);
        form->serviceBox()->setCurrentIndex(1);
        form->endpointEdit()->setText(c.account.endpoint.toString());
        form->accessKeyEdit()->setText(c.credentials.accessKeyId);
        form->secretEdit()->setText(c.credentials.secretAccessKey);
        wizard->next(); // tests the connection
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ConnectPageId));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->connectMessage()->kind(), MessageBar::Kind::Error, 30000);
        QVERIFY2(wizard->connectMessage()->text().contains(QStringLiteral("This account is not allowed to list buckets.")),
                 qPrintable(wizard->connectMessage()->text()));
        QVERIFY2(wizard->connectMessage()->text().contains(QStringLiteral("Click Back, enter the name of the bucket it may use under “Bucket”")),
                 qPrintable(wizard->connectMessage()->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QTest::qWait(50); // let the layout grow the window
        QVERIFY(!saveScreenshot(wizard, QStringLiteral("first-run-list-denied")).isEmpty());

        wizard->back(); // to the form: the bucket's name, then on
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AccountPageId));
        form->bucketEdit()->setText(m_bucket);
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 30000);
        QCOMPARE(wizard->savedAccount(), c.account.name);
        wizard->next();
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::BucketPageId));
        QCOMPARE(wizard->chosenBucket(), m_bucket);
        QSignalSpy loaded(window.browser(), &BrowserPanel::loaded);
        wizard->accept(); // Finish
        QTRY_COMPARE_WITH_TIMEOUT(window.browser()->bucket(), m_bucket, 10000);
        QVERIFY(loaded.count() > 0 || loaded.wait(30000));
        QCOMPARE(names(window.browser()), (QStringList{QStringLiteral("run-42"), QStringLiteral("notes.txt")}));
        QCOMPARE(app.accounts.account(c.account.name).value().bucket, m_bucket);
    }

    void accountWithABucketOpensIt()
    {
        AppFixture app;
        std::unique_ptr<MainWindow> window;
        QVERIFY(startWindow(app, window, account(m_bucket)));
        BrowserPanel *panel = window->browser();
        QCOMPARE(panel->bucket(), m_bucket); // opened at once, as Cyberduck opens a bookmark's path
        QCOMPARE(names(panel), (QStringList{QStringLiteral("run-42"), QStringLiteral("notes.txt")}));
        QVERIFY2(panel->messageBar()->isHidden(), qPrintable(panel->messageBar()->text()));

        // All buckets: the store refuses the list, the account's bucket is shown on its own
        QSignalSpy loaded(panel, &BrowserPanel::loaded);
        panel->openLocation({}, {});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(names(panel), QStringList{m_bucket});
        QVERIFY2(panel->messageBar()->isHidden(), qPrintable(panel->messageBar()->text()));
        Q_EMIT panel->view()->activated(panel->view()->model()->index(0, 0)); // as a double-click does
        QVERIFY(loaded.wait(30000));
        QCOMPARE(panel->bucket(), m_bucket);
    }

    void sharedBucketIsShownToTheOtherAccount()
    {
        AccountConnection second = connectionFor(m_server); // straight to RGW: ListBuckets is allowed
        second.account.name = QStringLiteral("Second user");
        second.account.accessKeyId = second.credentials.accessKeyId = QString::fromUtf8(serverEnvValue("RGW_SECOND_ACCESS_KEY"));
        second.credentials.secretAccessKey = QString::fromUtf8(serverEnvValue("RGW_SECOND_SECRET_KEY"));
        QVERIFY2(!second.account.accessKeyId.isEmpty(), "servers.env names no second RGW user");
        {
            // without a bucket named: no bucket of its own, and where to look for a shared one
            AppFixture app;
            std::unique_ptr<MainWindow> window;
            QVERIFY(startWindow(app, window, second));
            BrowserPanel *panel = window->browser();
            QVERIFY(names(panel).isEmpty());
            QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Info);
            QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("open a bucket shared with it with View ▸ Open a bucket or folder.")),
                     qPrintable(panel->messageBar()->text()));
        }
        second.account.bucket = m_bucket;
        AppFixture app;
        QSignalSpy tested(&app.buckets, &BucketService::connectionTested);
        app.buckets.testConnection(second);
        QVERIFY(tested.wait(60000));
        QVERIFY(tested.last().at(2).value<Error>().ok());
        QCOMPARE(tested.last().at(1).value<QList<BucketInfo>>().size(), 1);
        QCOMPARE(tested.last().at(1).value<QList<BucketInfo>>().first().name, m_bucket);
        std::unique_ptr<MainWindow> window;
        QVERIFY(startWindow(app, window, second));
        BrowserPanel *panel = window->browser();
        QCOMPARE(panel->bucket(), m_bucket);
        QCOMPARE(names(panel), (QStringList{QStringLiteral("run-42"), QStringLiteral("notes.txt")}));
        QSignalSpy loaded(panel, &BrowserPanel::loaded);
        panel->openLocation({}, {});
        QVERIFY(loaded.wait(30000));
        QCOMPARE(names(panel), QStringList{m_bucket});
        QVERIFY2(panel->messageBar()->isHidden(), qPrintable(panel->messageBar()->text()));
    }

    void openLocationReachesTheBucket()
    {
        AppFixture app;
        std::unique_ptr<MainWindow> window;
        QVERIFY(startWindow(app, window, account({})));
        BrowserPanel *panel = window->browser();
        QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("View ▸ Open a bucket or folder.")),
                 qPrintable(panel->messageBar()->text()));
        QVERIFY(!saveScreenshot(window.get(), QStringLiteral("browser-list-denied")).isEmpty());

        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        auto *dialog = window->findChild<LocationDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->edit()->text(), QStringLiteral("s3://"));
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        QCOMPARE(QApplication::focusWidget(), dialog->edit());
        QTest::keyClicks(dialog->edit(), m_bucket + QStringLiteral("/run-42"));
        QSignalSpy loaded(panel, &BrowserPanel::loaded);
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(panel->bucket(), m_bucket);
        QCOMPARE(panel->prefix(), QStringLiteral("run-42/"));
        QCOMPARE(names(panel), QStringList{QStringLiteral("plate-01.tif")});
        QVERIFY2(panel->messageBar()->isHidden(), qPrintable(panel->messageBar()->text()));
        QVERIFY(!saveScreenshot(window.get(), QStringLiteral("browser-opened-by-name")).isEmpty());
    }

    // A "drop box": the second user may put files into the bucket, not list it. The browser says
    // so (a warning, not an error), and a folder dropped on it still goes up, every file of it.
    void dropBoxTakesFilesItCannotSee()
    {
        const QString bucket = makeWriteOnlyBucket(m_server, QStringLiteral("haul-dropbox"));
        QVERIFY(!bucket.isEmpty());
        const TestServer second = secondRgwUser(m_server);
        QVERIFY2(!second.name.isEmpty(), "servers.env names no second RGW user");
        AccountConnection writer = connectionFor(second);
        writer.account.name = QStringLiteral("Microscope drop box");
        writer.account.bucket = bucket;
        AppFixture app;
        std::unique_ptr<MainWindow> window;
        QVERIFY(startWindow(app, window, writer));
        BrowserPanel *panel = window->browser();
        QCOMPARE(panel->bucket(), bucket);
        QVERIFY(names(panel).isEmpty());
        QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Warning);
        QCOMPARE(panel->messageBar()->text(),
                 QStringLiteral("This account may not see what is in “%1”. If it may put files there (a drop box), files "
                                "dropped here are uploaded, every one, since Haul cannot see which are there already.").arg(bucket));

        const QString plates = m_dir.filePath(QStringLiteral("plates"));
        QVERIFY(QDir().mkpath(plates));
        for (const QString &name : {QStringLiteral("plate-01.tif"), QStringLiteral("plate-02.tif")})
            QVERIFY(QFile::copy(makeRandomFile(m_dir.path(), 3000, 7), plates + QLatin1Char('/') + name));
        QVERIFY(dropFiles(window.get(), {plates}));
        QueueModel *queue = window->queue()->model();
        QCOMPARE(queue->rowCount(), 1);
        const QModelIndex row = queue->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(queue->folderAt(row) && queue->folderAt(row)->isFinished(), 60000);
        const FolderSnapshot done = *queue->folderAt(row);
        QCOMPARE(done.state, FolderState::Finished);
        QCOMPARE(done.filesDone, qint64(2));
        QVERIFY(done.notCompared);
        const QModelIndex state = row.siblingAtColumn(QueueModel::State);
        QVERIFY2(state.data().toString().endsWith(QStringLiteral(", all sent")), qPrintable(state.data().toString()));
        QCOMPARE(state.data(QueueModel::StateRole).toInt(), int(TransferState::Verified));
        QVERIFY(!saveScreenshot(window.get(), QStringLiteral("browser-drop-box")).isEmpty());
        QByteArray listed;
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("ls"), QStringLiteral("--recursive"),
                                   QStringLiteral("s3://%1/").arg(bucket)}, &listed), 0);
        QCOMPARE(listed.count("plates/plate-0"), 2);
    }
};

QTEST_MAIN(TestBucketAccess)
#include "tst_bucketaccess.moc"
