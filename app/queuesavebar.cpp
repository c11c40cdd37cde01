#include "queuesavebar.h"

#include <QDir>

#include "errortext.h"
#include "sync/folderservice.h"
#include "transfermanager.h"

namespace haul {

QueueSaveBar::QueueSaveBar(TransferManager *transfers, FolderService *folders, QWidget *parent)
    : MessageBar(parent)
{
    connect(transfers, &TransferManager::queueSaveChanged, this, [this](bool saved, const Error &error) {
        m_queueError = saved ? std::nullopt : std::optional<Error>(error);
        showProblem();
    });
    connect(folders, &FolderService::journalSaveChanged, this, [this](bool saved, const Error &error) {
        m_foldersError = saved ? std::nullopt : std::optional<Error>(error);
        showProblem();
    });
    hide();
}

void QueueSaveBar::showProblem()
{
    const std::optional<Error> &error = m_queueError ? m_queueError : m_foldersError;
    if (!error) {
        clear();
        return;
    }
    showMessage(Kind::Warning, queueNotSavedText(*error), errorDetails(*error));
    show();
}

QString queueNotSavedText(const Error &error)
{
    const QString folder = QDir::toNativeSeparators(error.subject);
    if (error.code == ErrorCode::DiskFull)
        return QueueSaveBar::tr("Haul cannot save its queue: the disk holding “%1” is full. Transfers go on, but "
                                "if Haul is closed now, the unfinished ones will not continue. Free some space on "
                                "that disk; Haul then saves the queue by itself.")
            .arg(folder);
    return QueueSaveBar::tr("Haul cannot save its queue in “%1”. Transfers go on, but if Haul is closed now, the "
                            "unfinished ones will not continue. Make that folder writable again; Haul then saves "
                            "the queue by itself.")
        .arg(folder);
}

} // namespace haul
