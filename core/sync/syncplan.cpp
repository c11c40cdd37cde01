#include "syncplan.h"

namespace haul {

namespace {

PlanKind kindOf(CompareAction action)
{
    switch (action) {
    case CompareAction::Transfer: return PlanKind::Send;
    case CompareAction::Skip: return PlanKind::Skip;
    case CompareAction::Ask: return PlanKind::Ask;
    case CompareAction::NeedHead: return PlanKind::NeedHead;
    case CompareAction::NeedChecksum: return PlanKind::NeedChecksum;
    }
    return PlanKind::Send;
}

} // namespace

SyncPlanner::SyncPlanner(const RemoteIndex &remote, PlanOptions options)
    : m_remote(remote)
    , m_options(std::move(options))
    , m_prefixUtf8(m_options.prefix.toUtf8())
    , m_claimed(size_t(remote.size()), false)
{
}

QList<PlanStep> SyncPlanner::plan(const QList<WalkEntry> &batch)
{
    QList<PlanStep> steps;
    steps.reserve(batch.size());
    for (const WalkEntry &entry : batch)
        steps.append(decide(entry));
    return steps;
}

PlanStep SyncPlanner::decide(const WalkEntry &entry)
{
    PlanStep step;
    step.local = entry;
    const QByteArray key = m_prefixUtf8 + entry.key.toUtf8();
    step.key = m_options.prefix + entry.key;
    if (entry.issue != WalkIssue::None) {
        step.kind = PlanKind::Issue;
        claimTree(key); // whatever the store has there stays
        return step;
    }
    if (key.size() > MaxKeyBytes) {
        step.kind = PlanKind::Issue;
        step.keyTooLong = true;
        return step;
    }
    // In key order, the next match is at or just after the last one.
    const qsizetype from = key >= m_lastKey ? m_cursor : 0;
    const qsizetype at = m_remote.lowerBound(key, from);
    m_cursor = at;
    m_lastKey = key;
    RemoteFacts remote;
    remote.exists = at < m_remote.size() && m_remote.keyUtf8(at) == QByteArrayView(key);
    if (remote.exists) {
        remote = m_remote.facts(at);
        step.remote = at;
        m_claimed[size_t(at)] = true;
    }
    const LocalFacts local{true, entry.size, entry.mtimeMs(), {}};
    step.comparison = compareForUpload(local, remote, m_options.existing, m_options.method);
    step.kind = kindOf(step.comparison.action);
    return step;
}

void SyncPlanner::claimTree(const QByteArray &key)
{
    QByteArray stem = key;
    if (stem.endsWith('/'))
        stem.chop(1);
    const QByteArray folder = stem + '/';
    if (const qsizetype i = m_remote.indexOf(stem); i >= 0)
        m_claimed[size_t(i)] = true;
    for (qsizetype i = m_remote.lowerBound(folder);
         i < m_remote.size() && m_remote.keyUtf8(i).startsWith(folder); ++i)
        m_claimed[size_t(i)] = true;
}

QStringList SyncPlanner::unclaimedKeys() const
{
    QStringList keys;
    for (qsizetype i = 0; i < m_remote.size(); ++i) {
        if (!m_claimed[size_t(i)] && !m_remote.isFolderMarker(i))
            keys.append(m_remote.key(i));
    }
    return keys;
}

qsizetype SyncPlanner::unclaimedCount() const
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < m_remote.size(); ++i)
        n += !m_claimed[size_t(i)] && !m_remote.isFolderMarker(i);
    return n;
}

} // namespace haul
