// Launcher, continued: folders on the command line (uploads of folders, --download of a prefix)
// go through FolderService; the summary at the end counts their files.
#include "launcher.h"

#include <QFileInfo>
#include <QTextStream>

#include "browserpanel.h"
#include "errortext.h"
#include "foldertext.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "sync/folderservice.h"

namespace haul {

FolderOptions Launcher::folderOptions() const
{
    FolderOptions options = m_window->folderOptions();
    if (m_options.download) { // --if-exists decides, not the window's setting
        const WhenFileExists w = m_options.ifExists;
        options.existing = w == WhenFileExists::Overwrite ? ExistingFiles::Overwrite
            : w == WhenFileExists::Skip                   ? ExistingFiles::Ask // answered "keep all"
                                                          : ExistingFiles::SkipIdentical;
        return options;
    }
    if (m_options.followLinks)
        options.followSymlinks = true;
    if (m_options.quitWhenDone && options.existing == ExistingFiles::Ask)
        options.existing = ExistingFiles::SkipIdentical; // nobody is there to answer
    return options;
}

void Launcher::queueUploadsFromCommandLine()
{
    const S3Location &to = *m_options.toS3;
    m_window->browser()->openLocation(to.bucket, to.key);
    const QueuedUploads queued = m_window->queueUploadsTo(m_options.files, to.bucket, to.key, folderOptions());
    expect(queued.files);
    m_folderIds += queued.folders;
}

void Launcher::queueFolderDownload(const S3Location &from)
{
    if (m_options.ifExists == WhenFileExists::Skip) { // keep every different file that is there
        connect(m_window->folders(), &FolderService::questionsAsked, this,
                [this](quint64 id, const QList<PlannedFile> &) { m_window->folders()->answer(id, {}); });
    }
    // s3://bucket/projects/run42/ --to DIR gives DIR/run42/…
    m_folderIds.append(m_window->folders()->download(m_options.account, from.bucket, from.key, m_options.toDir,
                                                     folderOptions()));
}

bool Launcher::foldersFinished() const
{
    for (FolderId id : m_folderIds) {
        if (!m_window->folders()->snapshot(id).isFinished())
            return false;
    }
    return true;
}

bool Launcher::foldersScanning() const
{
    for (FolderId id : m_folderIds) {
        if (m_window->folders()->snapshot(id).state == FolderState::Scanning)
            return true;
    }
    return false;
}

int Launcher::reportFolders()
{
    int failed = 0;
    for (FolderId id : std::as_const(m_folderIds)) {
        const FolderSnapshot f = m_window->folders()->snapshot(id);
        const QString name = f.kind == FolderKind::Download ? QStringLiteral("s3://%1/%2").arg(f.bucket, f.prefix)
                                                            : f.localPath;
        if (f.state == FolderState::Failed || f.state == FolderState::Cancelled) {
            ++failed;
            const QString why = f.state == FolderState::Failed ? errorSentence(f.error) + QLatin1Char(' ') + errorNextStep(f.error)
                                                               : QueueModel::folderStateText(f);
            *m_err << tr("haul: %1: %2 (%3)").arg(name, why, errorDetails(f.error)) << Qt::endl;
        }
        int unsafe = 0;
        int links = 0; // done (a choice, not a failure), but not transferred
        for (const FolderIssue &issue : f.issues) {
            if (issue.kind == FolderIssueKind::Walk
                && (issue.walkIssue == WalkIssue::SymlinkSkipped || issue.walkIssue == WalkIssue::NotRegularFile)) {
                links += issue.walkIssue == WalkIssue::SymlinkSkipped ? 1 : 0; // a pipe is not a file of the total
                *m_out << tr("haul: %1").arg(folderIssueLine(issue)) << Qt::endl;
                continue;
            }
            unsafe += issue.kind == FolderIssueKind::Key && issue.keyIssue != KeyIssue::InTheWay ? 1 : 0;
            *m_err << tr("haul: %1").arg(folderIssueLine(issue)) << Qt::endl;
        }
        failed += int(f.filesFailed);
        if (f.notCompared)
            *m_out << tr("haul: %1: %2").arg(name, QueueModel::notComparedText()) << Qt::endl;
        const QString to = f.kind == FolderKind::Download ? f.localPath : QStringLiteral("s3://%1/%2").arg(f.bucket, f.prefix);
        *m_out << tr("haul: %1 → %2: total %3, transferred %4, already there %5, failed %6, unsafe names skipped %7, links not followed %8")
                      .arg(name, to).arg(f.filesTotal).arg(f.filesDone - f.filesSkipped - links).arg(f.filesSkipped)
                      .arg(f.filesFailed).arg(unsafe).arg(links)
               << Qt::endl;
    }
    return failed;
}

} // namespace haul
