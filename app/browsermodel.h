#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "s3/types.h"

namespace haul {

/// One level of a store as a table: the buckets of an account, or the folders and objects under
/// one prefix of a bucket. Filled page by page (appendPage) as ListObjectsV2 answers arrive —
/// rows are appended, never reset, so a view keeps its scroll position and selection; sorting
/// and filtering are left to a QSortFilterProxyModel over SortRole (folders before objects).
///
/// Drops: local files (text/uri-list) dropped onto a folder or bucket row, or onto the folder
/// itself, are announced by filesDropped(); Haul's own drags are refused (they are not files).
class BrowserModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Size, Modified, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< int(Kind)
        KeyRole,                     ///< bucket name, folder prefix ("a/b/") or object key
        SortRole,                    ///< what the proxy sorts by in each column
        SizeRole,                    ///< qint64 bytes (objects), -1 otherwise
    };
    enum class Kind { Bucket, Folder, Object };
    Q_ENUM(Kind)

    struct Entry {
        Kind kind = Kind::Object;
        QString name;   ///< shown: bucket name, folder or file name without the prefix
        QString key;    ///< see KeyRole
        qint64 size = -1;
        QDateTime modified;
        QString etag;         ///< objects: as listed, without quotes
        QString storageClass; ///< objects: as listed (empty: the store's default)
        QString sortName;     ///< folders-first, lower-case name (cached for sorting)
    };

    /// The MIME type of Haul's own drags (rows of the browser); never accepted as a drop.
    static QString internalMimeType();

    explicit BrowserModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// Empties the model for a new level under `prefix` (empty at a bucket's top).
    void reset(const QString &prefix = {});
    /// Replaces the rows with these buckets.
    void setBuckets(const QList<BucketInfo> &buckets);
    /// Adds one page of a folder listing (the folder's own marker object is skipped).
    void appendPage(const ListPage &page);
    /// Adds a folder that exists only until something is uploaded into it.
    void addFolder(const QString &name);
    const Entry &entry(int row) const { return m_entries.at(row); }
    QString prefix() const { return m_prefix; }
    /// True while the model lists buckets (nothing can be dropped on the list itself).
    bool listsBuckets() const { return m_listsBuckets; }

Q_SIGNALS:
    /// Local files were dropped: onto a folder (target = its prefix), a bucket (target = its
    /// name, kind Bucket) or the listing itself (the model's prefix, kind Folder).
    void filesDropped(const QStringList &paths, const QString &target, haul::BrowserModel::Kind kind);

private:
    void append(QList<Entry> entries);
    /// The local files among the dropped data; none for Haul's own drags.
    static QStringList droppedFiles(const QMimeData *data);
    QVariant sortData(const Entry &e, int column) const;

    QList<Entry> m_entries;
    QString m_prefix;
    bool m_listsBuckets = false;
};

} // namespace haul
