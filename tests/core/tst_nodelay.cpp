// disableNagleOnTcpSockets() turns TCP_NODELAY on for the process's TCP sockets, both ends of a
// loopback connection here, and leaves other descriptors alone.
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "net/nodelay.h"

using namespace haul;

class TestNoDelay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tcpSocketsGetNoDelay()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/fd: Linux only");
#endif
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        // a descriptor of another kind, left as it is
        QFile file(QFINDTESTDATA("tst_nodelay.cpp"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QLocalServer local;
        QVERIFY(local.listen(QStringLiteral("haul-tst-nodelay-%1").arg(QCoreApplication::applicationPid())));
        QLocalSocket localClient;
        localClient.connectToServer(local.serverName());
        QVERIFY(localClient.waitForConnected(5000));

        QCOMPARE(client.socketOption(QAbstractSocket::LowDelayOption).toInt(), 0); // the kernel's default
        QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 0);

        QCOMPARE(disableNagleOnTcpSockets(), 2); // the client's and the accepted socket
        QCOMPARE(client.socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
        QCOMPARE(accepted->socketOption(QAbstractSocket::LowDelayOption).toInt(), 1);
        QCOMPARE(disableNagleOnTcpSockets(), 0); // nothing left to change

        // the connection still works both ways
        QCOMPARE(client.write("ping"), 4);
        QVERIFY(client.waitForBytesWritten(5000));
        QVERIFY(accepted->waitForReadyRead(5000));
        QCOMPARE(accepted->readAll(), QByteArray("ping"));
        QCOMPARE(localClient.state(), QLocalSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestNoDelay)
#include "tst_nodelay.moc"
