#pragma once

#include <QObject>

#include "notifier.h"

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace haul {

/// "Start minimised to the tray while transfers run": whether Haul starts with only its tray
/// icon (the window hidden until clicked, or shown anyway when the restored queue is idle).
/// Only when the setting is on and the desktop has a tray; without a tray the window shows, so
/// Haul is never running with nothing on screen.
bool startsInTray(bool trayWhileRunning, bool trayAvailable);

/// Whether closing the window only hides it (Haul keeps transferring, its tray icon stays):
/// the setting is on, the desktop has a tray, transfers are active and Quit was not chosen.
/// Otherwise the window closes and the queue continues at the next start.
bool closeHidesToTray(bool trayWhileRunning, bool trayAvailable, bool busy, bool quitting);

/// Haul's icon in the desktop's system tray, when the desktop has one: shows the window on a
/// click, offers pause / resume all and quit, and shows the notifier's messages as balloons.
/// Without a tray (or offscreen) nothing is created and every call does nothing.
class TrayIcon : public QObject {
    Q_OBJECT
public:
    /// `window` is shown and raised on activation; the actions are added to the tray's menu.
    TrayIcon(QWidget *window, const QList<QAction *> &actions, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// True when the desktop has a tray (QSystemTrayIcon::isSystemTrayAvailable()).
    bool isAvailable() const { return m_icon != nullptr; }
    void setVisible(bool visible);
    void setToolTip(const QString &text);
    /// Shows a balloon message (notifications from the Notifier).
    void showMessage(const QString &title, const QString &text, haul::Notifier::Kind kind);

private:
    void showWindow();

    QWidget *m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace haul
