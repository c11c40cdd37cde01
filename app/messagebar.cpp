#include "messagebar.h"

#include <QDialog>
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
    // Tinted backgrounds under the palette's own text colour: pale under a light palette,
    // deep under a dark one, so the text keeps its contrast either way.
    const bool dark = darkPalette();
    QLatin1String background, border;
    switch (kind) {
    case MessageBar::Kind::Success:
        background = QLatin1String(dark ? "#1e3a2a" : "#e7f6ec");
        border = QLatin1String(dark ? "#2f6b47" : "#9fd5b3");
        break;
    case MessageBar::Kind::Warning:
        background = QLatin1String(dark ? "#3d3219" : "#fff6e0");
        border = QLatin1String(dark ? "#7a6128" : "#efd08a");
        break;
    case MessageBar::Kind::Error:
        background = QLatin1String(dark ? "#3f1f1c" : "#fdecea");
        border = QLatin1String(dark ? "#8a3b33" : "#eea9a1");
        break;
    case MessageBar::Kind::Info:
        background = QLatin1String(dark ? "#1c2b40" : "#eaf2fd");
        border = QLatin1String(dark ? "#34507a" : "#a9c6f0");
        break;
    }
    return QStringLiteral("haul--MessageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
        .arg(background, border);
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
    showErrorWithStep(error, errorNextStep(error));
}

void MessageBar::showErrorWithStep(const Error &error, const QString &next)
{
    showMessage(Kind::Error, errorSentence(error) + QLatin1Char('\n') + next, errorDetails(error));
    // The sentence in bold, the next step below it.
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(QStringLiteral("<b>%1</b><br>%2").arg(errorSentence(error).toHtmlEscaped(), next.toHtmlEscaped()));
    growDialogToFit();
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
    growDialogToFit();
}

void MessageBar::growDialogToFit()
{
    // A window's layout keeps it at least its minimum size, which leaves out the further lines
    // of wrapped text (height for width): a dialog is made tall enough for the whole message.
    // (The main window is left as the user sized it.)
    auto *dialog = qobject_cast<QDialog *>(window());
    QLayout *layout = dialog ? dialog->layout() : nullptr;
    if (!layout || !layout->hasHeightForWidth())
        return;
    const int needed = layout->totalHeightForWidth(dialog->width());
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
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
