#include "browsermodel.h"

#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include "format.h"
#include "icons.h"

namespace haul {

BrowserModel::BrowserModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int BrowserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BrowserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BrowserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name) // "a//b" has a folder with no name under "a/": shown as "/", as the AWS console does
            return e.name.isEmpty() && e.kind == Kind::Folder ? QStringLiteral("/") : e.name;
        if (index.column() == Size)
            return e.kind == Kind::Object ? format::size(e.size) : QString();
        return e.modified.isValid() ? QLocale().toString(e.modified.toLocalTime(), QLocale::ShortFormat) : QString();
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        return icon(e.kind == Kind::Bucket ? u"bucket" : e.kind == Kind::Folder ? u"folder" : u"file");
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (isArchiveStorageClass(e.storageClass))
            return QString(e.key + QLatin1Char('\n')
                + tr("Archived (%1): restore it with Edit ▸ Restore from archive… before downloading it.").arg(e.storageClass));
        return e.key;
    case KindRole: return int(e.kind);
    case KeyRole: return e.key;
    case SizeRole: return e.size;
    case SortRole: return sortData(e, index.column());
    default: return {};
    }
}

QVariant BrowserModel::sortData(const Entry &e, int column) const
{
    // Folders and buckets sort before objects in every column (ascending).
    switch (column) {
    case Name: return e.sortName;
    case Size: return e.kind == Kind::Object ? e.size : qint64(-1);
    default: return e.modified;
    }
}

QVariant BrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Size: return tr("Size");
    case Modified: return tr("Modified");
    default: return {};
    }
}

void BrowserModel::reset(const QString &prefix)
{
    beginResetModel();
    m_entries.clear();
    m_prefix = prefix;
    m_listsBuckets = false;
    endResetModel();
}

void BrowserModel::setBuckets(const QList<BucketInfo> &buckets)
{
    reset();
    m_listsBuckets = true;
    QList<Entry> entries;
    for (const BucketInfo &b : buckets)
        entries.append({Kind::Bucket, b.name, b.name, -1, b.created, {}, {}, {}});
    append(std::move(entries));
}

void BrowserModel::appendPage(const ListPage &page)
{
    QList<Entry> entries;
    for (const ObjectInfo &p : page.prefixes) {
        QString name = p.key.mid(m_prefix.size());
        if (name.endsWith(QLatin1Char('/')))
            name.chop(1);
        entries.append({Kind::Folder, name, p.key, -1, {}, {}, {}, {}});
    }
    for (const ObjectInfo &o : page.objects) {
        if (o.key == m_prefix)
            continue; // the folder's own marker ("photos/")
        entries.append({Kind::Object, o.key.mid(m_prefix.size()), o.key, o.size, o.lastModified,
                        o.etag, o.storageClass, {}});
    }
    append(std::move(entries));
}

void BrowserModel::addFolder(const QString &name)
{
    append({{Kind::Folder, name, m_prefix + name + QLatin1Char('/'), -1, {}, {}, {}, {}}});
}

void BrowserModel::append(QList<Entry> entries)
{
    if (entries.isEmpty())
        return;
    for (Entry &e : entries)
        e.sortName = (e.kind == Kind::Object ? QLatin1Char('1') : QLatin1Char('0')) + e.name.toLower();
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(std::move(entries));
    endInsertRows();
}

QString BrowserModel::internalMimeType()
{
    return QStringLiteral("application/x-haul-objects");
}

Qt::ItemFlags BrowserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_listsBuckets ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const Kind kind = m_entries.at(index.row()).kind;
    if (kind != Kind::Bucket)
        f |= Qt::ItemIsDragEnabled;
    if (kind != Kind::Object)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList BrowserModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions BrowserModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

QStringList BrowserModel::droppedFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || data->hasFormat(internalMimeType()) || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

bool BrowserModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                   const QModelIndex &parent) const
{
    if (!(flags(parent.isValid() ? parent.siblingAtColumn(0) : parent) & Qt::ItemIsDropEnabled))
        return false;
    return !droppedFiles(data).isEmpty();
}

bool BrowserModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList paths = droppedFiles(data);
    if (!parent.isValid()) {
        Q_EMIT filesDropped(paths, m_prefix, Kind::Folder);
        return true;
    }
    const Entry &e = m_entries.at(parent.row());
    Q_EMIT filesDropped(paths, e.key, e.kind);
    return true;
}

} // namespace haul
