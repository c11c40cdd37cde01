#include <QtTest>

#include "format.h"
#include "translations.h"

using namespace haul;

/// Sizes, speeds, durations and percentages as the queue and status bar show them.
class TestFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslators(QCoreApplication::instance());
    }

    void sizes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("0 bytes") << qint64(0) << QStringLiteral("0 bytes");
        QTest::newRow("1 byte") << qint64(1) << QStringLiteral("1 byte");
        QTest::newRow("1023 bytes") << qint64(1023) << QStringLiteral("1,023 bytes");
        QTest::newRow("1 KiB") << qint64(1024) << QStringLiteral("1.00 KiB");
        QTest::newRow("1.5 GiB") << qint64(1536) * 1024 * 1024 << QStringLiteral("1.50 GiB");
        QTest::newRow("5 TiB") << (qint64(5) << 40) << QStringLiteral("5.00 TiB");
        QTest::newRow("unknown") << qint64(-1) << QStringLiteral("unknown");
    }

    void sizes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(format::size(bytes), text);
    }

    void speeds()
    {
        QCOMPARE(format::speed(12.5 * 1024 * 1024), QStringLiteral("12.50 MiB/s"));
        QCOMPARE(format::speed(0), QString());
        QCOMPARE(format::speed(-3), QString());
        QCOMPARE(format::rate(0), QStringLiteral("0 bytes/s")); // a summary of nothing moved
        QCOMPARE(format::rate(2048), format::speed(2048));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("number");
        QTest::newRow("10 s") << qint64(10) << QStringLiteral("less than a minute") << -1;
        QTest::newRow("60 s") << qint64(60) << QStringLiteral("about 1 minute") << 1;
        QTest::newRow("170 s") << qint64(170) << QStringLiteral("about 3 minutes") << 3;
        QTest::newRow("59 min 50 s") << qint64(3590) << QStringLiteral("about 1 hour") << 1;
        QTest::newRow("1 h 20 min") << qint64(4800) << QStringLiteral("about 1 hour 20 minutes") << 20;
        QTest::newRow("2 h") << qint64(7200) << QStringLiteral("about 2 hours") << 2;
        QTest::newRow("30 h") << qint64(30 * 3600) << QStringLiteral("about 30 hours") << 30;
        QTest::newRow("5 days") << qint64(5 * 86400) << QStringLiteral("about 5 days") << 5;
    }

    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, start);
        QFETCH(int, number);
        const QString text = format::duration(seconds);
        QVERIFY2(text.startsWith(start), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("(s)")), qPrintable(text));
        if (number >= 0)
            QVERIFY2(text.contains(QString::number(number)), qPrintable(text));
    }

    void timeLeft()
    {
        QCOMPARE(format::timeLeft(1000, 0), QString());
        QCOMPARE(format::timeLeft(180 * 1024, 1024), format::duration(180));
    }

    void percent()
    {
        QCOMPARE(format::percent(0.42), QStringLiteral("42 %"));
        QCOMPARE(format::percent(0.999), QStringLiteral("99 %"));
        QCOMPARE(format::percent(1.0), QStringLiteral("100 %"));
        QCOMPARE(format::percent(-1), QStringLiteral("0 %"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
