// Look: Haul follows a dark palette (icons with light strokes, message bars that keep their
// contrast) and stays sharp at 200 % scaling. The whole test runs with QT_SCALE_FACTOR=2, as a
// desktop set to 200 % runs the app; screenshots of the main window in both palettes are saved.
#include <QDir>
#include <QLabel>
#include <QtTest>

#include "../app/guitest.h"
#include "icons.h"
#include "messagebar.h"

using namespace haul;
using namespace haul::test;

namespace {

QPalette darkWindowPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7f, 0x88)); // as a dark theme greys them
    return p;
}

/// The most any opaque pixel of the icon differs in lightness from the window colour: the
/// strongest stroke, which is what makes an icon readable on that background.
int strongestContrast(const QIcon &icon, const QColor &window, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(24, 24), 2.0, mode).toImage();
    int best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200)
                best = std::max(best, std::abs(c.lightness() - window.lightness()));
        }
    }
    return best;
}

QStringList iconNames()
{
    initResources();
    QStringList names = QDir(QStringLiteral(":/haul/icons")).entryList({QStringLiteral("*.svg")});
    for (QString &n : names)
        n.chop(4);
    return names;
}

} // namespace

class TestLook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void everyIconHasADarkTwin()
    {
        const QStringList names = iconNames();
        QVERIFY(names.size() >= 20);
        for (const QString &n : names)
            QVERIFY2(QFile::exists(QStringLiteral(":/haul/icons/dark/%1.svg").arg(n)), qPrintable(n));
    }

    void iconsStandOutFromTheWindow_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light palette") << false;
        QTest::newRow("dark palette") << true;
    }

    void iconsStandOutFromTheWindow()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkWindowPalette() : QPalette(QColor(0xef, 0xef, 0xef)));
        QCOMPARE(darkPalette(), dark);
        const QColor window = QApplication::palette().color(QPalette::Window);
        for (const QString &n : iconNames()) {
            if (n == QStringLiteral("haul"))
                continue; // the application's own logo keeps its colours
            const int contrast = strongestContrast(icon(n), window);
            QVERIFY2(contrast >= 85, qPrintable(QStringLiteral("%1: %2").arg(n).arg(contrast)));
        }
        if (dark) { // the light set would not do on this window: the dark twin is what helps
            const QIcon light(QStringLiteral(":/haul/icons/upload.svg"));
            QVERIFY(strongestContrast(light, window) < 85);
        }
    }

    // A selected row is drawn on the highlight colour, a saturated blue: there the icons rows
    // show use white strokes (the upload arrow, blue itself, vanished). The folder's yellow and
    // the green of "done" stand out by their hue, which this lightness measure does not see.
    void iconsStandOutFromTheSelection_data() { iconsStandOutFromTheWindow_data(); }
    void iconsStandOutFromTheSelection()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkWindowPalette() : QPalette(QColor(0xef, 0xef, 0xef)));
        const QColor highlight = QApplication::palette().color(QPalette::Highlight);
        for (const char *n : {"upload", "download", "file", "bucket", "verified", "failed", "queued", "pause", "warning"}) {
            const int contrast = strongestContrast(icon(QString::fromLatin1(n)), highlight, QIcon::Selected);
            QVERIFY2(contrast >= 85, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(n)).arg(contrast)));
        }
        if (!dark) // the light set's slate and blue, on the highlight
            QVERIFY(strongestContrast(icon(u"upload"), highlight, QIcon::Normal) < 85);
    }

    void messageBarTextKeepsItsContrast_data() { iconsStandOutFromTheWindow_data(); }
    void messageBarTextKeepsItsContrast()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkWindowPalette() : QPalette(QColor(0xef, 0xef, 0xef)));
        for (MessageBar::Kind kind : {MessageBar::Kind::Info, MessageBar::Kind::Success,
                                      MessageBar::Kind::Warning, MessageBar::Kind::Error}) {
            MessageBar bar;
            bar.resize(400, 40);
            bar.showMessage(kind, QStringLiteral("Text"));
            const QImage shot = bar.grab().toImage();
            const QColor background = shot.pixelColor(shot.width() - 8, shot.height() / 2);
            const QColor text = bar.palette().color(QPalette::WindowText);
            QVERIFY2(std::abs(background.lightness() - text.lightness()) >= 110,
                     qPrintable(QStringLiteral("kind %1: background %2, text %3")
                                    .arg(int(kind)).arg(background.name(), text.name())));
        }
    }

    void iconsAreDrawnForTheScreensPixels()
    {
        QCOMPARE(qApp->devicePixelRatio(), 2.0); // QT_SCALE_FACTOR=2, set in main()
        const QPixmap pm = icon(u"upload").pixmap(QSize(24, 24), qApp->devicePixelRatio());
        QCOMPARE(pm.size(), QSize(48, 48)); // rendered from the SVG, not a 24 px image enlarged
        QCOMPARE(pm.deviceIndependentSize(), QSizeF(24, 24));
    }

    void mainWindowAt200PercentInBothPalettes()
    {
        for (bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkWindowPalette() : QPalette(QColor(0xef, 0xef, 0xef)));
            AppFixture app;
            MainWindow window(app.context());
            window.resize(1000, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QPixmap shot = window.grab();
            QCOMPARE(shot.devicePixelRatio(), 2.0);
            QCOMPARE(shot.size(), QSize(2000, 1280));
            // No label is squeezed below what its text needs at this scale.
            for (QLabel *label : window.findChildren<QLabel *>()) {
                if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
                    QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->text()));
            }
            saveScreenshot(&window, dark ? QStringLiteral("look-dark-200") : QStringLiteral("look-light-200"));
        }
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestLook test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_look.moc"
