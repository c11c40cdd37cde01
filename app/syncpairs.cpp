#include "syncpairs.h"

#include <QDir>
#include <QSettings>

#include "state/savefile.h"
#include "sync/keypath.h"

namespace haul {
namespace {

const QString kArray = QStringLiteral("syncPairs");

} // namespace

QString SavedSyncPair::destination() const
{
    return QStringLiteral("s3://%1/%2").arg(pair.bucket, folderPrefix(pair.prefix));
}

QString SavedSyncPair::folderName() const
{
    const QString name = QDir(pair.localFolder).dirName();
    return name.isEmpty() ? QDir::toNativeSeparators(pair.localFolder) : name;
}

bool SavedSyncPair::isComplete() const
{
    return !pair.localFolder.isEmpty() && !pair.accountName.isEmpty() && !pair.bucket.isEmpty();
}

bool SavedSyncPair::operator==(const SavedSyncPair &o) const
{
    return pair.accountName == o.pair.accountName && pair.localFolder == o.pair.localFolder
        && pair.bucket == o.pair.bucket && pair.prefix == o.pair.prefix && method == o.method
        && deleteRemote == o.deleteRemote;
}

QString compareMethodName(CompareMethod method)
{
    return method == CompareMethod::Checksum ? QStringLiteral("checksum") : QStringLiteral("size-mtime");
}

CompareMethod compareMethodFromName(const QString &name)
{
    return name == QLatin1String("checksum") ? CompareMethod::Checksum : CompareMethod::SizeAndMtime;
}

QList<SavedSyncPair> loadSyncPairs(QSettings &settings)
{
    QList<SavedSyncPair> pairs;
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedSyncPair p;
        p.pair.localFolder = settings.value(QStringLiteral("localFolder")).toString();
        p.pair.accountName = settings.value(QStringLiteral("account")).toString();
        p.pair.bucket = settings.value(QStringLiteral("bucket")).toString();
        p.pair.prefix = settings.value(QStringLiteral("prefix")).toString();
        p.method = compareMethodFromName(settings.value(QStringLiteral("compare")).toString());
        p.deleteRemote = settings.value(QStringLiteral("deleteRemote"), false).toBool();
        if (p.isComplete())
            pairs.append(p);
    }
    settings.endArray();
    return pairs;
}

Result<void> saveSyncPairs(QSettings &settings, const QList<SavedSyncPair> &pairs)
{
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(pairs.size()));
    for (int i = 0; i < pairs.size(); ++i) {
        const SavedSyncPair &p = pairs.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("localFolder"), p.pair.localFolder);
        settings.setValue(QStringLiteral("account"), p.pair.accountName);
        settings.setValue(QStringLiteral("bucket"), p.pair.bucket);
        settings.setValue(QStringLiteral("prefix"), p.pair.prefix);
        settings.setValue(QStringLiteral("compare"), compareMethodName(p.method));
        settings.setValue(QStringLiteral("deleteRemote"), p.deleteRemote);
    }
    settings.endArray();
    return syncSettings(settings);
}

SyncPairStore::SyncPairStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_pairs(settings ? loadSyncPairs(*settings) : QList<SavedSyncPair>())
{
}

int SyncPairStore::add(const SavedSyncPair &pair)
{
    m_pairs.append(pair);
    store();
    return int(m_pairs.size()) - 1;
}

void SyncPairStore::replace(int index, const SavedSyncPair &pair)
{
    if (index < 0 || index >= m_pairs.size())
        return;
    m_pairs[index] = pair;
    store();
}

void SyncPairStore::remove(int index)
{
    if (index < 0 || index >= m_pairs.size())
        return;
    m_pairs.removeAt(index);
    store();
}

void SyncPairStore::store()
{
    const Result<void> saved = m_settings ? saveSyncPairs(*m_settings, m_pairs) : Result<void>();
    Q_EMIT changed();
    if (!saved)
        Q_EMIT notSaved(saved.error());
}

} // namespace haul
