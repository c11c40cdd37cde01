#include "networkwatch.h"

#include <QNetworkInformation>

#include "transfermanager.h"

namespace haul {
namespace {

bool isMoving(TransferState state)
{
    return state == TransferState::Queued || state == TransferState::Preparing
        || state == TransferState::Running || state == TransferState::Verifying;
}

bool isFinished(TransferState state)
{
    return state == TransferState::Verified || state == TransferState::Done
        || state == TransferState::Failed || state == TransferState::Cancelled;
}

} // namespace

NetworkWatch::NetworkWatch(TransferManager *transfers, QObject *parent)
    : QObject(parent)
    , m_transfers(transfers)
{
    m_pauseTimer.setSingleShot(true);
    m_pauseTimer.setInterval(3000);
    connect(&m_pauseTimer, &QTimer::timeout, this, &NetworkWatch::pauseMoving);
    connect(m_transfers, &TransferManager::transfersAdded, this, &NetworkWatch::onAdded);
    connect(m_transfers, &TransferManager::transfersUpdated, this, &NetworkWatch::onUpdated);
    connect(m_transfers, &TransferManager::transfersRemoved, this, &NetworkWatch::onRemoved);
}

bool NetworkWatch::followSystem()
{
    using Info = QNetworkInformation;
    if (!Info::instance() && !Info::loadBackendByFeatures(Info::Feature::Reachability))
        return false;
    Info *info = Info::instance();
    if (!info || !info->supports(Info::Feature::Reachability))
        return false;
    m_backend = info->backendName();
    connect(info, &Info::reachabilityChanged, this, [this](Info::Reachability reachability) {
        setOnline(reachability != Info::Reachability::Disconnected);
    });
    // Only changes count, not the state at start: a machine that reports no network from the
    // beginning (a container with loopback only, a store on localhost) is left alone. Local or
    // site reachability is enough: lab stores are often on the site's own network.
    return true;
}

void NetworkWatch::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (!online)
        return m_pauseTimer.start();
    m_pauseTimer.stop();
    m_pausing = false;
    resumePaused();
}

bool NetworkWatch::pauseIfMoving(TransferId id, TransferState state)
{
    if (!isMoving(state) || m_pausedHere.contains(id))
        return false;
    m_pausedHere.insert(id, false);
    m_transfers->pause(id);
    return true;
}

void NetworkWatch::pauseMoving()
{
    m_pausing = true;
    int paused = 0;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        paused += pauseIfMoving(it.key(), it.value()) ? 1 : 0;
    if (paused > 0)
        Q_EMIT transfersPaused(paused);
}

void NetworkWatch::resumePaused()
{
    int resumed = 0;
    for (auto it = m_pausedHere.cbegin(); it != m_pausedHere.cend(); ++it) {
        if (isFinished(m_states.value(it.key(), TransferState::Cancelled)))
            continue;
        m_transfers->resume(it.key()); // sent after the pause: the engine handles them in order
        ++resumed;
    }
    m_pausedHere.clear();
    if (resumed > 0)
        Q_EMIT transfersResumed(resumed);
}

void NetworkWatch::onAdded(const QList<TransferSnapshot> &added)
{
    int paused = 0;
    for (const TransferSnapshot &s : added) {
        m_states.insert(s.id, s.state);
        if (m_pausing && pauseIfMoving(s.id, s.state))
            ++paused;
    }
    if (paused > 0)
        Q_EMIT transfersPaused(paused);
}

void NetworkWatch::onUpdated(const QList<TransferSnapshot> &changed)
{
    for (const TransferSnapshot &s : changed) {
        m_states.insert(s.id, s.state);
        auto it = m_pausedHere.find(s.id);
        if (it == m_pausedHere.end())
            continue;
        if (s.state == TransferState::Paused)
            *it = true;                // the pause took effect
        else if (*it || isFinished(s.state))
            m_pausedHere.erase(it);    // the user resumed or cancelled it, or it ended first
    }
}

void NetworkWatch::onRemoved(const QList<TransferId> &ids)
{
    for (TransferId id : ids) {
        m_states.remove(id);
        m_pausedHere.remove(id);
    }
}

} // namespace haul
