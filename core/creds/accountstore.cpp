#include "accountstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSettings>

#include "state/savefile.h"

namespace haul {

// ---------------------------------------------------------------------------------------------
// Saved accounts
// ---------------------------------------------------------------------------------------------

namespace {

const QString kArray = QStringLiteral("accounts");

QString addressingName(Addressing a)
{
    switch (a) {
    case Addressing::Path: return QStringLiteral("path");
    case Addressing::Virtual: return QStringLiteral("virtual");
    case Addressing::Auto: break;
    }
    return QStringLiteral("auto");
}

Addressing addressingFromName(const QString &s)
{
    if (s.compare(QLatin1String("path"), Qt::CaseInsensitive) == 0)
        return Addressing::Path;
    if (s.compare(QLatin1String("virtual"), Qt::CaseInsensitive) == 0)
        return Addressing::Virtual;
    return Addressing::Auto;
}

QString checksumName(ChecksumMode m)
{
    switch (m) {
    case ChecksumMode::Crc32c: return QStringLiteral("crc32c");
    case ChecksumMode::Md5: return QStringLiteral("md5");
    case ChecksumMode::Off: return QStringLiteral("off");
    case ChecksumMode::Auto: break;
    }
    return QStringLiteral("auto");
}

ChecksumMode checksumFromName(const QString &s)
{
    if (s == QLatin1String("crc32c"))
        return ChecksumMode::Crc32c;
    if (s == QLatin1String("md5"))
        return ChecksumMode::Md5;
    if (s == QLatin1String("off"))
        return ChecksumMode::Off;
    return ChecksumMode::Auto;
}

Account readAccount(const QSettings &s)
{
    Account a;
    a.name = s.value(QStringLiteral("name")).toString();
    const QString endpoint = s.value(QStringLiteral("endpoint")).toString();
    if (!endpoint.isEmpty())
        a.endpoint = QUrl(endpoint);
    a.region = s.value(QStringLiteral("region"), a.region).toString();
    a.addressing = addressingFromName(s.value(QStringLiteral("addressing")).toString());
    a.accessKeyId = s.value(QStringLiteral("accessKeyId")).toString();
    a.caFile = s.value(QStringLiteral("caFile")).toString();
    a.checksum = checksumFromName(s.value(QStringLiteral("checksum")).toString());
    a.bucket = s.value(QStringLiteral("bucket")).toString();
    return a;
}

/// Everything but the secret: Account has no field for one, and nothing else is written.
void writeAccount(QSettings &s, const Account &a)
{
    s.setValue(QStringLiteral("name"), a.name);
    s.setValue(QStringLiteral("endpoint"), a.endpoint.toString());
    s.setValue(QStringLiteral("region"), a.region);
    s.setValue(QStringLiteral("addressing"), addressingName(a.addressing));
    s.setValue(QStringLiteral("accessKeyId"), a.accessKeyId);
    s.setValue(QStringLiteral("caFile"), a.caFile);
    s.setValue(QStringLiteral("checksum"), checksumName(a.checksum));
    s.setValue(QStringLiteral("bucket"), a.bucket);
}

/// Writes the list and syncs (see syncSettings()).
Result<void> writeAll(QSettings &s, const QList<Account> &accounts)
{
    s.remove(kArray); // a shorter array would otherwise leave stale entries behind
    s.beginWriteArray(kArray, int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        s.setArrayIndex(i);
        writeAccount(s, accounts.at(i));
    }
    s.endArray();
    return syncSettings(s);
}

} // namespace

AccountStore::AccountStore(QSettings *settings) : m_settings(settings) {}

QList<Account> AccountStore::accounts() const
{
    QList<Account> list;
    const int n = m_settings->beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        Account a = readAccount(*m_settings);
        if (!a.name.isEmpty())
            list.append(std::move(a));
    }
    m_settings->endArray();
    return list;
}

std::optional<Account> AccountStore::account(const QString &name) const
{
    for (const Account &a : accounts()) {
        if (a.name == name)
            return a;
    }
    return std::nullopt;
}

Result<void> AccountStore::save(const Account &account)
{
    if (account.name.isEmpty())
        return {};
    QList<Account> list = accounts();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const Account &a) { return a.name == account.name; });
    if (it != list.end())
        *it = account;
    else
        list.append(account);
    return writeAll(*m_settings, list);
}

void AccountStore::remove(const QString &name)
{
    QList<Account> list = accounts();
    if (list.removeIf([&](const Account &a) { return a.name == name; }) > 0)
        writeAll(*m_settings, list);
}

// ---------------------------------------------------------------------------------------------
// aws-cli's ~/.aws/credentials and ~/.aws/config
// ---------------------------------------------------------------------------------------------

namespace {

using KeyValues = QHash<QString, QString>;

/// One [section] as Python's configparser (which aws-cli uses) sees it: keys lower-cased, values
/// trimmed; indented lines under an empty-valued key ("s3 =") form a nested sub-section.
struct IniSection {
    QString name;
    KeyValues values;
    QHash<QString, KeyValues> nested;
};

/// "key = value" or "key: value" (configparser takes the first of either).
std::optional<std::pair<QString, QString>> splitKeyValue(QStringView line)
{
    const qsizetype eq = line.indexOf(QLatin1Char('='));
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    const qsizetype at = (eq < 0 || (colon >= 0 && colon < eq)) ? colon : eq;
    if (at <= 0)
        return std::nullopt;
    const QString key = line.left(at).trimmed().toString().toLower();
    if (key.isEmpty())
        return std::nullopt;
    return std::pair{key, line.mid(at + 1).trimmed().toString()};
}

/// Merges `from` into `into`, `from` winning per key.
void mergeSection(IniSection &into, const IniSection &from)
{
    into.values.insert(from.values);
    for (auto it = from.nested.cbegin(); it != from.nested.cend(); ++it)
        into.nested[it.key()].insert(it.value());
}

/// Sections in order of first appearance; a repeated [section] adds to the first.
class IniParser {
public:
    QList<IniSection> parse(const QString &text)
    {
        for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            parseLine(line);
        }
        return m_sections;
    }

private:
    void parseLine(QStringView line)
    {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';')))
            return;
        if (line.front().isSpace())
            return addNested(t);
        if (t.startsWith(QLatin1Char('[')))
            return startSection(t);
        addValue(t);
    }

    void startSection(QStringView t)
    {
        const qsizetype close = t.lastIndexOf(QLatin1Char(']'));
        const QString name = t.mid(1, close - 1).toString().simplified();
        m_current = -1;
        m_lastKey.clear();
        if (close < 2 || name.isEmpty())
            return; // malformed header: its lines are skipped
        m_current = m_index.value(name, -1);
        if (m_current >= 0)
            return;
        m_current = int(m_sections.size());
        m_index.insert(name, m_current);
        m_sections.append(IniSection{name, {}, {}});
    }

    void addValue(QStringView t)
    {
        const auto kv = splitKeyValue(t);
        if (m_current < 0 || !kv)
            return;
        m_sections[m_current].values.insert(kv->first, kv->second);
        m_lastKey = kv->first;
    }

    void addNested(QStringView t)
    {
        const auto kv = splitKeyValue(t);
        if (m_current < 0 || m_lastKey.isEmpty() || !kv)
            return;
        m_sections[m_current].nested[m_lastKey].insert(kv->first, kv->second);
    }

    QList<IniSection> m_sections;
    QHash<QString, int> m_index;
    int m_current = -1;
    QString m_lastKey;
};

/// The profile a config-file section describes: "default", "profile NAME"; other sections
/// ("services x", "sso-session x", a bare "name") are not profiles and give an empty string.
QString configProfileName(const QString &section)
{
    if (section == QLatin1String("default"))
        return section;
    const QStringList parts = section.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts.front() == QLatin1String("profile"))
        return parts.back();
    return {};
}

/// A section's values and nested sub-sections, merged per profile name.
struct ProfileSections {
    QStringList order;
    QHash<QString, IniSection> byName;
    QHash<QString, IniSection> services; ///< config "[services NAME]" sections by NAME

    void add(const QString &name, const IniSection &section)
    {
        if (name.isEmpty())
            return;
        if (!byName.contains(name)) {
            order.append(name);
            byName.insert(name, IniSection{name, {}, {}});
        }
        mergeSection(byName[name], section);
    }
};

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &v : values) {
        if (!v.isEmpty())
            return v;
    }
    return {};
}

AwsProfile toProfile(const IniSection &s, const QHash<QString, IniSection> &services)
{
    const KeyValues s3 = s.nested.value(QStringLiteral("s3"));
    const QString servicesName = s.values.value(QStringLiteral("services"));
    const KeyValues serviceS3 = services.value(servicesName).nested.value(QStringLiteral("s3"));
    const QString endpointKey = QStringLiteral("endpoint_url");

    AwsProfile p;
    p.name = s.name;
    p.accessKeyId = s.values.value(QStringLiteral("aws_access_key_id"));
    p.secretAccessKey = s.values.value(QStringLiteral("aws_secret_access_key"));
    p.sessionToken = firstNonEmpty({s.values.value(QStringLiteral("aws_session_token")),
                                    s.values.value(QStringLiteral("aws_security_token"))});
    p.region = s.values.value(QStringLiteral("region"));
    p.endpointUrl = firstNonEmpty({serviceS3.value(endpointKey), s3.value(endpointKey),
                                   s.values.value(endpointKey)});
    p.caBundle = s.values.value(QStringLiteral("ca_bundle"));
    p.addressingStyle = s3.value(QStringLiteral("addressing_style"));
    return p;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

QList<AwsProfile> parseAwsProfiles(const QString &credentialsText, const QString &configText)
{
    ProfileSections config;
    for (const IniSection &s : IniParser().parse(configText)) {
        if (s.name.startsWith(QLatin1String("services ")))
            config.services.insert(s.name.mid(9).trimmed(), s);
        config.add(configProfileName(s.name), s);
    }
    ProfileSections credentials; // every section here is a profile, named as written
    for (const IniSection &s : IniParser().parse(credentialsText))
        credentials.add(s.name, s);

    QStringList order = credentials.order;
    for (const QString &name : std::as_const(config.order)) {
        if (!order.contains(name))
            order.append(name);
    }
    QList<AwsProfile> profiles;
    for (const QString &name : std::as_const(order)) {
        IniSection merged = config.byName.value(name, IniSection{name, {}, {}});
        mergeSection(merged, credentials.byName.value(name)); // the credentials file wins
        profiles.append(toProfile(merged, config.services));
    }
    return profiles;
}

QList<AwsProfile> readAwsProfiles(const QString &credentialsPath, const QString &configPath)
{
    return parseAwsProfiles(readText(credentialsPath), readText(configPath));
}

// ---------------------------------------------------------------------------------------------
// Profiles and the environment as accounts
// ---------------------------------------------------------------------------------------------

namespace {

QString expandHome(const QString &path, const QString &home)
{
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        return home + path.mid(1);
    return path;
}

/// aws-cli requires a scheme; a bare "host:port" is taken as HTTPS rather than mis-parsed.
QUrl endpointFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    return QUrl(t.contains(QLatin1String("://")) ? t : QStringLiteral("https://") + t);
}

Addressing addressingFor(const QString &style, const QUrl &endpoint)
{
    if (style == QLatin1String("path") || style == QLatin1String("virtual"))
        return addressingFromName(style);
    Account probe;
    probe.endpoint = endpoint;
    return probe.isAws() ? Addressing::Auto : Addressing::Path;
}

QString envValue(const QProcessEnvironment &env, const char *name)
{
    return env.value(QLatin1String(name)).trimmed();
}

/// The profile AWS_PROFILE (or the older AWS_DEFAULT_PROFILE) names, if it exists in the files.
std::optional<AwsProfile> environmentProfile(const QProcessEnvironment &env)
{
    const QString name = firstNonEmpty({envValue(env, "AWS_PROFILE"),
                                        envValue(env, "AWS_DEFAULT_PROFILE")});
    if (name.isEmpty())
        return std::nullopt;
    const auto [credentials, config] = awsProfilePaths(env);
    for (const AwsProfile &p : readAwsProfiles(credentials, config)) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

} // namespace

std::pair<QString, QString> awsProfilePaths(const QProcessEnvironment &env)
{
    const QString home = firstNonEmpty({env.value(QStringLiteral("HOME")),
                                        env.value(QStringLiteral("USERPROFILE")), QDir::homePath()});
    const auto pick = [&](const char *variable, QLatin1String file) {
        const QString v = envValue(env, variable);
        return v.isEmpty() ? home + QLatin1String("/.aws/") + file : expandHome(v, home);
    };
    return {pick("AWS_SHARED_CREDENTIALS_FILE", QLatin1String("credentials")),
            pick("AWS_CONFIG_FILE", QLatin1String("config"))};
}

std::optional<AccountConnection> environmentAccount(const QProcessEnvironment &env)
{
    AwsProfile p = environmentProfile(env).value_or(AwsProfile{});
    const QString keyId = envValue(env, "AWS_ACCESS_KEY_ID");
    const QString secret = envValue(env, "AWS_SECRET_ACCESS_KEY");
    if (!keyId.isEmpty() && !secret.isEmpty())
        p = AwsProfile{{}, keyId, secret, envValue(env, "AWS_SESSION_TOKEN"),
                       p.region, p.endpointUrl, p.caBundle, p.addressingStyle};
    if (p.accessKeyId.isEmpty() || p.secretAccessKey.isEmpty())
        return std::nullopt;

    p.name = QStringLiteral("environment");
    p.region = firstNonEmpty({envValue(env, "AWS_REGION"), envValue(env, "AWS_DEFAULT_REGION"),
                              p.region});
    p.endpointUrl = firstNonEmpty({envValue(env, "AWS_ENDPOINT_URL_S3"),
                                   envValue(env, "AWS_ENDPOINT_URL"), p.endpointUrl});
    p.caBundle = firstNonEmpty({envValue(env, "AWS_CA_BUNDLE"), p.caBundle});

    AccountConnection c = accountFromProfile(p);
    c.account.fromEnvironment = true;
    return c;
}

AccountConnection accountFromProfile(const AwsProfile &profile)
{
    AccountConnection c;
    Account &a = c.account;
    a.name = profile.name;
    a.endpoint = endpointFromText(profile.endpointUrl);
    if (!profile.region.isEmpty())
        a.region = profile.region;
    a.addressing = addressingFor(profile.addressingStyle.toLower(), a.endpoint);
    a.accessKeyId = profile.accessKeyId;
    a.caFile = profile.caBundle;
    c.credentials = sigv4::Credentials{profile.accessKeyId, profile.secretAccessKey,
                                       profile.sessionToken};
    return c;
}

} // namespace haul
