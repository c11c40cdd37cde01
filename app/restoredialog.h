#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace haul {

/// Asks how an archived selection (Glacier, Deep Archive) is to be restored: for how many days
/// the restored copy stays, and how fast (S3's tiers, with their times and what they cost).
/// Accepting it is the go-ahead; BrowserActions sends the requests.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    /// `what`: the selection in words ("“run42.bam”", "the folder “run42” and its sub-folders",
    /// "the selection").
    explicit RestoreDialog(const QString &what, QWidget *parent = nullptr);

    int days() const;
    /// "Standard", "Bulk" or "Expedited", as RestoreObject takes it.
    QString tier() const;
    /// How long a restore at `tier` takes, in words.
    static QString tierTime(const QString &tier);

private:
    QSpinBox *m_days;
    QComboBox *m_tier;
};

} // namespace haul
