// AccountDialog, continued: importing aws-cli profiles, the embedded form of the first-run
// assistant, and the presets other windows give it.
#include "accountdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

#include "icons.h"
#include "messagebar.h"

namespace haul {

QPushButton *AccountDialog::createImportButton()
{
    m_import = new QPushButton(icon(u"account"), tr("&Import from ~/.aws"), this);
    m_import->setAccessibleDescription(tr("Fills the fields from a profile of the AWS command line tools"));
    m_import->setToolTip(m_import->accessibleDescription());
    m_import->setAutoDefault(false);
    m_import->setMenu(new QMenu(m_import));
    return m_import;
}

void AccountDialog::setAwsProfiles(const QList<AwsProfile> &profiles)
{
    QMenu *menu = m_import->menu();
    menu->clear();
    for (const AwsProfile &profile : profiles) {
        if (profile.accessKeyId.isEmpty())
            continue; // SSO and role profiles have no keys to import
        const QString where = profile.endpointUrl.isEmpty() ? profile.region : profile.endpointUrl;
        const QString text = where.isEmpty() ? profile.name : tr("%1 (%2)").arg(profile.name, where);
        menu->addAction(text, this, [this, profile] { importProfile(profile); });
    }
    m_import->setVisible(!menu->isEmpty());
}

void AccountDialog::importProfile(const AwsProfile &profile)
{
    const AccountConnection c = accountFromProfile(profile);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(profile.name == QLatin1String("default") ? tr("AWS") : profile.name);
    const bool aws = c.account.isAws();
    m_service->setCurrentIndex(m_service->findData(aws ? 0 : 1)); // AmazonS3, OtherS3
    m_endpoint->setText(aws ? QString() : c.account.endpoint.toString());
    const int region = m_region->findData(c.account.region);
    if (region >= 0)
        m_region->setCurrentIndex(region);
    else
        m_region->setEditText(c.account.region);
    m_addressing->setCurrentIndex(m_addressing->findData(int(c.account.addressing)));
    m_accessKey->setText(c.credentials.accessKeyId);
    m_secret->setText(c.credentials.secretAccessKey);
    m_caFile->setText(c.account.caFile);
    const QString note = c.credentials.sessionToken.isEmpty()
        ? tr("Imported the profile “%1”. Check the fields, then continue.").arg(profile.name)
        : tr("Imported the profile “%1”. Its keys are temporary: Haul keeps the access key and secret, "
             "but not the session token, so the account works only while the keys are valid.").arg(profile.name);
    m_message->showMessage(MessageBar::Kind::Info, note);
}

void AccountDialog::setEmbedded(bool embedded)
{
    m_embedded = embedded;
    setWindowFlags(embedded ? Qt::Widget : Qt::Dialog);
    m_buttons->setVisible(!embedded);
}

void AccountDialog::keyPressEvent(QKeyEvent *event)
{
    if (m_embedded)
        return QWidget::keyPressEvent(event); // Enter and Escape belong to the window around
    QDialog::keyPressEvent(event);
}

void AccountDialog::setDefaultChecksum(ChecksumMode mode)
{
    if (m_editing.isEmpty())
        m_checksum->setCurrentIndex(m_checksum->findData(int(mode)));
}

void AccountDialog::markSaved(const QString &name)
{
    m_editing = name;
    m_savedName = name;
}

} // namespace haul
