#include "accountdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "accountregistry.h"
#include "bucketservice.h"
#include "errortext.h"
#include "icons.h"
#include "messagebar.h"
#include "s3/bucketname.h"

namespace haul {
namespace {

enum Service { AmazonS3, OtherS3 };

QComboBox *comboWith(QWidget *parent, const QList<std::pair<QString, QVariant>> &items)
{
    auto *box = new QComboBox(parent);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    return box;
}

} // namespace

AccountDialog::AccountDialog(AccountRegistry *registry, BucketService *buckets, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_buckets(buckets)
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("Account"));
    setWindowIcon(icon(u"haul"));
    buildForm();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createImportButton(), 0, Qt::AlignLeft);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when a message appears
    connect(m_service, &QComboBox::currentIndexChanged, this, &AccountDialog::onServiceChanged);
    connect(m_test, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    connect(m_buckets, &BucketService::connectionTested, this, &AccountDialog::onConnectionTested);
    onServiceChanged();
    const auto [credentialsFile, configFile] = awsProfilePaths(QProcessEnvironment::systemEnvironment());
    setAwsProfiles(readAwsProfiles(credentialsFile, configFile));
    resize(520, sizeHint().height());
}

void AccountDialog::buildForm()
{
    m_form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. Institute storage"));
    m_service = comboWith(this, {{tr("Amazon S3"), AmazonS3},
                                 {tr("Other S3-compatible (Ceph, MinIO, …)"), OtherS3}});
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(tr("https://s3.example.org"));
    m_region = new QComboBox(this);
    m_region->setEditable(true);
    for (const auto &[code, name] : awsRegions())
        m_region->addItem(tr("%1 — %2").arg(code, name), code);
    m_addressing = comboWith(this, {{tr("Automatic"), int(Addressing::Auto)},
                                    {tr("Path-style (bucket in the path)"), int(Addressing::Path)},
                                    {tr("Virtual-hosted (bucket in the host name)"), int(Addressing::Virtual)}});
    m_checksum = comboWith(this, {{tr("Automatic (CRC32C where supported)"), int(ChecksumMode::Auto)},
                                  {tr("CRC32C"), int(ChecksumMode::Crc32c)}, {tr("MD5"), int(ChecksumMode::Md5)},
                                  {tr("Off (not recommended)"), int(ChecksumMode::Off)}});
    m_accessKey = new QLineEdit(this);
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_bucket = new QLineEdit(this);
    m_bucket->setPlaceholderText(tr("Optional: the bucket to open if the account may not list buckets"));
    m_bucket->setToolTip(tr("Haul shows this bucket among the account's buckets even when the storage service "
                            "does not list it, for example a bucket another account shares with this one."));
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("Optional: your institute's CA certificate (PEM)"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_test = m_buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    addRows();
}

void AccountDialog::addRows()
{
    auto *browse = new QToolButton(this);
    browse->setText(tr("Choose…"));
    browse->setAccessibleName(tr("Choose a CA certificate file"));
    connect(browse, &QToolButton::clicked, this, &AccountDialog::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_form->addRow(tr("Na&me:"), m_name);
    m_form->addRow(tr("Se&rvice:"), m_service);
    m_form->addRow(tr("&Endpoint:"), m_endpoint);
    m_form->addRow(tr("Re&gion:"), m_region);
    m_form->addRow(tr("&Addressing:"), m_addressing);
    m_form->addRow(tr("C&hecksum:"), m_checksum);
    m_form->addRow(tr("Access key &id:"), m_accessKey);
    m_form->addRow(tr("&Secret key:"), m_secret);
    m_form->addRow(tr("&Bucket:"), m_bucket);
    auto *caLabel = new QLabel(tr("CA &certificate:"), this);
    caLabel->setBuddy(m_caFile);
    m_form->addRow(caLabel, caRow);
}

void AccountDialog::onServiceChanged()
{
    m_form->setRowVisible(m_endpoint, !isAws());
    if (isAws() && m_region->currentText().isEmpty())
        m_region->setCurrentIndex(m_region->findData(QStringLiteral("us-east-1")));
}

bool AccountDialog::isAws() const
{
    return m_service->currentData().toInt() == AmazonS3;
}

QString AccountDialog::regionCode() const
{
    const int index = m_region->findText(m_region->currentText());
    if (index >= 0)
        return m_region->itemData(index).toString();
    return m_region->currentText().section(QLatin1Char(' '), 0, 0).trimmed();
}

void AccountDialog::editAccount(const QString &name)
{
    const std::optional<Account> account = m_registry->account(name);
    if (!account)
        return;
    m_editing = name;
    m_name->setText(account->name);
    m_service->setCurrentIndex(account->isAws() ? AmazonS3 : OtherS3);
    m_endpoint->setText(account->endpoint.toString());
    const int region = m_region->findData(account->region);
    if (region >= 0)
        m_region->setCurrentIndex(region);
    else
        m_region->setEditText(account->region);
    m_addressing->setCurrentIndex(m_addressing->findData(int(account->addressing)));
    m_checksum->setCurrentIndex(m_checksum->findData(int(account->checksum)));
    m_accessKey->setText(account->accessKeyId);
    m_caFile->setText(account->caFile);
    m_bucket->setText(account->bucket);
    m_secret->setPlaceholderText(tr("(unchanged)"));
    QPointer<AccountDialog> self(this);
    m_registry->readSecret(name, [self](Result<QString> secret) {
        if (self && secret && self->m_secret->text().isEmpty())
            self->m_secret->setText(*secret);
    });
}

void AccountDialog::showError(const Error &error)
{
    m_message->showError(error);
}

AccountConnection AccountDialog::connection() const
{
    AccountConnection c;
    c.account.name = m_name->text().trimmed();
    c.account.endpoint = isAws() ? QUrl() : QUrl(m_endpoint->text().trimmed());
    c.account.region = regionCode().isEmpty() ? QStringLiteral("us-east-1") : regionCode();
    c.account.addressing = Addressing(m_addressing->currentData().toInt());
    c.account.checksum = ChecksumMode(m_checksum->currentData().toInt());
    c.account.accessKeyId = m_accessKey->text().trimmed();
    c.account.caFile = m_caFile->text().trimmed();
    c.account.bucket = m_bucket->text().trimmed();
    c.credentials.accessKeyId = c.account.accessKeyId;
    c.credentials.secretAccessKey = m_secret->text().trimmed();
    return c;
}

bool AccountDialog::fail(QWidget *field, const QString &text)
{
    m_message->showMessage(MessageBar::Kind::Warning, text);
    field->setFocus();
    return false;
}

bool AccountDialog::validate()
{
    const AccountConnection c = connection();
    if (c.account.name.isEmpty())
        return fail(m_name, tr("Give the account a name, such as “Institute storage”."));
    if (c.account.name != m_editing && m_registry->contains(c.account.name))
        return fail(m_name, tr("There is already an account named “%1”. Choose another name.").arg(c.account.name));
    if (!isAws() && m_endpoint->text().trimmed().isEmpty())
        return fail(m_endpoint, tr("Enter the address of the storage service, such as https://s3.example.org."));
    const QUrl url = c.account.endpoint;
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!isAws() && (!url.isValid() || !web || url.host().isEmpty()))
        return fail(m_endpoint, tr("“%1” is not a web address. It should look like https://s3.example.org or http://192.0.2.10:9000.")
                                    .arg(m_endpoint->text().trimmed()));
    if (c.account.accessKeyId.isEmpty())
        return fail(m_accessKey, tr("Enter the access key id."));
    if (c.credentials.secretAccessKey.isEmpty() && m_editing.isEmpty())
        return fail(m_secret, tr("Enter the secret key."));
    if (!c.account.bucket.isEmpty() && !isExistingBucketName(c.account.bucket))
        return fail(m_bucket, tr("“%1” is not a bucket name: a bucket name has only letters, digits, dots, hyphens and underscores. Enter the name alone, without s3:// or folders.")
                                  .arg(c.account.bucket));
    if (!c.account.caFile.isEmpty() && !QFileInfo(c.account.caFile).isFile())
        return fail(m_caFile, tr("The certificate file “%1” does not exist.").arg(c.account.caFile));
    return true;
}

void AccountDialog::testConnection()
{
    if (!validate())
        return;
    m_test->setEnabled(false);
    m_message->showMessage(MessageBar::Kind::Info, tr("Testing the connection…"));
    m_testRequest = m_buckets->testConnection(connection());
}

void AccountDialog::onConnectionTested(quint64 request, const QList<BucketInfo> &buckets,
                                       const Error &error)
{
    if (request != m_testRequest)
        return;
    m_testRequest = 0;
    m_test->setEnabled(true);
    if (error.ok())
        m_message->showMessage(MessageBar::Kind::Success,
                               tr("Connected: this account sees %n bucket(s).", nullptr, int(buckets.size())));
    else
        showTestError(m_message, error);
    Q_EMIT connectionTested(error);
}

void AccountDialog::showTestError(MessageBar *bar, const Error &error, const QString &nextStep)
{
    bar->showErrorWithStep(error, nextStep.isEmpty() ? errorNextStep(error) : nextStep);
    const bool bucketNamed = !m_bucket->text().isEmpty();
    const bool bucketToChange = error.code == ErrorCode::ListBucketsDenied
        || (bucketNamed && (error.code == ErrorCode::NoSuchBucket || error.code == ErrorCode::AccessDenied));
    if (bucketToChange) {
        m_bucket->setFocus(Qt::OtherFocusReason);
        m_bucket->selectAll();
    }
}

void AccountDialog::accept()
{
    if (m_closeOnAccept)
        return QDialog::accept();
    save();
}

void AccountDialog::save()
{
    if (!validate())
        return;
    const AccountConnection c = connection();
    if (!m_editing.isEmpty() && m_editing != c.account.name)
        m_registry->remove(m_editing);
    m_buttons->setEnabled(false);
    QPointer<AccountDialog> self(this);
    m_registry->save(c, [self, name = c.account.name](Result<bool> result) {
        if (self)
            self->onSaved(name, std::move(result));
    });
}

void AccountDialog::onSaved(const QString &name, Result<bool> result)
{
    m_buttons->setEnabled(true);
    if (!result) {
        m_message->showError(result.error());
        if (m_registry->contains(name))
            m_editing = name; // kept for this session though not written: saving again updates it
        return;
    }
    m_savedName = name;
    m_editing = name;
    Q_EMIT accountSaved(name, *result);
    if (*result)
        return QDialog::accept();
    m_message->showMessage(MessageBar::Kind::Warning,
        tr("The account is saved, but the system keychain cannot be reached, so the secret key is kept "
           "for this session only. Haul will ask for it again next time."));
    m_closeOnAccept = true;
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Close"));
}

void AccountDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace haul
