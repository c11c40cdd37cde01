#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QStyle>
#include <QVBoxLayout>

#include "errortext.h"
#include "icons.h"

namespace haul {
namespace {

QString styleFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Success:
        return QStringLiteral("haul--MessageBar { background: #e7f6ec; border: 1px solid #9fd5b3; border-radius: 4px; }");
    case MessageBar::Kind::Warning:
        return QStringLiteral("haul--MessageBar { background: #fff6e0; border: 1px solid #efd08a; border-radius: 4px; }");
    case MessageBar::Kind::Error:
        return QStringLiteral("haul--MessageBar { background: #fdecea; border: 1px solid #eea9a1; border-radius: 4px; }");
    case MessageBar::Kind::Info:
        break;
    }
    return QStringLiteral("haul--MessageBar { background: #eaf2fd; border: 1px solid #a9c6f0; border-radius: 4px; }");
}

QIcon iconFor(MessageBar::Kind kind)
{
    switch (kind) {
    case MessageBar::Kind::Success: return icon(u"verified");
    case MessageBar::Kind::Error: return icon(u"failed");
    case MessageBar::Kind::Warning: return icon(u"warning");
    case MessageBar::Kind::Info: break;
    }
    return icon(u"queued");
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    hide();
}

void MessageBar::showError(const Error &error)
{
    showMessage(Kind::Error, errorSentence(error) + QLatin1Char('\n') + errorNextStep(error),
                errorDetails(error));
    // The sentence in bold, the next step below it.
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(QStringLiteral("<b>%1</b><br>%2")
                        .arg(errorSentence(error).toHtmlEscaped(), errorNextStep(error).toHtmlEscaped()));
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &toolTip)
{
    m_kind = kind;
    setStyleSheet(styleFor(kind));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(iconFor(kind).pixmap(size, size));
    m_plain = text;
    m_text->setTextFormat(Qt::PlainText);
    m_text->setText(text);
    setToolTip(toolTip);
    show();
}

void MessageBar::clear()
{
    m_text->clear();
    m_plain.clear();
    setToolTip({});
    hide();
}

QString MessageBar::text() const
{
    return m_plain;
}

void placeAboveCentralWidget(QMainWindow *window, QWidget *bar)
{
    auto *box = new QWidget(window);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    layout->addWidget(window->takeCentralWidget(), 1);
    window->setCentralWidget(box);
}

} // namespace haul
