#include "existingfilesbar.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>

#include "appsettings.h"
#include "messagebar.h"
#include "transfermanager.h"

namespace haul {
namespace {

bool asksAboutExistingFile(const TransferSnapshot &s)
{
    return s.direction == Direction::Download && s.state == TransferState::Failed
        && s.error.code == ErrorCode::FileExists && s.groupId == 0;
}

} // namespace

ExistingFilesBar::ExistingFilesBar(TransferManager *transfers, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_transfers(transfers)
    , m_message(new MessageBar(this))
    , m_overwrite(new QPushButton(this))
    , m_skip(new QPushButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_skip);
    connect(m_overwrite, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_skip, &QPushButton::clicked, this, [this] { answer(false); });
    connect(m_transfers, &TransferManager::transferFailed, this, &ExistingFilesBar::onFailed);
    connect(m_transfers, &TransferManager::transfersUpdated, this, &ExistingFilesBar::onUpdated);
    connect(m_transfers, &TransferManager::transfersRemoved, this, &ExistingFilesBar::onRemoved);
    m_transfers->setWhenFileExists(whenFileExists(settings->preferences().existingFile));
    connect(settings, &AppSettings::changed, this, [this](const Preferences &p) {
        m_transfers->setWhenFileExists(whenFileExists(p.existingFile));
    });
    hide();
}

void ExistingFilesBar::onFailed(const TransferSnapshot &snapshot)
{
    if (!asksAboutExistingFile(snapshot))
        return;
    m_waiting.insert(snapshot.id, snapshot.localPath);
    refresh();
}

/// A download answered elsewhere (Retry, Cancel in the queue) is no longer asked about.
void ExistingFilesBar::onUpdated(const QList<TransferSnapshot> &changed)
{
    bool dropped = false;
    for (const TransferSnapshot &s : changed) {
        if (m_waiting.contains(s.id) && !asksAboutExistingFile(s))
            dropped = m_waiting.remove(s.id) > 0 || dropped;
    }
    if (dropped)
        refresh();
}

void ExistingFilesBar::onRemoved(const QList<TransferId> &ids)
{
    bool dropped = false;
    for (TransferId id : ids)
        dropped = m_waiting.remove(id) > 0 || dropped;
    if (dropped)
        refresh();
}

void ExistingFilesBar::answer(bool overwrite)
{
    const QList<TransferId> ids = m_waiting.keys();
    m_waiting.clear();
    if (overwrite)
        m_transfers->overwriteExisting(ids);
    else
        m_transfers->keepExisting(ids);
    refresh();
}

void ExistingFilesBar::refresh()
{
    if (m_waiting.isEmpty()) {
        m_message->clear();
        hide();
        return;
    }
    const QFileInfo first(m_waiting.first());
    const int count = int(m_waiting.size());
    const QString text = count == 1
        ? tr("“%1” is already in %2 and differs from the object being downloaded. Overwrite it, or skip "
             "the download and keep your file?")
              .arg(first.fileName(), QDir::toNativeSeparators(first.absolutePath()))
        : tr("%n files being downloaded are already there and differ from the objects (the first: “%1” "
             "in %2). Overwrite them, or skip those downloads and keep your files?", nullptr, count)
              .arg(first.fileName(), QDir::toNativeSeparators(first.absolutePath()));
    m_message->showMessage(MessageBar::Kind::Warning, text);
    m_overwrite->setText(count == 1 ? tr("&Overwrite") : tr("&Overwrite all"));
    m_skip->setText(count == 1 ? tr("&Skip") : tr("&Skip all"));
    show();
}

} // namespace haul
