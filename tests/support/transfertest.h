#pragma once
// Test helpers for integration tests that drive a TransferManager: an account reached through
// the fault proxy, and each transfer's last snapshot as the manager reports it.

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

} // namespace haul::test
