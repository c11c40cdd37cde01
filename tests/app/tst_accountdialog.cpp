#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QtTest>

#include "accountdialog.h"
#include "filesizelimit.h"
#include "guitest.h"
#include "messagebar.h"

using namespace haul;
using namespace haul::test;

namespace {

/// A keychain that cannot be reached (no Secret Service): every call fails like QtKeychain's.
class UnreachableKeychain : public CredentialStore {
public:
    using CredentialStore::CredentialStore;
    void readSecret(const QString &name, ReadDone done) override
    {
        later([done, name] { done(fail(ErrorCode::KeychainUnavailable, name)); });
    }
    void writeSecret(const QString &name, const QString &, WriteDone done) override
    {
        later([done, name] { done(fail(ErrorCode::KeychainUnavailable, name)); });
    }
    void deleteSecret(const QString &name, WriteDone done) override
    {
        later([done, name] { done(fail(ErrorCode::KeychainUnavailable, name)); });
    }
    bool isPersistent() const override { return true; }

private:
    template <typename F>
    void later(F f) { QMetaObject::invokeMethod(this, f, Qt::QueuedConnection); }
};

/// A port on 127.0.0.1 where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

void fillOther(AccountDialog &dialog, const QString &endpoint)
{
    dialog.nameEdit()->setText(QStringLiteral("Lab storage"));
    dialog.serviceBox()->setCurrentIndex(1);
    dialog.endpointEdit()->setText(endpoint);
    dialog.accessKeyEdit()->setText(QStringLiteral("S3RVER"));
    dialog.secretEdit()->setText(QStringLiteral("S3RVER"));
}

} // namespace

/// The account dialog: inline validation, a plain answer to "Test connection", and the secret
/// kept for the session when the keychain cannot be reached. Never a modal message box.
class TestAccountDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void wrongEndpointIsSaidPlainly()
    {
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.show();
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        fillOther(dialog, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QSignalSpy tested(&dialog, &AccountDialog::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(!modalOpen());
        QVERIFY(tested.wait(60000));
        const QString text = dialog.messageBar()->text();
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(text.contains(QStringLiteral("Nothing answers at 127.0.0.1:%1.").arg(port)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Check the endpoint address")), qPrintable(text));
        QVERIFY(dialog.messageBar()->toolTip().contains(QStringLiteral("ConnectionRefused")));
        QVERIFY(!modalOpen());
        QTest::qWait(50); // let the layout grow the dialog
        QVERIFY(!saveScreenshot(&dialog, QStringLiteral("account-dialog-refused")).isEmpty());
    }

    void badInputIsExplainedInline_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("no name") << QString() << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("k") << QStringLiteral("name");
        QTest::newRow("no endpoint") << QStringLiteral("a") << QString() << QStringLiteral("k") << QStringLiteral("address of the storage");
        QTest::newRow("not a URL") << QStringLiteral("a") << QStringLiteral("s3.example.org") << QStringLiteral("k") << QStringLiteral("is not a web address");
        QTest::newRow("ftp") << QStringLiteral("a") << QStringLiteral("ftp://s3.example.org") << QStringLiteral("k") << QStringLiteral("is not a web address");
        QTest::newRow("no key") << QStringLiteral("a") << QStringLiteral("https://s3.example.org") << QString() << QStringLiteral("access key id");
    }

    void badInputIsExplainedInline()
    {
        QFETCH(QString, name);
        QFETCH(QString, endpoint);
        QFETCH(QString, key);
        QFETCH(QString, says);
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.show();
        fillOther(dialog, endpoint);
        dialog.nameEdit()->setText(name);
        dialog.accessKeyEdit()->setText(key);
        QSignalSpy tested(&app.buckets, &BucketService::connectionTested);
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(dialog.messageBar()->text().contains(says), qPrintable(dialog.messageBar()->text()));
        QCOMPARE(tested.count(), 0); // nothing was sent
        QVERIFY(!modalOpen());
    }

    void duplicateNameIsRefused()
    {
        AppFixture app;
        Account existing;
        existing.name = QStringLiteral("Lab storage");
        app.store.save(existing);
        AccountDialog dialog(&app.accounts, &app.buckets);
        fillOther(dialog, QStringLiteral("http://127.0.0.1:9000"));
        QVERIFY(!dialog.validate());
        QVERIFY(dialog.messageBar()->text().contains(QStringLiteral("already an account")));
    }

    void savesAccountAndSecret()
    {
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.show();
        fillOther(dialog, QStringLiteral("http://127.0.0.1:9000"));
        QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
        dialog.accept();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(1).toBool(), true);
        QVERIFY(!dialog.isVisible());
        const auto account = app.store.account(QStringLiteral("Lab storage"));
        QVERIFY(account);
        QCOMPARE(account->endpoint, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QCOMPARE(account->accessKeyId, QStringLiteral("S3RVER"));
        const auto secret = await<QString>([&](auto done) { app.memory.readSecret(QStringLiteral("Lab storage"), done); });
        QCOMPARE(secret.value_or(QString()), QStringLiteral("S3RVER"));
        QVERIFY(!app.settings.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("secret"), Qt::CaseInsensitive));
    }

    // The settings file cannot be written (a full disk, as here a file-size limit makes every
    // write fail): the dialog says so and stays open, instead of "saved"; Save again once the
    // file can be written, and the account is in it.
    void settingsNotWrittenIsSaid()
    {
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.show();
        fillOther(dialog, QStringLiteral("http://127.0.0.1:9000"));
        QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
        QPixmap seen;
        {
            FileSizeLimit limit(16);
            dialog.accept();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.messageBar()->kind(), MessageBar::Kind::Error, 5000);
            QLabel *text = nullptr; // the message's text: every line of it shown once laid out
            for (QLabel *l : dialog.messageBar()->findChildren<QLabel *>())
                text = l->wordWrap() ? l : text;
            QVERIFY(text);
            QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
            seen = dialog.grab();
        }
        QVERIFY(seen.save(QDir(screenshotDir()).filePath(QStringLiteral("account-dialog-not-written.png"))));
        QVERIFY(saved.isEmpty());
        QVERIFY(dialog.isVisible());
        const QString folder = QFileInfo(app.settings.fileName()).absolutePath();
        QVERIFY2(dialog.messageBar()->text().startsWith(QStringLiteral("Haul may not write into the folder “%1”.").arg(folder)),
                 qPrintable(dialog.messageBar()->text()));
        QVERIFY(!await<QString>([&](auto done) { app.memory.readSecret(QStringLiteral("Lab storage"), done); }));

        dialog.accept(); // the file can be written again
        QVERIFY2(saved.wait(5000), qPrintable(dialog.messageBar()->text()));
        QFile onDisk(app.settings.fileName()); // the file itself, not QSettings' memory
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(onDisk.readAll().contains("name=Lab storage"));
    }

    void keychainUnavailableKeepsSecretForTheSession()
    {
        UnreachableKeychain keychain;
        AppFixture app(&keychain);
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.show();
        fillOther(dialog, QStringLiteral("http://127.0.0.1:9000"));
        QSignalSpy saved(&dialog, &AccountDialog::accountSaved);
        dialog.accept();
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().at(1).toBool(), false);
        QVERIFY(dialog.isVisible()); // stays open so the note is read
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY(dialog.messageBar()->text().contains(QStringLiteral("for this session only")));
        QVERIFY(app.accounts.isSessionOnly(QStringLiteral("Lab storage")));
        QVERIFY(app.accounts.isActive(QStringLiteral("Lab storage")));
        const auto secret = await<QString>([&](auto done) { app.accounts.readSecret(QStringLiteral("Lab storage"), done); });
        QCOMPARE(secret.value_or(QString()), QStringLiteral("S3RVER"));
        QTest::qWait(50);
        QVERIFY(!saveScreenshot(&dialog, QStringLiteral("account-dialog-session-only")).isEmpty());
        dialog.accept();
        QVERIFY(!dialog.isVisible());
    }

    void regionsComeFromTheCore()
    {
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        QCOMPARE(dialog.regionBox()->count(), int(awsRegions().size()));
        dialog.serviceBox()->setCurrentIndex(0);
        dialog.show();
        QVERIFY(!dialog.endpointEdit()->isVisible());
        dialog.serviceBox()->setCurrentIndex(1);
        QVERIFY(dialog.endpointEdit()->isVisible());
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
