// "Start minimised to the tray while transfers run". The decisions are pure functions, tested as
// tables. Offscreen there is no system tray (QSystemTrayIcon::isSystemTrayAvailable() is false),
// so what runs here is the path without one: the window shows itself, closing closes it, and the
// Settings dialog greys the option out and says why. The path WITH a tray (window hidden at
// start, hidden again on close while busy, the icon's menu) needs a desktop with a tray and is
// not tested here.
#include <QCheckBox>
#include <QCloseEvent>
#include <QSystemTrayIcon>
#include <QtTest>

#include "../app/guitest.h"
#include "settingsdialog.h"
#include "trayicon.h"

using namespace haul;
using namespace haul::test;

class TestTrayIcon : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        installTranslators(QCoreApplication::instance());
        QVERIFY2(!QSystemTrayIcon::isSystemTrayAvailable(), "these tests expect a desktop without a tray (offscreen)");
    }

    void startsInTray_data()
    {
        QTest::addColumn<bool>("setting");
        QTest::addColumn<bool>("trayAvailable");
        QTest::addColumn<bool>("expected");
        QTest::newRow("on, with a tray") << true << true << true;
        QTest::newRow("on, no tray: the window shows") << true << false << false;
        QTest::newRow("off, with a tray") << false << true << false;
        QTest::newRow("off, no tray") << false << false << false;
    }
    void startsInTray()
    {
        QFETCH(bool, setting);
        QFETCH(bool, trayAvailable);
        QFETCH(bool, expected);
        QCOMPARE(haul::startsInTray(setting, trayAvailable), expected);
    }

    void closeHidesToTray_data()
    {
        QTest::addColumn<bool>("setting");
        QTest::addColumn<bool>("trayAvailable");
        QTest::addColumn<bool>("busy");
        QTest::addColumn<bool>("quitting");
        QTest::addColumn<bool>("expected");
        QTest::newRow("on, tray, busy: hides") << true << true << true << false << true;
        QTest::newRow("Quit chosen: closes") << true << true << true << true << false;
        QTest::newRow("idle: closes") << true << true << false << false << false;
        QTest::newRow("no tray: closes (nothing would bring it back)") << true << false << true << false << false;
        QTest::newRow("setting off: closes") << false << true << true << false << false;
    }
    void closeHidesToTray()
    {
        QFETCH(bool, setting);
        QFETCH(bool, trayAvailable);
        QFETCH(bool, busy);
        QFETCH(bool, quitting);
        QFETCH(bool, expected);
        QCOMPARE(haul::closeHidesToTray(setting, trayAvailable, busy, quitting), expected);
    }

    void withoutATrayTheWindowShowsItself()
    {
        AppFixture app;
        Preferences p = app.preferences.preferences();
        p.trayWhileRunning = true;
        app.preferences.setPreferences(p);
        MainWindow window(app.context());
        QVERIFY(!window.isVisible());
        window.showOrStartInTray();
        QVERIFY(window.isVisible());
        // and closing it closes it: there is no icon to bring a hidden window back
        QCloseEvent close;
        QApplication::sendEvent(&window, &close);
        QVERIFY(close.isAccepted());
    }

    void withTheSettingOffTheWindowShows()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.showOrStartInTray();
        QVERIFY(window.isVisible());
    }

    void settingsGreyTheOptionOutWithoutATray()
    {
        AppFixture app;
        SettingsDialog dialog(&app.preferences);
        QVERIFY(!dialog.trayBox()->isEnabled());
        QCOMPARE(dialog.trayBox()->toolTip(), QStringLiteral("This desktop has no system tray."));
        // a choice made on another desktop is kept, not lost by opening the dialog here
        Preferences p = app.preferences.preferences();
        p.trayWhileRunning = true;
        app.preferences.setPreferences(p);
        SettingsDialog again(&app.preferences);
        QVERIFY(again.trayBox()->isChecked());
        QCOMPARE(again.preferences().trayWhileRunning, true);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
