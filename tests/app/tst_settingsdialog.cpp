// The Settings dialog: shows and stores the preferences, warns when checksums are turned off,
// opens with Ctrl+, and what it stores reaches uploads and new accounts.
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>

#include "../app/guitest.h"
#include "accountdialog.h"
#include "filesizelimit.h"
#include "messagebar.h"
#include "settingsdialog.h"

using namespace haul;
using namespace haul::test;

class TestSettingsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(QCoreApplication::instance()); }

    void showsTheStoredPreferences()
    {
        AppFixture app;
        Preferences p;
        p.connections = 6;
        p.bandwidthMiBps = 40;
        p.partSizeMiB = 128;
        p.checksum = ChecksumMode::Crc32c;
        p.storageClass = QStringLiteral("DEEP_ARCHIVE");
        p.existingFile = ExistingFile::Overwrite;
        p.notifications = false;
        p.language = QStringLiteral("es");
        p.followLinks = true;
        app.preferences.setPreferences(p);
        SettingsDialog dialog(&app.preferences);
        QCOMPARE(dialog.preferences(), p);
        QVERIFY(dialog.followLinksBox()->isChecked());
        QCOMPARE(dialog.storageClassBox()->currentText(),
                 QStringLiteral("Glacier Deep Archive (12 hours or more to restore) (DEEP_ARCHIVE)"));
        QCOMPARE(dialog.languageBox()->currentText(), QString::fromUtf8("Español"));
    }

    void defaultsReadPlainly()
    {
        AppFixture app;
        SettingsDialog dialog(&app.preferences);
        QCOMPARE(dialog.connectionsBox()->text(), QStringLiteral("Automatic (16)"));
        QCOMPARE(dialog.bandwidthBox()->text(), QStringLiteral("No limit"));
        QVERIFY(dialog.partSizeBox()->currentText().startsWith(QStringLiteral("Automatic")));
        QCOMPARE(dialog.storageClassBox()->currentText(), QStringLiteral("The store's default"));
        QCOMPARE(dialog.existingFileBox()->currentText(), QStringLiteral("Ask me"));
        QVERIFY(dialog.notificationsBox()->isChecked());
        QVERIFY(!dialog.followLinksBox()->isChecked()); // links are skipped unless asked for
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("System language"));
    }

    void okStoresAndAnnounces()
    {
        AppFixture app;
        SettingsDialog dialog(&app.preferences);
        QSignalSpy changed(&app.preferences, &AppSettings::changed);
        dialog.bandwidthBox()->setValue(5);
        dialog.storageClassBox()->setCurrentIndex(dialog.storageClassBox()->findData(QStringLiteral("STANDARD_IA")));
        dialog.existingFileBox()->setCurrentIndex(2);
        QTest::mouseClick(dialog.followLinksBox(), Qt::LeftButton, {}, QPoint(8, dialog.followLinksBox()->height() / 2));
        dialog.accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(app.preferences.preferences().bandwidthMiBps, 5);
        QCOMPARE(app.preferences.preferences().bytesPerSecond(), 5LL * 1024 * 1024);
        QCOMPARE(app.settings.value(QStringLiteral("preferences/storageClass")).toString(), QStringLiteral("STANDARD_IA"));
        QCOMPARE(app.settings.value(preferenceKeys::existingFile()).toString(), QStringLiteral("skip-identical"));
        QVERIFY(app.preferences.preferences().followLinks);
        QCOMPARE(app.settings.value(QStringLiteral("preferences/followLinks")).toBool(), true);
    }

    // The settings file cannot be written (a full disk; here a file-size limit): the new values
    // apply, the dialog says why they are not saved and stays; OK again saves them.
    void settingsNotWrittenIsSaid()
    {
        AppFixture app;
        SettingsDialog dialog(&app.preferences);
        dialog.show();
        dialog.bandwidthBox()->setValue(7);
        {
            FileSizeLimit limit(16);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.saveError()->kind(), MessageBar::Kind::Error);
        const QString folder = QFileInfo(app.settings.fileName()).absolutePath();
        QVERIFY2(dialog.saveError()->text().startsWith(QStringLiteral("Haul may not write into the folder “%1”.").arg(folder)),
                 qPrintable(dialog.saveError()->text()));
        QCOMPARE(app.preferences.preferences().bandwidthMiBps, 7); // in force all the same
        QVERIFY(!saveScreenshot(&dialog, QStringLiteral("settings-not-written")).isEmpty());
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QFile onDisk(app.settings.fileName()); // the file itself, not QSettings' memory
        QVERIFY(onDisk.open(QIODevice::ReadOnly));
        QVERIFY(onDisk.readAll().contains("bandwidthMiBps=7"));
    }

    void cancelKeepsEverything()
    {
        AppFixture app;
        SettingsDialog dialog(&app.preferences);
        QSignalSpy changed(&app.preferences, &AppSettings::changed);
        dialog.connectionsBox()->setValue(3);
        dialog.reject();
        QCOMPARE(changed.count(), 0);
        QCOMPARE(app.preferences.preferences(), Preferences());
    }

    void checksumOffWarns()
    {
        AppFixture app;
        SettingsDialog dialog(&app.preferences);
        dialog.show();
        QVERIFY(dialog.checksumWarning()->isHidden());
        dialog.checksumBox()->setCurrentIndex(dialog.checksumBox()->findData(int(ChecksumMode::Off)));
        QVERIFY(dialog.checksumWarning()->isVisible());
        QCOMPARE(dialog.checksumWarning()->kind(), MessageBar::Kind::Warning);
        QVERIFY(dialog.checksumWarning()->text().contains(QStringLiteral("cannot prove")));
        QVERIFY(!saveScreenshot(&dialog, QStringLiteral("settings-checksum-off")).isEmpty());
        dialog.checksumBox()->setCurrentIndex(dialog.checksumBox()->findData(int(ChecksumMode::Md5)));
        QVERIFY(dialog.checksumWarning()->isHidden());
    }

    void restoreDefaults()
    {
        AppFixture app;
        Preferences p;
        p.connections = 2;
        p.notifications = false;
        app.preferences.setPreferences(p);
        SettingsDialog dialog(&app.preferences);
        auto *box = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(box);
        box->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.preferences(), Preferences());
    }

    void ctrlCommaOpensIt()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
    }

    void uploadsGetTheStorageClass()
    {
        AppFixture app;
        Preferences p;
        p.storageClass = QStringLiteral("GLACIER_IR");
        app.preferences.setPreferences(p);
        MainWindow window(app.context());
        QSignalSpy added(&app.transfers, &TransferManager::transfersAdded);
        window.queueUploadsTo({QStringLiteral("/tmp/haul-nonexistent.bin")}, QStringLiteral("demo"), {});
        QVERIFY(added.wait(5000));
        const auto snaps = added.first().first().value<QList<TransferSnapshot>>();
        QCOMPARE(snaps.size(), 1);
        QCOMPARE(snaps.first().storageClass, QStringLiteral("GLACIER_IR"));
    }

    void foldersFollowLinksWhenSet()
    {
        AppFixture app;
        MainWindow window(app.context());
        QVERIFY(!window.folderOptions().followSymlinks);
        Preferences p;
        p.followLinks = true;
        app.preferences.setPreferences(p);
        QVERIFY(window.folderOptions().followSymlinks);
    }

    void newAccountsGetTheChecksumPreset()
    {
        AppFixture app;
        Preferences p;
        p.checksum = ChecksumMode::Md5;
        app.preferences.setPreferences(p);
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_A, Qt::AltModifier); // the Account menu
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_A); // Add account…
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AccountDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->connection().account.checksum, ChecksumMode::Md5);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
