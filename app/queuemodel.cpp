// QueueModel: the tree's structure (top-level rows, folders and their files) and the batches.
// The texts of the cells are in queuemodel_text.cpp.
#include "queuemodel.h"

#include <algorithm>

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

/// Sorted, without duplicates; calls f(first, last) per contiguous span, last span first.
template <typename F>
void forSpansBackwards(QList<int> rows, F f)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype j = rows.size() - 1; j >= 0;) {
        qsizetype i = j;
        while (i > 0 && rows.at(i - 1) == rows.at(i) - 1)
            --i;
        f(rows.at(i), rows.at(j));
        j = i - 1;
    }
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    qRegisterMetaType<QueueTotals>();
}

// Top-level rows have internalId 0; a folder's files carry the folder's id.
QModelIndex QueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_top.size())
        return {};
    const FolderId folder = m_top.at(parent.row()).folder;
    if (folder == 0 || row >= filesIn(folder))
        return {};
    return createIndex(row, column, quintptr(folder));
}

QModelIndex QueueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = m_topByFolder.value(FolderId(child.internalId()), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    const FolderId folder = m_top.at(parent.row()).folder;
    return folder == 0 ? 0 : filesIn(folder);
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() && (parent.column() != 0 || parent.internalId() != 0) ? 0 : ColumnCount;
}

bool QueueModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const TransferSnapshot *s = transferAt(index)) {
        if (index.internalId() != 0 && index.column() == Name && role == Qt::DisplayRole)
            return nameInFolder(m_folders.constFind(FolderId(index.internalId()))->snapshot, *s);
        return fileData(*s, index.column(), role);
    }
    if (const FolderSnapshot *f = folderAt(index))
        return folderData(*f, index.column(), role);
    return {};
}

int QueueModel::rowOf(TransferId id) const
{
    const Place p = placeOf(id);
    return p.folder == 0 ? p.row : -1;
}

QModelIndex QueueModel::indexOf(TransferId id) const
{
    const Place p = placeOf(id);
    return p.row < 0 ? QModelIndex() : createIndex(p.row, 0, quintptr(p.folder));
}

QModelIndex QueueModel::folderIndex(FolderId id) const
{
    const int row = m_topByFolder.value(id, -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

const TransferSnapshot &QueueModel::snapshot(int row) const
{
    return m_top.at(row).file;
}

const TransferSnapshot *QueueModel::transferAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (index.internalId() == 0) {
        const Top &top = m_top.at(index.row());
        return top.folder == 0 ? &top.file : nullptr;
    }
    const auto it = m_folders.constFind(FolderId(index.internalId()));
    return it == m_folders.cend() || index.row() >= it->files.size() ? nullptr : &it->files.at(index.row());
}

const FolderSnapshot *QueueModel::folderAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != 0)
        return nullptr;
    const auto it = m_folders.constFind(m_top.at(index.row()).folder);
    return it == m_folders.cend() ? nullptr : &it->snapshot;
}

int QueueModel::filesIn(FolderId id) const
{
    const auto it = m_folders.constFind(id);
    return it == m_folders.cend() ? 0 : int(it->files.size());
}

QList<TransferSnapshot> QueueModel::filesOf(FolderId id) const
{
    return m_folders.value(id).files;
}

QueueModel::Place QueueModel::placeOf(TransferId id) const
{
    // The index can be behind while rows are being removed: check it points at this id.
    const Place p = m_places.value(id);
    if (p.row < 0)
        return {};
    const TransferSnapshot *s = p.folder == 0 ? (p.row < m_top.size() ? &m_top.at(p.row).file : nullptr)
                                              : (p.row < filesIn(p.folder) ? &m_folders.constFind(p.folder)->files.at(p.row)
                                                                           : nullptr);
    return s && s->id == id ? p : Place{};
}

TransferSnapshot *QueueModel::fileAt(Place place)
{
    if (place.folder == 0)
        return &m_top[place.row].file;
    return &m_folders[place.folder].files[place.row];
}

void QueueModel::applyAdded(const QList<TransferSnapshot> &added)
{
    // Keep the batch's order; consecutive files of the same folder go in as one span.
    QList<TransferSnapshot> run;
    FolderId runFolder = 0;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (runFolder == 0)
            appendTop(run);
        else
            appendChildren(runFolder, run);
        run.clear();
    };
    for (const TransferSnapshot &s : added) {
        if (m_places.contains(s.id))
            continue;
        if (s.groupId != runFolder)
            flush();
        runFolder = s.groupId;
        run.append(s);
    }
    flush();
    updateRows(added); // ids that were already known are updates
    recomputeTotals();
}

void QueueModel::appendTop(const QList<TransferSnapshot> &files)
{
    const int first = int(m_top.size());
    beginInsertRows({}, first, first + int(files.size()) - 1);
    for (const TransferSnapshot &s : files)
        m_top.append(Top{0, s});
    reindexTop(first);
    endInsertRows();
}

void QueueModel::appendChildren(FolderId folder, const QList<TransferSnapshot> &files)
{
    const int top = ensureFolder(folder, files.first());
    QList<TransferSnapshot> &list = m_folders[folder].files;
    const int first = int(list.size());
    beginInsertRows(createIndex(top, 0, quintptr(0)), first, first + int(files.size()) - 1);
    list.append(files);
    reindex(folder, first);
    endInsertRows();
}

int QueueModel::ensureFolder(FolderId id, const TransferSnapshot &file)
{
    if (const int row = m_topByFolder.value(id, -1); row >= 0)
        return row;
    // The folder's snapshot has not arrived yet: a placeholder it will fill in.
    FolderSnapshot f;
    f.id = id;
    f.kind = file.direction == Direction::Upload ? FolderKind::Upload : FolderKind::Download;
    f.state = FolderState::Transferring;
    f.accountName = file.accountName;
    f.bucket = file.bucket;
    const int row = int(m_top.size());
    beginInsertRows({}, row, row);
    m_folders.insert(id, Folder{f, {}});
    m_top.append(Top{id, {}});
    m_topByFolder.insert(id, row);
    endInsertRows();
    return row;
}

void QueueModel::applyFolder(const FolderSnapshot &folder)
{
    if (folder.id == 0 || folder.dryRun) // a preview moves nothing: not part of the queue
        return;
    if (const int row = m_topByFolder.value(folder.id, -1); row >= 0) {
        m_folders[folder.id].snapshot = folder;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        const int first = int(m_top.size());
        beginInsertRows({}, first, first);
        m_folders.insert(folder.id, Folder{folder, {}});
        m_top.append(Top{folder.id, {}});
        m_topByFolder.insert(folder.id, first);
        endInsertRows();
    }
    recomputeTotals();
}

void QueueModel::applyUpdated(const QList<TransferSnapshot> &changed)
{
    updateRows(changed);
    recomputeTotals();
}

void QueueModel::updateRows(const QList<TransferSnapshot> &changed)
{
    QHash<FolderId, QList<int>> rows;
    for (const TransferSnapshot &s : changed) {
        const Place p = placeOf(s.id);
        if (p.row < 0)
            continue;
        TransferSnapshot *old = fileAt(p);
        if (looksSame(*old, s))
            continue;
        *old = s;
        old->groupId = p.folder; // a file stays where it was shown
        rows[p.folder].append(p.row);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it)
        emitChangedSpans(it.key() == 0 ? QModelIndex() : folderIndex(it.key()), std::move(it.value()));
}

void QueueModel::emitChangedSpans(const QModelIndex &parent, QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0, parent), index(rows.at(j), ColumnCount - 1, parent));
        i = j + 1;
    }
}

void QueueModel::applyRemoved(const QList<TransferId> &ids)
{
    QHash<FolderId, QList<int>> rows;
    for (TransferId id : ids) {
        if (const Place p = placeOf(id); p.row >= 0)
            rows[p.folder].append(p.row);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it)
        removeRows(it.key(), std::move(it.value()));
    recomputeTotals();
}

void QueueModel::removeRows(FolderId folder, QList<int> rows)
{
    // From the end, so earlier row numbers stay valid; the index is rebuilt once at the end.
    int lowest = -1;
    forSpansBackwards(std::move(rows), [&](int first, int last) {
        removeSpan(folder, first, last);
        lowest = first;
    });
    if (lowest >= 0 && folder != 0)
        reindex(folder, lowest);
}

void QueueModel::removeSpan(FolderId folder, int first, int last)
{
    if (folder == 0) {
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            const Top &top = m_top.at(row);
            m_places.remove(top.file.id);
            if (top.folder != 0) {
                for (const TransferSnapshot &s : std::as_const(m_folders[top.folder].files))
                    m_places.remove(s.id);
                m_folders.remove(top.folder);
                m_topByFolder.remove(top.folder);
            }
        }
        m_top.remove(first, last - first + 1);
        reindexTop(first); // parent() of the folders' files must be right when views look
        endRemoveRows();
        return;
    }
    QList<TransferSnapshot> &files = m_folders[folder].files;
    beginRemoveRows(folderIndex(folder), first, last);
    for (int row = first; row <= last; ++row)
        m_places.remove(files.at(row).id);
    files.remove(first, last - first + 1);
    endRemoveRows();
}

void QueueModel::removeFinishedFolders()
{
    QList<int> rows;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        const bool filesDone = std::all_of(it->files.cbegin(), it->files.cend(),
                                           [](const TransferSnapshot &s) { return s.isFinished(); });
        if (it->snapshot.isFinished() && filesDone)
            rows.append(m_topByFolder.value(it.key()));
    }
    removeRows(0, std::move(rows));
    recomputeTotals();
}

void QueueModel::reindex(FolderId folder, int from)
{
    const auto it = m_folders.constFind(folder);
    if (it == m_folders.cend())
        return;
    const QList<TransferSnapshot> &files = it->files;
    for (int r = from; r < files.size(); ++r)
        m_places.insert(files.at(r).id, Place{folder, r});
}

void QueueModel::reindexTop(int from)
{
    for (int r = from; r < m_top.size(); ++r) {
        const Top &top = m_top.at(r);
        if (top.folder == 0)
            m_places.insert(top.file.id, Place{0, r});
        else
            m_topByFolder.insert(top.folder, r);
    }
}

void QueueModel::recomputeTotals()
{
    m_totals = totalsOf({});
    Q_EMIT totalsChanged(m_totals);
}

QueueTotals QueueModel::totalsOf(const QString &accountName) const
{
    QueueTotals t;
    auto count = [&t, &accountName](const TransferSnapshot &s) {
        if (!accountName.isEmpty() && s.accountName != accountName)
            return;
        ++t.transfers;
        if (s.state == TransferState::Failed)
            ++t.failed;
        else if (s.state == TransferState::Verified || s.state == TransferState::Done)
            ++t.succeeded;
        if (!s.isFinished())
            ++t.active;
        if (s.state == TransferState::Cancelled || s.state == TransferState::Failed || s.size < 0)
            return;
        t.totalBytes += s.size;
        t.doneBytes += s.isFinished() ? s.size : std::min(s.transferred, s.size);
        if (s.state == TransferState::Running)
            t.bytesPerSecond += s.bytesPerSecond;
    };
    for (const Top &top : std::as_const(m_top)) {
        if (top.folder == 0) {
            count(top.file);
            continue;
        }
        const Folder &folder = *m_folders.constFind(top.folder);
        std::for_each(folder.files.cbegin(), folder.files.cend(), count); // each by its own account
        if (!accountName.isEmpty() && folder.snapshot.accountName != accountName)
            continue; // (a placeholder's account is not known yet: its files count)
        ++t.folders;
        t.skipped += folder.snapshot.filesSkipped;
        // one waiting for its account holds nothing up (as the engine's restored transfers)
        if (!folder.snapshot.isFinished() && folder.snapshot.state != FolderState::Waiting)
            ++t.active;
    }
    return t;
}

} // namespace haul
