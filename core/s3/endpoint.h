#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace haul {

struct Account;

using QueryItems = QList<std::pair<QByteArray, QByteArray>>;

/// The URL of a bucket-level (key empty) or object request: path-style or virtual-hosted as the
/// account says, the key URI-encoded once (slashes kept), query names and values encoded by AWS
/// rules. An empty bucket gives the service URL (ListBuckets).
QUrl s3Url(const Account &account, const QString &bucket, const QString &key = {},
           const QueryItems &query = {});

} // namespace haul
