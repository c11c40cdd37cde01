#include "bucketname.h"

#include <algorithm>
#include <iterator>

#include <QRegularExpression>

namespace haul {

namespace {

bool isLowerOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool hasUpperCase(const QString &name)
{
    return std::any_of(name.begin(), name.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

bool hasInvalidCharacter(const QString &name)
{
    return std::any_of(name.begin(), name.end(),
                       [](QChar c) { return !isLowerOrDigit(c) && c != u'.' && c != u'-'; });
}

bool looksLikeIpAddress(const QString &name)
{
    static const QRegularExpression ipv4(
        QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return ipv4.match(name).hasMatch();
}

bool hasAnyPrefix(const QString &name)
{
    static const QLatin1String prefixes[] = {QLatin1String("xn--"), QLatin1String("sthree-"),
                                             QLatin1String("amzn-s3-demo-")};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](QLatin1String p) { return name.startsWith(p); });
}

bool hasAnySuffix(const QString &name)
{
    static const QLatin1String suffixes[] = {QLatin1String("-s3alias"), QLatin1String("--ol-s3"),
                                             QLatin1String(".mrap"), QLatin1String("--x-s3"),
                                             QLatin1String("--table-s3")};
    return std::any_of(std::begin(suffixes), std::end(suffixes),
                       [&](QLatin1String s) { return name.endsWith(s); });
}

} // namespace

BucketNameProblem checkBucketName(const QString &name)
{
    if (name.size() < 3)
        return BucketNameProblem::TooShort;
    if (name.size() > 63)
        return BucketNameProblem::TooLong;
    if (hasUpperCase(name))
        return BucketNameProblem::UpperCase;
    if (hasInvalidCharacter(name))
        return BucketNameProblem::InvalidCharacter;
    if (!isLowerOrDigit(name.front()) || !isLowerOrDigit(name.back()))
        return BucketNameProblem::BadStartOrEnd;
    if (name.contains(QLatin1String("..")))
        return BucketNameProblem::AdjacentPeriods;
    if (name.contains(QLatin1String(".-")) || name.contains(QLatin1String("-.")))
        return BucketNameProblem::PeriodDash;
    if (looksLikeIpAddress(name))
        return BucketNameProblem::LooksLikeIpAddress;
    if (hasAnyPrefix(name))
        return BucketNameProblem::ReservedPrefix;
    if (hasAnySuffix(name))
        return BucketNameProblem::ReservedSuffix;
    return BucketNameProblem::None;
}

bool isExistingBucketName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'-' || c == u'_';
    });
}

bool isDnsCompatibleForVirtualHosting(const QString &name)
{
    return checkBucketName(name) == BucketNameProblem::None && !name.contains(u'.');
}

} // namespace haul
