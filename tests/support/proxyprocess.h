#pragma once
// Runs tests/tools/faultproxy.py in front of a real server for one test, and reads its log.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

namespace haul::test {

class ProxyProcess {
public:
    /// Starts the proxy in front of `upstream` with a scenario (JSON text) and extra arguments.
    /// `port` 0: any free one (see url()).
    bool start(const QUrl &upstream, const QByteArray &scenario, const QStringList &extra = {}, int port = 0)
    {
        m_log = m_dir.filePath(QStringLiteral("proxy.log"));
        const QString scenarioFile = m_dir.filePath(QStringLiteral("scenario.json"));
        QFile f(scenarioFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(scenario) < 0)
            return false;
        f.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("python3"),
                        QStringList{QStringLiteral(HAUL_SOURCE_DIR "/tests/tools/faultproxy.py"),
                                    QStringLiteral("--upstream"), upstream.toString(),
                                    QStringLiteral("--port"), QString::number(port),
                                    QStringLiteral("--scenario"), scenarioFile,
                                    QStringLiteral("--log"), m_log} + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        while (m_process.waitForReadyRead(10000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("LISTENING ")) {
                m_port = line.mid(10).toInt();
                return m_port > 0;
            }
        }
        return false;
    }

    ~ProxyProcess() { stop(); }

    /// Ends the proxy: its connections drop and its port refuses new ones.
    void stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    int port() const { return m_port; }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    /// Every request answered so far.
    QList<QJsonObject> requests() const
    {
        waitForLog();
        QList<QJsonObject> out;
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (!line.isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }

    /// How many requests of `method` whose query matches `queryPart` got `status`.
    int count(const QString &method, const QString &queryPart, int status) const
    {
        int n = 0;
        for (const QJsonObject &r : requests()) {
            if (r.value(QStringLiteral("method")).toString() == method
                && r.value(QStringLiteral("query")).toString().contains(queryPart)
                && r.value(QStringLiteral("status")).toInt() == status)
                ++n;
        }
        return n;
    }

private:
    /// The client may hold a response before the proxy has logged it: a request to the proxy's
    /// log barrier returns only after everything answered before it is in the log.
    void waitForLog() const
    {
        if (m_port <= 0 || m_process.state() != QProcess::Running)
            return;
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
        if (!s.waitForConnected(5000))
            return;
        s.write("GET /__proxy/log HTTP/1.1\r\nHost: proxy\r\nConnection: close\r\n\r\n");
        while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(5000))
            s.readAll();
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_log;
    int m_port = 0;
};

} // namespace haul::test
