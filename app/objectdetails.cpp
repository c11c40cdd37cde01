#include "objectdetails.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "bucketservice.h"
#include "format.h"
#include "messagebar.h"

namespace haul {

namespace {

/// "1.5 GiB (1,610,612,736 bytes)".
QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return format::size(bytes);
    return ObjectDetails::tr("%1 (%2 bytes)").arg(format::size(bytes), QLocale().toString(bytes));
}

/// "a1b2…-12 (uploaded in 12 parts)" for a multipart ETag.
QString etagText(const QString &etag)
{
    const qsizetype dash = etag.lastIndexOf(QLatin1Char('-'));
    if (dash < 0)
        return etag;
    return ObjectDetails::tr("%1 (uploaded in %n part(s))", nullptr, etag.mid(dash + 1).toInt()).arg(etag);
}

} // namespace

ObjectDetails::ObjectDetails(BucketService *buckets, const QString &account, const QString &bucket,
                             const BrowserModel::Entry &entry, QWidget *parent)
    : QDialog(parent)
    , m_buckets(buckets)
    , m_entry(entry)
    , m_bucket(bucket)
    , m_form(new QFormLayout)
    , m_loading(new QLabel(tr("Asking the storage service…"), this))
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("Details of “%1”").arg(entry.name));
    m_message->clear();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addWidget(m_loading);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);

    addRow(tr("Name"), entry.name);
    addRow(tr("Location"), QStringLiteral("s3://%1/%2").arg(bucket, entry.key));
    if (entry.kind == BrowserModel::Kind::Folder) {
        connect(m_buckets, &BucketService::keysListed, this, &ObjectDetails::onKeys);
        m_request = m_buckets->listAllKeys(account, bucket, entry.key);
    } else {
        connect(m_buckets, &BucketService::objectHead, this, &ObjectDetails::onHead);
        m_request = m_buckets->headObject(account, bucket, entry.key);
    }
}

void ObjectDetails::addRow(const QString &label, const QString &value)
{
    auto *text = new QLabel(value, this);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setObjectName(label);
    m_form->addRow(tr("%1:", "form label").arg(label), text);
}

QString ObjectDetails::value(const QString &label) const
{
    const auto *text = findChild<QLabel *>(label);
    return text ? text->text() : QString();
}

void ObjectDetails::onHead(quint64 request, const ObjectHead &head, const Error &error)
{
    if (request != m_request)
        return;
    if (error.ok()) {
        const QLocale locale;
        addRow(tr("Size"), sizeText(head.size));
        addRow(tr("Last modified"), locale.toString(head.lastModified.toLocalTime(), QLocale::LongFormat));
        addRow(tr("Storage class"), head.storageClass.isEmpty() ? tr("STANDARD (the default)") : head.storageClass);
        if (head.restoreOngoing)
            addRow(tr("Restore"), tr("under way: it can be downloaded once it is done"));
        else if (head.restoredUntil.isValid())
            addRow(tr("Restore"), tr("done: it can be downloaded until %1")
                                      .arg(locale.toString(head.restoredUntil.toLocalTime(), QLocale::LongFormat)));
        else if (isArchiveStorageClass(head.storageClass))
            addRow(tr("Restore"), tr("not asked for: it must be restored before it can be downloaded"));
        addRow(tr("ETag"), etagText(head.etag));
        if (!head.checksumCrc32c.isEmpty())
            addRow(tr("CRC32C"), head.checksumCrc32c);
        addRow(tr("Content type"), head.contentType.isEmpty() ? tr("not set") : head.contentType);
        QStringList lines;
        for (auto it = head.metadata.cbegin(); it != head.metadata.cend(); ++it)
            lines.append(tr("%1: %2", "metadata name: value").arg(it.key(), it.value()));
        addRow(tr("Metadata"), lines.isEmpty() ? tr("none") : lines.join(QLatin1Char('\n')));
    }
    finish(error);
}

void ObjectDetails::onKeys(quint64 request, const QStringList &keys, qint64 bytes, const Error &error)
{
    if (request != m_request)
        return;
    if (error.ok()) {
        int files = 0;
        for (const QString &key : keys)
            files += key.endsWith(QLatin1Char('/')) ? 0 : 1;
        addRow(tr("Contents"), tr("%Ln file(s), %1 in all", nullptr, files).arg(format::size(bytes)));
    }
    finish(error);
}

void ObjectDetails::finish(const Error &error)
{
    m_request = 0;
    m_loading->hide();
    if (!error.ok())
        m_message->showError(error);
    Q_EMIT loaded();
}

} // namespace haul
