#pragma once
// Shared by the GUI tests: the app's real objects over a temporary settings file and an
// in-memory credential store, and where screenshots go.

#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTemporaryDir>
#include <QWidget>

#include "accountregistry.h"
#include "appsettings.h"
#include "browserpanel.h"
#include "bucketservice.h"
#include "creds/accountstore.h"
#include "creds/credentialstore.h"
#include "mainwindow.h"
#include "s3wait.h"
#include "transfermanager.h"
#include "translations.h"

namespace haul::test {

/// <build>/screenshots (created): where GUI tests save what they saw.
inline QString screenshotDir()
{
#ifdef HAUL_SERVERS_ENV
    QDir dir = QFileInfo(QStringLiteral(HAUL_SERVERS_ENV)).dir(); // <build>/test-servers
    dir.cdUp();
    const QString path = dir.filePath(QStringLiteral("screenshots"));
#else
    const QString path = QDir::current().filePath(QStringLiteral("screenshots"));
#endif
    QDir().mkpath(path);
    return path;
}

/// Saves a grab of `widget` as <build>/screenshots/<name>.png; returns the path (empty on failure).
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    return widget->grab().save(path) ? path : QString();
}

/// The first column's texts of every row of `model`, top to bottom (what a list shows).
inline QStringList rowNames(const QAbstractItemModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data().toString());
    return out;
}

/// The objects main.cpp builds, with test doubles where the outside is touched: settings in a
/// temporary file, secrets in memory (or the store given), no AWS_* environment unless given.
struct AppFixture {
    explicit AppFixture(CredentialStore *secrets = nullptr,
                        const QProcessEnvironment &environment = QProcessEnvironment(),
                        const EngineOptions &engine = EngineOptions())
        : settings(dir.filePath(QStringLiteral("haul.ini")), QSettings::IniFormat)
        , store(&settings)
        , secrets(secrets ? secrets : &memory)
        , transfers(engine)
        , buckets(&transfers)
        , accounts(&store, this->secrets, &transfers, environment)
    {
        installTranslators(QCoreApplication::instance());
    }

    AppContext context() { return {&transfers, &buckets, &accounts, &preferences, nullptr}; }

    QTemporaryDir dir;
    QSettings settings;
    AccountStore store;
    MemoryCredentialStore memory;
    CredentialStore *secrets;
    TransferManager transfers;
    BucketService buckets;
    AccountRegistry accounts;
    AppSettings preferences{&settings}; ///< the Settings dialog's values, in `settings`
};

/// A window over `app` whose account is `c` (saved, with its secret), shown at `size` and
/// started; waits for the browser's first listing (or its refusal).
inline bool startWindow(AppFixture &app, std::unique_ptr<MainWindow> &window, const AccountConnection &c,
                        QSize size = QSize(1000, 680))
{
    if (!app.store.save(c.account))
        return false;
    if (!await<void>([&](auto done) { app.memory.writeSecret(c.account.name, c.credentials.secretAccessKey, done); }))
        return false;
    window = std::make_unique<MainWindow>(app.context());
    window->resize(size);
    window->show();
    window->activateWindow();
    QSignalSpy loaded(window->browser(), &BrowserPanel::loaded);
    window->start(c.account.name);
    return QTest::qWaitForWindowActive(window.get()) && (loaded.count() > 0 || loaded.wait(30000));
}

/// Widgets the keyboard can reach that are part of another control (a combo box's or spin
/// box's editor, scroll bars) are described by that control.
inline bool isPartOfAnotherControl(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    return qobject_cast<const QScrollBar *>(w) || qobject_cast<const QComboBox *>(parent)
        || qobject_cast<const QAbstractSpinBox *>(parent);
}

/// "ClassName 'objectName'" of every widget under `root` that the keyboard reaches (and that
/// would show when root shows) but that has no accessible name.
inline QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(root) || isPartOfAnotherControl(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << QStringLiteral("%1 '%2' under %3").arg(QString::fromLatin1(w->metaObject()->className()),
                                                             w->objectName(),
                                                             QString::fromLatin1(w->parentWidget()->metaObject()->className()));
    }
    return unnamed;
}

/// True when a modal dialog or message box is open (the app must never open one by itself).
inline bool modalOpen()
{
    return QApplication::activeModalWidget() != nullptr;
}

/// Sends drag-enter and drop of `paths` to `target` at its centre, as a file manager does;
/// returns whether the drag was accepted.
inline bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return enter.isAccepted();
}

} // namespace haul::test
