#include "sharedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "bucketservice.h"
#include "icons.h"
#include "messagebar.h"

namespace haul {

namespace {

constexpr int Hour = 3600;
constexpr int Day = 24 * Hour;

} // namespace

ShareDialog::ShareDialog(BucketService *buckets, const QString &account, const QString &bucket,
                         const QString &key, QWidget *parent)
    : QDialog(parent)
    , m_buckets(buckets)
    , m_account(account)
    , m_bucket(bucket)
    , m_key(key)
    , m_expiry(new QComboBox(this))
    , m_link(new QLineEdit(this))
    , m_until(new QLabel(this))
    , m_copy(new QPushButton(icon(u"share"), tr("&Copy link"), this))
    , m_message(new MessageBar(this))
{
    const QString name = key.section(QLatin1Char('/'), -1);
    setWindowTitle(tr("Share “%1”").arg(name));
    auto *intro = new QLabel(tr("Anyone who has the link can download “%1” — no account needed — until the "
                                "link expires.").arg(name), this);
    intro->setWordWrap(true);
    for (int seconds : expiries())
        m_expiry->addItem(amountText(seconds), seconds);
    setExpiry(Day);
    m_link->setReadOnly(true);
    m_link->setPlaceholderText(tr("The link appears here"));
    m_link->setMinimumWidth(420);
    m_until->setWordWrap(true);
    m_until->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setDefault(true);
    m_message->clear();

    layOut(intro);
    connect(m_copy, &QPushButton::clicked, this, &ShareDialog::copyLink);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this] {
        m_link->clear(); // a link made for another expiry must not be mistaken for this one
        m_until->clear();
    });
}

void ShareDialog::layOut(QWidget *intro)
{
    auto *form = new QFormLayout;
    form->addRow(tr("Valid &for:"), m_expiry);
    form->addRow(tr("Link:"), m_link);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_until);
    layout->addWidget(buttons);
}

QList<int> ShareDialog::expiries()
{
    return {Hour, 6 * Hour, Day, 3 * Day, 7 * Day};
}

QString ShareDialog::amountText(int seconds)
{
    if (seconds % Day == 0)
        return tr("%n day(s)", nullptr, seconds / Day);
    return tr("%n hour(s)", nullptr, std::max(1, seconds / Hour));
}

QString ShareDialog::durationText(int seconds)
{
    return tr("for %1", "a link's lifetime: for 7 days").arg(amountText(seconds));
}

QString ShareDialog::momentText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    //: How a share link's expiry date is written: "Tuesday 2 December"
    const QString date = locale.toString(local.date(), tr("dddd d MMMM"));
    return tr("%1, %2", "date, time").arg(date, locale.toString(local.time(), QLocale::ShortFormat));
}

void ShareDialog::setExpiry(int seconds)
{
    const int index = m_expiry->findData(seconds);
    if (index >= 0)
        m_expiry->setCurrentIndex(index);
}

void ShareDialog::copyLink()
{
    const int seconds = m_expiry->currentData().toInt();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(seconds);
    const QUrl url = m_buckets->shareLink(m_account, m_bucket, m_key, seconds);
    if (url.isEmpty()) {
        m_message->showError(Error(ErrorCode::CredentialsMissing, m_account));
        return;
    }
    m_message->clear();
    const QString text = url.toString(QUrl::FullyEncoded);
    m_link->setText(text);
    m_link->setCursorPosition(0);
    QGuiApplication::clipboard()->setText(text);
    m_until->setText(tr("Copied. The link works until %1 (%2).").arg(momentText(expires), durationText(seconds)));
    Q_EMIT linkCopied(url, expires);
}

QString ShareDialog::link() const
{
    return m_link->text();
}

QString ShareDialog::expiryText() const
{
    return m_until->text();
}

} // namespace haul
