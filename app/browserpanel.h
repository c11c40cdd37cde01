#pragma once

#include <QWidget>

#include "browsermodel.h"
#include "error.h"

class QSortFilterProxyModel;
class QTreeView;

namespace haul {

class BucketService;
class Breadcrumb;
class MessageBar;

/// The store browser: a breadcrumb, an inline message line and a sortable table of buckets (at
/// the top) or of the folders and objects under one prefix. Double-clicking a bucket or folder
/// opens it. Listings arrive page by page from BucketService; answers to older requests are
/// ignored. Errors show inline (never a dialog) and are passed on through errorOccurred().
class BrowserPanel : public QWidget {
    Q_OBJECT
public:
    explicit BrowserPanel(BucketService *buckets, QWidget *parent = nullptr);

    /// Switches to an account (already active in the TransferManager) and lists its buckets;
    /// an empty name clears the panel.
    void setAccount(const QString &accountName);
    QString account() const { return m_account; }
    /// Opens a bucket at a prefix ("" or ending in "/"); an empty bucket lists the buckets.
    void openLocation(const QString &bucket, const QString &prefix = {});
    void refresh();
    /// Creates a bucket and lists the buckets again; errors show inline.
    void createBucket(const QString &name);
    /// Adds a folder under the current prefix and opens it (it exists once files go in).
    void addFolder(const QString &name);

    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }
    /// True while a listing is on its way.
    bool isLoading() const { return m_request != 0; }
    /// The selected rows, in view order.
    QList<BrowserModel::Entry> selectedEntries() const;

    BrowserModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_message; }

Q_SIGNALS:
    void locationChanged(const QString &bucket, const QString &prefix);
    void selectionChanged();
    /// A listing finished (successfully or not).
    void loaded();
    void statusMessage(const QString &text);
    void errorOccurred(const haul::Error &error);

private:
    void onBucketsListed(quint64 request, const QList<haul::BucketInfo> &buckets, const haul::Error &error);
    void onObjectsListed(quint64 request, const haul::ListPage &page, bool lastPage, const haul::Error &error);
    void onOperationDone(quint64 request, const haul::Error &error);
    void onActivated(const QModelIndex &index);
    void showError(const Error &error);
    void finishLoading();

    BucketService *m_buckets;
    BrowserModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    Breadcrumb *m_breadcrumb;
    MessageBar *m_message;
    QString m_account;
    QString m_bucket;
    QString m_prefix;
    quint64 m_request = 0;
    quint64 m_createRequest = 0;
};

} // namespace haul
