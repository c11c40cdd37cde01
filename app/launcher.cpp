#include "launcher.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include "accountregistry.h"
#include "appsettings.h"
#include "browserpanel.h"
#include "bucketservice.h"
#include "creds/accountstore.h"
#include "creds/credentialstore.h"
#include "errortext.h"
#include "exitstatus.h"
#include "format.h"
#include "net/networkwatch.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "queuesavebar.h"
#include "state/savefile.h"
#include "sync/folderservice.h"
#include "transfermanager.h"
#include "translations.h"

namespace haul {

Launcher::Launcher(const LaunchOptions &options, MainWindow *window, const AppContext &context,
                   QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_window(window)
    , m_context(context)
    , m_out(out)
    , m_err(err)
{
    connect(m_window, &MainWindow::accountReady, this, &Launcher::onAccountReady);
    connect(m_window, &MainWindow::accountFailed, this, &Launcher::onAccountFailed);
    connect(m_window->queue()->model(), &QueueModel::totalsChanged, this, &Launcher::onTotals);
    // A transfer that failed or was paused before this start comes back so (restored from the
    // journal), for the window's Retry or Resume: it is this command's only if the command gives
    // it again.
    // The transfers this command queued are known once the engine has them (or has dropped one
    // as a duplicate of a transfer already queued, which then does the work).
    auto arrived = [this](const QList<TransferId> &ids) {
        const qsizetype before = m_pending.size();
        for (TransferId id : ids)
            m_pending.remove(id);
        if (m_pending.isEmpty() && before > 0) // the queue may have shown them already
            onTotals(m_window->queue()->model()->totals());
    };
    connect(m_context.transfers, &TransferManager::transfersAdded, this, [this, arrived](const QList<TransferSnapshot> &added) {
        QList<TransferId> ids;
        for (const TransferSnapshot &s : added) {
            ids.append(s.id);
            if (s.state == TransferState::Failed || s.state == TransferState::Paused)
                m_leftAlone.insert(s.id);
        }
        arrived(ids);
    });
    connect(m_context.transfers, &TransferManager::transfersRemoved, this, arrived);
    connect(m_context.transfers, &TransferManager::transfersUpdated, this, [this](const QList<TransferSnapshot> &changed) {
        for (const TransferSnapshot &s : changed) {
            if (s.state != TransferState::Failed && s.state != TransferState::Paused)
                m_leftAlone.remove(s.id); // given again
        }
    });
    connect(m_context.transfers, &TransferManager::queueIdle, this, [this] {
        onTotals(m_window->queue()->model()->totals());
    });
    // The window's bar says it too; a script sees only stderr.
    auto notSaved = [this](bool saved, const Error &error) {
        if (!saved && m_options.scripted())
            *m_err << tr("haul: %1 (%2)").arg(queueNotSavedText(error), errorDetails(error)) << Qt::endl;
    };
    connect(m_context.transfers, &TransferManager::queueSaveChanged, this, notSaved);
    connect(m_context.folders, &FolderService::journalSaveChanged, this, notSaved);
}

void Launcher::start()
{
    m_clock.start();
    if (m_options.scripted())
        m_window->show();
    else
        m_window->showOrStartInTray();
    if (!m_options.files.isEmpty() && !m_options.toS3)
        m_window->addPendingUploads(m_options.files);
    m_window->start(m_options.account);
}

void Launcher::onAccountReady(const QString &name)
{
    if (m_started || (!m_options.account.isEmpty() && name != m_options.account))
        return;
    m_started = true;
    m_account = name;
    if (m_options.toS3)
        queueUploadsFromCommandLine();
    if (m_options.download)
        queueDownload();
    onTotals(m_window->queue()->model()->totals());
}

void Launcher::onAccountFailed(const QString &name, const Error &error)
{
    if (!m_options.quitWhenDone || name != m_options.account)
        return;
    *m_err << tr("haul: the account “%1” cannot be used: %2 %3").arg(name, errorSentence(error), errorNextStep(error))
           << Qt::endl;
    stop(int(ExitStatus::Failed));
}

void Launcher::queueDownload()
{
    m_context.transfers->setWhenFileExists(m_options.ifExists); // the window's setting is for the window
    const S3Location &from = *m_options.download;
    if (!from.key.isEmpty() && !from.key.endsWith(QLatin1Char('/'))) {
        expect(m_context.transfers->addDownloads(m_options.account, from.bucket, {from.key}, m_options.toDir));
        return;
    }
    queueFolderDownload(from);
}

void Launcher::onTotals(const QueueTotals &all)
{
    // Only this account's: a transfer of another one restored from the journal waits for it.
    const QueueTotals totals = m_account.isEmpty() ? all : m_window->queue()->model()->totalsOf(m_account);
    // (the fraction counts only what is queued: not before every folder knows what it sends)
    const bool screenshotDue = !m_options.screenshotFile.isEmpty() && !m_screenshotTaken
        && totals.transfers > 0 && totals.fraction() * 100.0 >= m_options.screenshotAt && m_pending.isEmpty()
        && !foldersScanning();
    if (screenshotDue && m_options.screenshotAt >= 100)
        screenshotAfterListing();
    else if (screenshotDue)
        takeScreenshot();
    // Done when every transfer and folder queued here has shown up in the queue and none is
    // unfinished.
    const int active = totals.active - int(pausedLeftAlone().size()); // those wait for the window
    const bool finished = m_started && active == 0 && foldersFinished() && m_pending.isEmpty();
    if (finished && m_options.quitWhenDone)
        finish();
}

QList<TransferSnapshot> Launcher::pausedLeftAlone() const
{
    QList<TransferSnapshot> paused;
    const QueueModel *model = m_window->queue()->model();
    for (TransferId id : m_leftAlone) {
        const TransferSnapshot *s = model->transferAt(model->indexOf(id));
        if (s && !s->isFinished() && (m_account.isEmpty() || s->accountName == m_account))
            paused.append(*s);
    }
    return paused;
}

void Launcher::screenshotAfterListing()
{
    // The picture shows the folder with what just arrived: the browser lists it again first
    // (the window would, 0.7 s after the last transfer).
    if (m_finalListing || m_screenshotTaken)
        return;
    m_finalListing = new QObject(this);
    auto shoot = [this] { // listed, or 10 s went by
        if (m_screenshotTaken)
            return;
        m_finalListing->deleteLater();
        takeScreenshot();
        if (m_finishing)
            finish();
    };
    if (m_window->browser()->account().isEmpty())
        return shoot(); // no account open: nothing to list
    connect(m_window->browser(), &BrowserPanel::loaded, m_finalListing, shoot);
    QTimer::singleShot(10000, m_finalListing, shoot);
    m_window->browser()->refresh();
}

void Launcher::takeScreenshot()
{
    m_screenshotTaken = true;
    QDir().mkpath(QFileInfo(m_options.screenshotFile).absolutePath());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // labels just changed
    if (m_window->grab().save(m_options.screenshotFile))
        *m_out << tr("haul: screenshot saved to %1").arg(m_options.screenshotFile) << Qt::endl;
    else
        *m_err << tr("haul: the screenshot could not be saved to %1").arg(m_options.screenshotFile) << Qt::endl;
}

void Launcher::finish()
{
    if (m_stopped)
        return;
    if (!m_options.screenshotFile.isEmpty() && !m_screenshotTaken) {
        m_finishing = true; // goes on once the screenshot is taken
        return screenshotAfterListing();
    }
    const QueueModel *model = m_window->queue()->model();
    int failed = 0;
    int notVerified = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->folderAt(model->index(row, 0)))
            continue; // reportFolders()
        const TransferSnapshot &s = model->snapshot(row);
        if (!m_account.isEmpty() && s.accountName != m_account)
            continue; // waits for its own account, at a later start
        if (m_leftAlone.contains(s.id))
            continue; // failed or paused before this start and not given again: not this command's
        const TransferOutcome outcome = outcomeOf(s);
        const QString what = s.direction == Direction::Upload ? s.localPath
                                                              : QStringLiteral("s3://%1/%2").arg(s.bucket, s.key);
        if (s.state == TransferState::Done && s.verifiedBy == VerifyMethod::AlreadyThere)
            *m_out << tr("haul: %1: not downloaded: the same file is already at %2").arg(what, s.localPath) << Qt::endl;
        else if (s.state == TransferState::Done && s.verifiedBy == VerifyMethod::KeptExisting)
            *m_out << tr("haul: %1: not downloaded: the file already at %2 was kept").arg(what, s.localPath) << Qt::endl;
        if (outcome == TransferOutcome::Verified)
            continue;
        if (outcome == TransferOutcome::NotVerified) {
            ++notVerified;
            *m_err << tr("haul: %1: stored, but not verified: the storage service gave nothing to verify it against")
                          .arg(what) << Qt::endl;
            continue;
        }
        ++failed;
        // what happened and what to do, as the window says it
        const QString why = s.state == TransferState::Failed
            ? errorSentence(transferError(s)) + QLatin1Char(' ') + errorNextStep(transferError(s))
            : QueueModel::stateText(s);
        *m_err << tr("haul: %1: %2 (%3)").arg(what, why, errorDetails(s.error)) << Qt::endl;
        if (s.direction == Direction::Download && s.state == TransferState::Failed
            && s.error.code == ErrorCode::NoSuchKey && !s.key.endsWith(QLatin1Char('/'))) // as aws-cli, a folder needs its '/'
            *m_err << tr("haul: if “%1” is a folder, give it with a “/” at the end: s3://%2/%1/").arg(s.key, s.bucket) << Qt::endl;
    }
    failed += reportFolders();
    QueueTotals t = model->totalsOf(m_account);
    for (const TransferSnapshot &s : pausedLeftAlone())
        t.totalBytes -= std::max<qint64>(0, s.size);
    const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
    *m_out << tr("haul: %n transfer(s) succeeded, %1 failed; %2 in %3 s (%4)", nullptr, t.succeeded)
                  .arg(failed).arg(format::size(t.totalBytes)).arg(QLocale().toString(seconds, 'f', 1))
                  .arg(format::rate(double(t.totalBytes) / seconds))
           << Qt::endl;
    stop(int(exitStatusFor(failed, notVerified)));
}

void Launcher::stop(int status)
{
    if (m_stopped)
        return;
    m_stopped = true;
    Q_EMIT exitRequested(status);
}

/// Says that another Haul runs (on stderr for a command, in a message box otherwise).
static int refuseSecondInstance(const LaunchOptions &options, const QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    lock.getLockInfo(&pid, &host, &app);
    if (options.scripted()) {
        QTextStream(stderr) << Launcher::tr("haul: Haul is already running (process %1), and two would send the same "
                                            "files twice. Wait until it has finished or close it, then run this command "
                                            "again.").arg(pid)
                            << Qt::endl;
    } else {
        QMessageBox::information(nullptr, Launcher::tr("Haul is already open"),
                                 Launcher::tr("Haul is already open in another window (process %1). Use that window: "
                                              "two would send the same files twice.").arg(pid));
    }
    return int(ExitStatus::AlreadyRunning);
}

// The lock could not be written: a full disk or a folder Haul may not write to, where the queue
// could not be saved either. Without this, Haul would claim another one was running.
static int refuseUnwritableDataFolder(const LaunchOptions &options, const QString &dataDir)
{
    Error why;
    const QString probe = QDir(dataDir).filePath(QStringLiteral("write-test.json"));
    if (saveJsonFile(probe, QJsonObject(), &why))
        QFile::remove(probe);
    const QString folder = QDir::toNativeSeparators(dataDir);
    const QString text = why.code == ErrorCode::DiskFull
        ? Launcher::tr("Haul cannot start: the disk holding “%1” is full, and Haul keeps its queue there. Free some "
                       "space on that disk, then start Haul again.").arg(folder)
        : Launcher::tr("Haul cannot start: it cannot write into “%1”, where it keeps its queue. Make that folder "
                       "writable, then start Haul again.").arg(folder);
    if (options.scripted()) {
        QTextStream(stderr) << Launcher::tr("haul: %1 (%2)").arg(text, why.ok() ? QStringLiteral("lock file") : why.message)
                            << Qt::endl;
    } else {
        QMessageBox::critical(nullptr, Launcher::tr("Haul cannot start"), text);
    }
    return int(ExitStatus::Failed);
}

int runApplication(const LaunchOptions &options)
{
    setApplicationIdentity();
    QSettings settings;
    AppSettings preferences(&settings);
    installTranslators(qApp, preferences.preferences().language);
    AccountStore store(&settings);
    KeychainCredentialStore keychain;
    EngineOptions engineOptions;
    applyPreferences(preferences.preferences(), engineOptions);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    // One Haul per user at a time: a second one would restore the same queue and send its files
    // a second time. Held while Haul runs; the lock of one that crashed is found stale by its pid.
    QLockFile instance(QDir(dataDir).filePath(QStringLiteral("haul.lock")));
    instance.setStaleLockTime(0);
    if (!instance.tryLock(500)) {
        if (instance.error() == QLockFile::LockFailedError)
            return refuseSecondInstance(options, instance);
        return refuseUnwritableDataFolder(options, dataDir);
    }
    engineOptions.journalPath = QDir(dataDir).filePath(QStringLiteral("queue.json"));
    TransferManager transfers(engineOptions);
    BucketService buckets(&transfers);
    AccountRegistry accounts(&store, &keychain, &transfers, QProcessEnvironment::systemEnvironment());
    NetworkWatch network(&transfers);
    network.followSystem(); // without a backend (no NetworkManager) the engine's retries cover drops
    FolderService folders(&transfers);
    folders.setJournal(engineOptions.journalPath + QStringLiteral(".folders")); // resumed per account
    const AppContext context{&transfers, &buckets, &accounts, &preferences, &network, &folders};
    MainWindow window(context);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Launcher launcher(options, &window, context, &out, &err);
    QObject::connect(&launcher, &Launcher::exitRequested, qApp, [](int status) { QCoreApplication::exit(status); },
                     Qt::QueuedConnection);
    launcher.start();
    return QApplication::exec();
}

} // namespace haul
