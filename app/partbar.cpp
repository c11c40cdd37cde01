#include "partbar.h"

#include <algorithm>
#include <utility>

#include <QPainter>
#include <QStyle>
#include <QStyleOptionFrame>

#include "partbaraccessible.h"

namespace haul {
namespace {

QRgb blend(QColor a, QColor b, double t)
{
    const auto mix = [t](int x, int y) { return int(x + (y - x) * t + 0.5); };
    return qRgb(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

/// The colour of column x when one part covers it (and maybe its neighbours).
QRgb singlePartColumn(const PartsSnapshot &parts, qint64 part, int x, int width)
{
    const qint64 n = parts.states.size();
    const bool wide = width >= 6 * n;
    const bool firstColumn = x > 0 && (qint64(x) * n) / width != (qint64(x - 1) * n) / width;
    if (wide && firstColumn)
        return partSeparatorColor().rgb();
    const PartState state = parts.states.at(part);
    if (state != PartState::Sending)
        return partColor(state).rgb();
    const double fill = part < parts.fill.size() ? double(parts.fill.at(part)) : 0.0;
    const double position = (double(x) + 0.5) * double(n) / double(width) - double(part);
    return position < fill ? partColor(PartState::Sending).rgb() : sendingBacklogColor().rgb();
}

/// The colour of a column that stands for parts [first, last).
QRgb groupColumn(const PartsSnapshot &parts, qint64 first, qint64 last)
{
    int done = 0;
    bool sending = false;
    bool retrying = false;
    for (qint64 p = first; p < last; ++p) {
        switch (parts.states.at(p)) {
        case PartState::Failed: return partColor(PartState::Failed).rgb();
        case PartState::Retrying: retrying = true; break;
        case PartState::Sending: sending = true; break;
        case PartState::Done: ++done; break;
        case PartState::Waiting: break;
        }
    }
    if (retrying)
        return partColor(PartState::Retrying).rgb();
    if (sending)
        return partColor(PartState::Sending).rgb();
    return blend(partColor(PartState::Waiting), partColor(PartState::Done), double(done) / double(last - first));
}

} // namespace

QColor partColor(PartState state)
{
    switch (state) {
    case PartState::Waiting: return QColor(0xd5, 0xdb, 0xe3);
    case PartState::Sending: return QColor(0x2f, 0x7d, 0xf6);
    case PartState::Done: return QColor(0x1f, 0x9d, 0x55);
    case PartState::Retrying: return QColor(0xf0, 0x9a, 0x1a);
    case PartState::Failed: return QColor(0xc0, 0x39, 0x2b);
    }
    return Qt::black;
}

QColor sendingBacklogColor()
{
    return QColor(0xa8, 0xc8, 0xfb);
}

QColor partSeparatorColor()
{
    return QColor(0xff, 0xff, 0xff);
}

QImage renderPartStrip(const PartsSnapshot &parts, int width)
{
    QImage strip(std::max(width, 1), 1, QImage::Format_RGB32);
    const qint64 n = parts.states.size();
    if (n == 0) {
        strip.fill(partColor(PartState::Waiting));
        return strip;
    }
    auto *line = reinterpret_cast<QRgb *>(strip.scanLine(0));
    for (int x = 0; x < strip.width(); ++x) {
        const qint64 first = (qint64(x) * n) / strip.width();
        const qint64 last = std::max(first + 1, (qint64(x + 1) * n) / strip.width());
        line[x] = last - first == 1 ? singlePartColumn(parts, first, x, strip.width())
                                    : groupColumn(parts, first, last);
    }
    return strip;
}

PartBar::PartBar(QWidget *parent)
    : QWidget(parent)
{
    installPartBarAccessibility(); // a progress bar with "12 of 80 parts done" for screen readers
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PartBar::setTransfer(TransferId id)
{
    if (id == m_parts.id)
        return;
    const PartsSnapshot before = std::exchange(m_parts, PartsSnapshot{});
    m_parts.id = id;
    m_dirty = true;
    update();
    announcePartBar(this, before);
}

void PartBar::setParts(const PartsSnapshot &parts)
{
    if (parts.id != m_parts.id)
        return;
    const PartsSnapshot before = std::exchange(m_parts, parts);
    m_dirty = true;
    update(); // repainted (and re-rendered) only when visible
    announcePartBar(this, before);
}

QSize PartBar::sizeHint() const
{
    return {400, fontMetrics().height()};
}

QSize PartBar::minimumSizeHint() const
{
    return {60, fontMetrics().height()};
}

void PartBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect frame = rect();
    const QRect inner = frame.adjusted(1, 1, -1, -1);
    const qreal dpr = devicePixelRatioF();
    const int pixels = std::max(1, int(inner.width() * dpr));
    if (m_dirty || m_cache.width() != pixels) {
        m_cache = renderPartStrip(m_parts, pixels);
        m_dirty = false;
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(0, 0, -1, -1));
    painter.drawImage(QRectF(inner), m_cache, QRectF(0, 0, m_cache.width(), 1));
}

} // namespace haul
