#include <QComboBox>
#include <QDragEnterEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTcpServer>
#include <QTreeView>
#include <QToolButton>
#include <QtTest>

#include "accountdialog.h"
#include "breadcrumb.h"
#include "browserpanel.h"
#include "guitest.h"
#include "messagebar.h"
#include "queuemodel.h"
#include "queuepanel.h"

using namespace haul;
using namespace haul::test;

namespace {

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

Account otherAccount(const QString &name, const QString &endpoint)
{
    Account a;
    a.name = name;
    a.endpoint = QUrl(endpoint);
    a.addressing = Addressing::Path;
    a.accessKeyId = QStringLiteral("key");
    return a;
}

} // namespace

/// The main window without a server: drops, the account picker, inline errors, first run.
class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dropWithoutBucketSaysOpenABucket()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        QTemporaryFile file;
        QVERIFY(file.open());
        QVERIFY(dropFiles(&window, {file.fileName()}));
        QVERIFY2(window.statusText().contains(QStringLiteral("Open a bucket first")), qPrintable(window.statusText()));
        QCOMPARE(window.queue()->model()->rowCount(), 0);
        QVERIFY(!modalOpen());
    }

    void dropOntoAChildReachesTheWindow()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        QTemporaryFile file;
        QVERIFY(file.open());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file.fileName())});
        QWidget *child = window.queue()->view()->viewport();
        QDragEnterEvent enter(child->rect().center(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(child, &enter);
        QVERIFY(enter.isAccepted());
    }

    void nonFileDropsAreRefused()
    {
        AppFixture app;
        MainWindow window(app.context());
        QMimeData mime;
        mime.setText(QStringLiteral("hello"));
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }

    void accountPickerListsAccounts()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
        AppFixture app(nullptr, env);
        app.store.save(otherAccount(QStringLiteral("lab"), QStringLiteral("http://127.0.0.1:9")));
        MainWindow window(app.context());
        QComboBox *box = window.accountBox();
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts.append(box->itemText(i));
        QCOMPARE(texts, (QStringList{QStringLiteral("lab"), QStringLiteral("environment"), QString(),
                                     QStringLiteral("Add account…")}));
    }

    void refusedEndpointIsShownInline()
    {
        AppFixture app;
        const quint16 port = closedPort();
        app.store.save(otherAccount(QStringLiteral("lab"), QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(await<void>([&](auto done) { app.memory.writeSecret(QStringLiteral("lab"), QStringLiteral("s"), done); }));
        MainWindow window(app.context());
        window.show();
        QSignalSpy ready(&window, &MainWindow::accountReady);
        QSignalSpy loaded(window.browser(), &BrowserPanel::loaded);
        window.selectAccount(QStringLiteral("lab"));
        QVERIFY(ready.wait(5000));
        QVERIFY(loaded.wait(60000));
        MessageBar *bar = window.browser()->messageBar();
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QStringLiteral("Nothing answers at 127.0.0.1:%1.").arg(port)), qPrintable(bar->text()));
        QVERIFY(!modalOpen());
        QTest::qWait(50);
        QVERIFY(!saveScreenshot(&window, QStringLiteral("main-window-refused")).isEmpty());
    }

    void missingSecretAsksForIt()
    {
        AppFixture app;
        app.store.save(otherAccount(QStringLiteral("lab"), QStringLiteral("http://127.0.0.1:9")));
        MainWindow window(app.context());
        window.show();
        QSignalSpy failed(&window, &MainWindow::accountFailed);
        window.selectAccount(QStringLiteral("lab"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).value<Error>().code, ErrorCode::CredentialsMissing);
        auto *dialog = window.findChild<AccountDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("lab"));
        QVERIFY(dialog->messageBar()->text().contains(QStringLiteral("No secret key is stored")));
    }

    void firstRunOpensTheAccountDialog()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        window.start();
        auto *dialog = window.findChild<AccountDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(window.statusText().contains(QStringLiteral("Add the account")));
    }

    void pendingFilesWaitForABucket()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        window.addPendingUploads({QStringLiteral("/tmp/a.bin"), QStringLiteral("/tmp/b.bin")});
        auto *button = window.findChild<QPushButton *>();
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Upload 2 files here"));
        QVERIFY(!button->isEnabled()); // no bucket open yet
    }

    void breadcrumbFollowsTheLocation()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.browser()->openLocation(QStringLiteral("images"), QStringLiteral("2024/run 7/"));
        auto *crumb = window.browser()->findChild<Breadcrumb *>();
        QVERIFY(crumb);
        QCOMPARE(crumb->texts(), (QStringList{QStringLiteral("All buckets"), QStringLiteral("images"),
                                              QStringLiteral("2024"), QStringLiteral("run 7")}));
        QSignalSpy changed(window.browser(), &BrowserPanel::locationChanged);
        Q_EMIT crumb->locationClicked(QStringLiteral("images"), QStringLiteral("2024/"));
        QCOMPARE(window.browser()->prefix(), QStringLiteral("2024/"));
        QCOMPARE(changed.count(), 1);

        // "a//b" lies in a folder with no name under "a/": the AWS console shows it as "/".
        window.browser()->openLocation(QStringLiteral("images"), QStringLiteral("a//b/"));
        crumb = window.browser()->findChild<Breadcrumb *>();
        QCOMPARE(crumb->texts(), (QStringList{QStringLiteral("All buckets"), QStringLiteral("images"), QStringLiteral("a"),
                                              QStringLiteral("/"), QStringLiteral("b")}));
        QVERIFY(!saveScreenshot(crumb, QStringLiteral("breadcrumb-nameless-folder")).isEmpty());
        QList<QToolButton *> buttons = crumb->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
        QCOMPARE(buttons.size(), 5);
        Q_EMIT buttons.at(3)->clicked(); // the breadcrumb is disabled here: no account is open
        QCOMPARE(window.browser()->prefix(), QStringLiteral("a//"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
