#pragma once

#include <QWidget>

#include "browsermodel.h"
#include "error.h"

class QAction;
class QHBoxLayout;
class QLineEdit;
class QTreeView;

namespace haul {

class BucketService;
class Breadcrumb;
class BrowserProxy;
class MessageBar;

/// The store browser: a breadcrumb, an inline message line and a sortable table of buckets (at
/// the top) or of the folders and objects under one prefix. Double-clicking a bucket or folder
/// opens it; a filter field narrows the rows by name. Listings arrive page by page from
/// BucketService and are appended as they come (a folder of 100,000 objects fills while the
/// window stays responsive); answers to older requests are ignored. Local files dropped onto a
/// folder or bucket row, or onto the folder shown, are announced by uploadRequested(). Errors
/// show inline (never a dialog) and are passed on through errorOccurred().
class BrowserPanel : public QWidget {
    Q_OBJECT
public:
    explicit BrowserPanel(BucketService *buckets, QWidget *parent = nullptr);

    /// Switches to an account (already active in the TransferManager) and lists its buckets, or
    /// opens `bucket` when given; an empty name clears the panel.
    void setAccount(const QString &accountName, const QString &bucket = {});
    QString account() const { return m_account; }
    /// Opens a bucket at a prefix ("" or ending in "/"); an empty bucket lists the buckets.
    void openLocation(const QString &bucket, const QString &prefix = {});
    void refresh();
    /// Creates a bucket and lists the buckets again; errors show inline.
    void createBucket(const QString &name);
    /// Creates a folder under the current prefix as the AWS console does (a zero-byte object
    /// "name/") and lists the folder again; a name with "/" or an existing name is refused inline.
    void addFolder(const QString &name);
    /// Shows only the rows whose name contains `text` (case-insensitive; empty: all rows).
    void setFilterText(const QString &text);
    QLineEdit *filterEdit() const { return m_filter; }
    /// Adds a command as an icon button next to the filter (commands on the selection).
    void addToolAction(QAction *action);
    /// The source-model entry behind a row of the view.
    const BrowserModel::Entry &entryAt(const QModelIndex &viewIndex) const;

    QString bucket() const { return m_bucket; }
    QString prefix() const { return m_prefix; }
    /// Shows one page of the listing of the folder shown (what a listing answer does; public for
    /// tests). Rows are appended; after the last page the table is sorted once if it was not
    /// kept sorted while filling (see refresh()), and loaded() is emitted.
    void addPage(const ListPage &page, bool lastPage);
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
    /// Local files were dropped onto a folder, a bucket or the folder shown.
    void uploadRequested(const QStringList &paths, const QString &bucket, const QString &prefix);
    void errorOccurred(const haul::Error &error);

private:
    void onBucketsListed(quint64 request, const QList<haul::BucketInfo> &buckets, const haul::Error &error);
    void onObjectsListed(quint64 request, const haul::ListPage &page, bool lastPage, const haul::Error &error);
    void onOperationDone(quint64 request, const haul::Error &error);
    void onActivated(const QModelIndex &index);
    void onFilesDropped(const QStringList &paths, const QString &target, haul::BrowserModel::Kind kind);
    void setUpView();
    void showError(const Error &error);
    void finishLoading();

    BucketService *m_buckets;
    BrowserModel *m_model;
    BrowserProxy *m_proxy;
    QTreeView *m_view;
    Breadcrumb *m_breadcrumb;
    QLineEdit *m_filter;
    QHBoxLayout *m_top;
    MessageBar *m_message;
    QString m_account;
    QString m_bucket;
    QString m_prefix;
    quint64 m_request = 0;
    quint64 m_createRequest = 0;
    quint64 m_folderRequest = 0;
    QString m_newFolder;
};

} // namespace haul
