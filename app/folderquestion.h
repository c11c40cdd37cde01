#pragma once

#include <QObject>
#include <QSet>

#include "sync/foldertypes.h"

class QWidget;

namespace haul {

class FolderService;

/// The question "these files exist and differ: overwrite or skip?" for folder uploads and
/// downloads started with ExistingFiles::Ask. Not modal: a message box per folder lists the
/// files; the folder's other files go on meanwhile. Only folders passed to track() are asked
/// about (sync pairs have their own dialog).
class FolderQuestions : public QObject {
    Q_OBJECT
public:
    FolderQuestions(FolderService *folders, QWidget *window);

    void track(FolderId id) { m_tracked.insert(id); }

private:
    void onQuestions(quint64 id, const QList<haul::PlannedFile> &files);

    FolderService *m_folders;
    QWidget *m_window;
    QSet<FolderId> m_tracked;
};

} // namespace haul
