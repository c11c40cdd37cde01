// Preferences in QSettings: defaults, a round trip, values that cannot be used, what reaches the
// engine options, and that saving them never writes a secret.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "appsettings.h"
#include "creds/accountstore.h"
#include "transfermanager.h"

using namespace haul;

class TestAppSettings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshFile() { return m_dir.filePath(QStringLiteral("haul-%1.ini").arg(++m_file)); }

private Q_SLOTS:
    void defaults()
    {
        QSettings settings(freshFile(), QSettings::IniFormat);
        const Preferences p = loadPreferences(settings);
        QCOMPARE(p, Preferences());
        QCOMPARE(p.effectiveConnections(), 16);
        QCOMPARE(p.bytesPerSecond(), 0);
        QCOMPARE(p.partSizeBytes(), 0);
        QCOMPARE(p.existingFile, ExistingFile::Ask);
        QVERIFY(p.notifications);
        QVERIFY(p.language.isEmpty());
    }

    void roundTrip()
    {
        Preferences p;
        p.connections = 8;
        p.bandwidthMiBps = 25;
        p.partSizeMiB = 64;
        p.checksum = ChecksumMode::Md5;
        p.storageClass = QStringLiteral("GLACIER_IR");
        p.existingFile = ExistingFile::SkipIfIdentical;
        p.notifications = false;
        p.language = QStringLiteral("de");
        p.trayWhileRunning = true;
        p.followLinks = true;
        const QString file = freshFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            savePreferences(settings, p);
        }
        QSettings again(file, QSettings::IniFormat);
        QCOMPARE(loadPreferences(again), p);
        QCOMPARE(again.value(preferenceKeys::existingFile()).toString(), QStringLiteral("skip-identical"));
        QCOMPARE(again.value(preferenceKeys::language()).toString(), QStringLiteral("de"));
    }

    void unusableValuesGiveDefaults_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("0 connections") << QStringLiteral("preferences/connections") << QVariant(0);
        QTest::newRow("1000 connections") << QStringLiteral("preferences/connections") << QVariant(1000);
        QTest::newRow("text connections") << QStringLiteral("preferences/connections") << QVariant(QStringLiteral("many"));
        QTest::newRow("negative bandwidth") << QStringLiteral("preferences/bandwidthMiBps") << QVariant(-5);
        QTest::newRow("1 MiB parts (below S3's 5)") << QStringLiteral("preferences/partSizeMiB") << QVariant(1);
        QTest::newRow("10 GiB parts (above S3's 5)") << QStringLiteral("preferences/partSizeMiB") << QVariant(10240);
        QTest::newRow("unknown checksum") << QStringLiteral("preferences/checksum") << QVariant(QStringLiteral("sha512"));
        QTest::newRow("unknown storage class") << QStringLiteral("preferences/storageClass") << QVariant(QStringLiteral("COLD"));
        QTest::newRow("unknown policy") << QStringLiteral("preferences/whenFileExists") << QVariant(QStringLiteral("rename"));
        QTest::newRow("unknown language") << QStringLiteral("preferences/language") << QVariant(QStringLiteral("tlh"));
    }

    void unusableValuesGiveDefaults()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings settings(freshFile(), QSettings::IniFormat);
        settings.setValue(key, value);
        QCOMPARE(loadPreferences(settings), Preferences());
    }

    void engineOptionsFollowThePreferences()
    {
        Preferences p;
        p.connections = 4;
        p.bandwidthMiBps = 3;
        p.partSizeMiB = 32;
        EngineOptions options;
        applyPreferences(p, options);
        QCOMPARE(options.maxConnections, 4);
        QCOMPARE(options.bytesPerSecond, 3LL * 1024 * 1024);
        QCOMPARE(options.partSize, 32LL * 1024 * 1024);
        applyPreferences(Preferences(), options);
        QCOMPARE(options.maxConnections, 16);
        QCOMPARE(options.bytesPerSecond, 0);
        QCOMPARE(options.partSize, 0);
    }

    void changesAreAnnouncedOnce()
    {
        QSettings settings(freshFile(), QSettings::IniFormat);
        AppSettings app(&settings);
        QSignalSpy changed(&app, &AppSettings::changed);
        Preferences p = app.preferences();
        p.bandwidthMiBps = 10;
        app.setPreferences(p);
        app.setPreferences(p);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<Preferences>().bandwidthMiBps, 10);
        QCOMPARE(loadPreferences(settings).bandwidthMiBps, 10);
    }

    void noSecretInTheSettingsFile()
    {
        const QString file = freshFile();
        {
            QSettings settings(file, QSettings::IniFormat);
            AccountStore store(&settings);
            Account account;
            account.name = QStringLiteral("lab");
            account.accessKeyId = QStringLiteral("AKIDLAB");
            store.save(account);
            AppSettings app(&settings);
            Preferences p;
            p.language = QStringLiteral("fr");
            app.setPreferences(p);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(text.contains("akidlab"));
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("password"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
