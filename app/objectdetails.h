#pragma once

#include <QDialog>

#include "browsermodel.h"
#include "error.h"
#include "s3/types.h"

class QFormLayout;
class QLabel;

namespace haul {

class BucketService;
class MessageBar;

/// What the store says about one object — size, last modified, storage class, ETag, checksum,
/// content type, metadata — or, for a folder, how many files it holds and their total size.
/// Asks the store when opened (HeadObject; for a folder a listing of every key); shows the
/// answer as selectable text, an error inline. Not modal.
class ObjectDetails : public QDialog {
    Q_OBJECT
public:
    ObjectDetails(BucketService *buckets, const QString &account, const QString &bucket,
                  const BrowserModel::Entry &entry, QWidget *parent = nullptr);

    /// The value shown for a field label ("Size", "ETag", …); empty when not shown.
    QString value(const QString &label) const;
    /// True once the store answered (or failed).
    bool isLoaded() const { return m_request == 0; }

Q_SIGNALS:
    void loaded();

private:
    void onHead(quint64 request, const haul::ObjectHead &head, const haul::Error &error);
    void onKeys(quint64 request, const QStringList &keys, qint64 bytes, const haul::Error &error);
    void addRow(const QString &label, const QString &value);
    void finish(const Error &error);

    BucketService *m_buckets;
    BrowserModel::Entry m_entry;
    QString m_bucket;
    QFormLayout *m_form;
    QLabel *m_loading;
    MessageBar *m_message;
    quint64 m_request = 0;
};

} // namespace haul
