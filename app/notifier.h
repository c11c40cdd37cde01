#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include "engine/snapshot.h"

namespace haul {

class TransferManager;

/// Decides when Haul tells the desktop something: once when the queue has finished ("12 files
/// uploaded, 1 failed") and when transfers fail (failures within a moment of each other make one
/// notification, so a broken batch does not flood the desktop).
///
/// It only words the message and emits notify(); whoever shows it is connected to that signal
/// (the tray icon's balloon when the desktop has a tray, else nothing — never a dialog). A queue
/// that stops because everything left is paused has not finished and gets no summary.
class Notifier : public QObject {
    Q_OBJECT
public:
    enum class Kind { Finished, Failed };

    explicit Notifier(TransferManager *transfers, QObject *parent = nullptr);

    /// Off: nothing is emitted (counting goes on, so a later summary stays right).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /// How long failures are collected into one notification (default 1.5 s).
    void setFailureDelay(int milliseconds) { m_failureTimer.setInterval(milliseconds); }

    /// The summary line for a finished queue, e.g. "12 files uploaded, 1 failed".
    static QString summary(int uploaded, int downloaded, int failed);

Q_SIGNALS:
    void notify(const QString &title, const QString &text, haul::Notifier::Kind kind);

private:
    void onUpdated(const QList<haul::TransferSnapshot> &changed);
    void onFinished(const haul::TransferSnapshot &snapshot);
    void onFailed(const haul::TransferSnapshot &snapshot);
    void onQueueIdle();
    void announceFailures();
    bool hasPaused() const;

    QTimer m_failureTimer;
    QHash<TransferId, TransferState> m_states;
    QStringList m_failures; ///< "name: sentence" of failures not announced yet
    int m_uploaded = 0;
    int m_downloaded = 0;
    int m_failed = 0;
    bool m_enabled = true;
};

} // namespace haul
