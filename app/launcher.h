#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "commandline.h"
#include "error.h"
#include "mainwindow.h"
#include "sync/foldertypes.h"

class QTextStream;

namespace haul {

struct QueueTotals;

/// Carries out the command line on a MainWindow: opens the account, queues the files or the
/// download, saves the screenshot, and with --quit-when-done asks to exit once the queue is
/// finished — status 0 only if every transfer was verified (ExitStatus), 1 with one line per
/// failed transfer (plain sentence and technical detail) on `err`, else 3 with one line per
/// transfer the store gave nothing to verify against.
class Launcher : public QObject {
    Q_OBJECT
public:
    Launcher(const LaunchOptions &options, MainWindow *window, const AppContext &context,
             QTextStream *out, QTextStream *err, QObject *parent = nullptr);

    /// Shows the window and starts the work. Without an account option, the window opens the
    /// first account (or, when there is none, the account dialog).
    void start();
    bool screenshotTaken() const { return m_screenshotTaken; }

Q_SIGNALS:
    /// The program should exit with this status (only with --quit-when-done).
    void exitRequested(int status);

private:
    void onAccountReady(const QString &name);
    void onAccountFailed(const QString &name, const haul::Error &error);
    void queueDownload();
    void queueUploadsFromCommandLine();
    void queueFolderDownload(const S3Location &from);
    FolderOptions folderOptions() const;
    /// Whether a folder of this command is still walking, listing or comparing.
    bool foldersScanning() const;
    bool foldersFinished() const;
    /// Prints each folder's summary and problems; returns how many of its files failed.
    int reportFolders();
    void onTotals(const haul::QueueTotals &totals);
    /// The unfinished (paused) transfers of m_leftAlone, of this command's account.
    QList<TransferSnapshot> pausedLeftAlone() const;
    void expect(const QList<TransferId> &ids) { m_pending.unite(QSet<TransferId>(ids.cbegin(), ids.cend())); }
    /// The screenshot, once the browser has listed its folder again (at 100 % and at the end).
    void screenshotAfterListing();
    void takeScreenshot();
    void finish();
    void stop(int status);

    LaunchOptions m_options;
    MainWindow *m_window;
    AppContext m_context;
    QTextStream *m_out;
    QTextStream *m_err;
    QElapsedTimer m_clock;
    bool m_started = false;
    QString m_account;           ///< the account opened; transfers of others wait and are not reported
    QSet<TransferId> m_leftAlone; ///< failed or paused before this start, not given again: the window's
    QSet<TransferId> m_pending;  ///< queued by the command line, not yet known to the queue
    QList<FolderId> m_folderIds; ///< folder transfers queued by the command line
    bool m_screenshotTaken = false;
    QPointer<QObject> m_finalListing; ///< while the browser lists again for the last screenshot
    bool m_finishing = false;         ///< finish() waits for that screenshot
    bool m_stopped = false;
};

/// Builds the application's objects (settings, keychain, engine, window), runs the launcher and
/// the event loop; returns the exit status. Called by main() once QApplication exists.
int runApplication(const LaunchOptions &options);

} // namespace haul
