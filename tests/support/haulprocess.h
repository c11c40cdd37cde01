#pragma once
// Runs the real `haul` program (built beside the tests) as scripts do.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include "testenv.h"

namespace haul::test {

/// The haul binary of this build.
inline QString haulProgram()
{
    QDir dir = QFileInfo(QStringLiteral(HAUL_SERVERS_ENV)).dir();
    dir.cdUp();
    return dir.filePath(QStringLiteral("app/haul"));
}

/// The environment scripts use: the "environment" account pointing at `endpoint` with the
/// server's keys, offscreen, settings and queue under `home`.
inline QProcessEnvironment haulEnvironment(const TestServer &server, const QUrl &endpoint,
                                           const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), server.accessKey);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), server.secretKey);
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), endpoint.toString());
    env.insert(QStringLiteral("AWS_REGION"), server.region.isEmpty() ? QStringLiteral("us-east-1") : server.region);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    return env;
}

/// What one run of `haul` gave: its exit status (-1: it crashed or did not finish) and output.
struct Run {
    int status = -1;
    QString out;
    QString err;
};

/// Runs `haul args` with `env` and waits for it (at most 300 s).
inline Run runHaul(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(haulProgram(), args);
    Run run;
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        run.err = QStringLiteral("haul did not finish in 300 s");
        return run;
    }
    run.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(p.readAllStandardError());
    return run;
}

} // namespace haul::test
