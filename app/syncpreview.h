#pragma once

#include <QDialog>

#include "sync/foldertypes.h"
#include "syncpairs.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace haul {

class MessageBar;

/// What a dry run found, counted the way the preview words it.
struct PlanSummary {
    qint64 newFiles = 0;      ///< not in the bucket yet
    qint64 newBytes = 0;
    qint64 changedFiles = 0;  ///< in the bucket, but different (size, time or checksum)
    qint64 changedBytes = 0;
    qint64 alreadyThere = 0;  ///< identical: nothing to send
    qint64 deletions = 0;     ///< in the bucket, gone from the folder
    qint64 problems = 0;      ///< files that could not be read or named
};

/// Counts a FolderPlan (questions, which a sync does not ask, count as changed files).
PlanSummary summarizePlan(const FolderPlan &plan);

/// The "Preview" of a sync pair: in plain words, which files "Sync now" would upload (new,
/// changed), how many are already there, and which remote files it would delete (or keep, when
/// deleting is off for the pair). Nothing is sent. Not modal; "Sync now" asks for the real
/// sync (syncRequested) and closes.
class SyncPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /// The file list shows at most this many rows; the counts always cover everything.
    static constexpr int MaxListedFiles = 2000;

    explicit SyncPreviewDialog(const SavedSyncPair &pair, QWidget *parent = nullptr);

    /// Shows the dry run's result.
    void setPlan(const FolderPlan &plan);
    /// The dry run failed as a whole (e.g. the bucket refused the listing).
    void showError(const Error &error);

    bool hasPlan() const { return m_hasPlan; }
    const PlanSummary &summary() const { return m_summary; }
    /// The sentences shown, one per line (for tests and screen readers).
    QString summaryText() const;
    QTreeWidget *fileList() const { return m_files; }
    QPushButton *syncButton() const { return m_sync; }

Q_SIGNALS:
    void syncRequested(const haul::SavedSyncPair &pair);

private:
    void fillSummary();
    void fillFiles(const FolderPlan &plan);
    QString relativeKey(const QString &key) const;

    SavedSyncPair m_pair;
    PlanSummary m_summary;
    QStringList m_lines;
    bool m_hasPlan = false;
    QLabel *m_intro;
    QWidget *m_counts;          ///< a form: one row per count (label, value in bold)
    MessageBar *m_message;
    QTreeWidget *m_files;
    QPushButton *m_sync;
};

} // namespace haul
