#include <QtTest>

#include "errortext.h"
#include "foldertext.h"
#include "translations.h"

using namespace haul;

/// Every error code has a plain sentence and a next step; subjects and bucket rules show up.
class TestErrorText : public QObject {
    Q_OBJECT
private:
    /// Codes whose sentence never names a subject (it would say nothing useful there).
    static bool hasNoSubject(ErrorCode code)
    {
        static const QList<ErrorCode> codes{ErrorCode::None, ErrorCode::SignatureMismatch,
            ErrorCode::RequestTimeSkewed, ErrorCode::ListBucketsDenied, ErrorCode::ExpiredToken, ErrorCode::KeychainUnavailable,
            ErrorCode::ChecksumUnsupported, ErrorCode::Throttled, ErrorCode::Unknown,
            ErrorCode::KeyTooLong}; // its subject, a key of over 1,024 bytes, is not for a sentence
        return codes.contains(code);
    }

private Q_SLOTS:
    void initTestCase() { installTranslators(QCoreApplication::instance()); }

    void everyCodeHasTexts_data()
    {
        QTest::addColumn<int>("code");
        for (int c = int(ErrorCode::None) + 1; c <= int(ErrorCode::Unknown); ++c)
            QTest::newRow(qPrintable(errorCodeName(ErrorCode(c)))) << c;
    }

    void everyCodeHasTexts()
    {
        QFETCH(int, code);
        const Error plain{ErrorCode(code)};
        const QString name = errorCodeName(plain.code);
        const QString sentence = errorSentence(plain);
        const QString next = errorNextStep(plain);
        QVERIFY(!sentence.isEmpty());
        QVERIFY(!next.isEmpty());
        QVERIFY(sentence != name && !sentence.contains(name));
        QVERIFY(next != name && !next.contains(name));
        QVERIFY(sentence != next);
        // its own texts, not the fallback of a code missing from (or out of order in) the table
        if (plain.code != ErrorCode::Unknown)
            QVERIFY2(sentence != errorSentence(Error(ErrorCode::Unknown)), qPrintable(name));
        QVERIFY2(!sentence.contains(QLatin1Char('%')), qPrintable(sentence));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        QVERIFY2(next.endsWith(QLatin1Char('.')), qPrintable(next));
    }

    void subjectIsNamed_data() { everyCodeHasTexts_data(); }

    void subjectIsNamed()
    {
        QFETCH(int, code);
        const Error error{ErrorCode(code), QStringLiteral("subject-x9")};
        const QString sentence = errorSentence(error);
        QVERIFY2(!sentence.contains(QLatin1Char('%')), qPrintable(sentence));
        if (hasNoSubject(error.code))
            QVERIFY(!sentence.contains(error.subject));
        else
            QVERIFY2(sentence.contains(error.subject), qPrintable(sentence));
    }

    void folderIssueSaysWhatToDo()
    {
        // a file of a folder that failed on its own: the sentence and the next step, as for a
        // single transfer; the technical detail in brackets
        FolderIssue issue{FolderIssueKind::Transfer, QStringLiteral("run-42/plate.tif"), WalkIssue::None, KeyIssue::None,
                          Error(ErrorCode::DiskFull, QStringLiteral("/data/run-42"), QStringLiteral("No space left on device"))};
        QCOMPARE(folderIssueLine(issue),
                 QStringLiteral("run-42/plate.tif: %1 %2 (%3)")
                     .arg(errorSentence(issue.error), errorNextStep(issue.error), issue.error.technical()));
        QVERIFY(folderIssueLine(issue).contains(QStringLiteral("Free some space")));
    }

    void examplesFromTheDesign()
    {
        QCOMPARE(errorSentence(Error(ErrorCode::SignatureMismatch)),
                 QStringLiteral("The secret key for this account is wrong."));
        QCOMPARE(errorNextStep(Error(ErrorCode::SignatureMismatch)),
                 QStringLiteral("Open the account settings and paste the secret key again."));
        QCOMPARE(errorSentence(Error(ErrorCode::ConnectionRefused, QStringLiteral("127.0.0.1:9"))),
                 QStringLiteral("Nothing answers at 127.0.0.1:9."));
        QCOMPARE(errorSentence(Error(ErrorCode::TlsUntrusted, QStringLiteral("s3.lab.example"))),
                 QStringLiteral("The certificate of s3.lab.example is not trusted."));
        QVERIFY(errorNextStep(Error(ErrorCode::TlsUntrusted)).contains(QStringLiteral("certificate file")));
    }

    void bucketNameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("says");
        QTest::newRow("capital letters") << QStringLiteral("MyData") << QStringLiteral("capital letters");
        QTest::newRow("too short") << QStringLiteral("ab") << QStringLiteral("3 to 63");
        QTest::newRow("too long") << QString(64, u'a') << QStringLiteral("64 characters");
        QTest::newRow("underscore") << QStringLiteral("my_data") << QStringLiteral("“_”");
        QTest::newRow("space") << QStringLiteral("my data") << QStringLiteral("a space");
        QTest::newRow("ends with hyphen") << QStringLiteral("data-") << QStringLiteral("begin and end");
        QTest::newRow("two dots") << QStringLiteral("my..data") << QStringLiteral("two dots");
        QTest::newRow("ip address") << QStringLiteral("192.168.5.4") << QStringLiteral("IP address");
    }

    void bucketNameRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, says);
        const Error error(ErrorCode::InvalidBucketName, name);
        const QString sentence = errorSentence(error);
        QVERIFY2(sentence.contains(name), qPrintable(sentence));
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        QVERIFY2(bucketNameProblem(name).contains(says), qPrintable(bucketNameProblem(name)));
    }

    void validBucketNameHasNoProblem()
    {
        QVERIFY(bucketNameProblem(QStringLiteral("lab-data.2024")).isEmpty());
    }

    void detailsAreTheTechnicalLine()
    {
        Error error(ErrorCode::NoSuchBucket, QStringLiteral("raw"));
        error.httpStatus = 404;
        error.s3Code = QStringLiteral("NoSuchBucket");
        error.requestId = QStringLiteral("abc123");
        QCOMPARE(errorDetails(error), error.technical());
        QVERIFY(errorDetails(error).contains(QStringLiteral("abc123")));
        const QString tip = errorToolTip(error);
        QVERIFY(tip.contains(errorSentence(error)));
        QVERIFY(tip.contains(errorNextStep(error)));
        QVERIFY(tip.contains(QStringLiteral("HTTP 404")));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_errortext.moc"
