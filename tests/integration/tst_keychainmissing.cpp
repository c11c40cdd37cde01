// KeychainCredentialStore where there is no usable keychain: every call answers within a few
// seconds (never a hang) with KeychainUnavailable — or CredentialsMissing for reading from a
// keyring that exists but holds nothing — and nothing is written in plain text instead.
//
// QtKeychain and GLib bind to the session bus once per process, so each situation runs in a
// child process of this binary (the slot `probe`, which only does something as a child).

#include <memory>
#include <optional>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "creds/credentialstore.h"

using namespace haul;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kLimitMs = 5000;  // "within a few seconds"
constexpr char kProbeVar[] = "HAUL_KEYCHAIN_PROBE";
const QString kSecret = u"HaulProbeSecret0123456789abcdef"_s;

/// Runs one store call and waits at most 30 s for its answer (a hang shows as a time-out).
/// `synchronous`: whether the answer came before the call returned (it must not).
template <typename T, typename Start>
std::optional<T> await(Start start, qint64 *elapsedMs, bool *synchronous)
{
    struct State {
        std::optional<T> result;
        QEventLoop loop;
    };
    auto state = std::make_shared<State>();
    QElapsedTimer timer;
    timer.start();
    start([state](T r) {
        state->result = std::move(r);
        state->loop.quit();
    });
    *synchronous = state->result.has_value();
    if (!state->result) {
        QTimer::singleShot(30000, &state->loop, &QEventLoop::quit);
        state->loop.exec();
    }
    *elapsedMs = timer.elapsed();
    return std::move(state->result);
}

/// Prints "RESULT <op> <code> <ms> async|sync <message> [<detail>]" for the parent to check.
template <typename T>
void report(const char *op, const std::optional<Result<T>> &r, qint64 ms, bool synchronous)
{
    const Error e = !r ? Error(ErrorCode::Timeout) : r->has_value() ? Error() : r->error();
    const QString line = u"RESULT %1 %2 %3 %4 %5 [%6]"_s
                             .arg(QString::fromLatin1(op), errorCodeName(e.code))
                             .arg(ms)
                             .arg(synchronous ? u"sync"_s : u"async"_s, e.message, e.detail);
    fprintf(stdout, "%s\n", line.toUtf8().constData());
    fflush(stdout);
}

/// Whether any file under `dir` holds `needle`.
bool treeContains(const QString &dir, const QByteArray &needle)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

/// A session bus without service activation (policy as in the stock session.conf; without its
/// eavesdrop rules the bus does not answer at all and libsecret waits for D-Bus's 25 s time-out).
bool writeBusConfig(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly)
        && f.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                   "<auth>EXTERNAL</auth><policy context=\"default\">"
                   "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                   "<allow own=\"*\"/></policy></busconfig>\n") > 0;
}

/// This process's environment without any session bus or desktop, HOME and XDG dirs in `dir`.
QProcessEnvironment isolatedEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                             "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
                             "KDE_SESSION_VERSION"})
        env.remove(QLatin1String(name));
    env.insert(u"HOME"_s, dir.path()); // the plain-text check looks here
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u".config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u".local/share"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u".cache"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.path()); // no "bus" socket in there
    return env;
}

/// Starts a private dbus-daemon (`config`: a file, or "--session" for the stock session bus with
/// service activation); returns its address, empty on failure.
QString startBus(QProcess &bus, const QString &config, const QProcessEnvironment &env)
{
    bus.setProcessEnvironment(env); // services it activates live in the temporary HOME too
    bus.start(u"dbus-daemon"_s, {config, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
    if (!bus.waitForStarted(5000))
        return {};
    QElapsedTimer t;
    t.start();
    while (!bus.canReadLine() && t.elapsed() < 5000)
        bus.waitForReadyRead(100);
    return QString::fromUtf8(bus.readLine().trimmed());
}

void stopBus(QProcess &bus)
{
    if (bus.state() == QProcess::NotRunning)
        return;
    bus.terminate();
    if (!bus.waitForFinished(5000))
        bus.kill();
}

} // namespace

class TestKeychainMissing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unavailable_data();
    void unavailable();
    void probe();
};

void TestKeychainMissing::unavailable_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QStringList>("codes"); // write, read, delete

    const QString none = u"KeychainUnavailable"_s;
    QTest::newRow("dead bus socket") << u"dead"_s << QStringList{none, none, none};
    QTest::newRow("no session bus at all") << u"none"_s << QStringList{none, none, none};
    QTest::newRow("bus without a Secret Service") << u"empty-bus"_s << QStringList{none, none, none};
    // gnome-keyring started on demand by the bus, but no login keyring (e.g. over ssh): writing
    // fails, reading finds nothing.
    QTest::newRow("gnome-keyring activated, no login keyring")
        << u"activated"_s << QStringList{none, u"CredentialsMissing"_s, u"None"_s};
}

void TestKeychainMissing::unavailable()
{
    QFETCH(QString, situation);
    QFETCH(QStringList, codes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = isolatedEnvironment(dir);
    QProcess bus;
    if (situation == u"dead"_s)
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-bus"_s));
    if (situation == u"empty-bus"_s || situation == u"activated"_s) {
        const QString config = dir.filePath(u"bus.conf"_s);
        QVERIFY(writeBusConfig(config));
        const QString address = startBus(
            bus, situation == u"activated"_s ? u"--session"_s : u"--config-file="_s + config, env);
        QVERIFY2(!address.isEmpty(), "dbus-daemon did not start");
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
    }
    env.insert(QLatin1String(kProbeVar), situation);

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"probe"_s});
    const bool finished = child.waitForFinished(120000);
    stopBus(bus);
    QVERIFY(finished);
    QStringList got;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        if (!line.startsWith("RESULT "))
            continue;
        qInfo("%s", line.mid(7).constData());
        const QList<QByteArray> f = line.split(' ');
        got << QString::fromLatin1(f.at(2));
        QVERIFY2(f.at(3).toLongLong() < kLimitMs, line.constData());
        QVERIFY2(f.at(4) == "async", line.constData()); // never called back from inside the call
    }
    QCOMPARE(got, codes);
    QVERIFY2(!treeContains(dir.path(), kSecret.toUtf8()), "the secret was written in plain text");
}

void TestKeychainMissing::probe()
{
    if (qEnvironmentVariableIsEmpty(kProbeVar))
        QSKIP("runs only as the child of `unavailable`");
    KeychainCredentialStore store;
    const QString name = u"haul-missing-probe"_s;
    qint64 ms = 0;
    bool sync = false;
    const auto written = await<Result<void>>(
        [&](auto done) { store.writeSecret(name, kSecret, done); }, &ms, &sync);
    report("write", written, ms, sync);
    const auto read = await<Result<QString>>(
        [&](auto done) { store.readSecret(name, done); }, &ms, &sync);
    report("read", read, ms, sync);
    const auto deleted = await<Result<void>>(
        [&](auto done) { store.deleteSecret(name, done); }, &ms, &sync);
    report("delete", deleted, ms, sync);
}

QTEST_GUILESS_MAIN(TestKeychainMissing)
#include "tst_keychainmissing.moc"
