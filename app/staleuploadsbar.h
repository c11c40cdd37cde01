#pragma once

#include <QWidget>

#include "engine/snapshot.h"

class QPushButton;

namespace haul {

class AccountRegistry;
class MessageBar;
class TransferManager;

/// The offer, at start, to clean up the multipart uploads Haul left unfinished (a cancel or an
/// abort the store did not confirm): their parts cost storage until aborted. Not modal: a
/// message bar above the browser says how many and on which buckets, with "Clean up" and
/// "Not now". Clean up opens the accounts concerned (reading their secrets), asks the core to
/// abort the uploads and says how it went; what could not be cleaned up is offered again at the
/// next start.
class StaleUploadsBar : public QWidget {
    Q_OBJECT
public:
    StaleUploadsBar(TransferManager *transfers, AccountRegistry *accounts, QWidget *parent = nullptr);

    MessageBar *message() const { return m_message; }
    QPushButton *cleanUpButton() const { return m_cleanUp; }
    QPushButton *notNowButton() const { return m_notNow; }

private:
    void offer(const QList<StaleUpload> &uploads);
    void cleanUp();
    void activateNext(QStringList accounts);
    void onCleanedUp(int aborted, const QList<StaleUpload> &left);

    TransferManager *m_transfers;
    AccountRegistry *m_accounts;
    MessageBar *m_message;
    QPushButton *m_cleanUp;
    QPushButton *m_notNow;
    bool m_cleaning = false;
};

} // namespace haul
