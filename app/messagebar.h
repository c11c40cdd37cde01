#pragma once

#include <QFrame>

class QLabel;
class QMainWindow;

namespace haul {

struct Error;

/// An inline message in a coloured box: what went wrong and what to do, or a short note.
/// Used instead of message boxes, so nothing modal interrupts a batch. Hidden when cleared.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// The error's plain sentence and next step; the technical line as tooltip.
    void showError(const Error &error);
    /// The same with another next step: what to do where this message shows.
    void showErrorWithStep(const Error &error, const QString &nextStep);
    void showMessage(Kind kind, const QString &text, const QString &toolTip = {});
    void clear();

    Kind kind() const { return m_kind; }
    /// The text shown (plain, without markup).
    QString text() const;

private:
    void growDialogToFit();

    QLabel *m_icon;
    QLabel *m_text;
    QString m_plain;
    Kind m_kind = Kind::Info;
};

/// Puts `bar` (a message with its buttons) above the window's central widget.
void placeAboveCentralWidget(QMainWindow *window, QWidget *bar);

} // namespace haul
