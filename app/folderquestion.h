#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include "sync/foldertypes.h"

class QMessageBox;
class QWidget;

namespace haul {

class FolderService;

/// The question "these files exist and differ: overwrite or skip?" for folder uploads and
/// downloads started with ExistingFiles::Ask. Not modal: a message box per folder lists the
/// files; the folder's other files go on meanwhile. Only folders passed to track() are asked
/// about (sync pairs have their own dialog). A question answered elsewhere (the command line's
/// --if-exists, another window) or whose folder ended closes without answering.
class FolderQuestions : public QObject {
    Q_OBJECT
public:
    FolderQuestions(FolderService *folders, QWidget *window);

    void track(FolderId id) { m_tracked.insert(id); }

private:
    void onQuestions(quint64 id, const QList<haul::PlannedFile> &files);
    void onFolderChanged(const haul::FolderSnapshot &snapshot);

    FolderService *m_folders;
    QWidget *m_window;
    QSet<FolderId> m_tracked;
    QHash<FolderId, QPointer<QMessageBox>> m_open; ///< the box showing each folder's question
};

} // namespace haul
