#include "restoredialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace haul {

RestoreDialog::RestoreDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_days(new QSpinBox(this))
    , m_tier(new QComboBox(this))
{
    setWindowTitle(tr("Restore from archive"));
    auto *intro = new QLabel(tr("Files in Glacier or Deep Archive cannot be downloaded until a copy of them is "
                                "restored. Haul asks the storage service to restore the archived files of %1. "
                                "The archive keeps them as they are; the restored copy goes away by itself "
                                "after the days chosen here, and the storage service may charge for it.")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);
    m_days->setRange(1, 365);
    m_days->setValue(7);
    m_tier->addItem(tr("Standard — %1").arg(tierTime(QStringLiteral("Standard"))), QStringLiteral("Standard"));
    m_tier->addItem(tr("Bulk — %1, costs least").arg(tierTime(QStringLiteral("Bulk"))), QStringLiteral("Bulk"));
    m_tier->addItem(tr("Expedited — %1, costs most, not for Deep Archive").arg(tierTime(QStringLiteral("Expedited"))),
                    QStringLiteral("Expedited"));
    m_tier->setMinimumWidth(m_tier->sizeHint().width()); // the times and costs must not be cut off
    auto *form = new QFormLayout;
    form->addRow(tr("&Days to keep the restored copy:"), m_days);
    form->addRow(tr("&Speed:"), m_tier);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int RestoreDialog::days() const
{
    return m_days->value();
}

QString RestoreDialog::tier() const
{
    return m_tier->currentData().toString();
}

QString RestoreDialog::tierTime(const QString &tier)
{
    if (tier == QLatin1String("Bulk"))
        return tr("5–12 hours (Deep Archive: up to 48)");
    if (tier == QLatin1String("Expedited"))
        return tr("1–5 minutes");
    return tr("3–5 hours (Deep Archive: up to 12)");
}

} // namespace haul
