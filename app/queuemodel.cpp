#include "queuemodel.h"

#include <algorithm>

#include <QFileInfo>

#include "errortext.h"
#include "format.h"
#include "icons.h"

namespace haul {
namespace {

/// True when two snapshots of the same transfer would look the same in the queue.
bool looksSame(const TransferSnapshot &a, const TransferSnapshot &b)
{
    return a.size == b.size && a.transferred == b.transferred && a.bytesPerSecond == b.bytesPerSecond
        && a.state == b.state && a.verifiedBy == b.verifiedBy && a.partCount == b.partCount
        && a.partsDone == b.partsDone && a.attempts == b.attempts && a.error.code == b.error.code
        && a.error.subject == b.error.subject && a.localPath == b.localPath && a.key == b.key
        && a.bucket == b.bucket;
}

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

QString nameOf(const TransferSnapshot &s)
{
    if (s.direction == Direction::Upload)
        return QFileInfo(s.localPath).fileName();
    return s.key.section(QLatin1Char('/'), -1);
}

QString remoteUrl(const TransferSnapshot &s)
{
    return QStringLiteral("s3://%1/%2").arg(s.bucket, s.key);
}

QString destinationOf(const TransferSnapshot &s)
{
    if (s.direction == Direction::Download)
        return QFileInfo(s.localPath).path();
    const qsizetype slash = s.key.lastIndexOf(QLatin1Char('/'));
    return QStringLiteral("s3://%1/%2").arg(s.bucket, s.key.left(slash + 1));
}

bool isRunning(const TransferSnapshot &s)
{
    return s.state == TransferState::Running || s.state == TransferState::Verifying
        || s.state == TransferState::Preparing;
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<QueueTotals>();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TransferSnapshot &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayData(s, index.column());
    case Qt::ToolTipRole: return toolTipData(s, index.column());
    case Qt::DecorationRole: return decorationData(s, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Speed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProgressRole: return progressOf(s);
    case StateRole: return int(s.state);
    case TransferIdRole: return QVariant::fromValue(s.id);
    case DirectionRole: return int(s.direction);
    case ErrorRole: return QVariant::fromValue(transferError(s));
    case SnapshotRole: return QVariant::fromValue(s);
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

QVariant QueueModel::toolTipData(const TransferSnapshot &s, int column) const
{
    if (s.state == TransferState::Failed)
        return errorToolTip(transferError(s));
    if (column == State && s.state == TransferState::Done)
        return tr("The storage service offered no checksum to compare, so Haul could not verify the bytes.");
    if (column == State && s.state == TransferState::Running && s.attempts > 0)
        return tr("Some parts were sent again after %n failed attempt(s).", nullptr, s.attempts);
    if (column == Name || column == Destination) {
        return s.direction == Direction::Upload ? tr("%1\nto %2").arg(s.localPath, remoteUrl(s))
                                                : tr("%1\nto %2").arg(remoteUrl(s), s.localPath);
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
    case TransferState::Failed: return icon(u"failed");
    case TransferState::Paused: return icon(u"pause");
    case TransferState::Cancelled: return icon(u"cancel");
    case TransferState::Queued: return icon(u"queued");
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
    case TransferState::Done: return tr("Done (not verified)");
    case TransferState::Failed: return tr("Failed: %1").arg(errorSentence(transferError(s)));
    case TransferState::Cancelled: return tr("Cancelled");
    }
    return {};
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

int QueueModel::rowOf(TransferId id) const
{
    return m_rowById.value(id, -1);
}

void QueueModel::applyAdded(const QList<TransferSnapshot> &added)
{
    QList<TransferSnapshot> fresh;
    for (const TransferSnapshot &s : added) {
        if (!m_rowById.contains(s.id))
            fresh.append(s);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        reindexFrom(first);
        endInsertRows();
    }
    updateRows(added); // ids that were already known are updates
    recomputeTotals();
}

void QueueModel::applyUpdated(const QList<TransferSnapshot> &changed)
{
    updateRows(changed);
    recomputeTotals();
}

void QueueModel::updateRows(const QList<TransferSnapshot> &changed)
{
    QList<int> rows;
    for (const TransferSnapshot &s : changed) {
        const int row = rowOf(s.id);
        if (row < 0 || looksSame(m_rows.at(row), s))
            continue;
        m_rows[row] = s;
        rows.append(row);
    }
    emitChangedSpans(std::move(rows));
}

void QueueModel::emitChangedSpans(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void QueueModel::applyRemoved(const QList<TransferId> &ids)
{
    QList<int> rows;
    for (TransferId id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the end, so earlier row numbers stay valid.
    for (qsizetype j = rows.size() - 1; j >= 0;) {
        qsizetype i = j;
        while (i > 0 && rows.at(i - 1) == rows.at(i) - 1)
            --i;
        removeSpan(rows.at(i), rows.at(j));
        j = i - 1;
    }
    recomputeTotals();
}

void QueueModel::removeSpan(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int row = first; row <= last; ++row)
        m_rowById.remove(m_rows.at(row).id);
    m_rows.remove(first, last - first + 1);
    reindexFrom(first);
    endRemoveRows();
}

void QueueModel::reindexFrom(int row)
{
    for (int r = row; r < m_rows.size(); ++r)
        m_rowById.insert(m_rows.at(r).id, r);
}

void QueueModel::recomputeTotals()
{
    QueueTotals t;
    for (const TransferSnapshot &s : std::as_const(m_rows)) {
        ++t.transfers;
        if (s.state == TransferState::Failed)
            ++t.failed;
        else if (s.state == TransferState::Verified || s.state == TransferState::Done)
            ++t.succeeded;
        if (!s.isFinished())
            ++t.active;
        if (s.state == TransferState::Cancelled || s.state == TransferState::Failed || s.size < 0)
            continue;
        t.totalBytes += s.size;
        t.doneBytes += s.isFinished() ? s.size : std::min(s.transferred, s.size);
        if (s.state == TransferState::Running)
            t.bytesPerSecond += s.bytesPerSecond;
    }
    m_totals = t;
    Q_EMIT totalsChanged(m_totals);
}

} // namespace haul
