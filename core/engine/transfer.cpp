#include "transfer.h"

#include <QRandomGenerator>
#include <QTimer>

#include "engine/retrypolicy.h"

namespace haul {

Transfer::Transfer(const TransferSnapshot &initial, S3Client *client, QObject *parent)
    : QObject(parent)
    , m_snap(initial)
    , m_client(client)
{
}

bool Transfer::isActive() const
{
    return m_snap.state == TransferState::Preparing || m_snap.state == TransferState::Running
        || m_snap.state == TransferState::Verifying;
}

void Transfer::start()
{
    if (isActive() || m_snap.state == TransferState::Verified
        || m_snap.state == TransferState::Done || m_snap.state == TransferState::Cancelled)
        return;
    ++m_generation;
    m_snap.error = Error();
    setState(TransferState::Preparing);
    begin();
}

void Transfer::pause()
{
    if (m_snap.isFinished() || m_snap.state == TransferState::Paused)
        return;
    ++m_generation;
    pauseRequests();
    setState(TransferState::Paused);
}

void Transfer::requeue()
{
    if (m_snap.state != TransferState::Paused && m_snap.state != TransferState::Failed)
        return;
    if (m_snap.state == TransferState::Failed)
        m_snap.attempts = 0;
    setState(TransferState::Queued);
}

void Transfer::cancel()
{
    if (m_snap.state == TransferState::Cancelled)
        return;
    ++m_generation;
    stopRequests();
    cleanUp();
    const bool wasFinished = m_snap.isFinished();
    setState(TransferState::Cancelled);
    if (!wasFinished)
        Q_EMIT finished();
}

PartsSnapshot Transfer::parts() const
{
    PartsSnapshot p;
    p.id = m_snap.id;
    const bool done = m_snap.state == TransferState::Verified || m_snap.state == TransferState::Done;
    const PartState state = done ? PartState::Done
        : m_snap.state == TransferState::Failed ? PartState::Failed
        : isActive() ? PartState::Sending : PartState::Waiting;
    p.states = {state};
    p.fill = {m_snap.size > 0 ? float(double(m_snap.transferred) / double(m_snap.size)) : 0.f};
    return p;
}

void Transfer::setState(TransferState state)
{
    m_snap.state = state;
    Q_EMIT changed();
}

void Transfer::setProgress(qint64 transferred)
{
    m_snap.transferred = transferred;
    Q_EMIT changed();
}

bool Transfer::retryOrFail(const Error &error)
{
    const auto delay = nextDelay(RetryPolicy{}, error, m_snap.attempts,
                                 QRandomGenerator::global()->generateDouble());
    if (!delay) {
        failWith(error);
        return false;
    }
    ++m_snap.attempts;
    m_snap.error = error; // shown as "retrying: …" while it keeps failing
    Q_EMIT changed();
    const int generation = m_generation;
    QTimer::singleShot(*delay, this, [this, generation] {
        if (generation == m_generation && isActive())
            begin();
    });
    return true;
}

void Transfer::failWith(const Error &error)
{
    m_snap.error = error;
    m_snap.bytesPerSecond = 0;
    setState(TransferState::Failed);
    Q_EMIT finished();
}

void Transfer::succeed(VerifyMethod method)
{
    m_snap.verifiedBy = method;
    m_snap.error = Error();
    m_snap.bytesPerSecond = 0;
    if (m_snap.size >= 0)
        m_snap.transferred = m_snap.size;
    m_snap.partsDone = m_snap.partCount;
    const bool verified = method != VerifyMethod::None && method != VerifyMethod::Size
        && method != VerifyMethod::AlreadyThere && method != VerifyMethod::KeptExisting;
    setState(verified ? TransferState::Verified : TransferState::Done); // size only, not fetched: Done
    Q_EMIT finished();
}

} // namespace haul
