#pragma once

#include <QString>

namespace haul {

/// The first rule a bucket name breaks, in the order checkBucketName() tests them.
enum class BucketNameProblem {
    None,               ///< the name is valid
    TooShort,           ///< fewer than 3 characters
    TooLong,            ///< more than 63 characters
    UpperCase,          ///< contains A–Z
    InvalidCharacter,   ///< anything but a–z, 0–9, '.', '-'
    BadStartOrEnd,      ///< does not begin and end with a letter or digit
    AdjacentPeriods,    ///< contains ".."
    PeriodDash,         ///< contains ".-" or "-." (a DNS label may not begin or end with '-')
    LooksLikeIpAddress, ///< formatted like an IPv4 address, e.g. 192.168.5.4
    ReservedPrefix,     ///< begins with xn--, sthree- or amzn-s3-demo-
    ReservedSuffix,     ///< ends with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3
};

/// Checks a name for a new general-purpose bucket against AWS's naming rules and returns the first
/// rule it breaks. Use it before CreateBucket, not on names ListBuckets returns: buckets made
/// before 2018 in us-east-1 may legally have names these rules refuse (upper case, '_').
BucketNameProblem checkBucketName(const QString &name);

/// True when the name can be an existing bucket's, by the rule aws-cli checks s3:// addresses
/// with: 1 to 255 letters (either case), digits, '.', '-' and '_'. Looser than
/// checkBucketName(), for names the user types to open a bucket, not to create one.
bool isExistingBucketName(const QString &name);

/// True when the bucket can be addressed virtual-hosted style (https://bucket.host/): the name is
/// valid and has no dots, because a dotted name does not match the store's wildcard TLS
/// certificate (*.s3.amazonaws.com). Use path-style addressing otherwise.
bool isDnsCompatibleForVirtualHosting(const QString &name);

} // namespace haul
