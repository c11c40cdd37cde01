// "Open a bucket or folder" (View menu, Ctrl+L): what it makes of typed text, and that it says
// inline what is wrong and stays open. Against a store: tst_bucketaccess.
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include "guitest.h"
#include "locationdialog.h"
#include "messagebar.h"

using namespace haul;
using namespace haul::test;

class TestLocationDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(QCoreApplication::instance()); }

    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("s3 address of a folder") << "s3://lab-data/run-42/" << true << "lab-data" << "run-42/";
        QTest::newRow("folder without its slash") << "s3://lab-data/run-42" << true << "lab-data" << "run-42/";
        QTest::newRow("bucket alone") << "lab-data" << true << "lab-data" << "";
        QTest::newRow("bucket and slash") << "lab-data/" << true << "lab-data" << "";
        QTest::newRow("no scheme, nested") << "lab-data/a b/c" << true << "lab-data" << "a b/c/";
        QTest::newRow("leading slash") << "/lab-data/x/" << true << "lab-data" << "x/";
        QTest::newRow("spaces around, upper-case scheme") << "  S3://Legacy_Bucket/x  " << true << "Legacy_Bucket" << "x/";
        QTest::newRow("empty") << "" << false << "" << "";
        QTest::newRow("scheme alone") << "s3://" << false << "" << "";
        QTest::newRow("space in the bucket") << "lab data/x" << false << "" << "";
        QTest::newRow("web address") << "https://s3.example.org/lab-data" << false << "" << "";
        QTest::newRow("colon in the bucket") << "c:/data" << false << "" << "";
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        const std::optional<S3Location> location = parseTypedLocation(typed);
        QCOMPARE(location.has_value(), valid);
        if (!valid)
            return;
        QTEST(location->bucket, "bucket");
        QTEST(location->key, "prefix");
    }

    void badTextIsSaidAndTheDialogStays()
    {
        LocationDialog dialog;
        dialog.setLocation(QStringLiteral("lab-data"), QStringLiteral("run-42/"));
        QCOMPARE(dialog.edit()->text(), QStringLiteral("s3://lab-data/run-42/"));
        dialog.show();
        QSignalSpy chosen(&dialog, &LocationDialog::locationChosen);
        dialog.edit()->setText(QStringLiteral("lab data/run-42/"));
        QTest::keyClick(dialog.edit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageBar()->kind(), MessageBar::Kind::Warning);
        QVERIFY2(dialog.messageBar()->text().contains(QStringLiteral("“lab data/run-42/” does not name a bucket")),
                 qPrintable(dialog.messageBar()->text()));
        QTest::qWait(50); // (the layout grows the dialog for the message on the next turn)
        QVERIFY(dialog.messageBar()->height() >= dialog.messageBar()->heightForWidth(dialog.messageBar()->width()));
        QVERIFY(!saveScreenshot(&dialog, QStringLiteral("location-dialog-bad-name")).isEmpty());

        dialog.edit()->setText(QStringLiteral("lab-data/run-43"));
        QTest::keyClick(dialog.edit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("lab-data"));
        QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("run-43/"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestLocationDialog)
#include "tst_locationdialog.moc"
