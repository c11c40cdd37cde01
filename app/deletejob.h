#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "browsermodel.h"
#include "error.h"
#include "s3/types.h"

class QWidget;

namespace haul {

class BucketService;

/// Deletes what is selected in the browser, after asking.
///
///   list every key under the folders ─▶ ask, naming what goes ─┬─ Delete ─▶ DeleteObjects × ⌈keys/1,000⌉ ─▶ finished
///   ("Delete “run42/” and the 2,500 files in it?")             └─ Cancel ─▶ finished (cancelled)
///
/// The keys deleted are exactly those counted for the question (files added meanwhile stay).
/// The question is a window-modal message box opened with open() — no nested event loop — and
/// is the only dialog: progress and the outcome go out as signals. Deletes itself when done.
class DeleteJob : public QObject {
    Q_OBJECT
public:
    DeleteJob(BucketService *buckets, const QString &account, const QString &bucket,
              const QList<BrowserModel::Entry> &entries, QWidget *dialogParent);

    /// Lists the folders' keys, then asks.
    void start();
    /// The question and its details for these entries, `files` files (folder markers not
    /// counted) of `bytes` bytes in all.
    static QString question(const QList<BrowserModel::Entry> &entries, int files);
    static QString details(const QString &bucket, int files, qint64 bytes);
    /// The open question (null before the listing is done and after it was answered).
    QMessageBox *questionBox() const { return m_box; }

Q_SIGNALS:
    void progress(const QString &text);
    /// `deleted` files are gone (after an error: keys); `failures` are keys the store refused;
    /// an error stopped the job (what was deleted before it stays deleted).
    void finished(int deleted, const QList<haul::DeleteFailure> &failures, const haul::Error &error,
                  bool cancelled);

private:
    void listNextFolder();
    void onKeysListed(quint64 request, const QStringList &keys, qint64 bytes, const haul::Error &error);
    void ask();
    void deleteAll();
    void onDeleteProgress(quint64 request, int deleted, int total);
    void onDeleted(quint64 request, int deleted, const QList<haul::DeleteFailure> &failures,
                   const haul::Error &error);
    void end(int deleted, const QList<DeleteFailure> &failures, const Error &error, bool cancelled);

    BucketService *m_buckets;
    QString m_account;
    QString m_bucket;
    QList<BrowserModel::Entry> m_entries;
    QPointer<QWidget> m_dialogParent;
    QPointer<QMessageBox> m_box;
    QStringList m_folders;  ///< prefixes still to list
    QStringList m_keys;     ///< what will be deleted
    qint64 m_bytes = 0;
    quint64 m_request = 0;
};

} // namespace haul
