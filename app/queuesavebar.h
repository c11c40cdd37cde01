#pragma once

#include <optional>

#include "error.h"
#include "messagebar.h"

namespace haul {

class FolderService;
class TransferManager;

/// Says, above the window's panels, when Haul cannot save its queue (the transfer journal or the
/// folders' journal): the disk is full or the folder is not writable, so unfinished transfers
/// would not continue after Haul is closed. Transfers go on; the core tries to save again every
/// few seconds, and the bar hides once both journals are saved.
class QueueSaveBar : public MessageBar {
    Q_OBJECT
public:
    QueueSaveBar(TransferManager *transfers, FolderService *folders, QWidget *parent = nullptr);

private:
    void showProblem();

    std::optional<Error> m_queueError;
    std::optional<Error> m_foldersError;
};

/// The bar's sentence for a failed save (DiskFull or DestinationNotWritable, naming the folder);
/// the command line prints it too.
QString queueNotSavedText(const Error &error);

} // namespace haul
