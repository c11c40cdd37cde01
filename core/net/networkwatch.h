#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include "engine/snapshot.h"

namespace haul {

class TransferManager;

/// Pauses the transfers that are under way when the network goes away (or the laptop goes to
/// sleep) and resumes exactly those when it comes back, instead of letting them fail.
///
/// Transfers the user paused are never touched: only the ones this watch paused itself are
/// resumed, and one the user resumes or cancels meanwhile is forgotten. Transfers queued while
/// offline are paused too. The loss is acted on after a short grace period (pauseDelay()), so a
/// blip of a second does not abort parts in flight; the engine's retries cover such blips.
///
/// Reachability comes from the system through followSystem() (QNetworkInformation; on Linux
/// its NetworkManager backend over D-Bus) or from whoever calls setOnline() (tests). Without a
/// backend the watch does nothing by itself. Lives in the GUI thread, next to the
/// TransferManager whose snapshots it follows.
class NetworkWatch : public QObject {
    Q_OBJECT
public:
    explicit NetworkWatch(TransferManager *transfers, QObject *parent = nullptr);

    /// Loads the system's reachability backend and follows its changes (not the state at start:
    /// a machine that never had a network, such as a container talking to a store on localhost,
    /// is left alone). False when there is no backend (or it cannot tell reachability): then
    /// only setOnline() changes anything.
    bool followSystem();
    /// The system backend followed ("networkmanager", …); empty when none.
    QString backendName() const { return m_backend; }

    bool isOnline() const { return m_online; }
    /// Reports whether the network is reachable. Going offline pauses the moving transfers after
    /// pauseDelay(); coming back resumes the ones paused here (and cancels a pending pause).
    void setOnline(bool online);

    /// How long the network must stay away before transfers are paused (default 3 s).
    void setPauseDelay(int milliseconds) { m_pauseTimer.setInterval(milliseconds); }
    int pauseDelay() const { return m_pauseTimer.interval(); }

    /// The transfers paused here and not yet resumed.
    QList<TransferId> pausedTransfers() const { return m_pausedHere.keys(); }

Q_SIGNALS:
    void onlineChanged(bool online);
    /// `count` transfers were paused because the network went away.
    void transfersPaused(int count);
    /// `count` transfers paused here were resumed because the network came back.
    void transfersResumed(int count);

private:
    void onAdded(const QList<haul::TransferSnapshot> &added);
    void onUpdated(const QList<haul::TransferSnapshot> &changed);
    void onRemoved(const QList<haul::TransferId> &ids);
    void pauseMoving();
    void resumePaused();
    bool pauseIfMoving(TransferId id, TransferState state);

    TransferManager *m_transfers;
    QHash<TransferId, TransferState> m_states;
    QHash<TransferId, bool> m_pausedHere; ///< id → its Paused state has been seen
    QTimer m_pauseTimer;
    QString m_backend;
    bool m_online = true;
    bool m_pausing = false; ///< offline and past the grace period
};

} // namespace haul
