#include "deletejob.h"

#include <QMessageBox>
#include <QPushButton>

#include "bucketservice.h"
#include "format.h"

namespace haul {

namespace {

int fileCount(const QStringList &keys)
{
    int files = 0;
    for (const QString &key : keys)
        files += key.endsWith(QLatin1Char('/')) ? 0 : 1;
    return files;
}

/// "run42/" for a folder, "plate.tif" for an object.
QString shownName(const BrowserModel::Entry &e)
{
    return e.kind == BrowserModel::Kind::Folder ? e.name + QLatin1Char('/') : e.name;
}

} // namespace

DeleteJob::DeleteJob(BucketService *buckets, const QString &account, const QString &bucket,
                     const QList<BrowserModel::Entry> &entries, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_buckets(buckets)
    , m_account(account)
    , m_bucket(bucket)
    , m_entries(entries)
    , m_dialogParent(dialogParent)
{
    connect(m_buckets, &BucketService::keysListed, this, &DeleteJob::onKeysListed);
    connect(m_buckets, &BucketService::deleteProgress, this, &DeleteJob::onDeleteProgress);
    connect(m_buckets, &BucketService::objectsDeleted, this, &DeleteJob::onDeleted);
}

void DeleteJob::start()
{
    for (const BrowserModel::Entry &e : std::as_const(m_entries)) {
        if (e.kind == BrowserModel::Kind::Folder)
            m_folders.append(e.key);
        else if (e.kind == BrowserModel::Kind::Object) {
            m_keys.append(e.key);
            m_bytes += std::max<qint64>(0, e.size);
        }
    }
    listNextFolder();
}

void DeleteJob::listNextFolder()
{
    if (m_folders.isEmpty())
        return ask();
    const QString prefix = m_folders.takeFirst();
    Q_EMIT progress(tr("Counting the files in “%1”…").arg(prefix));
    m_request = m_buckets->listAllKeys(m_account, m_bucket, prefix);
}

void DeleteJob::onKeysListed(quint64 request, const QStringList &keys, qint64 bytes, const Error &error)
{
    if (request != m_request)
        return;
    m_request = 0;
    if (!error.ok())
        return end(0, {}, error, false);
    m_keys += keys;
    m_bytes += bytes;
    listNextFolder();
}

QString DeleteJob::question(const QList<BrowserModel::Entry> &entries, int files)
{
    if (entries.size() == 1 && entries.first().kind == BrowserModel::Kind::Folder) {
        const QString name = shownName(entries.first());
        if (files == 0)
            return tr("Delete the empty folder “%1”?").arg(name);
        return tr("Delete “%1” and the %Ln file(s) in it?", nullptr, files).arg(name);
    }
    if (entries.size() == 1)
        return tr("Delete “%1”?").arg(shownName(entries.first()));
    return tr("Delete these %n item(s)?", nullptr, int(entries.size()));
}

QString DeleteJob::details(const QString &bucket, int files, qint64 bytes)
{
    return tr("%Ln file(s), %1 in all, will be deleted from the bucket “%2”. This cannot be undone.",
              nullptr, files).arg(format::size(bytes), bucket);
}

void DeleteJob::ask()
{
    QStringList names;
    for (const BrowserModel::Entry &e : std::as_const(m_entries))
        names.append(shownName(e));
    m_box = new QMessageBox(QMessageBox::Warning, tr("Delete"), question(m_entries, fileCount(m_keys)),
                            QMessageBox::Cancel, m_dialogParent);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    m_box->setInformativeText(details(m_bucket, fileCount(m_keys), m_bytes));
    if (names.size() > 1)
        m_box->setDetailedText(names.join(QLatin1Char('\n')));
    QPushButton *remove = m_box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    m_box->setDefaultButton(QMessageBox::Cancel);
    m_box->setWindowModality(Qt::WindowModal);
    connect(m_box, &QMessageBox::finished, this, [this, remove] {
        const bool confirmed = m_box && m_box->clickedButton() == remove;
        m_box = nullptr;
        if (confirmed)
            deleteAll();
        else
            end(0, {}, Error(), true);
    });
    Q_EMIT progress({});
    m_box->open();
}

void DeleteJob::deleteAll()
{
    Q_EMIT progress(tr("Deleting %Ln file(s)…", nullptr, int(m_keys.size())));
    m_request = m_buckets->deleteKeys(m_account, m_bucket, m_keys);
}

void DeleteJob::onDeleteProgress(quint64 request, int deleted, int total)
{
    if (request == m_request)
        Q_EMIT progress(tr("Deleting… %1 of %2").arg(QLocale().toString(deleted), QLocale().toString(total)));
}

void DeleteJob::onDeleted(quint64 request, int deleted, const QList<DeleteFailure> &failures, const Error &error)
{
    if (request == m_request)
        end(deleted, failures, error, false);
}

void DeleteJob::end(int deleted, const QList<DeleteFailure> &failures, const Error &error, bool cancelled)
{
    m_request = 0;
    if (error.ok() && !cancelled) { // count files, as the question did (not folder markers)
        QStringList refused;
        for (const DeleteFailure &f : failures)
            refused.append(f.key);
        deleted = fileCount(m_keys) - fileCount(refused);
    }
    Q_EMIT finished(deleted, failures, error, cancelled);
    deleteLater();
}

} // namespace haul
