#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "s3/types.h"

namespace haul {

/// One level of a store as a table: the buckets of an account, or the folders and objects under
/// one prefix of a bucket. Filled page by page (appendPage) as ListObjectsV2 answers arrive;
/// sorting is left to a QSortFilterProxyModel over SortRole (folders before objects).
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

    struct Entry {
        Kind kind = Kind::Object;
        QString name;   ///< shown: bucket name, folder or file name without the prefix
        QString key;    ///< see KeyRole
        qint64 size = -1;
        QDateTime modified;
    };

    explicit BrowserModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

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

private:
    void append(QList<Entry> entries);
    QVariant sortData(const Entry &e, int column) const;

    QList<Entry> m_entries;
    QString m_prefix;
};

} // namespace haul
