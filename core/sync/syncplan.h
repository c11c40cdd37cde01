#pragma once

#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

#include "sync/compare.h"
#include "sync/localwalk.h"
#include "sync/remoteindex.h"

namespace haul {

/// What the plan says about one walked entry.
enum class PlanKind {
    Send,         ///< upload it (comparison says why: New, SizeDiffers, …)
    Skip,         ///< identical: "already there"
    Ask,          ///< exists and differs; the user decides (ExistingFiles::Ask)
    NeedHead,     ///< compare again once the object's metadata is read
    NeedChecksum, ///< compare again once the local file's MD5 is known
    Issue,        ///< not sendable: the walk's issue, or keyTooLong
};

struct PlanStep {
    PlanKind kind = PlanKind::Send;
    WalkEntry local;
    QString key;                  ///< the object key: prefix + local key
    qsizetype remote = -1;        ///< position in the RemoteIndex; -1: no such object
    Comparison comparison;
    bool keyTooLong = false;      ///< Issue: the key is over 1024 bytes of UTF-8
};

struct PlanOptions {
    QString prefix;               ///< object key = prefix + walked key ("projects/")
    ExistingFiles existing = ExistingFiles::SkipIdentical;
    CompareMethod method = CompareMethod::SizeAndMtime;
};

/// Plans an upload or a sync: the walked local entries against a sorted RemoteIndex.
///
/// Walk batches go in as they come; each entry is looked up in the index (a merge when the
/// batches come in key order, as walkLocal gives them: each lookup gallops from the last) and
/// compared (compareForUpload). Afterwards, the objects no local entry claimed are what a sync
/// would delete. Pure: no I/O; memory is the index plus one bit per object.
class SyncPlanner {
public:
    /// `remote` must be sorted and outlive the planner.
    SyncPlanner(const RemoteIndex &remote, PlanOptions options);

    /// Decides one batch (any order; fastest in key order).
    QList<PlanStep> plan(const QList<WalkEntry> &batch);

    /// After the last batch: the keys of objects that no walked entry claimed — files that
    /// vanished locally — in key order. Folder markers are left out, and so is everything at or
    /// under an entry the walk could not read (an unreadable folder is not an empty one).
    QStringList unclaimedKeys() const;
    qsizetype unclaimedCount() const;

private:
    PlanStep decide(const WalkEntry &entry);
    void claimTree(const QByteArray &key);

    const RemoteIndex &m_remote;
    PlanOptions m_options;
    QByteArray m_prefixUtf8;
    std::vector<bool> m_claimed;
    qsizetype m_cursor = 0;
    QByteArray m_lastKey;
};

} // namespace haul
