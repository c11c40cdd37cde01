#include "syncpreview.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "format.h"
#include "icons.h"
#include "messagebar.h"
#include "sync/keypath.h"

namespace haul {
namespace {

enum Column { FileColumn, SizeColumn, ActionColumn };

QString reasonText(CompareReason reason)
{
    switch (reason) {
    case CompareReason::New: return SyncPreviewDialog::tr("Upload: new");
    case CompareReason::SizeDiffers: return SyncPreviewDialog::tr("Upload: size changed");
    case CompareReason::MtimeDiffers: return SyncPreviewDialog::tr("Upload: modified");
    case CompareReason::ChecksumDiffers: return SyncPreviewDialog::tr("Upload: content changed");
    case CompareReason::ChecksumUnmatched:
        return SyncPreviewDialog::tr("Upload: not proven identical (stored in parts of another size, or changed)");
    case CompareReason::Overwrite:
    case CompareReason::Unknown:
    case CompareReason::Identical:
    case CompareReason::SameChecksum: break;
    }
    return SyncPreviewDialog::tr("Upload: changed");
}

QString count(qint64 files)
{
    return files == 0 ? SyncPreviewDialog::tr("none") : QStringLiteral("%L1").arg(files);
}

QString countAndSize(qint64 files, qint64 bytes)
{
    if (files == 0)
        return count(0);
    return SyncPreviewDialog::tr("%L1 (%2)").arg(files).arg(format::size(bytes));
}

} // namespace

PlanSummary summarizePlan(const FolderPlan &plan)
{
    PlanSummary s;
    for (const PlannedFile &f : plan.transfers) {
        const bool isNew = f.reason == CompareReason::New;
        (isNew ? s.newFiles : s.changedFiles) += 1;
        (isNew ? s.newBytes : s.changedBytes) += f.size;
    }
    for (const PlannedFile &f : plan.questions) {
        s.changedFiles += 1;
        s.changedBytes += f.size;
    }
    s.alreadyThere = plan.skipped;
    s.deletions = plan.deletions.size();
    s.problems = plan.issues.size();
    return s;
}

SyncPreviewDialog::SyncPreviewDialog(const SavedSyncPair &pair, QWidget *parent)
    : QDialog(parent)
    , m_pair(pair)
    , m_intro(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_message(new MessageBar(this))
    , m_files(new QTreeWidget(this))
    , m_sync(new QPushButton(icon(u"upload"), tr("&Sync now"), this))
{
    setWindowTitle(tr("Preview: sync “%1”").arg(pair.folderName()));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Comparing the folder “%1” with %2…")
                         .arg(QDir::toNativeSeparators(pair.pair.localFolder), pair.destination()));
    m_counts->hide();
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("What “Sync now” does")});
    m_files->setRootIsDecorated(false);
    m_files->setUniformRowHeights(true);
    m_files->setAccessibleName(tr("Files the sync would change"));
    m_files->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_sync->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_sync, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        Q_EMIT syncRequested(m_pair);
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(m_counts);
    layout->addWidget(m_files, 1);
    layout->addStretch(0); // takes the room when there is no file to list
    layout->addWidget(buttons);
    resize(720, 460);
}

void SyncPreviewDialog::setPlan(const FolderPlan &plan)
{
    m_summary = summarizePlan(plan);
    m_hasPlan = true;
    m_intro->setText(tr("Nothing has been sent yet. This is what “Sync now” would do with the folder “%1” "
                        "and %2:")
                         .arg(QDir::toNativeSeparators(m_pair.pair.localFolder), m_pair.destination()));
    fillSummary();
    fillFiles(plan);
    m_sync->setEnabled(true);
    m_sync->setDefault(true);
}

void SyncPreviewDialog::showError(const Error &error)
{
    m_intro->setText(tr("The folder “%1” could not be compared with %2.")
                         .arg(QDir::toNativeSeparators(m_pair.pair.localFolder), m_pair.destination()));
    m_message->showError(error);
    m_sync->setEnabled(false);
}

void SyncPreviewDialog::fillSummary()
{
    const PlanSummary &s = m_summary;
    delete m_counts->layout();
    qDeleteAll(m_counts->findChildren<QLabel *>(Qt::FindDirectChildrenOnly));
    auto *form = new QFormLayout(m_counts);
    form->setContentsMargins(0, 4, 0, 4);
    m_lines.clear();
    const auto row = [this, form](const QString &label, const QString &value) {
        m_lines << label + QLatin1Char(' ') + value;
        auto *number = new QLabel(value, m_counts);
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = number->font();
        bold.setBold(true);
        number->setFont(bold);
        form->addRow(new QLabel(label, m_counts), number);
    };
    row(tr("New files to upload:"), countAndSize(s.newFiles, s.newBytes));
    row(tr("Changed files to upload:"), countAndSize(s.changedFiles, s.changedBytes));
    row(tr("Already there, not sent again:"), count(s.alreadyThere));
    if (m_pair.deleteRemote)
        row(tr("Gone from the folder, deleted from the bucket after you confirm:"), count(s.deletions));
    else
        row(tr("Gone from the folder, kept in the bucket (deleting is off for this pair):"),
            count(s.deletions));
    if (s.problems > 0)
        row(tr("Files that cannot be read or named, skipped:"), count(s.problems));
    m_counts->show();
    m_files->setVisible(s.newFiles + s.changedFiles + s.deletions + s.problems > 0);
}

void SyncPreviewDialog::fillFiles(const FolderPlan &plan)
{
    m_files->clear();
    QList<QTreeWidgetItem *> items;
    int notListed = 0;
    const auto add = [&](const QString &name, const QString &size, const QString &action) {
        if (items.size() < MaxListedFiles)
            items << new QTreeWidgetItem(QStringList{name, size, action});
        else
            ++notListed;
    };
    for (const PlannedFile &f : plan.transfers)
        add(relativeKey(f.key), format::size(f.size), reasonText(f.reason));
    for (const PlannedFile &f : plan.questions)
        add(relativeKey(f.key), format::size(f.size), reasonText(f.reason));
    const QString gone = m_pair.deleteRemote ? tr("Delete from the bucket (after you confirm)")
                                             : tr("Keep in the bucket");
    for (const QString &key : plan.deletions)
        add(relativeKey(key), QString(), gone);
    for (const FolderIssue &issue : plan.issues)
        add(QDir::toNativeSeparators(issue.subject), QString(), tr("Skipped: cannot be read or named"));
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
    if (notListed > 0) // the counts above cover them; the list stays quick to show
        items << new QTreeWidgetItem(QStringList{tr("… and %n more file(s), not listed here", nullptr, notListed)});
    m_files->addTopLevelItems(items);
}

QString SyncPreviewDialog::relativeKey(const QString &key) const
{
    const QString prefix = folderPrefix(m_pair.pair.prefix);
    return key.startsWith(prefix) ? key.mid(prefix.size()) : key;
}

QString SyncPreviewDialog::summaryText() const
{
    return m_lines.join(QLatin1Char('\n'));
}

} // namespace haul
