#include "browserpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "breadcrumb.h"
#include "browserproxy.h"
#include "browserview.h"
#include "bucketservice.h"
#include "errortext.h"
#include "messagebar.h"
#include "s3/types.h"

namespace haul {

BrowserPanel::BrowserPanel(BucketService *buckets, QWidget *parent)
    : QWidget(parent)
    , m_buckets(buckets)
    , m_model(new BrowserModel(this))
    , m_proxy(new BrowserProxy(m_model, this))
    , m_view(new BrowserView(this))
    , m_breadcrumb(new Breadcrumb(this))
    , m_filter(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setUpView();
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(240);
    m_filter->setToolTip(tr("Show only the files and folders whose name contains this text"));

    m_top = new QHBoxLayout;
    m_top->setSpacing(2);
    m_top->addWidget(m_breadcrumb, 1);
    m_top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_top);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_breadcrumb, &Breadcrumb::locationClicked, this, &BrowserPanel::openLocation);
    connect(m_filter, &QLineEdit::textChanged, this, &BrowserPanel::setFilterText);
    connect(m_view, &QTreeView::activated, this, &BrowserPanel::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowserPanel::selectionChanged);
    connect(m_model, &BrowserModel::filesDropped, this, &BrowserPanel::onFilesDropped);
    // A new listing drops the selection without selectionChanged: say so, for the commands.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BrowserPanel::selectionChanged);
    connect(m_buckets, &BucketService::bucketsListed, this, &BrowserPanel::onBucketsListed);
    connect(m_buckets, &BucketService::objectsListed, this, &BrowserPanel::onObjectsListed);
    connect(m_buckets, &BucketService::operationDone, this, &BrowserPanel::onOperationDone);
}

void BrowserPanel::setUpView()
{
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BrowserModel::Name, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(BrowserModel::Name, QHeaderView::Stretch);
    m_view->header()->resizeSection(BrowserModel::Size, 110);
    m_view->header()->resizeSection(BrowserModel::Modified, 150);
}

void BrowserPanel::setAccount(const QString &accountName, const QString &bucket)
{
    m_account = accountName;
    openLocation(bucket, {});
}

void BrowserPanel::openLocation(const QString &bucket, const QString &prefix)
{
    m_filter->clear(); // a filter typed for one folder would hide rows of the next
    m_bucket = bucket;
    m_prefix = bucket.isEmpty() ? QString() : prefix;
    m_breadcrumb->setLocation(m_bucket, m_prefix);
    m_breadcrumb->setEnabled(!m_account.isEmpty());
    Q_EMIT locationChanged(m_bucket, m_prefix);
    refresh();
}

void BrowserPanel::refresh()
{
    m_message->clear();
    m_model->reset(m_prefix);
    // Pages arrive in S3's key order. Sorted by name they land at the end of the table; sorted
    // otherwise, keeping the proxy sorted while 100,000 rows arrive would scatter every page
    // over the view (measured: 0.2 s per page), so the rows are sorted once, at the end.
    const QHeaderView *header = m_view->header();
    m_proxy->setDynamicSortFilter(header->sortIndicatorSection() == BrowserModel::Name
                                  && header->sortIndicatorOrder() == Qt::AscendingOrder);
    m_buckets->cancelListing(m_request); // the rest of a listing no one will see
    m_request = 0;
    if (m_account.isEmpty())
        return;
    Q_EMIT statusMessage(tr("Loading…"));
    m_request = m_bucket.isEmpty() ? m_buckets->listBuckets(m_account)
                                   : m_buckets->listObjects(m_account, m_bucket, m_prefix);
}

void BrowserPanel::createBucket(const QString &name)
{
    if (m_account.isEmpty())
        return;
    if (!bucketNameProblem(name).isEmpty())
        return showError(Error(ErrorCode::InvalidBucketName, name));
    Q_EMIT statusMessage(tr("Creating bucket “%1”…").arg(name));
    m_createRequest = m_buckets->createBucket(m_account, name);
}

void BrowserPanel::addFolder(const QString &name)
{
    if (m_bucket.isEmpty() || name.isEmpty())
        return;
    if (name.contains(QLatin1Char('/'))) {
        m_message->showMessage(MessageBar::Kind::Warning, tr("A folder name cannot contain “/”."));
        return;
    }
    if (isKeyTooLong(m_prefix + name + QLatin1Char('/'))) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("The folder name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes."));
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).name == name) {
            m_message->showMessage(MessageBar::Kind::Warning, tr("“%1” is already in this folder.").arg(name));
            return;
        }
    }
    m_newFolder = name;
    Q_EMIT statusMessage(tr("Creating folder “%1”…").arg(name));
    m_folderRequest = m_buckets->createFolder(m_account, m_bucket, m_prefix + name + QLatin1Char('/'));
}

void BrowserPanel::addToolAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_top->insertWidget(m_top->indexOf(m_filter), button);
}

void BrowserPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    else
        m_proxy->setNameFilter(text);
}

const BrowserModel::Entry &BrowserPanel::entryAt(const QModelIndex &viewIndex) const
{
    return m_model->entry(m_proxy->mapToSource(viewIndex).row());
}

void BrowserPanel::onFilesDropped(const QStringList &paths, const QString &target, BrowserModel::Kind kind)
{
    if (m_bucket.isEmpty() && kind != BrowserModel::Kind::Bucket)
        return;
    if (kind == BrowserModel::Kind::Bucket)
        Q_EMIT uploadRequested(paths, target, {});
    else
        Q_EMIT uploadRequested(paths, m_bucket, target);
}

QList<BrowserModel::Entry> BrowserPanel::selectedEntries() const
{
    QList<BrowserModel::Entry> result;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(BrowserModel::Name))
        result.append(m_model->entry(m_proxy->mapToSource(index).row()));
    return result;
}

void BrowserPanel::onBucketsListed(quint64 request, const QList<BucketInfo> &buckets, const Error &error)
{
    if (request != m_request)
        return;
    if (!error.ok())
        showError(error);
    else
        m_model->setBuckets(buckets);
    if (error.ok() && buckets.isEmpty())
        m_message->showMessage(MessageBar::Kind::Info, tr("This account has no buckets of its own yet. Use “New bucket” to create one, or open a bucket "
                                                          "shared with it with View ▸ Open a bucket or folder."));
    finishLoading();
}

void BrowserPanel::onObjectsListed(quint64 request, const ListPage &page, bool lastPage, const Error &error)
{
    if (request != m_request)
        return;
    if (error.code == ErrorCode::AccessDenied && !m_bucket.isEmpty()) {
        // A "drop box": the account may put files into the bucket without seeing into it.
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("This account may not see what is in “%1”. If it may put files there (a drop "
                                  "box), files dropped here are uploaded, every one, since Haul cannot see which "
                                  "are there already.")
                                   .arg(m_bucket),
                               error.technical());
        return finishLoading();
    }
    if (!error.ok()) {
        showError(error);
        return finishLoading();
    }
    addPage(page, lastPage);
}

void BrowserPanel::addPage(const ListPage &page, bool lastPage)
{
    m_model->appendPage(page);
    if (!lastPage) {
        Q_EMIT statusMessage(tr("Loading… %Ln item(s) so far", nullptr, m_model->rowCount()));
        return;
    }
    if (m_model->rowCount() == 0 && m_message->isHidden())
        m_message->showMessage(MessageBar::Kind::Info, tr("This folder is empty. Drop files here to upload them."));
    finishLoading();
}

void BrowserPanel::onOperationDone(quint64 request, const Error &error)
{
    if (request == m_folderRequest) {
        m_folderRequest = 0;
        if (!error.ok())
            return showError(error);
        Q_EMIT statusMessage(tr("Folder “%1” created.").arg(m_newFolder));
        return refresh();
    }
    if (request != m_createRequest)
        return;
    m_createRequest = 0;
    if (!error.ok()) {
        showError(error);
        return;
    }
    Q_EMIT statusMessage(tr("Bucket created."));
    openLocation({}, {});
}

void BrowserPanel::onActivated(const QModelIndex &index)
{
    const BrowserModel::Entry &e = m_model->entry(m_proxy->mapToSource(index).row());
    if (e.kind == BrowserModel::Kind::Bucket)
        openLocation(e.key, {});
    else if (e.kind == BrowserModel::Kind::Folder)
        openLocation(m_bucket, e.key);
}

void BrowserPanel::showError(const Error &error)
{
    m_message->showError(error);
    Q_EMIT errorOccurred(error);
}

void BrowserPanel::finishLoading()
{
    m_request = 0;
    if (!m_proxy->dynamicSortFilter())
        m_proxy->setDynamicSortFilter(true); // sorts now, as it did not while filling
    Q_EMIT statusMessage(tr("%n item(s)", nullptr, m_model->rowCount()));
    Q_EMIT loaded();
}

} // namespace haul
