// Accounts: aws-cli profile parsing, the "environment" account, the saved-accounts store,
// addressing and endpoints, and the in-memory credential store.

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "bucketservice.h"
#include "creds/account.h"
#include "creds/accountstore.h"
#include "creds/credentialstore.h"
#include "filesizelimit.h"

using namespace haul;
using namespace Qt::StringLiterals;

namespace {

/// The fields a test row expects of a profile or an account, in one comparable list:
/// access key id, secret, session token, region, endpoint, CA file, addressing style.
QStringList fields(const AwsProfile &p)
{
    return {p.accessKeyId, p.secretAccessKey, p.sessionToken, p.region, p.endpointUrl, p.caBundle,
            p.addressingStyle};
}

QString addressingName(Addressing a)
{
    switch (a) {
    case Addressing::Path: return QStringLiteral("path");
    case Addressing::Virtual: return QStringLiteral("virtual");
    case Addressing::Auto: break;
    }
    return QStringLiteral("auto");
}

QStringList fields(const AccountConnection &c)
{
    return {c.account.accessKeyId, c.credentials.secretAccessKey, c.credentials.sessionToken,
            c.account.region, c.account.endpoint.toString(), c.account.caFile,
            addressingName(c.account.addressing)};
}

QStringList fields(const Account &a)
{
    return {a.name, a.endpoint.toString(), a.region, addressingName(a.addressing), a.accessKeyId,
            a.caFile, QString::number(int(a.checksum)), QString::number(a.fromEnvironment), a.bucket};
}

QStringList l(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *s : items)
        out << QString::fromUtf8(s);
    return out;
}

/// Writes `text` to `path` unless it is null (a null QByteArray means "no such file").
bool writeFile(const QString &path, const QByteArray &text)
{
    if (text.isNull())
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

const QByteArray kNoFile; // null: the file is not created

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void awsProfiles_data();
    void awsProfiles();
    void awsProfilePaths_data();
    void awsProfilePaths();
    void environment_data();
    void environment();
    void accountFromProfile_data();
    void accountFromProfile();
    void accountStoreRoundTrip();
    void accountStoreNeverWritesSecrets();
    void accountStoreSaysWhenNotWritten();
    void accountBucketAmongTheBuckets_data();
    void accountBucketAmongTheBuckets();
    void usesPathStyle_data();
    void usesPathStyle();
    void effectiveEndpoint_data();
    void effectiveEndpoint();
    void inRegion_data();
    void inRegion();
    void regions();
    void memoryStore();
};

// ---------------------------------------------------------------------------------------------

void TestAccounts::awsProfiles_data()
{
    QTest::addColumn<QByteArray>("credentials");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("names");     // every profile, in order
    QTest::addColumn<QString>("profile");       // the one to check
    QTest::addColumn<QStringList>("expected");  // fields(profile)

    const QByteArray keys = "aws_access_key_id = AKID\naws_secret_access_key = SECRET/+x\n";

    QTest::newRow("default profile") << QByteArray("[default]\n" + keys) << kNoFile
        << l({"default"}) << u"default"_s << l({"AKID", "SECRET/+x", "", "", "", "", ""});
    QTest::newRow("named profile")
        << QByteArray("[default]\n" + keys + "\n[work]\naws_access_key_id=WK\naws_secret_access_key=WS\n")
        << kNoFile << l({"default", "work"}) << u"work"_s << l({"WK", "WS", "", "", "", "", ""});
    QTest::newRow("[profile x] in config")
        << kNoFile << QByteArray("[profile x]\nregion = eu-west-1\n" + keys)
        << l({"x"}) << u"x"_s << l({"AKID", "SECRET/+x", "", "eu-west-1", "", "", ""});
    QTest::newRow("[default] in config")
        << kNoFile << QByteArray("[default]\nregion = us-west-2\n")
        << l({"default"}) << u"default"_s << l({"", "", "", "us-west-2", "", "", ""});
    QTest::newRow("config: bare and other sections are not profiles")
        << kNoFile
        << QByteArray("[x]\nregion = a\n[sso-session s]\nsso_region = b\n[services y]\n[profile]\n"
                      "[profile p]\nregion = c\n")
        << l({"p"}) << u"p"_s << l({"", "", "", "c", "", "", ""});
    QTest::newRow("credentials: [profile x] is named as written")
        << QByteArray("[profile x]\n" + keys) << kNoFile
        << l({"profile x"}) << u"profile x"_s << l({"AKID", "SECRET/+x", "", "", "", "", ""});
    QTest::newRow("s3 sub-section endpoint_url")
        << QByteArray("[ceph]\n" + keys)
        << QByteArray("[profile ceph]\nregion = default\ns3 =\n  endpoint_url = http://127.0.0.1:7480\n"
                      "  addressing_style = path\noutput = json\n")
        << l({"ceph"}) << u"ceph"_s
        << l({"AKID", "SECRET/+x", "", "default", "http://127.0.0.1:7480", "", "path"});
    QTest::newRow("top-level endpoint_url")
        << kNoFile << QByteArray("[default]\nendpoint_url = https://minio.example:9000\n")
        << l({"default"}) << u"default"_s
        << l({"", "", "", "", "https://minio.example:9000", "", ""});
    QTest::newRow("s3 sub-section wins over top-level endpoint_url")
        << kNoFile
        << QByteArray("[default]\nendpoint_url = https://all.example\ns3 =\n\tendpoint_url = https://s3.example\n")
        << l({"default"}) << u"default"_s << l({"", "", "", "", "https://s3.example", "", ""});
    QTest::newRow("services section")
        << kNoFile
        << QByteArray("[profile s]\nservices = local\nendpoint_url = https://all.example\n"
                      "[services local]\ns3 =\n  endpoint_url = http://localhost:4566\n"
                      "sqs =\n  endpoint_url = http://localhost:1\n")
        << l({"s"}) << u"s"_s << l({"", "", "", "", "http://localhost:4566", "", ""});
    QTest::newRow("other sub-sections ignored")
        << kNoFile
        << QByteArray("[default]\nsqs =\n  endpoint_url = http://sqs\nregion = eu-north-1\n")
        << l({"default"}) << u"default"_s << l({"", "", "", "eu-north-1", "", "", ""});
    QTest::newRow("comments")
        << QByteArray("# top comment\n; another\n[default]\n# aws_access_key_id = WRONG\n"
                      "aws_access_key_id = AKID\n   ; indented comment\n\n"
                      "aws_secret_access_key = S#;x\n")
        << kNoFile << l({"default"}) << u"default"_s << l({"AKID", "S#;x", "", "", "", "", ""});
    QTest::newRow("CRLF")
        << QByteArray("[default]\r\naws_access_key_id = AKID\r\naws_secret_access_key = SK\r\n")
        << QByteArray("[default]\r\nregion = eu-west-3\r\ns3 =\r\n  endpoint_url = http://h:1\r\n")
        << l({"default"}) << u"default"_s << l({"AKID", "SK", "", "eu-west-3", "http://h:1", "", ""});
    QTest::newRow("UTF-8 BOM")
        << QByteArray("\xEF\xBB\xBF[default]\naws_access_key_id = AKID\n") << kNoFile
        << l({"default"}) << u"default"_s << l({"AKID", "", "", "", "", "", ""});
    QTest::newRow("missing files") << kNoFile << kNoFile << QStringList() << QString() << QStringList();
    QTest::newRow("empty files") << QByteArray("") << QByteArray("") << QStringList() << QString()
                                 << QStringList();
    QTest::newRow("credentials file wins")
        << QByteArray("[w]\naws_access_key_id = CREDKEY\naws_secret_access_key = CREDSECRET\n")
        << QByteArray("[profile w]\naws_access_key_id = CONFIGKEY\naws_secret_access_key = CONFIGSECRET\n"
                      "region = eu-central-1\n[profile c]\nregion = x\n")
        << l({"w", "c"}) << u"w"_s << l({"CREDKEY", "CREDSECRET", "", "eu-central-1", "", "", ""});
    QTest::newRow("session token")
        << QByteArray("[t]\n" + keys + "aws_session_token = TOKEN==\n") << kNoFile
        << l({"t"}) << u"t"_s << l({"AKID", "SECRET/+x", "TOKEN==", "", "", "", ""});
    QTest::newRow("legacy aws_security_token")
        << QByteArray("[t]\naws_security_token = OLD\n") << kNoFile
        << l({"t"}) << u"t"_s << l({"", "", "OLD", "", "", "", ""});
    QTest::newRow("ca_bundle")
        << kNoFile << QByteArray("[default]\nca_bundle = /etc/ssl/ceph-ca.pem\n")
        << l({"default"}) << u"default"_s << l({"", "", "", "", "", "/etc/ssl/ceph-ca.pem", ""});
    QTest::newRow("SSO profile listed without keys")
        << kNoFile << QByteArray("[profile sso]\nsso_start_url = https://x.awsapps.com/start\nregion = eu-west-1\n")
        << l({"sso"}) << u"sso"_s << l({"", "", "", "eu-west-1", "", "", ""});
    QTest::newRow("upper-case keys, colon, no spaces")
        << QByteArray("[default]\nAWS_ACCESS_KEY_ID: AKID\naws_secret_access_key=SK=\n") << kNoFile
        << l({"default"}) << u"default"_s << l({"AKID", "SK=", "", "", "", "", ""});
    QTest::newRow("malformed lines skipped")
        << QByteArray("orphan = 1\n[default]\nnot a pair\naws_access_key_id = AKID\n"
                      "[unterminated\naws_access_key_id = X\n[]\naws_access_key_id = Y\n")
        << kNoFile << l({"default"}) << u"default"_s << l({"AKID", "", "", "", "", "", ""});
    QTest::newRow("repeated section adds to the first")
        << QByteArray("[a]\naws_access_key_id = 1\n[b]\n[a]\naws_access_key_id = 2\naws_secret_access_key = S\n")
        << kNoFile << l({"a", "b"}) << u"a"_s << l({"2", "S", "", "", "", "", ""});
}

void TestAccounts::awsProfiles()
{
    QFETCH(QByteArray, credentials);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, names);
    QFETCH(QString, profile);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString credentialsPath = dir.filePath(QStringLiteral("credentials"));
    const QString configPath = dir.filePath(QStringLiteral("config"));
    QVERIFY(writeFile(credentialsPath, credentials));
    QVERIFY(writeFile(configPath, config));

    const QList<AwsProfile> profiles = readAwsProfiles(credentialsPath, configPath);
    QStringList gotNames;
    for (const AwsProfile &p : profiles)
        gotNames << p.name;
    QCOMPARE(gotNames, names);
    if (profile.isEmpty())
        return;
    const auto it = std::find_if(profiles.cbegin(), profiles.cend(),
                                 [&](const AwsProfile &p) { return p.name == profile; });
    QVERIFY(it != profiles.cend());
    QCOMPARE(fields(*it), expected);
}

// ---------------------------------------------------------------------------------------------

void TestAccounts::awsProfilePaths_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("credentials");
    QTest::addColumn<QString>("config");

    QTest::newRow("HOME") << l({"HOME=/h"}) << u"/h/.aws/credentials"_s << u"/h/.aws/config"_s;
    QTest::newRow("variables")
        << l({"HOME=/h", "AWS_SHARED_CREDENTIALS_FILE=/c/creds", "AWS_CONFIG_FILE=/c/conf"})
        << u"/c/creds"_s << u"/c/conf"_s;
    QTest::newRow("tilde expanded")
        << l({"HOME=/h", "AWS_SHARED_CREDENTIALS_FILE=~/x/creds", "AWS_CONFIG_FILE=~/x/conf"})
        << u"/h/x/creds"_s << u"/h/x/conf"_s;
}

void TestAccounts::awsProfilePaths()
{
    QFETCH(QStringList, env);
    QFETCH(QString, credentials);
    QFETCH(QString, config);
    QProcessEnvironment e;
    for (const QString &kv : std::as_const(env))
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    const auto [gotCredentials, gotConfig] = haul::awsProfilePaths(e);
    QCOMPARE(gotCredentials, credentials);
    QCOMPARE(gotConfig, config);
}

// ---------------------------------------------------------------------------------------------

void TestAccounts::environment_data()
{
    QTest::addColumn<QStringList>("env");       // besides HOME (a temp dir with the files below)
    QTest::addColumn<QByteArray>("credentials"); // $HOME/.aws/credentials
    QTest::addColumn<QByteArray>("config");      // $HOME/.aws/config
    QTest::addColumn<QStringList>("expected");   // fields(connection); empty: no account

    const QByteArray files = "[default]\naws_access_key_id = DEFKEY\naws_secret_access_key = DEFSECRET\n"
                             "[ceph]\naws_access_key_id = CEPHKEY\naws_secret_access_key = CEPHSECRET\n";
    const QByteArray config = "[profile ceph]\nregion = eu-ceph\nendpoint_url = http://127.0.0.1:7480\n"
                              "ca_bundle = /ca.pem\n[profile sso]\nsso_start_url = https://x\n";
    const auto keys = l({"AWS_ACCESS_KEY_ID=AKID", "AWS_SECRET_ACCESS_KEY=SECRET"});

    QTest::newRow("nothing set") << QStringList() << files << config << QStringList();
    QTest::newRow("keys only") << keys << kNoFile << kNoFile
        << l({"AKID", "SECRET", "", "us-east-1", "", "", "auto"});
    QTest::newRow("keys + token") << keys + l({"AWS_SESSION_TOKEN=TOKEN"}) << kNoFile << kNoFile
        << l({"AKID", "SECRET", "TOKEN", "us-east-1", "", "", "auto"});
    QTest::newRow("only the key id") << l({"AWS_ACCESS_KEY_ID=AKID"}) << files << config
                                     << QStringList();
    QTest::newRow("only the secret") << l({"AWS_SECRET_ACCESS_KEY=S"}) << files << config
                                     << QStringList();
    QTest::newRow("empty values") << l({"AWS_ACCESS_KEY_ID=", "AWS_SECRET_ACCESS_KEY="}) << kNoFile
                                  << kNoFile << QStringList();
    QTest::newRow("+endpoint: path style") << keys + l({"AWS_ENDPOINT_URL=http://127.0.0.1:9000"})
        << kNoFile << kNoFile << l({"AKID", "SECRET", "", "us-east-1", "http://127.0.0.1:9000", "", "path"});
    QTest::newRow("+amazonaws.com endpoint: auto")
        << keys + l({"AWS_ENDPOINT_URL=https://s3.eu-west-1.amazonaws.com"}) << kNoFile << kNoFile
        << l({"AKID", "SECRET", "", "us-east-1", "https://s3.eu-west-1.amazonaws.com", "", "auto"});
    QTest::newRow("AWS_ENDPOINT_URL_S3 wins")
        << keys + l({"AWS_ENDPOINT_URL=http://all:1", "AWS_ENDPOINT_URL_S3=http://s3:2"})
        << kNoFile << kNoFile << l({"AKID", "SECRET", "", "us-east-1", "http://s3:2", "", "path"});
    QTest::newRow("AWS_REGION wins over AWS_DEFAULT_REGION")
        << keys + l({"AWS_REGION=eu-west-1", "AWS_DEFAULT_REGION=ap-south-1"}) << kNoFile << kNoFile
        << l({"AKID", "SECRET", "", "eu-west-1", "", "", "auto"});
    QTest::newRow("AWS_DEFAULT_REGION fallback") << keys + l({"AWS_DEFAULT_REGION=ap-south-1"})
        << kNoFile << kNoFile << l({"AKID", "SECRET", "", "ap-south-1", "", "", "auto"});
    QTest::newRow("AWS_CA_BUNDLE") << keys + l({"AWS_CA_BUNDLE=/etc/my-ca.pem"}) << kNoFile << kNoFile
        << l({"AKID", "SECRET", "", "us-east-1", "", "/etc/my-ca.pem", "auto"});
    QTest::newRow("AWS_PROFILE") << l({"AWS_PROFILE=ceph"}) << files << config
        << l({"CEPHKEY", "CEPHSECRET", "", "eu-ceph", "http://127.0.0.1:7480", "/ca.pem", "path"});
    QTest::newRow("AWS_DEFAULT_PROFILE") << l({"AWS_DEFAULT_PROFILE=default"}) << files << config
        << l({"DEFKEY", "DEFSECRET", "", "us-east-1", "", "", "auto"});
    QTest::newRow("AWS_PROFILE + variables: variables win")
        << keys + l({"AWS_PROFILE=ceph", "AWS_REGION=r", "AWS_ENDPOINT_URL=http://e:1",
                     "AWS_CA_BUNDLE=/b.pem"})
        << files << config << l({"AKID", "SECRET", "", "r", "http://e:1", "/b.pem", "path"});
    QTest::newRow("AWS_PROFILE region under AWS_DEFAULT_REGION")
        << l({"AWS_PROFILE=ceph", "AWS_DEFAULT_REGION=dr"}) << files << config
        << l({"CEPHKEY", "CEPHSECRET", "", "dr", "http://127.0.0.1:7480", "/ca.pem", "path"});
    QTest::newRow("AWS_PROFILE unknown") << l({"AWS_PROFILE=nope"}) << files << config << QStringList();
    QTest::newRow("AWS_PROFILE unknown, keys set") << keys + l({"AWS_PROFILE=nope"}) << files << config
        << l({"AKID", "SECRET", "", "us-east-1", "", "", "auto"});
    QTest::newRow("AWS_PROFILE without keys") << l({"AWS_PROFILE=sso"}) << files << config
                                              << QStringList();
    QTest::newRow("AWS_PROFILE via AWS_SHARED_CREDENTIALS_FILE")
        << l({"AWS_PROFILE=elsewhere", "AWS_SHARED_CREDENTIALS_FILE=~/other/creds"}) << kNoFile << kNoFile
        << l({"OK", "OS", "", "us-east-1", "", "", "auto"});
}

void TestAccounts::environment()
{
    QFETCH(QStringList, env);
    QFETCH(QByteArray, credentials);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, expected);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(writeFile(home.filePath(QStringLiteral(".aws/credentials")), credentials));
    QVERIFY(writeFile(home.filePath(QStringLiteral(".aws/config")), config));
    QVERIFY(writeFile(home.filePath(QStringLiteral("other/creds")),
                      "[elsewhere]\naws_access_key_id=OK\naws_secret_access_key=OS\n"));
    QProcessEnvironment e;
    e.insert(QStringLiteral("HOME"), home.path());
    for (const QString &kv : std::as_const(env))
        e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));

    const std::optional<AccountConnection> c = environmentAccount(e);
    QCOMPARE(c.has_value(), !expected.isEmpty());
    if (!c)
        return;
    QCOMPARE(fields(*c), expected);
    QCOMPARE(c->account.name, u"environment"_s);
    QVERIFY(c->account.fromEnvironment);
    QCOMPARE(c->credentials.accessKeyId, c->account.accessKeyId);
}

// ---------------------------------------------------------------------------------------------

void TestAccounts::accountFromProfile_data()
{
    QTest::addColumn<QStringList>("profile");   // fields(AwsProfile)
    QTest::addColumn<QStringList>("expected");  // fields(AccountConnection)

    QTest::newRow("AWS, no region") << l({"K", "S", "T", "", "", "", ""})
                                    << l({"K", "S", "T", "us-east-1", "", "", "auto"});
    QTest::newRow("custom endpoint: path") << l({"K", "S", "", "r", "http://h:1", "/ca", ""})
                                           << l({"K", "S", "", "r", "http://h:1", "/ca", "path"});
    QTest::newRow("custom endpoint, addressing_style virtual")
        << l({"K", "S", "", "r", "https://h", "", "virtual"})
        << l({"K", "S", "", "r", "https://h", "", "virtual"});
    QTest::newRow("AWS endpoint, addressing_style path")
        << l({"K", "S", "", "r", "https://s3.r.amazonaws.com", "", "Path"})
        << l({"K", "S", "", "r", "https://s3.r.amazonaws.com", "", "path"});
    QTest::newRow("endpoint without scheme: https") << l({"K", "S", "", "r", "minio:9000", "", ""})
                                                    << l({"K", "S", "", "r", "https://minio:9000", "", "path"});
}

void TestAccounts::accountFromProfile()
{
    QFETCH(QStringList, profile);
    QFETCH(QStringList, expected);
    const AwsProfile p{u"p"_s, profile[0], profile[1], profile[2], profile[3], profile[4],
                       profile[5], profile[6]};
    const AccountConnection c = haul::accountFromProfile(p);
    QCOMPARE(fields(c), expected);
    QCOMPARE(c.account.name, u"p"_s);
    QVERIFY(!c.account.fromEnvironment);
}

// ---------------------------------------------------------------------------------------------

// A settings file that cannot be written (as on a full disk) is reported, not taken as saved; and
// once it can be written again, saving works again (QSettings keeps its first error for good,
// so the store cannot rely on its status).
void TestAccounts::accountStoreSaysWhenNotWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"haul.ini"_s);
    QSettings settings(path, QSettings::IniFormat);
    AccountStore store(&settings);
    Account lab;
    lab.name = u"Lab"_s;
    lab.endpoint = QUrl(u"https://rgw.lab.example"_s);
    QVERIFY(store.save(lab));
    Account second = lab;
    second.name = u"Second"_s;
    Result<void> saved;
    {
        haul::test::FileSizeLimit limit(16);
        saved = store.save(second);
    }
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::DestinationNotWritable);
    QCOMPARE(saved.error().subject, dir.path());
    // the file itself (another QSettings in this process would share the unwritten changes)
    auto onDisk = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QVERIFY(onDisk().contains(u"name=Lab"_s));
    QVERIFY(!onDisk().contains(u"Second"_s));
    QVERIFY(store.save(second));
    QVERIFY(onDisk().contains(u"name=Second"_s));
}

void TestAccounts::accountBucketAmongTheBuckets_data()
{
    QTest::addColumn<QStringList>("listed");     // ListBuckets' answer; empty + denied: refused
    QTest::addColumn<int>("refusal");            // ErrorCode of ListBuckets' failure, None when it answered
    QTest::addColumn<QString>("bucket");         // Account::bucket
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<int>("error");              // ErrorCode of the result
    const int none = int(ErrorCode::None);
    const int denied = int(ErrorCode::AccessDenied);
    QTest::newRow("no bucket named: as listed") << l({"a", "b"}) << none << QString() << l({"a", "b"}) << none;
    QTest::newRow("named and listed: once") << l({"a", "lab"}) << none << u"lab"_s << l({"a", "lab"}) << none;
    QTest::newRow("named, not listed (shared): added") << l({"a"}) << none << u"lab"_s << l({"a", "lab"}) << none;
    QTest::newRow("empty list, named") << QStringList() << none << u"lab"_s << l({"lab"}) << none;
    QTest::newRow("refused, named: the bucket alone") << QStringList() << denied << u"lab"_s << l({"lab"}) << none;
    QTest::newRow("refused, none named: say so") << QStringList() << denied << QString() << QStringList()
                                                 << int(ErrorCode::ListBucketsDenied);
    QTest::newRow("other failure stays") << QStringList() << int(ErrorCode::SignatureMismatch) << u"lab"_s
                                         << QStringList() << int(ErrorCode::SignatureMismatch);
}

void TestAccounts::accountBucketAmongTheBuckets()
{
    QFETCH(QStringList, listed);
    QFETCH(int, refusal);
    QFETCH(QString, bucket);
    QFETCH(QStringList, shown);
    QFETCH(int, error);
    Result<QList<BucketInfo>> answer = fail(ErrorCode(refusal), QString(), u"the store's words"_s);
    if (refusal == int(ErrorCode::None)) {
        answer = QList<BucketInfo>{};
        for (const QString &name : listed)
            answer->append(BucketInfo{name, {}});
    }
    const Result<QList<BucketInfo>> result = withAccountBucket(answer, bucket);
    QCOMPARE(int(result ? ErrorCode::None : result.error().code), error);
    if (!result) {
        QCOMPARE(result.error().message, u"the store's words"_s); // the technical detail stays
        return;
    }
    QStringList names;
    for (const BucketInfo &b : *result)
        names << b.name;
    QCOMPARE(names, shown);
}

void TestAccounts::accountStoreRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("haul.ini"));

    Account ceph;
    ceph.name = u"Ceph / lab \\ \"odd\" name=1"_s;
    ceph.endpoint = QUrl(u"https://rgw.lab.example:7480"_s);
    ceph.region = u"default"_s;
    ceph.addressing = Addressing::Path;
    ceph.accessKeyId = u"CEPHKEY"_s;
    ceph.caFile = u"/etc/ssl/lab-ca.pem"_s;
    ceph.checksum = ChecksumMode::Md5;
    ceph.bucket = u"Lab_Shared"_s;
    Account aws;
    aws.name = u"AWS"_s;
    aws.region = u"eu-central-1"_s;
    aws.accessKeyId = u"AKIA"_s;
    {
        QSettings settings(path, QSettings::IniFormat);
        AccountStore store(&settings);
        QVERIFY(store.accounts().isEmpty());
        store.save(ceph);
        store.save(aws);
    }
    QSettings settings(path, QSettings::IniFormat); // a fresh reader: the file itself was written
    AccountStore store(&settings);
    QCOMPARE(store.accounts().size(), 2);
    QCOMPARE(fields(store.accounts().at(0)), fields(ceph));
    QCOMPARE(fields(store.accounts().at(1)), fields(aws));
    QCOMPARE(fields(store.account(aws.name).value()), fields(aws));
    QVERIFY(!store.account(u"nope"_s));

    aws.region = u"us-west-2"_s;
    aws.checksum = ChecksumMode::Off;
    store.save(aws); // replaces, keeps the order
    QCOMPARE(store.accounts().size(), 2);
    QCOMPARE(fields(store.accounts().at(1)), fields(aws));

    store.remove(ceph.name);
    store.remove(u"nope"_s);
    QSettings reread(path, QSettings::IniFormat);
    const QList<Account> left = AccountStore(&reread).accounts();
    QCOMPARE(left.size(), 1);
    QCOMPARE(fields(left.at(0)), fields(aws));
}

void TestAccounts::accountStoreNeverWritesSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("haul.ini"));
    const QString secret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"_s;
    const QString token = u"FwoGZXIvYXdzEXAMPLETOKEN"_s;
    const AwsProfile profile{u"imported"_s, u"AKIDEXAMPLE"_s, secret, token, u"eu-west-1"_s,
                             {}, {}, {}};
    const AccountConnection c = haul::accountFromProfile(profile);
    QCOMPARE(c.credentials.secretAccessKey, secret);
    {
        QSettings settings(path, QSettings::IniFormat);
        AccountStore(&settings).save(c.account);
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("AKIDEXAMPLE")); // the file was written…
    QVERIFY(!bytes.contains(secret.toUtf8())); // …without the secret
    QVERIFY(!bytes.contains(token.toUtf8()));
}

// ---------------------------------------------------------------------------------------------

void TestAccounts::usesPathStyle_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<Addressing>("addressing");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<bool>("path");

    const QString aws;
    const QString awsUrl = u"https://s3.eu-west-1.amazonaws.com"_s;
    const QString ceph = u"http://127.0.0.1:7480"_s;
    QTest::newRow("AWS, DNS-safe") << aws << Addressing::Auto << u"my-bucket-01"_s << false;
    QTest::newRow("AWS URL, DNS-safe") << awsUrl << Addressing::Auto << u"my-bucket"_s << false;
    QTest::newRow("AWS, dots") << aws << Addressing::Auto << u"my.bucket"_s << true;
    QTest::newRow("AWS, capitals") << aws << Addressing::Auto << u"MyBucket"_s << true;
    QTest::newRow("AWS, underscore") << aws << Addressing::Auto << u"my_bucket"_s << true;
    QTest::newRow("AWS, 2 chars") << aws << Addressing::Auto << u"ab"_s << true;
    QTest::newRow("AWS, 3 chars") << aws << Addressing::Auto << u"abc"_s << false;
    QTest::newRow("AWS, 63 chars") << aws << Addressing::Auto << QString(63, QLatin1Char('a')) << false;
    QTest::newRow("AWS, 64 chars") << aws << Addressing::Auto << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("AWS, leading hyphen") << aws << Addressing::Auto << u"-abc"_s << true;
    QTest::newRow("AWS, trailing hyphen") << aws << Addressing::Auto << u"abc-"_s << true;
    QTest::newRow("AWS, digits") << aws << Addressing::Auto << u"123"_s << false;
    QTest::newRow("AWS, no bucket") << aws << Addressing::Auto << QString() << true;
    QTest::newRow("custom, DNS-safe") << ceph << Addressing::Auto << u"my-bucket"_s << true;
    QTest::newRow("lookalike host") << u"https://amazonaws.com.evil.example"_s << Addressing::Auto
                                    << u"my-bucket"_s << true;
    QTest::newRow("Path forced on AWS") << aws << Addressing::Path << u"my-bucket"_s << true;
    QTest::newRow("Virtual forced, custom") << ceph << Addressing::Virtual << u"my-bucket"_s << false;
    QTest::newRow("Virtual forced, dots") << aws << Addressing::Virtual << u"my.bucket"_s << false;
}

void TestAccounts::usesPathStyle()
{
    QFETCH(QString, endpoint);
    QFETCH(Addressing, addressing);
    QFETCH(QString, bucket);
    QFETCH(bool, path);
    Account a;
    a.endpoint = QUrl(endpoint);
    a.addressing = addressing;
    QCOMPARE(a.usesPathStyle(bucket), path);
}

void TestAccounts::effectiveEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");

    QTest::newRow("us-east-1") << QString() << u"us-east-1"_s << u"https://s3.us-east-1.amazonaws.com"_s;
    QTest::newRow("eu-central-2") << QString() << u"eu-central-2"_s
                                  << u"https://s3.eu-central-2.amazonaws.com"_s;
    QTest::newRow("no region") << QString() << QString() << u"https://s3.us-east-1.amazonaws.com"_s;
    QTest::newRow("China") << QString() << u"cn-north-1"_s << u"https://s3.cn-north-1.amazonaws.com.cn"_s;
    QTest::newRow("custom") << u"http://127.0.0.1:7480"_s << u"default"_s << u"http://127.0.0.1:7480"_s;
    QTest::newRow("custom with path") << u"https://gw.example/s3"_s << u"x"_s << u"https://gw.example/s3"_s;
}

void TestAccounts::effectiveEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    Account a;
    a.endpoint = QUrl(endpoint);
    a.region = region;
    QCOMPARE(a.effectiveEndpoint().toString(), expected);
}

void TestAccounts::inRegion_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected"); // for a bucket in eu-west-1, of an account in us-east-1
    QTest::newRow("AWS, no endpoint") << QString() << u"https://s3.eu-west-1.amazonaws.com"_s;
    QTest::newRow("AWS regional") << u"https://s3.us-east-1.amazonaws.com"_s << u"https://s3.eu-west-1.amazonaws.com"_s;
    QTest::newRow("AWS global") << u"https://s3.amazonaws.com"_s << u"https://s3.eu-west-1.amazonaws.com"_s;
    QTest::newRow("AWS, old dash form") << u"https://s3-us-east-1.amazonaws.com"_s << u"https://s3.eu-west-1.amazonaws.com"_s;
    QTest::newRow("AWS dual-stack: kept") << u"https://s3.dualstack.us-east-1.amazonaws.com"_s
                                          << u"https://s3.dualstack.us-east-1.amazonaws.com"_s;
    QTest::newRow("Ceph RGW: kept") << u"http://127.0.0.1:7480"_s << u"http://127.0.0.1:7480"_s;
    QTest::newRow("MinIO by name: kept") << u"https://minio.lab.example"_s << u"https://minio.lab.example"_s;
    QTest::newRow("look-alike: kept") << u"https://s3.amazonaws.com.evil.example"_s << u"https://s3.amazonaws.com.evil.example"_s;
}

void TestAccounts::inRegion()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    Account a;
    a.endpoint = QUrl(endpoint);
    a.region = u"us-east-1"_s;
    const Account b = a.inRegion(u"eu-west-1"_s);
    QCOMPARE(b.region, u"eu-west-1"_s);
    QCOMPARE(b.effectiveEndpoint().toString(), expected);
    QCOMPARE(b.name, a.name);
    QCOMPARE(a.inRegion(u"us-east-1"_s).endpoint, a.endpoint); // its own region: unchanged
}

void TestAccounts::regions()
{
    const auto regions = awsRegions();
    QVERIFY(regions.size() >= 30);
    QCOMPARE(regions.front().first, u"us-east-1"_s);
    const QRegularExpression code(u"^[a-z]{2}-[a-z]+-[1-9]$"_s);
    QSet<QString> seen;
    for (const auto &[id, name] : regions) {
        QVERIFY2(code.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!name.isEmpty() && name.contains(QLatin1Char('(')), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
    }
    QVERIFY(seen.contains(u"eu-central-1"_s));
    QVERIFY(seen.contains(u"ap-southeast-2"_s));
}

void TestAccounts::memoryStore()
{
    MemoryCredentialStore store;
    QVERIFY(!store.isPersistent());
    std::optional<Result<QString>> read;
    std::optional<Result<void>> written;
    const auto reader = [&](Result<QString> r) { read = std::move(r); };
    const auto writer = [&](Result<void> r) { written = std::move(r); };

    store.readSecret(u"a"_s, reader);
    QVERIFY(!read); // answers come from the event loop, like a keychain's
    QTRY_VERIFY(read);
    QVERIFY(!read->has_value());
    QCOMPARE(read->error().code, ErrorCode::CredentialsMissing);
    QCOMPARE(read->error().subject, u"a"_s);

    store.writeSecret(u"a"_s, u"s3cret"_s, writer);
    QVERIFY(!written);
    QTRY_VERIFY(written);
    QVERIFY(written->has_value());
    read.reset();
    store.readSecret(u"a"_s, reader);
    QTRY_VERIFY(read);
    QVERIFY(read->has_value());
    QCOMPARE(read->value(), u"s3cret"_s);

    written.reset();
    store.deleteSecret(u"a"_s, writer);
    QTRY_VERIFY(written);
    QVERIFY(written->has_value());
    written.reset();
    store.deleteSecret(u"a"_s, writer); // deleting what is not there is fine
    QTRY_VERIFY(written);
    QVERIFY(written->has_value());
    read.reset();
    store.readSecret(u"a"_s, reader);
    QTRY_VERIFY(read);
    QVERIFY(!read->has_value());
    QCOMPARE(read->error().code, ErrorCode::CredentialsMissing);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
