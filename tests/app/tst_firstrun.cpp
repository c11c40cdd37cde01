// The first-run assistant: opens when there is no account at all, reuses the account form
// (with its "Import from ~/.aws"), checks input before going on, and reports a store that does
// not answer inline. (The whole way through against a real server: tst_keyboard.)
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "../app/guitest.h"
#include "accountdialog.h"
#include "firstrun.h"
#include "messagebar.h"

using namespace haul;
using namespace haul::test;

class TestFirstRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(QCoreApplication::instance()); }

    void noAccountOpensTheAssistant()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        window.start();
        auto *wizard = window.findChild<FirstRunWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::AccountPageId));
        QVERIFY(wizard->accountForm()->isVisible());
        QVERIFY(!wizard->accountForm()->testButton()->isVisible()); // the assistant tests on its own page
        QVERIFY(!modalOpen());
    }

    void anEnvironmentAccountIsEnough()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKID"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:9"));
        AppFixture app(nullptr, env);
        MainWindow window(app.context());
        window.start();
        QVERIFY(!window.findChild<FirstRunWizard *>());
    }

    void inputIsCheckedBeforeGoingOn()
    {
        AppFixture app;
        FirstRunWizard wizard(&app.accounts, &app.buckets);
        wizard.show();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AccountPageId));
        QVERIFY(wizard.accountForm()->messageBar()->text().contains(QStringLiteral("Give the account a name")));
    }

    void aStoreThatDoesNotAnswerIsReportedInline()
    {
        AppFixture app;
        FirstRunWizard wizard(&app.accounts, &app.buckets);
        wizard.show();
        AccountDialog *form = wizard.accountForm();
        form->nameEdit()->setText(QStringLiteral("Lab"));
        form->serviceBox()->setCurrentIndex(1);
        form->endpointEdit()->setText(QStringLiteral("http://127.0.0.1:9"));
        form->accessKeyEdit()->setText(QStringLiteral("AKID"));
        form->secretEdit()->setText(QStringLiteral("secret"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ConnectPageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(wizard.connectMessage()->kind(), MessageBar::Kind::Error, 20000);
        QVERIFY2(wizard.connectMessage()->text().contains(QStringLiteral("Nothing answers")),
                 qPrintable(wizard.connectMessage()->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.savedAccount().isEmpty());
        QVERIFY(app.accounts.names().isEmpty()); // nothing saved that does not work
        QVERIFY(!modalOpen());
        QVERIFY(!saveScreenshot(&wizard, QStringLiteral("first-run-refused")).isEmpty());
        wizard.back();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::AccountPageId));
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("Lab"));
    }

    void importsAnAwsCliProfile()
    {
        QTemporaryDir dir;
        const QString credentials = dir.filePath(QStringLiteral("credentials"));
        const QString config = dir.filePath(QStringLiteral("config"));
        QFile c(credentials);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s1\n"
                "[ceph]\naws_access_key_id = AKIDCEPH\naws_secret_access_key = s2\n"
                "[sso]\nsso_start_url = https://example.org\n");
        c.close();
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profile ceph]\nregion = eu-central-1\nendpoint_url = https://ceph.example.org:7480\n");
        f.close();
        qputenv("AWS_SHARED_CREDENTIALS_FILE", credentials.toLocal8Bit());
        qputenv("AWS_CONFIG_FILE", config.toLocal8Bit());
        AppFixture app;
        FirstRunWizard wizard(&app.accounts, &app.buckets);
        qunsetenv("AWS_SHARED_CREDENTIALS_FILE");
        qunsetenv("AWS_CONFIG_FILE");
        wizard.show();
        AccountDialog *form = wizard.accountForm();
        QVERIFY(form->importButton()->isVisible());
        const QList<QAction *> profiles = form->importButton()->menu()->actions();
        QCOMPARE(profiles.size(), 2); // the SSO profile has no keys to import
        QCOMPARE(profiles.at(1)->text(), QStringLiteral("ceph (https://ceph.example.org:7480)"));
        profiles.at(1)->trigger();
        QCOMPARE(form->nameEdit()->text(), QStringLiteral("ceph"));
        const AccountConnection imported = form->connection();
        QCOMPARE(imported.account.endpoint, QUrl(QStringLiteral("https://ceph.example.org:7480")));
        QCOMPARE(imported.account.region, QStringLiteral("eu-central-1"));
        QCOMPARE(imported.account.addressing, Addressing::Path);
        QCOMPARE(imported.credentials.accessKeyId, QStringLiteral("AKIDCEPH"));
        QCOMPARE(imported.credentials.secretAccessKey, QStringLiteral("s2"));
        QVERIFY(form->validate());
    }

    void noProfilesNoButton()
    {
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.setAwsProfiles({});
        dialog.show();
        QVERIFY(!dialog.importButton()->isVisible());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
