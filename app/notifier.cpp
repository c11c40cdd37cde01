#include "notifier.h"

#include <QFileInfo>

#include "errortext.h"
#include "transfermanager.h"

namespace haul {
namespace {

constexpr int kFailuresListed = 3;

QString transferName(const TransferSnapshot &s)
{
    return QFileInfo(s.direction == Direction::Upload ? s.localPath : s.key).fileName();
}

} // namespace

Notifier::Notifier(TransferManager *transfers, QObject *parent)
    : QObject(parent)
{
    m_failureTimer.setSingleShot(true);
    m_failureTimer.setInterval(1500);
    connect(&m_failureTimer, &QTimer::timeout, this, &Notifier::announceFailures);
    connect(transfers, &TransferManager::transfersAdded, this, &Notifier::onUpdated);
    connect(transfers, &TransferManager::transfersUpdated, this, &Notifier::onUpdated);
    connect(transfers, &TransferManager::transfersRemoved, this, [this](const QList<TransferId> &ids) {
        for (TransferId id : ids)
            m_states.remove(id);
    });
    connect(transfers, &TransferManager::transferFinished, this, &Notifier::onFinished);
    connect(transfers, &TransferManager::transferFailed, this, &Notifier::onFailed);
    connect(transfers, &TransferManager::queueIdle, this, &Notifier::onQueueIdle);
}

QString Notifier::summary(int uploaded, int downloaded, int failed)
{
    QStringList parts;
    if (uploaded > 0)
        parts << tr("%n file(s) uploaded", nullptr, uploaded);
    if (downloaded > 0)
        parts << tr("%n file(s) downloaded", nullptr, downloaded);
    if (failed > 0)
        parts << (parts.isEmpty() ? tr("%n transfer(s) failed", nullptr, failed) : tr("%n failed", nullptr, failed));
    return parts.join(tr(", ", "between the parts of a summary"));
}

void Notifier::onUpdated(const QList<TransferSnapshot> &changed)
{
    for (const TransferSnapshot &s : changed)
        m_states.insert(s.id, s.state);
}

void Notifier::onFinished(const TransferSnapshot &s)
{
    m_states.insert(s.id, s.state);
    ++(s.direction == Direction::Upload ? m_uploaded : m_downloaded);
}

void Notifier::onFailed(const TransferSnapshot &s)
{
    if (awaitsAnswer(s))
        return; // the window asks about the existing file; not a failure to announce
    m_states.insert(s.id, s.state);
    ++m_failed;
    const QString what = s.direction == Direction::Upload ? tr("“%1” could not be uploaded: %2")
                                                          : tr("“%1” could not be downloaded: %2");
    m_failures << what.arg(transferName(s), errorSentence(transferError(s)));
    if (!m_failureTimer.isActive())
        m_failureTimer.start();
}

bool Notifier::hasPaused() const
{
    for (TransferState state : m_states) {
        if (state == TransferState::Paused)
            return true;
    }
    return false;
}

void Notifier::onQueueIdle()
{
    if (hasPaused() || m_uploaded + m_downloaded + m_failed == 0)
        return; // stopped, not finished: the summary waits for the real end
    QString text = summary(m_uploaded, m_downloaded, m_failed);
    const Kind kind = m_failed > 0 ? Kind::Failed : Kind::Finished;
    if (!m_failures.isEmpty()) {
        m_failureTimer.stop();
        text += QLatin1Char('\n') + m_failures.mid(0, kFailuresListed).join(QLatin1Char('\n'));
        m_failures.clear();
    }
    m_uploaded = m_downloaded = m_failed = 0;
    if (m_enabled)
        Q_EMIT notify(tr("Transfers finished"), text, kind);
}

void Notifier::announceFailures()
{
    if (m_failures.isEmpty())
        return;
    const int count = int(m_failures.size());
    QString text = m_failures.mid(0, kFailuresListed).join(QLatin1Char('\n'));
    if (count > kFailuresListed)
        text += QLatin1Char('\n') + tr("… and %n more", nullptr, count - kFailuresListed);
    m_failures.clear();
    if (m_enabled)
        Q_EMIT notify(tr("%n transfer(s) failed", nullptr, count), text, Kind::Failed);
}

} // namespace haul
