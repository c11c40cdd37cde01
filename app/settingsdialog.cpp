#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include "engine/snapshot.h"
#include "icons.h"
#include "messagebar.h"

namespace haul {
namespace {

const QList<int> kPartSizesMiB{8, 16, 32, 64, 128, 256, 512, 1024};

/// Selects the item whose data is `value`; adds one showing `text` when there is none.
void selectData(QComboBox *box, const QVariant &value, const QString &text)
{
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(text, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

} // namespace

QString storageClassText(const QString &storageClass)
{
    struct Name {
        const char *code;
        const char *text;
    };
    static const Name names[] = {
        {"STANDARD", QT_TRANSLATE_NOOP("SettingsDialog", "Standard")},
        {"REDUCED_REDUNDANCY", QT_TRANSLATE_NOOP("SettingsDialog", "Reduced Redundancy (not recommended)")},
        {"STANDARD_IA", QT_TRANSLATE_NOOP("SettingsDialog", "Standard – Infrequent Access")},
        {"ONEZONE_IA", QT_TRANSLATE_NOOP("SettingsDialog", "One Zone – Infrequent Access")},
        {"INTELLIGENT_TIERING", QT_TRANSLATE_NOOP("SettingsDialog", "Intelligent-Tiering")},
        {"GLACIER_IR", QT_TRANSLATE_NOOP("SettingsDialog", "Glacier Instant Retrieval")},
        {"GLACIER", QT_TRANSLATE_NOOP("SettingsDialog", "Glacier Flexible Retrieval (hours to restore)")},
        {"DEEP_ARCHIVE", QT_TRANSLATE_NOOP("SettingsDialog", "Glacier Deep Archive (12 hours or more to restore)")},
    };
    for (const Name &name : names) {
        if (storageClass == QLatin1String(name.code))
            return SettingsDialog::tr("%1 (%2)").arg(SettingsDialog::tr(name.text), storageClass);
    }
    return storageClass;
}

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_connections(new QSpinBox(this))
    , m_bandwidth(new QSpinBox(this))
    , m_partSize(new QComboBox(this))
    , m_checksum(new QComboBox(this))
    , m_storageClass(new QComboBox(this))
    , m_existingFile(new QComboBox(this))
    , m_followLinks(new QCheckBox(tr("&Follow links inside uploaded folders"), this))
    , m_notifications(new QCheckBox(tr("Show a desktop &notification when the queue finishes or a transfer fails"), this))
    , m_language(new QComboBox(this))
    , m_tray(new QCheckBox(tr("Start minimised to the &tray while transfers run"), this))
    , m_checksumWarning(new MessageBar(this))
    , m_saveError(new MessageBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                     | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Settings"));
    setWindowIcon(icon(u"haul"));
    fillChoices();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTransferGroup());
    layout->addWidget(createAccountGroup());
    layout->addWidget(createDesktopGroup());
    layout->addStretch(1);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    describeFields();
    connect(m_checksum, &QComboBox::currentIndexChanged, this, &SettingsDialog::onChecksumChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setPreferences(Preferences()); });
    setPreferences(m_settings->preferences());
}

void SettingsDialog::fillChoices()
{
    m_connections->setRange(0, 64);
    m_connections->setSpecialValueText(tr("Automatic (%1)").arg(Preferences::AutomaticConnections));
    m_bandwidth->setRange(0, 100000);
    m_bandwidth->setSpecialValueText(tr("No limit"));
    m_bandwidth->setSuffix(tr(" MiB/s"));
    m_partSize->addItem(tr("Automatic (8 MiB, larger for very big files)"), 0);
    for (int mib : kPartSizesMiB)
        m_partSize->addItem(tr("%1 MiB").arg(mib), mib);
    m_checksum->addItem(tr("Automatic (CRC32C where supported, else MD5)"), int(ChecksumMode::Auto));
    m_checksum->addItem(tr("CRC32C"), int(ChecksumMode::Crc32c));
    m_checksum->addItem(tr("MD5"), int(ChecksumMode::Md5));
    m_checksum->addItem(tr("Off (not recommended)"), int(ChecksumMode::Off));
    m_storageClass->addItem(tr("The store's default"), QString());
    for (const QString &storageClass : storageClasses())
        m_storageClass->addItem(storageClassText(storageClass), storageClass);
    m_existingFile->addItem(tr("Ask me"), int(ExistingFile::Ask));
    m_existingFile->addItem(tr("Overwrite it"), int(ExistingFile::Overwrite));
    m_existingFile->addItem(tr("Skip it if it is identical, else ask"), int(ExistingFile::SkipIfIdentical));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QString::fromUtf8("Français"), QStringLiteral("fr"));
    m_language->addItem(QString::fromUtf8("Español"), QStringLiteral("es"));
}

QGroupBox *SettingsDialog::createTransferGroup()
{
    auto *group = new QGroupBox(tr("Transfers"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("Simultaneous connecti&ons:"), m_connections);
    form->addRow(tr("&Bandwidth limit:"), m_bandwidth);
    form->addRow(tr("&Part size:"), m_partSize);
    form->addRow(tr("&Storage class for uploads:"), m_storageClass);
    form->addRow(tr("When a file already e&xists:"), m_existingFile);
    form->addRow(m_followLinks);
    return group;
}

QGroupBox *SettingsDialog::createAccountGroup()
{
    auto *group = new QGroupBox(tr("New accounts"), this);
    auto *form = new QFormLayout(group);
    form->addRow(tr("Checksum for new &accounts:"), m_checksum);
    form->addRow(m_checksumWarning);
    return group;
}

QGroupBox *SettingsDialog::createDesktopGroup()
{
    auto *group = new QGroupBox(tr("Desktop"), this);
    auto *form = new QFormLayout(group);
    form->addRow(m_notifications);
    form->addRow(m_tray);
    form->addRow(tr("&Language:"), m_language);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray->setEnabled(false);
        m_tray->setToolTip(tr("This desktop has no system tray."));
    }
    return group;
}

void SettingsDialog::describeFields()
{
    m_connections->setAccessibleDescription(tr("How many parts are sent or received at once, over all transfers."));
    m_connections->setToolTip(m_connections->accessibleDescription());
    m_bandwidth->setAccessibleDescription(tr("The most Haul may use of the network. Changes apply at once."));
    m_bandwidth->setToolTip(m_bandwidth->accessibleDescription());
    m_partSize->setAccessibleDescription(tr("Big files are sent in parts of this size. Applies to uploads that start later."));
    m_partSize->setToolTip(m_partSize->accessibleDescription());
    m_storageClass->setAccessibleDescription(tr("How the store keeps uploaded files. Archive classes cost less but take hours to restore."));
    m_storageClass->setToolTip(m_storageClass->accessibleDescription());
    m_existingFile->setAccessibleDescription(tr("What a download does when the folder already has a file of that name, and what a folder upload does with files the bucket already has."));
    m_existingFile->setToolTip(m_existingFile->accessibleDescription());
    m_followLinks->setAccessibleDescription(tr("A link inside a folder you upload is sent as the file or folder it points to. Off: links are skipped and named in the folder's row."));
    m_followLinks->setToolTip(m_followLinks->accessibleDescription());
    m_checksum->setAccessibleDescription(tr("How new accounts check that every part arrived intact."));
    m_checksum->setToolTip(m_checksum->accessibleDescription());
    m_language->setAccessibleDescription(tr("Takes effect the next time Haul starts."));
    m_language->setToolTip(m_language->accessibleDescription());
}

void SettingsDialog::onChecksumChanged()
{
    if (ChecksumMode(m_checksum->currentData().toInt()) != ChecksumMode::Off)
        return m_checksumWarning->clear();
    m_checksumWarning->showMessage(MessageBar::Kind::Warning,
        tr("Without a checksum Haul cannot prove that a file arrived intact. Use this only for a "
           "store that refuses both CRC32C and MD5."));
}

Preferences SettingsDialog::preferences() const
{
    Preferences p;
    p.connections = m_connections->value();
    p.bandwidthMiBps = m_bandwidth->value();
    p.partSizeMiB = m_partSize->currentData().toInt();
    p.checksum = ChecksumMode(m_checksum->currentData().toInt());
    p.storageClass = m_storageClass->currentData().toString();
    p.existingFile = ExistingFile(m_existingFile->currentData().toInt());
    p.followLinks = m_followLinks->isChecked();
    p.notifications = m_notifications->isChecked();
    p.language = m_language->currentData().toString();
    p.trayWhileRunning = m_tray->isChecked();
    return p;
}

void SettingsDialog::setPreferences(const Preferences &p)
{
    m_connections->setValue(p.connections);
    m_bandwidth->setValue(p.bandwidthMiBps);
    selectData(m_partSize, p.partSizeMiB, tr("%1 MiB").arg(p.partSizeMiB));
    selectData(m_checksum, int(p.checksum), {});
    selectData(m_storageClass, p.storageClass, p.storageClass);
    selectData(m_existingFile, int(p.existingFile), {});
    m_followLinks->setChecked(p.followLinks);
    m_notifications->setChecked(p.notifications);
    selectData(m_language, p.language, p.language);
    m_tray->setChecked(p.trayWhileRunning);
    onChecksumChanged();
}

void SettingsDialog::accept()
{
    // Applied either way; a file that could not be written is said, and the dialog stays.
    if (Result<void> saved = m_settings->setPreferences(preferences()); !saved)
        return m_saveError->showError(saved.error());
    QDialog::accept();
}

} // namespace haul
