// Transfer: a download whose destination file already exists (the "when a file exists" setting).
#include <QFileInfo>

#include "engine/transfer.h"
#include "sync/compare.h"

namespace haul {

bool Transfer::settleExistingFile(const ObjectHead &head)
{
    const QFileInfo file(m_snap.localPath);
    if (m_whenExists == WhenFileExists::Overwrite || !file.exists())
        return false;
    if (!file.isFile()) { // a folder of that name: never replaced
        failWith(Error(ErrorCode::FileExists, m_snap.localPath));
        return true;
    }
    LocalFacts local;
    local.size = file.size();
    local.mtimeMs = file.lastModified().toUTC().toMSecsSinceEpoch();
    RemoteFacts remote;
    remote.size = head.size;
    remote.lastModifiedMs = head.lastModified.toMSecsSinceEpoch();
    remote.etag = head.etag;
    remote.headDone = true;
    remote.mtimeMs = parseMtimeMetadata(head.metadata.value(QStringLiteral("mtime")));
    const ExistingFiles existing = m_whenExists == WhenFileExists::SkipIdentical ? ExistingFiles::SkipIdentical
                                                                                   : ExistingFiles::Ask;
    const Comparison c = compareForDownload(remote, local, existing, CompareMethod::SizeAndMtime);
    if (c.action == CompareAction::Skip || m_whenExists == WhenFileExists::Skip) {
        succeed(c.action == CompareAction::Skip ? VerifyMethod::AlreadyThere : VerifyMethod::KeptExisting);
        return true;
    }
    if (c.action == CompareAction::Transfer)
        return false;
    Error e(ErrorCode::FileExists, m_snap.localPath); // Ask: the app asks Overwrite / Keep
    e.detail = compareReasonName(c.reason);
    failWith(e);
    return true;
}

void Transfer::keepExisting()
{
    if (m_snap.state == TransferState::Failed && m_snap.error.code == ErrorCode::FileExists)
        succeed(VerifyMethod::KeptExisting);
}

} // namespace haul
