#pragma once

#include <QDialog>
#include <QStringList>

#include "syncpairs.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace haul {

/// The one question a sync asks: remote files that vanished from the local folder, listed
/// (scrollable, with their count), with "Delete N files" and "Keep them". "Keep them" is the
/// default button, and closing the dialog keeps them too: nothing is deleted without a click on
/// "Delete". accepted() means delete, rejected() means keep.
class DeletionConfirmDialog : public QDialog {
    Q_OBJECT
public:
    DeletionConfirmDialog(const SavedSyncPair &pair, const QStringList &keys, QWidget *parent = nullptr);

    QStringList keys() const { return m_keys; }
    QListWidget *keyList() const { return m_list; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *keepButton() const { return m_keep; }
    /// "Files to delete: 2".
    QString countText() const;

private:
    QStringList m_keys;
    QLabel *m_count;
    QListWidget *m_list;
    QPushButton *m_delete;
    QPushButton *m_keep;
};

} // namespace haul
