#include <QtTest>

#include "guitest.h"
#include "partbar.h"

using namespace haul;

namespace {

PartsSnapshot makeParts(int count, PartState state = PartState::Waiting)
{
    PartsSnapshot parts;
    parts.id = 7;
    parts.states = QVector<PartState>(count, state);
    parts.fill = QVector<float>(count, 0.0f);
    return parts;
}

QRgb rgb(PartState state)
{
    return partColor(state).rgb();
}

} // namespace

/// The per-part bar: segment colours for few parts, aggregation for many, the cached widget.
class TestPartBar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void threeWideParts()
    {
        PartsSnapshot parts = makeParts(3);
        parts.states = {PartState::Done, PartState::Sending, PartState::Failed};
        parts.fill[1] = 0.5f;
        const QImage strip = renderPartStrip(parts, 300);
        QCOMPARE(strip.width(), 300);
        QCOMPARE(strip.pixel(0, 0), rgb(PartState::Done));
        QCOMPARE(strip.pixel(50, 0), rgb(PartState::Done));
        QCOMPARE(strip.pixel(100, 0), partSeparatorColor().rgb());
        QCOMPARE(strip.pixel(110, 0), rgb(PartState::Sending));   // the half already sent
        QCOMPARE(strip.pixel(190, 0), sendingBacklogColor().rgb()); // the half still to send
        QCOMPARE(strip.pixel(200, 0), partSeparatorColor().rgb());
        QCOMPARE(strip.pixel(250, 0), rgb(PartState::Failed));
        QCOMPARE(strip.pixel(299, 0), rgb(PartState::Failed));
    }

    void hundredPartsOnePerThreePixels()
    {
        PartsSnapshot parts = makeParts(100);
        for (int i = 0; i < 40; ++i)
            parts.states[i] = PartState::Done;
        parts.states[40] = PartState::Retrying;
        parts.states[41] = PartState::Sending;
        parts.fill[41] = 1.0f;
        const QImage strip = renderPartStrip(parts, 300);
        for (int x = 0; x < 120; ++x)
            QCOMPARE(strip.pixel(x, 0), rgb(PartState::Done));
        for (int x = 120; x < 123; ++x)
            QCOMPARE(strip.pixel(x, 0), rgb(PartState::Retrying));
        for (int x = 123; x < 126; ++x)
            QCOMPARE(strip.pixel(x, 0), rgb(PartState::Sending));
        for (int x = 126; x < 300; ++x)
            QCOMPARE(strip.pixel(x, 0), rgb(PartState::Waiting));
    }

    void tenThousandPartsAggregate()
    {
        PartsSnapshot parts = makeParts(10000);
        for (int i = 0; i < 5000; ++i)
            parts.states[i] = PartState::Done;
        parts.states[7000] = PartState::Failed;
        parts.states[8000] = PartState::Sending;
        const QImage strip = renderPartStrip(parts, 300); // 33⅓ parts per column
        for (int x = 0; x < 150; ++x)
            QCOMPARE(strip.pixel(x, 0), rgb(PartState::Done));
        QCOMPARE(strip.pixel(150, 0), rgb(PartState::Waiting));
        QCOMPARE(strip.pixel(210, 0), rgb(PartState::Failed));   // one failed part still shows
        QCOMPARE(strip.pixel(240, 0), rgb(PartState::Sending));
        QCOMPARE(strip.pixel(299, 0), rgb(PartState::Waiting));
    }

    void halfDoneGroupBlends()
    {
        PartsSnapshot parts = makeParts(1000);
        for (int i = 0; i < 1000; i += 2)
            parts.states[i] = PartState::Done;
        const QColor mixed(renderPartStrip(parts, 100).pixel(50, 0));
        const QColor done = partColor(PartState::Done);
        const QColor waiting = partColor(PartState::Waiting);
        QVERIFY(qAbs(mixed.green() - (done.green() + waiting.green()) / 2) <= 1);
        QVERIFY(qAbs(mixed.red() - (done.red() + waiting.red()) / 2) <= 1);
    }

    void noPartsIsAnEmptyBar()
    {
        const QImage strip = renderPartStrip(PartsSnapshot{}, 40);
        QCOMPARE(strip.pixel(20, 0), rgb(PartState::Waiting));
    }

    void widgetPaintsTheParts()
    {
        PartBar bar;
        bar.resize(302, 16);
        bar.setTransfer(7);
        PartsSnapshot parts = makeParts(3);
        parts.states = {PartState::Done, PartState::Waiting, PartState::Failed};
        PartsSnapshot other = parts;
        other.id = 8;
        bar.setParts(other); // not the watched transfer: ignored
        QCOMPARE(bar.parts().states.size(), 0);
        bar.setParts(parts);
        const QImage image = bar.grab().toImage();
        QCOMPARE(image.pixel(1 + 50, 8), rgb(PartState::Done));
        QCOMPARE(image.pixel(1 + 150, 8), rgb(PartState::Waiting));
        QCOMPARE(image.pixel(1 + 250, 8), rgb(PartState::Failed));
        bar.setTransfer(9);
        QCOMPARE(bar.grab().toImage().pixel(1 + 50, 8), rgb(PartState::Waiting));
    }

    void screenshotForTheDocs()
    {
        PartsSnapshot parts = makeParts(120);
        for (int i = 0; i < 70; ++i)
            parts.states[i] = PartState::Done;
        for (int i = 70; i < 86; ++i) {
            parts.states[i] = PartState::Sending;
            parts.fill[i] = float(i % 5) / 5.0f;
        }
        parts.states[74] = PartState::Retrying;
        PartBar bar;
        bar.resize(600, 18);
        bar.setTransfer(7);
        bar.setParts(parts);
        QVERIFY(!test::saveScreenshot(&bar, QStringLiteral("partbar")).isEmpty());
    }
};

QTEST_MAIN(TestPartBar)
#include "tst_partbar.moc"
