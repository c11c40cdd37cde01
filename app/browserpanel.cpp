#include "browserpanel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include "breadcrumb.h"
#include "bucketservice.h"
#include "errortext.h"
#include "messagebar.h"

namespace haul {

BrowserPanel::BrowserPanel(BucketService *buckets, QWidget *parent)
    : QWidget(parent)
    , m_buckets(buckets)
    , m_model(new BrowserModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_breadcrumb(new Breadcrumb(this))
    , m_message(new MessageBar(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BrowserModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_breadcrumb, &Breadcrumb::locationClicked, this, &BrowserPanel::openLocation);
    connect(m_view, &QTreeView::activated, this, &BrowserPanel::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BrowserPanel::selectionChanged);
    connect(m_buckets, &BucketService::bucketsListed, this, &BrowserPanel::onBucketsListed);
    connect(m_buckets, &BucketService::objectsListed, this, &BrowserPanel::onObjectsListed);
    connect(m_buckets, &BucketService::operationDone, this, &BrowserPanel::onOperationDone);
}

void BrowserPanel::setAccount(const QString &accountName)
{
    m_account = accountName;
    openLocation({}, {});
}

void BrowserPanel::openLocation(const QString &bucket, const QString &prefix)
{
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
    openLocation(m_bucket, m_prefix + name + QLatin1Char('/'));
    m_message->showMessage(MessageBar::Kind::Info,
                           tr("The folder “%1” is created when you add files to it.").arg(name));
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
        m_message->showMessage(MessageBar::Kind::Info, tr("This account has no buckets yet. Use “New bucket” to create one."));
    finishLoading();
}

void BrowserPanel::onObjectsListed(quint64 request, const ListPage &page, bool lastPage, const Error &error)
{
    if (request != m_request)
        return;
    if (!error.ok()) {
        showError(error);
        return finishLoading();
    }
    m_model->appendPage(page);
    if (!lastPage)
        return;
    if (m_model->rowCount() == 0 && m_message->isHidden())
        m_message->showMessage(MessageBar::Kind::Info, tr("This folder is empty. Drop files here to upload them."));
    finishLoading();
}

void BrowserPanel::onOperationDone(quint64 request, const Error &error)
{
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
    Q_EMIT statusMessage(tr("%n item(s)", nullptr, m_model->rowCount()));
    Q_EMIT loaded();
}

} // namespace haul
