// QueueModel, continued: what the cells of file rows and folder rows show.
#include "queuemodel.h"

#include <algorithm>

#include <QFileInfo>

#include "errortext.h"
#include "format.h"
#include "icons.h"

namespace haul {
namespace {

double progressOf(const TransferSnapshot &s)
{
    if (s.state == TransferState::Verified || s.state == TransferState::Done)
        return 1.0;
    if (s.size < 0)
        return -1.0;
    if (s.size == 0)
        return 0.0;
    return std::clamp(double(s.transferred) / double(s.size), 0.0, 1.0);
}

/// Bytes when there are any to move, else files (a folder of identical files is all skips).
double progressOf(const FolderSnapshot &f)
{
    if (f.state == FolderState::Finished)
        return 1.0;
    if (f.bytesTotal > 0)
        return std::clamp(double(f.bytesDone) / double(f.bytesTotal), 0.0, 1.0);
    if (f.filesTotal > 0)
        return std::clamp(double(f.filesDone) / double(f.filesTotal), 0.0, 1.0);
    return f.state == FolderState::Scanning || f.state == FolderState::Waiting ? -1.0 : 0.0;
}

QString nameOf(const TransferSnapshot &s)
{
    if (s.direction == Direction::Upload)
        return QFileInfo(s.localPath).fileName();
    return s.key.section(QLatin1Char('/'), -1);
}

QString remoteUrl(const QString &bucket, const QString &key)
{
    return QStringLiteral("s3://%1/%2").arg(bucket, key);
}

QString destinationOf(const TransferSnapshot &s)
{
    if (s.direction == Direction::Download)
        return QFileInfo(s.localPath).path();
    const qsizetype slash = s.key.lastIndexOf(QLatin1Char('/'));
    return remoteUrl(s.bucket, s.key.left(slash + 1));
}

bool isRunning(const TransferSnapshot &s)
{
    return s.state == TransferState::Running || s.state == TransferState::Verifying
        || s.state == TransferState::Preparing;
}

bool isDownload(const FolderSnapshot &f)
{
    return f.kind == FolderKind::Download;
}

QString folderName(const FolderSnapshot &f)
{
    if (!f.localPath.isEmpty())
        return QFileInfo(f.localPath).fileName();
    return f.prefix.section(QLatin1Char('/'), -2, -2);
}

QVariant alignment(int column)
{
    if (column == QueueModel::Size || column == QueueModel::Speed)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace

QString QueueModel::nameInFolder(const FolderSnapshot &folder, const TransferSnapshot &file)
{
    if (!file.key.startsWith(folder.prefix))
        return nameOf(file);
    QString inside = file.key.mid(folder.prefix.size());
    if (folder.kind == FolderKind::Upload) // the dropped folder's own name comes first
        inside = inside.section(QLatin1Char('/'), 1);
    return inside.isEmpty() ? nameOf(file) : inside;
}

QVariant QueueModel::fileData(const TransferSnapshot &s, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return displayData(s, column);
    case Qt::ToolTipRole: return toolTipData(s, column);
    case Qt::DecorationRole: return decorationData(s, column);
    case Qt::TextAlignmentRole: return alignment(column);
    case ProgressRole: return progressOf(s);
    case StateRole: return int(s.state);
    case TransferIdRole: return QVariant::fromValue(s.id);
    case DirectionRole: return int(s.direction);
    case ErrorRole: return QVariant::fromValue(transferError(s));
    case SnapshotRole: return QVariant::fromValue(s);
    case FolderIdRole: return QVariant::fromValue(FolderId(s.groupId));
    default: return {};
    }
}

QVariant QueueModel::folderData(const FolderSnapshot &f, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return folderDisplay(f, column);
    case Qt::ToolTipRole: return folderToolTip(f, column);
    case Qt::DecorationRole: return folderDecoration(f, column);
    case Qt::TextAlignmentRole: return alignment(column);
    case ProgressRole: return progressOf(f);
    case StateRole: return int(nearestState(f));
    case TransferIdRole: return QVariant::fromValue(TransferId(0));
    case DirectionRole: return int(isDownload(f) ? Direction::Download : Direction::Upload);
    case ErrorRole: return QVariant::fromValue(f.error);
    case FolderIdRole: return QVariant::fromValue(f.id);
    case FolderSnapshotRole: return QVariant::fromValue(f);
    default: return {};
    }
}

QVariant QueueModel::displayData(const TransferSnapshot &s, int column) const
{
    switch (column) {
    case Name: return nameOf(s);
    case Destination: return destinationOf(s);
    case Size: return format::size(s.size);
    case Progress: return progressOf(s) < 0 ? QString() : format::percent(progressOf(s));
    case Speed: return isRunning(s) ? format::speed(s.bytesPerSecond) : QString();
    case TimeLeft:
        if (s.state != TransferState::Running || s.size < 0)
            return QString();
        return format::timeLeft(s.size - s.transferred, s.bytesPerSecond);
    case State: return stateText(s);
    default: return {};
    }
}

QVariant QueueModel::folderDisplay(const FolderSnapshot &f, int column) const
{
    const bool moving = f.state == FolderState::Transferring || f.state == FolderState::Scanning;
    switch (column) {
    case Name: return folderName(f);
    case Destination:
        return isDownload(f) ? QFileInfo(f.localPath).path() : remoteUrl(f.bucket, f.prefix);
    case Size: return f.state == FolderState::Waiting ? QString() : format::size(f.bytesTotal);
    case Progress: return progressOf(f) < 0 ? QString() : format::percent(progressOf(f));
    case Speed: return moving ? format::speed(f.bytesPerSecond) : QString();
    case TimeLeft: return moving ? format::timeLeft(f.bytesTotal - f.bytesDone, f.bytesPerSecond) : QString();
    case State: return folderStateText(f);
    default: return {};
    }
}

QVariant QueueModel::toolTipData(const TransferSnapshot &s, int column) const
{
    if (s.state == TransferState::Failed)
        return errorToolTip(transferError(s));
    if (column == State && s.state == TransferState::Done && s.verifiedBy == VerifyMethod::AlreadyThere)
        return tr("The file was already there with the object's size and modification time, so it was not downloaded again.");
    if (column == State && s.state == TransferState::Done && s.verifiedBy == VerifyMethod::KeptExisting)
        return tr("A different file of that name was already there; you chose to keep it.");
    if (column == State && s.state == TransferState::Done)
        return tr("The storage service offered no checksum to compare, so Haul could not verify the bytes.");
    if (column == State && s.state == TransferState::Running && s.attempts > 0)
        return tr("Some parts were sent again after %n failed attempt(s).", nullptr, s.attempts);
    if (column == Name || column == Destination) {
        return s.direction == Direction::Upload ? tr("%1\nto %2").arg(s.localPath, remoteUrl(s.bucket, s.key))
                                                : tr("%1\nto %2").arg(remoteUrl(s.bucket, s.key), s.localPath);
    }
    return {};
}

QVariant QueueModel::folderToolTip(const FolderSnapshot &f, int column) const
{
    if (f.state == FolderState::Failed)
        return errorToolTip(f.error);
    if (column == State && (f.notCompared || !f.issues.isEmpty())) {
        QStringList lines;
        if (f.notCompared)
            lines.append(notComparedText());
        if (!f.issues.isEmpty()) {
            QStringList names;
            for (const FolderIssue &issue : f.issues.mid(0, 10))
                names.append(issue.subject);
            if (f.issues.size() > 10)
                names.append(tr("… and %n more", nullptr, int(f.issues.size() - 10)));
            lines.append(tr("Not transferred:\n%1").arg(names.join(QLatin1Char('\n'))));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (column == Name || column == Destination) {
        const QString remote = remoteUrl(f.bucket, f.prefix);
        return isDownload(f) ? tr("%1\nto %2").arg(remote, f.localPath) : tr("%1\nto %2").arg(f.localPath, remote);
    }
    return {};
}

QVariant QueueModel::decorationData(const TransferSnapshot &s, int column) const
{
    if (column == Name)
        return icon(s.direction == Direction::Upload ? u"upload" : u"download");
    if (column != State)
        return {};
    switch (s.state) {
    case TransferState::Verified: return icon(u"verified");
    case TransferState::Done: return icon(u"done");
    case TransferState::Failed: return icon(awaitsAnswer(s) ? u"warning" : u"failed");
    case TransferState::Paused: return icon(u"pause");
    case TransferState::Cancelled: return icon(u"cancel");
    case TransferState::Queued: return icon(u"queued");
    default: return {};
    }
}

QVariant QueueModel::folderDecoration(const FolderSnapshot &f, int column) const
{
    if (column == Name)
        return icon(u"folder");
    if (column != State)
        return {};
    if (f.state == FolderState::Finished)
        return icon(f.filesFailed > 0 ? u"warning" : u"verified");
    switch (f.state) {
    case FolderState::Failed: return icon(u"failed");
    case FolderState::Paused: return icon(u"pause");
    case FolderState::Cancelled: return icon(u"cancel");
    case FolderState::WaitingForAnswers:
    case FolderState::WaitingForConfirmation: return icon(u"warning");
    default: return {};
    }
}

QString QueueModel::stateText(const TransferSnapshot &s)
{
    const bool up = s.direction == Direction::Upload;
    switch (s.state) {
    case TransferState::Queued: return tr("Queued");
    case TransferState::Preparing: return tr("Preparing…");
    case TransferState::Running: return up ? tr("Uploading") : tr("Downloading");
    case TransferState::Paused: return tr("Paused");
    case TransferState::Verifying: return tr("Verifying…");
    case TransferState::Verified: return tr("Verified");
    case TransferState::Done:
        if (s.verifiedBy == VerifyMethod::AlreadyThere)
            return tr("Already there");
        return s.verifiedBy == VerifyMethod::KeptExisting ? tr("Skipped: your file was kept")
                                                          : tr("Done (not verified)");
    case TransferState::Failed:
        if (awaitsAnswer(s))
            return tr("Waiting for your answer: %1").arg(errorSentence(transferError(s)));
        return tr("Failed: %1").arg(errorSentence(transferError(s)));
    case TransferState::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString QueueModel::folderStateText(const FolderSnapshot &f)
{
    const int total = int(f.filesTotal);
    const QString done = QString::number(f.filesDone);
    QString text;
    switch (f.state) {
    case FolderState::Scanning: text = tr("Comparing: %n file(s) found", nullptr, total); break;
    case FolderState::Transferring:
        text = isDownload(f) ? tr("Downloading: %1 of %n file(s)", nullptr, total).arg(done)
                             : tr("Uploading: %1 of %n file(s)", nullptr, total).arg(done);
        break;
    case FolderState::WaitingForAnswers:
        return tr("%n changed file(s) exist: choose what to do", nullptr, int(f.questions));
    case FolderState::WaitingForConfirmation:
        return tr("Waiting: delete %n remote file(s)?", nullptr, int(f.deletionsProposed));
    case FolderState::Deleting: return tr("Deleting %n remote file(s)…", nullptr, int(f.deletionsProposed));
    case FolderState::Paused: text = tr("Paused: %1 of %n file(s)", nullptr, total).arg(done); break;
    case FolderState::Finished: text = tr("Done: %n file(s)", nullptr, total); break;
    case FolderState::Failed: return tr("Failed: %1").arg(errorSentence(f.error));
    case FolderState::Cancelled: text = tr("Cancelled: %1 of %n file(s) done", nullptr, total).arg(done); break;
    case FolderState::Waiting: return tr("Waiting for account “%1”").arg(f.accountName);
    }
    if (f.filesSkipped > 0)
        text += tr(", %n already there", nullptr, int(f.filesSkipped));
    if (f.filesFailed > 0)
        text += tr(", %n failed", nullptr, int(f.filesFailed));
    if (f.notCompared)
        text += tr(", all sent");
    return text;
}

QString QueueModel::notComparedText()
{
    return tr("This account may not list the bucket, so Haul could not see which files were already "
              "there and sent every file.");
}

TransferState QueueModel::nearestState(const FolderSnapshot &f)
{
    switch (f.state) {
    case FolderState::Scanning: return TransferState::Preparing;
    case FolderState::Transferring:
    case FolderState::Deleting: return TransferState::Running;
    case FolderState::WaitingForAnswers:
    case FolderState::WaitingForConfirmation:
    case FolderState::Paused: return TransferState::Paused;
    case FolderState::Finished: return f.filesFailed > 0 ? TransferState::Failed : TransferState::Verified;
    case FolderState::Failed: return TransferState::Failed;
    case FolderState::Cancelled: return TransferState::Cancelled;
    case FolderState::Waiting: return TransferState::Queued;
    }
    return TransferState::Queued;
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Destination: return tr("Destination");
    case Size: return tr("Size");
    case Progress: return tr("Progress");
    case Speed: return tr("Speed");
    case TimeLeft: return tr("Time left");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace haul
