#pragma once

#include <QDialog>

#include "appsettings.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;

namespace haul {

class MessageBar;

/// Haul's preferences: transfers (connections, bandwidth limit, part size, storage class, what
/// to do when a downloaded file exists, whether folder uploads follow links), the checksum
/// preset of new accounts (turning checksums off shows a warning) and the desktop
/// (notifications, language, tray).
///
/// OK stores the values through AppSettings, whose changed() signal applies them: the limits at
/// once, the part size to uploads queued afterwards, the language at the next start. Secrets are
/// not here (they belong to accounts and the keychain).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    /// The values the fields show.
    Preferences preferences() const;
    /// Shows these values in the fields.
    void setPreferences(const Preferences &preferences);

    void accept() override;

    // The fields, for tests.
    QSpinBox *connectionsBox() const { return m_connections; }
    QSpinBox *bandwidthBox() const { return m_bandwidth; }
    QComboBox *partSizeBox() const { return m_partSize; }
    QComboBox *checksumBox() const { return m_checksum; }
    QComboBox *storageClassBox() const { return m_storageClass; }
    QComboBox *existingFileBox() const { return m_existingFile; }
    QCheckBox *followLinksBox() const { return m_followLinks; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *trayBox() const { return m_tray; }
    MessageBar *checksumWarning() const { return m_checksumWarning; }
    /// Says why the settings could not be written (OK then leaves the dialog open).
    MessageBar *saveError() const { return m_saveError; }

private:
    QGroupBox *createTransferGroup();
    QGroupBox *createAccountGroup();
    QGroupBox *createDesktopGroup();
    void fillChoices();
    void describeFields();
    void onChecksumChanged();

    AppSettings *m_settings;
    QSpinBox *m_connections;
    QSpinBox *m_bandwidth;
    QComboBox *m_partSize;
    QComboBox *m_checksum;
    QComboBox *m_storageClass;
    QComboBox *m_existingFile;
    QCheckBox *m_followLinks;
    QCheckBox *m_notifications;
    QComboBox *m_language;
    QCheckBox *m_tray;
    MessageBar *m_checksumWarning;
    MessageBar *m_saveError;
    QDialogButtonBox *m_buttons;
};

/// A plain name for an S3 storage class ("GLACIER_IR" → "Glacier Instant Retrieval").
QString storageClassText(const QString &storageClass);

} // namespace haul
