#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Helpers shared by the tests: the real servers started by tests/servers/servers.sh (through
/// the CTest fixture `servers`), reproducible test files, and aws-cli as an independent client.
/// QtCore/QtTest only: no widgets, no QtKeychain.
namespace haul::test {

/// One S3 server of the test run, as tests/servers/servers.sh wrote it to servers.env.
struct TestServer {
    QString name;              ///< "s3rver", "s3rver-https", "moto" or "rgw"
    QUrl endpoint;             ///< e.g. http://127.0.0.1:41234 (path-style addressing)
    QString accessKey;
    QString secretKey;
    QString region;
    QString caFile;            ///< the throw-away CA to trust (s3rver-https), else empty
    bool verifiesSignatures = false; ///< only Ceph RGW checks SigV4 (a wrong secret is refused)
};

/// The path of servers.env: $HAUL_SERVERS_ENV if set, else the build's test-servers/servers.env.
QString serversEnvPath();

/// The S3 servers listed in servers.env, in a fixed order (s3rver, s3rver-https, moto, rgw).
/// Empty when the file is missing: then serversMissingReason() says why.
QList<TestServer> testServers();

/// The server called @p name; one with an empty name when it is not running.
TestServer testServer(const QString &name);

/// Why testServers() is empty, in words for QFAIL / QSKIP; empty when servers.env was read.
QString serversMissingReason();

/// A value from servers.env (e.g. "RGW_URL"); empty when missing.
QByteArray serverEnvValue(const char *key);

/// Points this process at the test keyring (gnome-keyring in the private D-Bus session of
/// servers.sh): sets DBUS_SESSION_BUS_ADDRESS and clears the desktop variables that would make
/// QtKeychain pick KWallet. Call before the first QtKeychain job. Returns false (and leaves the
/// environment alone) when servers.env has no keyring.
bool applyKeyringEnvironment();

/// For `_data()` functions: adds a column "server" of TestServer and one row per server
/// (named after it). @p names limits the rows to those servers; empty means all.
void addServerRows(const QStringList &names = {});

/// Writes @p size reproducible pseudo-random bytes (xorshift64*, seeded by @p seed) to
/// @p dir/random-<size>-<seed>.bin in 1 MiB blocks (≈ 1 GB/s) and returns the path; empty on
/// failure. The same size and seed always give the same bytes.
QString makeRandomFile(const QString &dir, qint64 size, quint32 seed);

/// The MD5 of a file's contents (raw 16 bytes; .toHex() for text); empty if it cannot be read.
QByteArray fileMd5(const QString &path);

/// Runs `aws --endpoint-url <server> ARGS` with an isolated environment: the server's keys and
/// region, no config or credentials files, AWS_CA_BUNDLE = the server's CA (if any), and no
/// other AWS_* variable of this process. Returns aws's exit code, or -1 if it could not start
/// or ran longer than @p timeoutMs (then it is killed and @p err says so). Pass
/// `--no-progress` to `s3 cp` to keep @p out short.
int runAws(const TestServer &server, const QStringList &args, QByteArray *out = nullptr,
           QByteArray *err = nullptr, int timeoutMs = 120000);

/// A bucket name valid on every server, unique in this run: "<prefix>-<pid>-<counter>-<random>",
/// lower-case, at most 63 characters.
QString uniqueBucketName(const QString &prefix);

/// Ceph RGW with the keys of its second user (RGW_SECOND_* in servers.env); an empty name when
/// servers.env has none.
TestServer secondRgwUser(const TestServer &rgw);

/// A new bucket of `rgw`'s own user that RGW's second user may write into but not list: a
/// "drop box" bucket policy (s3:PutObject, s3:AbortMultipartUpload). Its name, or empty.
QString makeWriteOnlyBucket(const TestServer &rgw, const QString &prefix);

} // namespace haul::test

Q_DECLARE_METATYPE(haul::test::TestServer)

/// Fails the current test with serversMissingReason() when servers.env is missing.
#define HAUL_REQUIRE_SERVERS()                                                                   \
    do {                                                                                         \
        if (haul::test::testServers().isEmpty())                                                 \
            QFAIL(qPrintable(haul::test::serversMissingReason()));                               \
    } while (false)
