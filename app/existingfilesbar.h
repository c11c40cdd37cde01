#pragma once

#include <QMap>
#include <QWidget>

#include "engine/snapshot.h"

class QPushButton;

namespace haul {

class AppSettings;
class MessageBar;
class TransferManager;

/// The question about downloads whose file is already there and differs from the object (the
/// setting "when a file exists: ask"). Not modal: the downloads concerned stop (FileExists) and
/// the rest of the queue goes on; a message bar above the browser names the file (or counts
/// them) with "Overwrite" and "Skip" (keep the file that is there), for all of them at once.
/// It also hands the setting to the engine, now and whenever the Settings dialog changes it.
class ExistingFilesBar : public QWidget {
    Q_OBJECT
public:
    ExistingFilesBar(TransferManager *transfers, AppSettings *settings, QWidget *parent = nullptr);

    /// The downloads waiting for an answer, in the order they stopped.
    QList<TransferId> waiting() const { return m_waiting.keys(); }
    MessageBar *message() const { return m_message; }
    QPushButton *overwriteButton() const { return m_overwrite; }
    QPushButton *skipButton() const { return m_skip; }

private:
    void onFailed(const TransferSnapshot &snapshot);
    void onUpdated(const QList<TransferSnapshot> &changed);
    void onRemoved(const QList<TransferId> &ids);
    void answer(bool overwrite);
    void refresh();

    TransferManager *m_transfers;
    MessageBar *m_message;
    QPushButton *m_overwrite;
    QPushButton *m_skip;
    QMap<TransferId, QString> m_waiting; ///< id → the file that is there
};

} // namespace haul
