// Screen readers and keyboards: every interactive widget of the main window, the account
// dialog, the settings, the sync dialogs and every page of the first-run assistant has an
// accessible name (its own, or its text, or a label's buddy); every menu entry has a mnemonic;
// the per-part bar is a progress bar with a value and words, and tells assistive technology
// when they change.
#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSpinBox>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include "../app/guitest.h"
#include "accountdialog.h"
#include "browserpanel.h"
#include "firstrun.h"
#include "partbar.h"
#include "partbaraccessible.h"
#include "queuepanel.h"
#include "settingsdialog.h"
#include "syncconfirm.h"
#include "syncdialog.h"
#include "syncpaireditor.h"
#include "syncpairs.h"
#include "syncpreview.h"

using namespace haul;
using namespace haul::test;

namespace {

QStringList accessibleEvents;

void recordEvent(QAccessibleEvent *event)
{
    if (qobject_cast<PartBar *>(event->object()))
        accessibleEvents << QString::number(int(event->type()), 16);
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(QCoreApplication::instance()); }

    void mainWindowControlsAreNamed()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        window.queue()->partBar()->parentWidget()->show();
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    }

    void accountDialogControlsAreNamed_data()
    {
        QTest::addColumn<int>("service");
        QTest::newRow("Amazon S3") << 0;
        QTest::newRow("other (endpoint shown)") << 1;
    }

    void accountDialogControlsAreNamed()
    {
        QFETCH(int, service);
        AppFixture app;
        AccountDialog dialog(&app.accounts, &app.buckets);
        dialog.setAwsProfiles({AwsProfile{QStringLiteral("default"), QStringLiteral("AKID"), QStringLiteral("s"),
                                          {}, {}, {}, {}, {}}});
        dialog.serviceBox()->setCurrentIndex(service);
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    }

    void settingsControlsAreNamed()
    {
        AppFixture app;
        SettingsDialog dialog(&app.preferences);
        dialog.show();
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        QVERIFY(!dialog.bandwidthBox()->accessibleDescription().isEmpty());
    }

    void syncDialogsAreNamed()
    {
        AppFixture app;
        MainWindow window(app.context());
        SavedSyncPair pair;
        pair.pair = SyncPair{QStringLiteral("Lab"), QDir::tempPath(), QStringLiteral("lab"), QStringLiteral("runs")};
        pair.deleteRemote = true;
        window.syncPairs()->add(pair);
        SyncDialog *dialog = window.openSyncDialog();
        QCOMPARE(dialog->pairList()->topLevelItemCount(), 1);
        QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("sync: ") + unnamed.join(QStringLiteral("; "))));

        SyncPairEditor *editor = dialog->openEditor(0);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->deleteBox()->isChecked());
        unnamed = unnamedControls(editor);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("editor: ") + unnamed.join(QStringLiteral("; "))));
        QHash<QChar, QString> keys; // Alt+letter reaches one field only
        QStringList texts;
        for (QLabel *l : editor->findChildren<QLabel *>())
            texts << l->text();
        for (QAbstractButton *b : editor->findChildren<QAbstractButton *>())
            texts << b->text();
        for (const QString &text : std::as_const(texts)) {
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size())
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(keys.value(key) + QStringLiteral(" / ") + text));
            keys.insert(key, text);
        }
        QVERIFY(keys.size() >= 7);
        editor->reject();

        SyncPreviewDialog preview(pair);
        FolderPlan plan;
        plan.transfers = {PlannedFile{QStringLiteral("/tmp/a"), QStringLiteral("runs/a"), 10, CompareReason::New}};
        plan.deletions = {QStringLiteral("runs/gone")};
        preview.setPlan(plan);
        preview.show();
        unnamed = unnamedControls(&preview);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("preview: ") + unnamed.join(QStringLiteral("; "))));

        DeletionConfirmDialog confirm(pair, {QStringLiteral("runs/gone")});
        confirm.show();
        unnamed = unnamedControls(&confirm);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("confirm: ") + unnamed.join(QStringLiteral("; "))));
    }

    void firstRunPagesAreNamed()
    {
        AppFixture app;
        FirstRunWizard wizard(&app.accounts, &app.buckets);
        wizard.show();
        for (int id : wizard.pageIds()) {
            const QStringList unnamed = unnamedControls(wizard.page(id));
            QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(id) + unnamed.join(QStringLiteral("; "))));
        }
        const QStringList buttons = unnamedControls(&wizard);
        QVERIFY2(buttons.isEmpty(), qPrintable(buttons.join(QStringLiteral("; "))));
    }

    void everyMenuEntryHasAMnemonic()
    {
        AppFixture app;
        MainWindow window(app.context());
        QSet<QChar> titles;
        for (QAction *menuAction : window.menuBar()->actions()) {
            const QString title = menuAction->text();
            const qsizetype amp = title.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0, qPrintable(title));
            QVERIFY2(!titles.contains(title.at(amp + 1).toLower()), qPrintable(title + QStringLiteral(": mnemonic used twice")));
            titles.insert(title.at(amp + 1).toLower());
            QSet<QChar> keys;
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->isSeparator())
                    continue;
                const qsizetype at = a->text().indexOf(QLatin1Char('&'));
                QVERIFY2(at >= 0, qPrintable(title + QStringLiteral(" › ") + a->text()));
                const QChar key = a->text().at(at + 1).toLower();
                QVERIFY2(!keys.contains(key), qPrintable(title + QStringLiteral(" › ") + a->text() + QStringLiteral(": mnemonic used twice")));
                keys.insert(key);
            }
        }
    }

    void shortcutsAreThere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QKeySequence>("keys");
        QTest::newRow("add files") << QStringLiteral("&Add files…") << QKeySequence(QStringLiteral("Ctrl+O"));
        QTest::newRow("download") << QStringLiteral("&Download…") << QKeySequence(QStringLiteral("Ctrl+D"));
        QTest::newRow("refresh") << QStringLiteral("&Refresh") << QKeySequence(QStringLiteral("F5"));
        QTest::newRow("settings") << QStringLiteral("&Settings…") << QKeySequence(QStringLiteral("Ctrl+,"));
        QTest::newRow("pause or resume") << QStringLiteral("&Pause or resume") << QKeySequence(QStringLiteral("Space"));
        QTest::newRow("cancel") << QStringLiteral("&Cancel") << QKeySequence(QKeySequence::Delete);
        QTest::newRow("quit") << QStringLiteral("&Quit") << QKeySequence(QStringLiteral("Ctrl+Q"));
        QTest::newRow("sync a folder") << QStringLiteral("S&ync a folder…") << QKeySequence(QStringLiteral("Ctrl+Shift+S"));
    }

    void shortcutsAreThere()
    {
        QFETCH(QString, text);
        QFETCH(QKeySequence, keys);
        AppFixture app;
        MainWindow window(app.context());
        QStringList seen;
        for (QAction *menuAction : window.menuBar()->actions()) {
            for (QAction *a : menuAction->menu()->actions()) {
                if (a->text() == text) {
                    QCOMPARE(a->shortcut(), keys);
                    return;
                }
                seen << a->text();
            }
        }
        QFAIL(qPrintable(text + QStringLiteral(" is not in a menu: ") + seen.join(QStringLiteral(", "))));
    }

    void tabGoesFromAccountToBrowserToQueue()
    {
        AppFixture app;
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.accountBox()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window.browser()->view());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), window.queue()->view());
        QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), window.browser()->view());
        QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), window.queue()->view());
    }

    void partBarSpeaksAsAProgressBar()
    {
        PartBar bar;
        bar.show();
        bar.setTransfer(7);
        PartsSnapshot parts;
        parts.id = 7;
        parts.states = {PartState::Done, PartState::Done, PartState::Sending, PartState::Retrying, PartState::Waiting};
        parts.fill = {1, 1, 0.5f, 0, 0};
        accessibleEvents.clear();
        setPartBarAnnouncer(recordEvent);
        bar.setParts(parts);
        parts.states[2] = PartState::Done;
        bar.setParts(parts);
        bar.setParts(parts); // nothing changed: nothing announced
        setPartBarAnnouncer(nullptr);

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&bar);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::ProgressBar);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Parts of the selected transfer"));
        QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("3 of 5 parts done, 1 being retried"));
        QVERIFY(iface->valueInterface());
        QCOMPARE(iface->valueInterface()->currentValue().toInt(), 3);
        QCOMPARE(iface->valueInterface()->maximumValue().toInt(), 5);
        const QString valueChanged = QString::number(int(QAccessible::ValueChanged), 16);
        const QString descriptionChanged = QString::number(int(QAccessible::DescriptionChanged), 16);
        QCOMPARE(accessibleEvents.count(valueChanged), 2);
        QCOMPARE(accessibleEvents.count(descriptionChanged), 2);
    }

    void partsInWords_data()
    {
        QTest::addColumn<QList<int>>("states");
        QTest::addColumn<QString>("words");
        QTest::newRow("none") << QList<int>{} << QStringLiteral("No parts to show");
        QTest::newRow("one part waiting") << QList<int>{0} << QStringLiteral("0 of 1 part done");
        QTest::newRow("mixed") << QList<int>{2, 1, 1, 3, 4, 0}
                               << QStringLiteral("1 of 6 parts done, 2 being sent, 1 being retried, 1 failed");
    }

    void partsInWords()
    {
        QFETCH(QList<int>, states);
        QFETCH(QString, words);
        PartsSnapshot parts;
        for (int s : states)
            parts.states << PartState(s);
        QCOMPARE(partsDescription(parts), words);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
