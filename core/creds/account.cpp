#include "account.h"

#include <QRegularExpression>

namespace haul {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

/// A bucket name that works as one DNS label under a TLS wildcard certificate: 3–63 of
/// [a-z0-9-], starting and ending with a letter or digit, no dots (a dotted name would not
/// match *.s3.<region>.amazonaws.com).
bool isVirtualHostSafe(const QString &bucket)
{
    if (bucket.size() < 3 || bucket.size() > 63)
        return false;
    if (!isLowerAlnum(bucket.front()) || !isLowerAlnum(bucket.back()))
        return false;
    for (QChar c : bucket) {
        if (!isLowerAlnum(c) && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

} // namespace

QUrl Account::effectiveEndpoint() const
{
    if (!endpoint.isEmpty())
        return endpoint;
    const QString r = region.isEmpty() ? QStringLiteral("us-east-1") : region;
    // China's partition lives under its own domain.
    const QLatin1String domain = r.startsWith(QLatin1String("cn-"))
        ? QLatin1String("amazonaws.com.cn") : QLatin1String("amazonaws.com");
    return QUrl(QStringLiteral("https://s3.") + r + QLatin1Char('.') + domain);
}

Account Account::inRegion(const QString &otherRegion) const
{
    Account a = *this;
    if (otherRegion.isEmpty() || otherRegion == region)
        return a;
    a.region = otherRegion;
    static const QRegularExpression awsS3(QStringLiteral("^s3([.-][a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?$"));
    if (awsS3.match(endpoint.host()).hasMatch() && endpoint.port() == -1 && endpoint.path().length() <= 1)
        a.endpoint.clear(); // effectiveEndpoint(): the region's own
    return a;
}

bool Account::usesPathStyle(const QString &bucket) const
{
    switch (addressing) {
    case Addressing::Path:
        return true;
    case Addressing::Virtual:
        return false;
    case Addressing::Auto:
        break;
    }
    return !(isAws() && isVirtualHostSafe(bucket));
}

QList<std::pair<QString, QString>> awsRegions()
{
    // The commercial partition ("aws"), in AWS's console order. Opt-in regions are included:
    // the account dialog offers them, S3 tells the user when one is not enabled.
    static const QList<std::pair<QString, QString>> regions = {
        {QStringLiteral("us-east-1"), QStringLiteral("US East (N. Virginia)")},
        {QStringLiteral("us-east-2"), QStringLiteral("US East (Ohio)")},
        {QStringLiteral("us-west-1"), QStringLiteral("US West (N. California)")},
        {QStringLiteral("us-west-2"), QStringLiteral("US West (Oregon)")},
        {QStringLiteral("af-south-1"), QStringLiteral("Africa (Cape Town)")},
        {QStringLiteral("ap-east-1"), QStringLiteral("Asia Pacific (Hong Kong)")},
        {QStringLiteral("ap-east-2"), QStringLiteral("Asia Pacific (Taipei)")},
        {QStringLiteral("ap-south-1"), QStringLiteral("Asia Pacific (Mumbai)")},
        {QStringLiteral("ap-south-2"), QStringLiteral("Asia Pacific (Hyderabad)")},
        {QStringLiteral("ap-northeast-1"), QStringLiteral("Asia Pacific (Tokyo)")},
        {QStringLiteral("ap-northeast-2"), QStringLiteral("Asia Pacific (Seoul)")},
        {QStringLiteral("ap-northeast-3"), QStringLiteral("Asia Pacific (Osaka)")},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("Asia Pacific (Singapore)")},
        {QStringLiteral("ap-southeast-2"), QStringLiteral("Asia Pacific (Sydney)")},
        {QStringLiteral("ap-southeast-3"), QStringLiteral("Asia Pacific (Jakarta)")},
        {QStringLiteral("ap-southeast-4"), QStringLiteral("Asia Pacific (Melbourne)")},
        {QStringLiteral("ap-southeast-5"), QStringLiteral("Asia Pacific (Malaysia)")},
        {QStringLiteral("ap-southeast-6"), QStringLiteral("Asia Pacific (New Zealand)")},
        {QStringLiteral("ap-southeast-7"), QStringLiteral("Asia Pacific (Thailand)")},
        {QStringLiteral("ca-central-1"), QStringLiteral("Canada (Central)")},
        {QStringLiteral("ca-west-1"), QStringLiteral("Canada West (Calgary)")},
        {QStringLiteral("eu-central-1"), QStringLiteral("Europe (Frankfurt)")},
        {QStringLiteral("eu-central-2"), QStringLiteral("Europe (Zurich)")},
        {QStringLiteral("eu-west-1"), QStringLiteral("Europe (Ireland)")},
        {QStringLiteral("eu-west-2"), QStringLiteral("Europe (London)")},
        {QStringLiteral("eu-west-3"), QStringLiteral("Europe (Paris)")},
        {QStringLiteral("eu-south-1"), QStringLiteral("Europe (Milan)")},
        {QStringLiteral("eu-south-2"), QStringLiteral("Europe (Spain)")},
        {QStringLiteral("eu-north-1"), QStringLiteral("Europe (Stockholm)")},
        {QStringLiteral("il-central-1"), QStringLiteral("Israel (Tel Aviv)")},
        {QStringLiteral("me-south-1"), QStringLiteral("Middle East (Bahrain)")},
        {QStringLiteral("me-central-1"), QStringLiteral("Middle East (UAE)")},
        {QStringLiteral("mx-central-1"), QStringLiteral("Mexico (Central)")},
        {QStringLiteral("sa-east-1"), QStringLiteral("South America (S\u00e3o Paulo)")},
    };
    return regions;
}

} // namespace haul
