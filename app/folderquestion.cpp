#include "folderquestion.h"

#include <QMessageBox>
#include <QPushButton>

#include "format.h"
#include "sync/folderservice.h"

namespace haul {

FolderQuestions::FolderQuestions(FolderService *folders, QWidget *window)
    : QObject(window)
    , m_folders(folders)
    , m_window(window)
{
    connect(m_folders, &FolderService::questionsAsked, this, &FolderQuestions::onQuestions);
    connect(m_folders, &FolderService::folderUpdated, this, &FolderQuestions::onFolderChanged);
    connect(m_folders, &FolderService::folderFinished, this, &FolderQuestions::onFolderChanged);
}

void FolderQuestions::onFolderChanged(const FolderSnapshot &snapshot)
{
    // The snapshot that says a question waits comes before the question itself, so a later one
    // without questions means it was answered.
    if (snapshot.questions > 0 && !snapshot.isFinished())
        return;
    if (const QPointer<QMessageBox> box = m_open.take(snapshot.id)) {
        box->disconnect(this); // closed, not answered: its buttons no longer decide
        box->hide();
        box->deleteLater();
    }
}

void FolderQuestions::onQuestions(quint64 id, const QList<PlannedFile> &files)
{
    if (!m_tracked.contains(id) || files.isEmpty())
        return;
    QStringList keys;
    QStringList lines;
    for (const PlannedFile &f : files) {
        keys.append(f.key);
        lines.append(tr("%1 (%2)").arg(f.localPath.isEmpty() ? f.key : f.localPath, format::size(f.size)));
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Files already there"),
                                tr("%n file(s) of this folder already exist with different contents. "
                                   "Replace them, or keep what is there?", nullptr, int(files.size())),
                                QMessageBox::NoButton, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal); // the rest of the queue goes on
    box->setInformativeText(lines.mid(0, 10).join(QLatin1Char('\n'))
                            + (lines.size() > 10 ? tr("\n… and %n more", nullptr, int(lines.size() - 10)) : QString()));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    QPushButton *replace = box->addButton(tr("&Replace them"), QMessageBox::AcceptRole);
    box->addButton(tr("&Keep what is there"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, id, keys, replace](QAbstractButton *button) {
        m_open.remove(id);
        m_folders->answer(id, button == replace ? keys : QStringList());
    });
    m_open.insert(id, box);
    box->show();
}

} // namespace haul
