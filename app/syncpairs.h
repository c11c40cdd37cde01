#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "error.h"
#include "sync/compare.h"
#include "sync/foldertypes.h"

class QSettings;

namespace haul {

/// A "Sync this folder" pair as the user saved it: the local folder, where it goes (account,
/// bucket, prefix), how files are compared, and whether remote files that vanished locally may
/// be deleted (off by default; even when on, only after a confirmation listing them).
/// Plain values; no secrets (the account is named, its secret stays in the keychain).
struct SavedSyncPair {
    SyncPair pair;
    CompareMethod method = CompareMethod::SizeAndMtime;
    bool deleteRemote = false;

    /// "s3://bucket/prefix/" (the prefix as the sync uses it, with its '/').
    QString destination() const;
    /// The local folder's last part, for short texts ("run42").
    QString folderName() const;
    /// True when folder, account and bucket are set.
    bool isComplete() const;
    bool operator==(const SavedSyncPair &other) const;
};

/// The stored names of CompareMethod: "size-mtime", "checksum".
QString compareMethodName(CompareMethod method);
CompareMethod compareMethodFromName(const QString &name);

/// Reads the pairs from the array "syncPairs"; incomplete entries are dropped.
QList<SavedSyncPair> loadSyncPairs(QSettings &settings);
/// Replaces the array "syncPairs" with these pairs (and syncs). Nothing else is touched.
Result<void> saveSyncPairs(QSettings &settings, const QList<SavedSyncPair> &pairs);

/// The saved pairs of this run, kept in QSettings (or in memory only when given none, as in
/// tests). Every change is written at once and announced with changed().
class SyncPairStore : public QObject {
    Q_OBJECT
public:
    /// Works on `settings` (not owned); null keeps the pairs in memory only.
    explicit SyncPairStore(QSettings *settings = nullptr, QObject *parent = nullptr);

    const QList<SavedSyncPair> &pairs() const { return m_pairs; }
    /// Appends a pair; returns its index.
    int add(const SavedSyncPair &pair);
    /// Replaces the pair at index (ignored when out of range).
    void replace(int index, const SavedSyncPair &pair);
    /// Forgets the pair at index (ignored when out of range). Nothing in the bucket changes.
    void remove(int index);

Q_SIGNALS:
    void changed();
    /// The settings file could not be written (see syncSettings()): the pairs stay as changed
    /// for this session and are written at the next save that works.
    void notSaved(const haul::Error &error);

private:
    void store();

    QSettings *m_settings;
    QList<SavedSyncPair> m_pairs;
};

} // namespace haul
