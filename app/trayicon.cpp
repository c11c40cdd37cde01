#include "trayicon.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

#include "icons.h"

namespace haul {

bool startsInTray(bool trayWhileRunning, bool trayAvailable)
{
    return trayWhileRunning && trayAvailable;
}

bool closeHidesToTray(bool trayWhileRunning, bool trayAvailable, bool busy, bool quitting)
{
    return trayWhileRunning && trayAvailable && busy && !quitting;
}

TrayIcon::TrayIcon(QWidget *window, const QList<QAction *> &actions, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_menu = new QMenu;
    m_menu->addAction(tr("&Show Haul"), this, &TrayIcon::showWindow);
    m_menu->addSeparator();
    m_menu->addActions(actions);
    m_icon = new QSystemTrayIcon(icon(u"haul"), this);
    m_icon->setToolTip(tr("Haul"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a tray menu has no parent widget
}

void TrayIcon::setVisible(bool visible)
{
    if (m_icon)
        m_icon->setVisible(visible);
}

void TrayIcon::setToolTip(const QString &text)
{
    if (m_icon)
        m_icon->setToolTip(text);
}

void TrayIcon::showMessage(const QString &title, const QString &text, Notifier::Kind kind)
{
    if (!m_icon)
        return;
    m_icon->show();
    m_icon->showMessage(title, text,
                        kind == Notifier::Kind::Failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void TrayIcon::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace haul
