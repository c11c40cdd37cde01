#pragma once

#include <optional>

#include <QDialog>

#include "commandline.h"

class QLineEdit;

namespace haul {

class MessageBar;

/// Reads what the user typed to open a place: "s3://bucket/folder/", "bucket/folder" or
/// "bucket". The folder comes back ending in "/" (a key is opened as the folder of that name);
/// nullopt when there is no bucket name by the rule of isExistingBucketName().
std::optional<S3Location> parseTypedLocation(const QString &text);

/// View ▸ Open a bucket or folder (Ctrl+L): the way to a bucket the browser does not list —
/// one the account may use but not list (ListBucketsDenied), or one another account shares.
/// Says inline what is wrong with the text and stays open until it names a place.
class LocationDialog : public QDialog {
    Q_OBJECT
public:
    explicit LocationDialog(QWidget *parent = nullptr);

    /// Pre-fills the field with s3://bucket/prefix (or s3:// when no bucket is open).
    void setLocation(const QString &bucket, const QString &prefix);
    QLineEdit *edit() const { return m_edit; }
    MessageBar *messageBar() const { return m_message; }

    void accept() override;

Q_SIGNALS:
    void locationChosen(const QString &bucket, const QString &prefix);

private:
    QLineEdit *m_edit;
    MessageBar *m_message;
};

} // namespace haul
