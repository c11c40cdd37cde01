// The transfer engine end to end through TransferManager, against real servers, cross-checked
// with aws-cli: what Haul uploads, aws reads back byte-identical; what aws writes, Haul fetches.
#include <sys/stat.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "bucketservice.h"
#include "net/lanepool.h"
#include "net/s3client.h"
#include "s3wait.h"
#include "testenv.h"
#include "transfermanager.h"
#include "transfertest.h"

using namespace haul;
using namespace haul::test;

class TestTransfers : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// Runs the queued transfers to the end; returns the final snapshots by id.
    QHash<TransferId, TransferSnapshot> runToEnd(TransferManager &m, const QList<TransferId> &ids)
    {
        QHash<TransferId, TransferSnapshot> last;
        auto keep = [&last](const QList<TransferSnapshot> &snaps) {
            for (const TransferSnapshot &s : snaps)
                last.insert(s.id, s);
        };
        QObject guard;
        connect(&m, &TransferManager::transfersAdded, &guard, keep);
        connect(&m, &TransferManager::transfersUpdated, &guard, keep);
        auto finished = [&] {
            for (TransferId id : ids) {
                if (!last.contains(id) || !last.value(id).isFinished())
                    return false;
            }
            return true;
        };
        QDeadlineTimer deadline(180000);
        while (!finished() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
        return last;
    }

    QString makeBucket(const TestServer &server)
    {
        const QString bucket = uniqueBucketName(QStringLiteral("haul-xfer"));
        return runAws(server, {QStringLiteral("s3"), QStringLiteral("mb"),
                               QStringLiteral("s3://") + bucket}) == 0 ? bucket : QString();
    }

    static QString why(const TransferSnapshot &s) { return s.error.technical(); }

private Q_SLOTS:
    void initTestCase()
    {
        HAUL_REQUIRE_SERVERS();
        QVERIFY(m_dir.isValid());
    }

    void uploadIsReadBackByAws_data() { addServerRows(); }
    void uploadIsReadBackByAws()
    {
        QFETCH(TestServer, server);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        QDir local(m_dir.filePath(server.name + QStringLiteral("-up")));
        QVERIFY(local.mkpath(QStringLiteral(".")));
        const QStringList files = {makeRandomFile(local.path(), 0, 1),
                                   makeRandomFile(local.path(), 1, 2),
                                   makeRandomFile(local.path(), 3 * 1024 * 1024 + 5, 3)};
        TransferManager m;
        m.setAccount(connectionFor(server));
        const QList<TransferId> ids = m.addUploads(server.name, files, bucket, QStringLiteral("in/"));
        const auto done = runToEnd(m, ids);
        for (int i = 0; i < ids.size(); ++i) {
            const TransferSnapshot s = done.value(ids[i]);
            QVERIFY2(s.state == TransferState::Verified, qPrintable(why(s)));
            QCOMPARE(s.verifiedBy, VerifyMethod::Md5Etag);
            const QString back = m_dir.filePath(server.name + QStringLiteral("-back-%1").arg(i));
            QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                     QStringLiteral("s3://%1/%2").arg(bucket, s.key), back}), 0);
            QCOMPARE(fileMd5(back), fileMd5(files[i]));
        }
    }

    void multipartIsReadBackByAws_data() { addServerRows(); }
    void multipartIsReadBackByAws()
    {
        QFETCH(TestServer, server);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        constexpr qint64 part = 5 * 1024 * 1024;
        QDir local(m_dir.filePath(server.name + QStringLiteral("-mp")));
        QVERIFY(local.mkpath(QStringLiteral(".")));
        // part-1 goes as one PUT; part, part+1 and many parts as multipart uploads
        const QList<qint64> sizes = {part - 1, part, part + 1, 4 * part + 12345};
        QStringList files;
        for (qint64 size : sizes)
            files << makeRandomFile(local.path(), size, quint32(size));
        EngineOptions options;
        options.multipartThreshold = part;
        options.partSize = part;
        TransferManager m(options);
        m.setAccount(connectionFor(server));
        const QList<TransferId> ids = m.addUploads(server.name, files, bucket, QStringLiteral("mp/"));
        const auto done = runToEnd(m, ids);
        const bool s3rver = server.name.startsWith(QLatin1String("s3rver"));
        for (int i = 0; i < ids.size(); ++i) {
            const TransferSnapshot s = done.value(ids[i]);
            QVERIFY2(s.isFinished() && s.state != TransferState::Failed, qPrintable(why(s)));
            const int parts = int((sizes[i] + part - 1) / part);
            if (i == 0) {
                QCOMPARE(s.verifiedBy, VerifyMethod::Md5Etag);
            } else if (s3rver) { // its ETag is the whole object's MD5: compared with the file's
                QCOMPARE(s.state, TransferState::Verified);
                QCOMPARE(s.verifiedBy, VerifyMethod::WholeMd5);
                QCOMPARE(s.partCount, parts);
            } else {
                QCOMPARE(s.state, TransferState::Verified);
                QCOMPARE(s.verifiedBy, VerifyMethod::MultipartEtag);
                QCOMPARE(s.partCount, parts);
            }
            const QString back = local.filePath(QStringLiteral("back-%1").arg(i));
            QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                     QStringLiteral("s3://%1/%2").arg(bucket, s.key), back}), 0);
            QCOMPARE(fileMd5(back), fileMd5(files[i]));
        }
    }

    void storageClassTheStoreLacksIsNamed()
    {
        // Ceph RGW has no DEEP_ARCHIVE placement: it answers a bare 400 InvalidArgument, to the
        // PUT and to CreateMultipartUpload alike
        const TestServer server = testServer(QStringLiteral("rgw"));
        const QString bucket = makeBucket(server);
        QDir local(m_dir.filePath(QStringLiteral("sc-missing")));
        QVERIFY(local.mkpath(QStringLiteral(".")));
        const QString small = makeRandomFile(local.path(), 1000, 33);
        const QString big = makeRandomFile(local.path(), 6 * 1024 * 1024, 34);
        EngineOptions options;
        options.multipartThreshold = 5 * 1024 * 1024;
        options.storageClass = QStringLiteral("DEEP_ARCHIVE"); // as Settings say
        TransferManager m(options);
        m.setAccount(connectionFor(server));
        const QList<TransferId> ids = m.addUploads(server.name, {small, big}, bucket, {}, QStringLiteral("DEEP_ARCHIVE"));
        const auto refused = [&](const QList<TransferId> &which) {
            const auto done = runToEnd(m, which);
            for (TransferId id : which) {
                QCOMPARE(done.value(id).state, TransferState::Failed);
                QCOMPARE(done.value(id).error.code, ErrorCode::StorageClassUnsupported);
                QCOMPARE(done.value(id).error.subject, QStringLiteral("DEEP_ARCHIVE"));
            }
        };
        refused(ids);
        if (QTest::currentTestFailed())
            return;
        m.retry(ids[1]); // Settings unchanged: refused again
        refused({ids[1]});
        if (QTest::currentTestFailed())
            return;
        // Settings changed to the store's default class: Retry (the big file) and giving the
        // file again (the small one) both try the failed rows with that class, and they go up
        m.setStorageClass(QString());
        m.retry(ids[1]);
        m.addUploads(server.name, {small}, bucket, {}, QString());
        const auto after = runToEnd(m, ids);
        for (TransferId id : ids) {
            QVERIFY2(after.value(id).state == TransferState::Verified, qPrintable(why(after.value(id))));
            QCOMPARE(after.value(id).storageClass, QString());
        }
    }

    void storageClassAndContentType()
    {
        const TestServer server = testServer(QStringLiteral("moto"));
        const QString bucket = makeBucket(server);
        QDir local(m_dir.filePath(QStringLiteral("sc")));
        QVERIFY(local.mkpath(QStringLiteral(".")));
        const QString small = local.filePath(QStringLiteral("scan.tiff"));
        QVERIFY(QFile::copy(makeRandomFile(local.path(), 1000, 31), small));
        const QString big = makeRandomFile(local.path(), 6 * 1024 * 1024, 32);
        EngineOptions options;
        options.multipartThreshold = 5 * 1024 * 1024;
        TransferManager m(options);
        m.setAccount(connectionFor(server));
        const QList<TransferId> ids = m.addUploads(server.name, {small, big}, bucket, {},
                                                   QStringLiteral("REDUCED_REDUNDANCY"));
        const auto done = runToEnd(m, ids);
        LanePool lanes(1);
        S3Client direct(connectionFor(server), &lanes, 30000);
        for (TransferId id : ids) {
            QVERIFY2(done.value(id).state == TransferState::Verified, qPrintable(why(done.value(id))));
            auto h = await<ObjectHead>([&](auto cb) { direct.headObject(bucket, done.value(id).key, cb); });
            QVERIFY(h);
            QCOMPARE(h->storageClass, QStringLiteral("REDUCED_REDUNDANCY"));
            QVERIFY(h->metadata.contains(QStringLiteral("mtime"))); // rclone's mtime format
        }
        auto h = await<ObjectHead>([&](auto cb) { direct.headObject(bucket, QStringLiteral("scan.tiff"), cb); });
        QVERIFY(h);
        QCOMPARE(h->contentType, QStringLiteral("image/tiff"));
    }

    void awsUploadIsDownloaded_data() { addServerRows(); }
    void awsUploadIsDownloaded()
    {
        QFETCH(TestServer, server);
        const QString bucket = makeBucket(server);
        QVERIFY(!bucket.isEmpty());
        // 9 MiB + 1 goes up as an aws-cli multipart upload (8 MiB parts): ETag "…-2"
        const QString src = makeRandomFile(m_dir.path(), 9 * 1024 * 1024 + 1, 7);
        const QString small = makeRandomFile(m_dir.path(), 4096, 8);
        for (const QString &f : {src, small})
            QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"), f,
                                     QStringLiteral("s3://%1/from-aws/").arg(bucket)}), 0);
        QDir dest(m_dir.filePath(server.name + QStringLiteral("-down")));
        QVERIFY(dest.mkpath(QStringLiteral(".")));
        TransferManager m;
        m.setAccount(connectionFor(server));
        const QStringList keys = {QStringLiteral("from-aws/") + QFileInfo(src).fileName(),
                                  QStringLiteral("from-aws/") + QFileInfo(small).fileName()};
        const QList<TransferId> ids = m.addDownloads(server.name, bucket, keys, dest.path());
        const auto done = runToEnd(m, ids);
        const QStringList originals = {src, small};
        for (int i = 0; i < ids.size(); ++i) {
            const TransferSnapshot s = done.value(ids[i]);
            QVERIFY2(s.state == TransferState::Verified, qPrintable(why(s)));
            QCOMPARE(fileMd5(s.localPath), fileMd5(originals[i]));
        }
        // no temporary files left behind
        QCOMPARE(dest.entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void plainErrors()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        const QString bucket = makeBucket(server);
        TransferManager m;
        m.setAccount(connectionFor(server));
        const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.bin"));
        const QString folder = m_dir.path();
        const QString pipe = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0); // reading it would wait forever
        const QList<TransferId> up = m.addUploads(server.name, {missing, folder, pipe}, bucket, {});
        const QList<TransferId> noBucket = m.addUploads(
            server.name, {makeRandomFile(m_dir.path(), 10, 9)}, QStringLiteral("no-such-bucket-haul"), {});
        const QList<TransferId> noKey = m.addDownloads(server.name, bucket,
                                                       {QStringLiteral("nothing-here")}, m_dir.path());
        const QList<TransferId> noDir = m.addDownloads(server.name, bucket, {QStringLiteral("x")},
                                                       m_dir.filePath(QStringLiteral("no/such/dir")));
        const QList<TransferId> noAccount = m.addUploads(QStringLiteral("nobody"), {missing}, bucket, {});
        const auto done = runToEnd(m, up + noBucket + noKey + noDir + noAccount);
        QCOMPARE(done.value(up[0]).error.code, ErrorCode::FileVanished);
        QCOMPARE(done.value(up[0]).error.subject, missing);
        QCOMPARE(done.value(up[1]).error.code, ErrorCode::FileUnreadable);
        QCOMPARE(done.value(up[2]).error.code, ErrorCode::NotAFile);
        QCOMPARE(done.value(up[2]).error.subject, pipe);
        QCOMPARE(done.value(noBucket[0]).error.code, ErrorCode::NoSuchBucket);
        QCOMPARE(done.value(noBucket[0]).transferred, 0); // sent, but nothing kept: not "100 %"
        QCOMPARE(done.value(noKey[0]).error.code, ErrorCode::NoSuchKey);
        QCOMPARE(done.value(noAccount[0]).error.code, ErrorCode::CredentialsMissing);
        // HeadObject fails first (no such key "x"); a real object into a missing folder:
        QVERIFY(QFile(m_dir.filePath(QStringLiteral("x"))).open(QIODevice::WriteOnly));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"),
                                 m_dir.filePath(QStringLiteral("x")),
                                 QStringLiteral("s3://%1/x").arg(bucket)}), 0);
        // the same download again: the row that failed is tried again, no second row comes
        QSignalSpy removed(&m, &TransferManager::transfersRemoved);
        const QList<TransferId> again = m.addDownloads(server.name, bucket, {QStringLiteral("x")},
                                                       m_dir.filePath(QStringLiteral("no/such/dir")));
        const auto second = runToEnd(m, noDir);
        QCOMPARE(second.value(noDir[0]).error.code, ErrorCode::DestinationNotWritable);
        QTRY_COMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().value<QList<TransferId>>(), again);
        for (const auto &s : done)
            QVERIFY2(s.state == TransferState::Failed, qPrintable(s.key));
    }

    // Two files of one name from different folders, dropped together onto one folder: the second
    // would replace the first in the bucket while both said "verified". The second fails with
    // the first's name instead; retried once the first is stored, it replaces it knowingly.
    void twoFilesToOneNameAreNotBothVerified()
    {
        const TestServer server = testServer(QStringLiteral("s3rver"));
        const QString bucket = makeBucket(server);
        QTemporaryDir a, b;
        const QString first = a.filePath(QStringLiteral("plate.tif"));
        const QString second = b.filePath(QStringLiteral("plate.tif"));
        QVERIFY(QFile::copy(makeRandomFile(m_dir.path(), 3000, 81), first));
        QVERIFY(QFile::copy(makeRandomFile(m_dir.path(), 5000, 82), second));
        TransferManager m;
        m.setAccount(connectionFor(server));
        const QList<TransferId> ids = m.addUploads(server.name, {first, second}, bucket, QStringLiteral("run/"));
        auto done = runToEnd(m, ids);
        QCOMPARE(done.value(ids[0]).state, TransferState::Verified);
        QCOMPARE(done.value(ids[1]).state, TransferState::Failed);
        QCOMPARE(done.value(ids[1]).error.code, ErrorCode::DuplicateTarget);
        QCOMPARE(done.value(ids[1]).error.message, first);
        const QString back = m_dir.filePath(QStringLiteral("plate-back.tif"));
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("s3://%1/run/plate.tif").arg(bucket), back}), 0);
        QCOMPARE(fileMd5(back), fileMd5(first));

        Rows rows;
        rows.follow(m);
        m.retry(ids[1]);
        QTRY_COMPARE_WITH_TIMEOUT(rows.last.value(ids[1]).state, TransferState::Verified, 60000);
        QCOMPARE(runAws(server, {QStringLiteral("s3"), QStringLiteral("cp"), QStringLiteral("s3://%1/run/plate.tif").arg(bucket), back}), 0);
        QCOMPARE(fileMd5(back), fileMd5(second));
    }

    void wrongSecretFailsPlainly()
    {
        const TestServer rgw = testServer(QStringLiteral("rgw"));
        const QString bucket = makeBucket(rgw);
        AccountConnection c = connectionFor(rgw);
        c.credentials.secretAccessKey = QStringLiteral("wrong");
        TransferManager m;
        m.setAccount(c);
        const QList<TransferId> ids =
            m.addUploads(rgw.name, {makeRandomFile(m_dir.path(), 100, 11)}, bucket, {});
        const auto done = runToEnd(m, ids);
        QCOMPARE(done.value(ids[0]).state, TransferState::Failed);
        QCOMPARE(done.value(ids[0]).error.code, ErrorCode::SignatureMismatch);
        QCOMPARE(done.value(ids[0]).attempts, 0); // never retried
    }
};

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
