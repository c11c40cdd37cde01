// Haul by keyboard alone, offscreen, against s3rver: the first-run assistant (typing the
// account's fields, Tab, Enter), the Settings dialog (a bandwidth limit, so the upload lasts),
// an upload through the file dialog (typing the path), pause and resume with Space, and a
// download through the folder dialog. Every input is a QTest::keyClick / keyClicks; the test
// only reads state.
#include <QAbstractButton>
#include <QFileDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QSpinBox>
#include <QTreeView>
#include <QtTest>

#include "../app/guitest.h"
#include "accountdialog.h"
#include "browserpanel.h"
#include "firstrun.h"
#include "partbar.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "settingsdialog.h"
#include "testenv.h"

using namespace haul;
using namespace haul::test;

namespace {

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// Types into whatever has the keyboard focus.
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::activePopupWidget() ? QApplication::activePopupWidget() : focused();
    QTest::keyClick(target, key, modifiers);
}

/// After a dialog closed, a window manager gives the focus back to the main window; the
/// offscreen platform does not, so the test does (no key is involved).
bool backTo(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

/// Waits for a visible, active window of type T (a dialog the keyboard just opened).
template <typename T>
T *waitForDialog(int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible() && dialog->isActiveWindow())
                return dialog;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

/// Types a path into a file dialog and presses Enter until it closes (a completion pop-up may
/// take the first Enter).
bool typePathInto(QFileDialog *fileDialog, const QString &path)
{
    QPointer<QFileDialog> dialog(fileDialog); // deleted once closed
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    type(path);
    for (int i = 0; i < 4 && dialog && dialog->isVisible(); ++i) {
        press(Qt::Key_Return);
        QTest::qWait(100);
    }
    return !dialog || !dialog->isVisible();
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT
private:
    TestServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        m_server = testServer(QStringLiteral("s3rver"));
        QVERIFY2(!m_server.name.isEmpty(), "s3rver is not running");
        QVERIFY(m_dir.isValid());
    }

    void keyboardOnly()
    {
        const QString bucket = uniqueBucketName(QStringLiteral("haul-keys"));
        QCOMPARE(runAws(m_server, {QStringLiteral("s3"), QStringLiteral("mb"), QStringLiteral("s3://") + bucket}), 0);
        QDir().mkpath(m_dir.filePath(QStringLiteral("in")));
        const QString source = makeRandomFile(m_dir.path(), 10 * 1024 * 1024 + 17, 77);
        const QString file = m_dir.filePath(QStringLiteral("in/plate-keyboard.bin"));
        QVERIFY(QFile::rename(source, file));

        AppFixture app;
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.start();

        addAccountWithTheAssistant(window, bucket);
        if (QTest::currentTestFailed())
            return;
        limitBandwidthInSettings(window, 2);
        if (QTest::currentTestFailed())
            return;
        uploadPauseAndResume(window, file);
        if (QTest::currentTestFailed())
            return;
        downloadTheObject(window, file);
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
        QVERIFY(!saveScreenshot(&window, QStringLiteral("keyboard-done")).isEmpty());
    }

private:
    void addAccountWithTheAssistant(MainWindow &window, const QString &bucket)
    {
        auto *wizard = waitForDialog<FirstRunWizard>();
        QVERIFY(wizard);
        AccountDialog *form = wizard->accountForm();
        QCOMPARE(focused(), form->nameEdit());
        type(QStringLiteral("Lab store"));
        press(Qt::Key_Tab);                     // → service
        press(Qt::Key_Down);                    // "Other S3-compatible"
        press(Qt::Key_Tab);                     // → endpoint
        QCOMPARE(focused(), form->endpointEdit());
        type(m_server.endpoint.toString());
        for (int i = 0; i < 4; ++i)             // region, addressing, checksum → access key id
            press(Qt::Key_Tab);
        QCOMPARE(focused(), form->accessKeyEdit());
        type(m_server.accessKey);
        press(Qt::Key_Tab);
        type(m_server.secretKey);
        press(Qt::Key_Return);                  // Next: test and save
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::ConnectPageId));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        QCOMPARE(wizard->savedAccount(), QStringLiteral("Lab store"));
        press(Qt::Key_Return);                  // Next: the buckets
        QCOMPARE(wizard->currentId(), int(FirstRunWizard::BucketPageId));
        QCOMPARE(focused(), wizard->bucketList());
        type(bucket);                           // type-ahead finds it among all of s3rver's buckets
        QCOMPARE(wizard->chosenBucket(), bucket);
        press(Qt::Key_Return);                  // Finish
        QTRY_VERIFY(!wizard->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(window.account(), QStringLiteral("Lab store"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.browser()->bucket(), bucket, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.browser()->isLoading(), 10000);
    }

    void limitBandwidthInSettings(MainWindow &window, int mibPerSecond)
    {
        QVERIFY(backTo(&window));
        press(Qt::Key_Comma, Qt::ControlModifier);
        auto *settings = waitForDialog<SettingsDialog>();
        QVERIFY(settings);
        press(Qt::Key_Tab);                    // connections → bandwidth
        QCOMPARE(focused(), static_cast<QWidget *>(settings->bandwidthBox()));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QString::number(mibPerSecond));
        press(Qt::Key_Return);                 // OK
        QTRY_VERIFY(!settings->isVisible());
        QCOMPARE(window.settings()->preferences().bandwidthMiBps, mibPerSecond);
    }

    void uploadPauseAndResume(MainWindow &window, const QString &file)
    {
        QVERIFY(backTo(&window));
        press(Qt::Key_O, Qt::ControlModifier);
        auto *dialog = waitForDialog<QFileDialog>();
        QVERIFY(dialog);
        QVERIFY(typePathInto(dialog, file));
        QueueModel *queue = window.queue()->model();
        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 1, 10000);
        QVERIFY(backTo(&window));
        press(Qt::Key_2, Qt::AltModifier);     // to the queue
        QCOMPARE(focused(), static_cast<QWidget *>(window.queue()->view()));
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(0).transferred > 0, 20000);
        QCOMPARE(queue->snapshot(0).state, TransferState::Running);
        press(Qt::Key_Space);                  // pause the row with the focus (nothing selected yet)
        QTRY_COMPARE_WITH_TIMEOUT(queue->snapshot(0).state, TransferState::Paused, 10000);
        const qint64 sent = queue->snapshot(0).transferred;
        QTest::qWait(1000);
        QVERIFY(queue->snapshot(0).transferred <= sent);
        press(Qt::Key_Space, Qt::ControlModifier); // select it: the per-part bar shows
        QTRY_VERIFY(window.queue()->partBar()->isVisible());
        QCOMPARE(window.queue()->selectedIds().size(), 1);
        press(Qt::Key_Space);                  // resume
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(0).state != TransferState::Paused, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(0).isFinished(), 60000);
        const TransferSnapshot s = queue->snapshot(0);
        QVERIFY2(s.state == TransferState::Verified || s.state == TransferState::Done, qPrintable(s.error.technical()));
        QCOMPARE(s.key, QStringLiteral("plate-keyboard.bin"));
    }

    void downloadTheObject(MainWindow &window, const QString &file)
    {
        press(Qt::Key_1, Qt::AltModifier);     // to the browser
        QCOMPARE(focused(), static_cast<QWidget *>(window.browser()->view()));
        press(Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!window.browser()->isLoading() && window.browser()->model()->rowCount() == 1, 20000);
        type(QStringLiteral("plate"));         // type-ahead selects the object
        QTRY_COMPARE(window.browser()->selectedEntries().size(), 1);
        press(Qt::Key_D, Qt::ControlModifier);
        auto *dialog = waitForDialog<QFileDialog>();
        QVERIFY(dialog);
        const QString into = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(into));
        QVERIFY(typePathInto(dialog, into));
        QueueModel *queue = window.queue()->model();
        QTRY_COMPARE_WITH_TIMEOUT(queue->rowCount(), 2, 10000);
        QVERIFY(backTo(&window));
        QTRY_VERIFY_WITH_TIMEOUT(queue->snapshot(1).isFinished(), 60000);
        const TransferSnapshot s = queue->snapshot(1);
        QVERIFY2(s.state == TransferState::Verified || s.state == TransferState::Done, qPrintable(s.error.technical()));
        QCOMPARE(fileMd5(QDir(into).filePath(QStringLiteral("plate-keyboard.bin"))), fileMd5(file));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
