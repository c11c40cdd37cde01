#include "locationdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "messagebar.h"
#include "s3/bucketname.h"

namespace haul {

std::optional<S3Location> parseTypedLocation(const QString &text)
{
    QString typed = text.trimmed();
    if (!typed.startsWith(QLatin1String("s3://"), Qt::CaseInsensitive))
        typed = QLatin1String("s3://") + (typed.startsWith(QLatin1Char('/')) ? typed.mid(1) : typed);
    std::optional<S3Location> location = parseS3Url(typed);
    if (!location || !isExistingBucketName(location->bucket))
        return std::nullopt;
    if (!location->key.isEmpty() && !location->key.endsWith(QLatin1Char('/')))
        location->key += QLatin1Char('/');
    return location;
}

LocationDialog::LocationDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new MessageBar(this))
{
    setWindowTitle(tr("Open a bucket or folder"));
    auto *label = new QLabel(tr("&Bucket or folder, such as s3://lab-data/run-42/:"), this);
    label->setBuddy(m_edit);
    m_edit->setAccessibleName(tr("Bucket or folder"));
    m_edit->setToolTip(tr("Opens a bucket this account may use even when the bucket list does not show it"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LocationDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grows when a message appears
    m_message->hide();
    resize(480, sizeHint().height());
}

void LocationDialog::setLocation(const QString &bucket, const QString &prefix)
{
    m_edit->setText(QLatin1String("s3://") + (bucket.isEmpty() ? QString() : bucket + QLatin1Char('/') + prefix));
    m_message->clear();
}

void LocationDialog::accept()
{
    const std::optional<S3Location> location = parseTypedLocation(m_edit->text());
    if (!location) {
        m_message->showMessage(MessageBar::Kind::Warning,
            tr("“%1” does not name a bucket. Write the bucket's name, then any folders, such as "
               "s3://lab-data/run-42/. A bucket name has only letters, digits, dots, hyphens and underscores.")
                .arg(m_edit->text().trimmed()));
        m_edit->setFocus();
        return;
    }
    Q_EMIT locationChosen(location->bucket, location->key);
    QDialog::accept();
}

} // namespace haul
