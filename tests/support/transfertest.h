#pragma once
// Test helpers for integration tests that drive a TransferManager: an account reached through
// the fault proxy, and each transfer's last snapshot as the manager reports it.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QList>

#include "proxyprocess.h"
#include "s3wait.h"
#include "transfermanager.h"

namespace haul::test {

/// The test server's account, with requests sent through `proxy`.
inline AccountConnection through(const TestServer &server, const ProxyProcess &proxy)
{
    AccountConnection c = connectionFor(server);
    c.account.endpoint = proxy.url();
    return c;
}

/// Each transfer's last snapshot, as the manager reports them (added and updated).
struct Rows {
    QHash<TransferId, TransferSnapshot> last;

    void follow(TransferManager &manager)
    {
        auto take = [this](const QList<TransferSnapshot> &list) {
            for (const TransferSnapshot &s : list)
                last.insert(s.id, s);
        };
        QObject::connect(&manager, &TransferManager::transfersAdded, &manager, take);
        QObject::connect(&manager, &TransferManager::transfersUpdated, &manager, take);
    }

    /// The rows of one key.
    QList<TransferSnapshot> withKey(const QString &key) const
    {
        QList<TransferSnapshot> out;
        for (const TransferSnapshot &s : last) {
            if (s.key == key)
                out.append(s);
        }
        return out;
    }
};

/// Every file under dir (hidden ones, such as unfinished downloads, included), relative, sorted.
inline QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

/// A file's bytes ("(unreadable)" when it cannot be read).
inline QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(unreadable)");
}

} // namespace haul::test
