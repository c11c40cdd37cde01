#include "firstrun.h"

#include <functional>

#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "accountdialog.h"
#include "accountregistry.h"
#include "bucketservice.h"
#include "icons.h"
#include "messagebar.h"

namespace haul {
namespace {

/// A page whose "complete" and "valid" come from the wizard.
class Page : public QWizardPage {
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> valid;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return valid ? valid() : true; }
    void announceComplete() { Q_EMIT completeChanged(); }
};

} // namespace

FirstRunWizard::FirstRunWizard(AccountRegistry *registry, BucketService *buckets, QWidget *parent)
    : QWizard(parent)
    , m_registry(registry)
    , m_buckets(buckets)
{
    setWindowTitle(tr("Welcome to Haul"));
    setWindowIcon(icon(u"haul"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(AccountPageId, createAccountPage());
    setPage(ConnectPageId, createConnectPage());
    setPage(BucketPageId, createBucketPage());
    setStartId(AccountPageId);
    connect(m_buckets, &BucketService::connectionTested, this, &FirstRunWizard::onTested);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ConnectPageId)
            startTest();
        else if (id == BucketPageId)
            fillBuckets();
    });
    resize(640, 600);
}

QWizardPage *FirstRunWizard::createAccountPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Your storage account"));
    page->setSubTitle(tr("Enter the details your storage team gave you, or import them from the AWS command line tools."));
    m_form = new AccountDialog(m_registry, m_buckets, page);
    m_form->setEmbedded(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    page->valid = [this] { return m_form->validate(); };
    return page;
}

QWizardPage *FirstRunWizard::createConnectPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Test the connection"));
    page->setSubTitle(tr("Haul asks the storage service whether it accepts the account, then saves it."));
    m_connectMessage = new MessageBar(page);
    m_retry = new QPushButton(icon(u"retry"), tr("&Try again"), page);
    m_retry->setAutoDefault(false);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &FirstRunWizard::startTest);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_connectMessage);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(1);
    page->complete = [this] { return m_connected; };
    m_connectPage = page;
    return page;
}

QWizardPage *FirstRunWizard::createBucketPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Choose a bucket"));
    page->setSubTitle(tr("A bucket is the top-level folder of the storage service. You can open another one at any time."));
    auto *label = new QLabel(tr("&Buckets this account can see:"), page);
    m_bucketList = new QListWidget(page);
    m_bucketList->setAccessibleName(tr("Buckets"));
    m_bucketList->setAccessibleDescription(tr("The bucket Haul opens when you click Finish"));
    label->setBuddy(m_bucketList);
    m_bucketNote = new QLabel(page);
    m_bucketNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(m_bucketList, 1);
    layout->addWidget(m_bucketNote);
    page->setFinalPage(true);
    return page;
}

QString FirstRunWizard::chosenBucket() const
{
    const QListWidgetItem *item = m_bucketList->currentItem();
    return item && item->isSelected() ? item->text() : QString();
}

void FirstRunWizard::startTest()
{
    m_connected = false;
    m_retry->hide();
    static_cast<Page *>(m_connectPage)->announceComplete();
    m_connectMessage->showMessage(MessageBar::Kind::Info, tr("Testing the connection…"));
    m_request = m_buckets->testConnection(m_form->connection());
}

void FirstRunWizard::onTested(quint64 request, const QList<BucketInfo> &buckets, const Error &error)
{
    if (request != m_request)
        return;
    m_request = 0;
    if (!error.ok()) {
        // (the account settings that ListBucketsDenied's own next step names are the page before)
        m_form->showTestError(m_connectMessage, error, error.code == ErrorCode::ListBucketsDenied
            ? tr("Click Back, enter the name of the bucket it may use under “Bucket”, then click Next.") : QString());
        m_retry->show();
        return;
    }
    m_found = buckets;
    m_connectMessage->showMessage(MessageBar::Kind::Info, tr("Connected. Saving the account…"));
    saveAccount();
}

void FirstRunWizard::saveAccount()
{
    const AccountConnection c = m_form->connection();
    if (!m_savedAccount.isEmpty() && m_savedAccount != c.account.name)
        m_registry->remove(m_savedAccount); // renamed after going back
    QPointer<FirstRunWizard> self(this);
    m_registry->save(c, [self, name = c.account.name](Result<bool> result) {
        if (self)
            self->onSaved(name, result.value_or(false), result ? Error() : result.error());
    });
}

void FirstRunWizard::onSaved(const QString &name, bool persistent, const Error &error)
{
    if (!error.ok()) {
        m_connectMessage->showError(error);
        m_retry->show();
        return;
    }
    m_savedAccount = name;
    m_form->markSaved(name);
    m_connected = true;
    static_cast<Page *>(m_connectPage)->announceComplete();
    const QString seen = tr("Connected: this account sees %n bucket(s).", nullptr, int(m_found.size()));
    if (persistent)
        m_connectMessage->showMessage(MessageBar::Kind::Success, seen + QLatin1Char(' ') + tr("The account is saved."));
    else
        m_connectMessage->showMessage(MessageBar::Kind::Warning, seen + QLatin1Char(' ')
            + tr("The account is saved, but the system keychain cannot be reached, so the secret key is "
                 "kept for this session only."));
    Q_EMIT accountSaved(name);
}

void FirstRunWizard::fillBuckets()
{
    m_bucketList->clear();
    for (const BucketInfo &bucket : std::as_const(m_found))
        m_bucketList->addItem(new QListWidgetItem(icon(u"bucket"), bucket.name));
    if (m_bucketList->count() > 0)
        m_bucketList->setCurrentRow(0);
    m_bucketNote->setText(m_found.isEmpty()
        ? tr("This account has no buckets yet. After you click Finish, use “New bucket” in the toolbar to create one.")
        : tr("Haul opens the selected bucket when you click Finish."));
    m_bucketList->setFocus();
}

} // namespace haul
