// KeychainCredentialStore against the real gnome-keyring of the `servers` fixture (Secret Service
// in a private D-Bus session): write, read, overwrite, delete; and the secret is nowhere on disk
// in plain text — not in the test HOME, not in the settings file, not in the keyring's files.

#include <memory>

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include "creds/accountstore.h"
#include "creds/credentialstore.h"
#include "testenv.h"

using namespace haul;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15000;

/// Runs `start(callback)` and waits for the callback, at most kTimeoutMs; nullopt on time-out.
/// The state is shared, so a callback arriving after a time-out touches nothing freed.
template <typename T, typename Start>
std::optional<T> await(Start start)
{
    struct State {
        std::optional<T> result;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    start([state](T r) {
        state->result = std::move(r);
        state->loop.quit();
    });
    if (!state->result) {
        QTimer::singleShot(kTimeoutMs, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    return std::move(state->result);
}

std::optional<Result<QString>> readSecret(CredentialStore &store, const QString &name)
{
    return await<Result<QString>>([&](auto done) { store.readSecret(name, done); });
}

std::optional<Result<void>> writeSecret(CredentialStore &store, const QString &name,
                                        const QString &secret)
{
    return await<Result<void>>([&](auto done) { store.writeSecret(name, secret, done); });
}

std::optional<Result<void>> deleteSecret(CredentialStore &store, const QString &name)
{
    return await<Result<void>>([&](auto done) { store.deleteSecret(name, done); });
}

/// For QVERIFY2 (which evaluates its message even on success): what went wrong, if anything.
template <typename T>
QByteArray why(const std::optional<Result<T>> &r)
{
    if (!r)
        return "no answer within the time-out";
    return r->has_value() ? QByteArray() : r->error().technical().toUtf8();
}

QString randomToken(int length)
{
    static const QString alphabet =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"_s;
    QString s;
    for (int i = 0; i < length; ++i)
        s += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return s;
}

/// Whether the file holds any of `needles`, read in 1 MiB blocks (test files can be large).
bool fileContains(const QString &path, const QList<QByteArray> &needles)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false; // sockets, fifos, unreadable files: nothing stored in them
    qsizetype overlap = 0;
    for (const QByteArray &n : needles)
        overlap = std::max(overlap, n.size() - 1);
    QByteArray window;
    while (!f.atEnd()) {
        window = window.right(overlap) + f.read(1 << 20);
        for (const QByteArray &n : needles) {
            if (window.contains(n))
                return true;
        }
    }
    return false;
}

/// Every regular file under `dir` (hidden ones too, symlinks not followed) holding a needle.
QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles, int *scanned)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++*scanned;
        if (fileContains(path, needles))
            hits << path;
    }
    return hits;
}

/// The secret as it could appear in plain text: UTF-8 (= Latin-1 here) and UTF-16.
QList<QByteArray> plainForms(const QString &secret)
{
    const QByteArray utf16le(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {secret.toUtf8(), utf16le};
}

/// The contents of the keyring files, to see that a write reached them.
QByteArray keyringFiles(const QString &dir)
{
    QByteArray all;
    for (const QFileInfo &fi : QDir(dir).entryInfoList({u"*.keyring"_s}, QDir::Files, QDir::Name)) {
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            all += fi.fileName().toUtf8() + '\0' + f.readAll();
    }
    return all;
}

/// Saves an account called `name` (key id AKIDONDISK) to the settings file at `path`.
void saveAccount(const QString &path, const QString &name)
{
    Account account;
    account.name = name;
    account.endpoint = QUrl(u"http://127.0.0.1:9"_s);
    account.accessKeyId = u"AKIDONDISK"_s;
    QSettings settings(path, QSettings::IniFormat);
    AccountStore(&settings).save(account);
}

/// What secret-tool (libsecret's own CLI, independent of QtKeychain) finds for the entry.
QByteArray secretToolLookup(const QString &service, const QString &key)
{
    QProcess p;
    p.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service, u"user"_s, key});
    if (!p.waitForFinished(10000))
        return {};
    return p.readAllStandardOutput();
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void isolatedByAccountName();
    void secretNowhereOnDisk();

private:
    QString m_prefix;
};

void TestKeychain::initTestCase()
{
    if (!haul::test::applyKeyringEnvironment())
        QFAIL(qPrintable(u"no test keyring in %1 (the `servers` fixture starts it)"_s
                             .arg(haul::test::serversEnvPath())));
    m_prefix = u"haul-tst-keychain-%1-"_s.arg(QCoreApplication::applicationPid());
}

void TestKeychain::roundTrip()
{
    KeychainCredentialStore store;
    QVERIFY(store.isPersistent());
    const QString name = m_prefix + u"round trip"_s;

    auto written = writeSecret(store, name, u"first/secret+1"_s);
    QVERIFY2(written && written->has_value(), why(written).constData());
    auto read = readSecret(store, name);
    QVERIFY2(read && read->has_value(), why(read).constData());
    QCOMPARE(read->value(), u"first/secret+1"_s);

    written = writeSecret(store, name, u"second \u00e9\u00df secret"_s); // overwrite, non-ASCII
    QVERIFY2(written && written->has_value(), why(written).constData());
    read = readSecret(store, name);
    QVERIFY2(read && read->has_value(), why(read).constData());
    QCOMPARE(read->value(), u"second \u00e9\u00df secret"_s);

    // A second store object (as after a restart) sees the same entry.
    KeychainCredentialStore again;
    read = readSecret(again, name);
    QVERIFY(read && read->has_value());
    QCOMPARE(read->value(), u"second \u00e9\u00df secret"_s);

    auto deleted = deleteSecret(store, name);
    QVERIFY2(deleted && deleted->has_value(), why(deleted).constData());
    read = readSecret(store, name);
    QVERIFY(read);
    QVERIFY(!read->has_value());
    QCOMPARE(read->error().code, ErrorCode::CredentialsMissing);
    QCOMPARE(read->error().subject, name);
    qInfo("read after delete: %s", qPrintable(read->error().technical()));

    deleted = deleteSecret(store, name); // deleting again: nothing to do, no error
    QVERIFY2(deleted && deleted->has_value(), why(deleted).constData());
}

void TestKeychain::isolatedByAccountName()
{
    KeychainCredentialStore store;
    KeychainCredentialStore other(u"Haul-test-other-service"_s);
    const QString a = m_prefix + u"a"_s;
    const QString b = m_prefix + u"b"_s;
    QVERIFY(writeSecret(store, a, u"secret-a"_s).value_or(fail(ErrorCode::Unknown)).has_value());
    QVERIFY(writeSecret(store, b, u"secret-b"_s).value_or(fail(ErrorCode::Unknown)).has_value());

    QCOMPARE(readSecret(store, a).value_or(QString()).value_or(QString()), u"secret-a"_s);
    QCOMPARE(readSecret(store, b).value_or(QString()).value_or(QString()), u"secret-b"_s);
    const auto elsewhere = readSecret(other, a); // another service name does not see it
    QVERIFY(elsewhere && !elsewhere->has_value());
    QCOMPARE(elsewhere->error().code, ErrorCode::CredentialsMissing);

    QVERIFY(deleteSecret(store, a).value_or(fail(ErrorCode::Unknown)).has_value());
    QCOMPARE(readSecret(store, b).value_or(QString()).value_or(QString()), u"secret-b"_s);
    QVERIFY(deleteSecret(store, b).value_or(fail(ErrorCode::Unknown)).has_value());
}

void TestKeychain::secretNowhereOnDisk()
{
    const QString keyringHome = QString::fromUtf8(haul::test::serverEnvValue("KEYRING_HOME"));
    QVERIFY2(!keyringHome.isEmpty(), "servers.env has no KEYRING_HOME");
    const QString keyrings = keyringHome + u"/.local/share/keyrings"_s;
    const QString home = QDir::homePath();
    const QString settingsPath = home + u"/.config/Haul/tst_keychain.ini"_s;
    const QString secret = u"HaulSecret"_s + randomToken(40);
    const QString name = m_prefix + u"on disk"_s;

    // What the app does when an account is added: settings without the secret, the secret to
    // the keychain. gnome-keyring keeps the login keyring encrypted on disk: the write must
    // change that file (not go to an in-memory collection), or the scan would prove nothing.
    saveAccount(settingsPath, name);
    const QByteArray before = keyringFiles(keyrings);
    KeychainCredentialStore store;
    const auto written = writeSecret(store, name, secret);
    QVERIFY2(written && written->has_value(), why(written).constData());
    QCOMPARE(readSecret(store, name).value_or(QString()).value_or(QString()), secret);
    // libsecret's own tool finds it too (QtKeychain's attributes: server = service, user = key)
    QCOMPARE(secretToolLookup(u"Haul"_s, name), secret.toUtf8());
    QTRY_VERIFY2(keyringFiles(keyrings) != before, qPrintable(u"no change in "_s + keyrings));

    const QList<QByteArray> needles = plainForms(secret);
    QVERIFY(!fileContains(settingsPath, needles));
    int scanned = 0; // the scan does find what is there, in hidden folders too:
    QVERIFY(filesContaining(home, {"AKIDONDISK"}, &scanned).contains(settingsPath));
    scanned = 0;
    QCOMPARE(filesContaining(home, needles, &scanned), QStringList());
    QCOMPARE(filesContaining(keyringHome, needles, &scanned), QStringList());
    qInfo("secret not found in %d files under %s and %s (keyring files: %s)", scanned,
          qPrintable(home), qPrintable(keyringHome),
          qPrintable(QDir(keyrings).entryList(QDir::Files).join(u", "_s)));

    QVERIFY(deleteSecret(store, name).value_or(fail(ErrorCode::Unknown)).has_value());
    QSettings settings(settingsPath, QSettings::IniFormat);
    AccountStore(&settings).remove(name);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
