#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace haul {

class BucketService;
class MessageBar;

/// Makes a share link for one object: a presigned GET URL that works without an account until
/// it expires, after an expiry the user picks (1 hour … 7 days). "Copy link" makes the link,
/// puts it on the clipboard and says until when it works, in words. Not modal.
class ShareDialog : public QDialog {
    Q_OBJECT
public:
    ShareDialog(BucketService *buckets, const QString &account, const QString &bucket,
                const QString &key, QWidget *parent = nullptr);

    /// The expiries offered, in seconds: 1 hour, 6 hours, 1 day, 3 days, 7 days (S3's maximum).
    static QList<int> expiries();
    /// "7 days", "1 hour".
    static QString amountText(int seconds);
    /// "for 7 days", "for 1 hour".
    static QString durationText(int seconds);
    /// "Tuesday 2 December, 14:05" in the local time zone.
    static QString momentText(const QDateTime &when);

    /// Chooses the expiry (one of expiries()).
    void setExpiry(int seconds);
    /// Makes the link, copies it to the clipboard and shows it with its expiry.
    void copyLink();

    QString link() const;
    /// The sentence saying until when the link works (empty before copyLink()).
    QString expiryText() const;
    QComboBox *expiryBox() const { return m_expiry; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void linkCopied(const QUrl &url, const QDateTime &expires);

private:
    void layOut(QWidget *intro);

    BucketService *m_buckets;
    QString m_account;
    QString m_bucket;
    QString m_key;
    QComboBox *m_expiry;
    QLineEdit *m_link;
    QLabel *m_until;
    QPushButton *m_copy;
    MessageBar *m_message;
};

} // namespace haul
