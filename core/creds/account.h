#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include "s3/sigv4.h"

namespace haul {

/// How bucket names go into URLs.
enum class Addressing {
    Auto,     ///< virtual-hosted for AWS with DNS-safe names, path-style otherwise
    Path,     ///< https://host/bucket/key (Ceph RGW, MinIO, s3rver …)
    Virtual,  ///< https://bucket.host/key
};

/// Which checksum each part carries.
enum class ChecksumMode {
    Auto,    ///< CRC32C where the store supports it, else MD5
    Crc32c,  ///< x-amz-checksum-crc32c
    Md5,     ///< Content-MD5
    Off,     ///< none (not recommended)
};

/// A place Haul talks to. Everything but the secret: that lives in the keychain only.
struct Account {
    QString name;            ///< unique, shown to the user; also the keychain entry's key
    QUrl endpoint;           ///< empty: AWS (https://s3.<region>.amazonaws.com)
    QString region = QStringLiteral("us-east-1");
    Addressing addressing = Addressing::Auto;
    QString accessKeyId;
    QString caFile;          ///< extra CA certificates (PEM) to trust for this endpoint
    ChecksumMode checksum = ChecksumMode::Auto;
    /// Optional: the bucket this account works in. Shown among its buckets even when the store
    /// does not list it (shared from another account) or refuses to list buckets at all
    /// (AccessDenied: keys allowed one bucket only), like Cyberduck's bookmark path.
    QString bucket;
    bool fromEnvironment = false; ///< the "environment" account built from AWS_* variables

    /// The endpoint as used: endpoint, or AWS's regional one when empty.
    QUrl effectiveEndpoint() const;
    /// Whether requests for this bucket go path-style.
    bool usesPathStyle(const QString &bucket) const;
    bool isAws() const { return endpoint.isEmpty() || endpoint.host().endsWith(QLatin1String(".amazonaws.com")); }
    /// The same account for a bucket in `region`: signed for it, and when the endpoint is one
    /// of AWS's own S3 endpoints ("s3.us-east-1.amazonaws.com", the global "s3.amazonaws.com"),
    /// at that region's endpoint. Other stores keep their address.
    Account inRegion(const QString &region) const;
};

/// An account with its credentials, ready to sign requests. Crosses into the engine thread by value.
struct AccountConnection {
    Account account;
    sigv4::Credentials credentials;
};

/// AWS regions offered in the account dialog: (code, English name).
QList<std::pair<QString, QString>> awsRegions();

} // namespace haul

Q_DECLARE_METATYPE(haul::Account)
Q_DECLARE_METATYPE(haul::AccountConnection)
