<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>it has %n character(s), but 3 to 63 are needed</source>
        <translation>
            <numerusform>it has %n character, but 3 to 63 are needed</numerusform>
            <numerusform>it has %n characters, but 3 to 63 are needed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartBar</name>
    <message numerus="yes">
        <source>%1 of %n part(s) done</source>
        <translation>
            <numerusform>%1 of %n part done</numerusform>
            <numerusform>%1 of %n parts done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n being sent</numerusform>
            <numerusform>%n being sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being retried</source>
        <translation>
            <numerusform>%n being retried</numerusform>
            <numerusform>%n being retried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::AccountDialog</name>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Connected: this account sees %n bucket.</numerusform>
            <numerusform>Connected: this account sees %n buckets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::BrowserActions</name>
    <message numerus="yes">
        <source>%Ln object(s) could not be moved and stayed where they were, the first: “%1”.</source>
        <translation>
            <numerusform>%Ln object could not be moved and stayed where they were, the first: “%1”.</numerusform>
            <numerusform>%Ln objects could not be moved and stayed where they were, the first: “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be deleted, the first: “%1” (%2).</source>
        <translation>
            <numerusform>%Ln file could not be deleted, the first: “%1” (%2).</numerusform>
            <numerusform>%Ln files could not be deleted, the first: “%1” (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted.</source>
        <translation>
            <numerusform>%Ln file deleted.</numerusform>
            <numerusform>%Ln files deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore asked for %Ln file(s); it takes %1. Download them once it is done.</source>
        <translation>
            <numerusform>Restore asked for %Ln file; it takes %1. Download it once it is done.</numerusform>
            <numerusform>Restore asked for %Ln files; it takes %1. Download them once it is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) were being restored already.</source>
        <translation>
            <numerusform>%Ln file was being restored already.</numerusform>
            <numerusform>%Ln files were being restored already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are restored already and can be downloaded now.</source>
        <translation>
            <numerusform>%Ln file is restored already and can be downloaded now.</numerusform>
            <numerusform>%Ln files are restored already and can be downloaded now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be restored, the first: “%1”. %2</source>
        <translation>
            <numerusform>%Ln file could not be restored: “%1”. %2</numerusform>
            <numerusform>%Ln files could not be restored, the first: “%1”. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking for the restore: %1 of %Ln file(s) answered…</source>
        <translation>
            <numerusform>Asking for the restore: %1 of %Ln file answered…</numerusform>
            <numerusform>Asking for the restore: %1 of %Ln files answered…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::BrowserPanel</name>
    <message numerus="yes">
        <source>Loading… %Ln item(s) so far</source>
        <translation>
            <numerusform>Loading… %Ln item so far</numerusform>
            <numerusform>Loading… %Ln items so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::DeleteJob</name>
    <message numerus="yes">
        <source>Delete “%1” and the %Ln file(s) in it?</source>
        <translation>
            <numerusform>Delete “%1” and the %Ln file in it?</numerusform>
            <numerusform>Delete “%1” and the %Ln files in it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation>
            <numerusform>Delete these %n item?</numerusform>
            <numerusform>Delete these %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all, will be deleted from the bucket “%2”. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln file, %1 in all, will be deleted from the bucket “%2”. This cannot be undone.</numerusform>
            <numerusform>%Ln files, %1 in all, will be deleted from the bucket “%2”. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln file(s)…</source>
        <translation>
            <numerusform>Deleting %Ln file…</numerusform>
            <numerusform>Deleting %Ln files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::DeletionConfirmDialog</name>
    <message numerus="yes">
        <source>&amp;Delete %n file(s)</source>
        <translation>
            <numerusform>&amp;Delete %n file</numerusform>
            <numerusform>&amp;Delete %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::ExistingFilesBar</name>
    <message numerus="yes">
        <source>%n files being downloaded are already there and differ from the objects (the first: “%1” in %2). Overwrite them, or skip those downloads and keep your files?</source>
        <translation>
            <numerusform>%n file being downloaded is already there and differs from the object (“%1” in %2). Overwrite it, or skip the download and keep your file?</numerusform>
            <numerusform>%n files being downloaded are already there and differ from the objects (the first: “%1” in %2). Overwrite them, or skip those downloads and keep your files?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::FirstRunWizard</name>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Connected: this account sees %n bucket.</numerusform>
            <numerusform>Connected: this account sees %n buckets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::FolderQuestions</name>
    <message numerus="yes">
        <source>%n file(s) of this folder already exist with different contents. Replace them, or keep what is there?</source>
        <translation>
            <numerusform>%n file of this folder already exists with different contents. Replace it, or keep what is there?</numerusform>
            <numerusform>%n files of this folder already exist with different contents. Replace them, or keep what is there?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::Launcher</name>
    <message numerus="yes">
        <source>haul: %n transfer(s) succeeded, %1 failed; %2 in %3 s (%4)</source>
        <translation>
            <numerusform>haul: %n transfer succeeded, %1 failed; %2 in %3 s (%4)</numerusform>
            <numerusform>haul: %n transfers succeeded, %1 failed; %2 in %3 s (%4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::MainWindow</name>
    <message numerus="yes">
        <source>The network is gone: %n transfer(s) paused. They continue when it is back.</source>
        <translation>
            <numerusform>The network is gone: %n transfer paused. It continues when the network is back.</numerusform>
            <numerusform>The network is gone: %n transfers paused. They continue when it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n transfer(s) continue.</source>
        <translation>
            <numerusform>The network is back: %n transfer continue.</numerusform>
            <numerusform>The network is back: %n transfers continue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) here</source>
        <translation>
            <numerusform>Upload %n file here</numerusform>
            <numerusform>Upload %n files here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open the bucket and folder the %n file(s) should go to, then click “Upload here”.</source>
        <translation>
            <numerusform>Open the bucket and folder the %n file should go to, then click “Upload here”.</numerusform>
            <numerusform>Open the bucket and folder the %n files should go to, then click “Upload here”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) finished</source>
        <translation>
            <numerusform>%n transfer finished</numerusform>
            <numerusform>%n transfers finished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued for %1</source>
        <translation>
            <numerusform>%n file queued for %1</numerusform>
            <numerusform>%n files queued for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 queued for %2</source>
        <translation>
            <numerusform>%n folder and %1 queued for %2</numerusform>
            <numerusform>%n folders and %1 queued for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n file(s) could not be transferred; the queue row lists them.</source>
        <translation>
            <numerusform>“%1”: %n file could not be transferred; the queue row lists it.</numerusform>
            <numerusform>“%1”: %n files could not be transferred; the queue row lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n already there</numerusform>
            <numerusform>, %n already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::Notifier</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n file downloaded</numerusform>
            <numerusform>%n files downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation>
            <numerusform>%n transfer failed</numerusform>
            <numerusform>%n transfers failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::ObjectDetails</name>
    <message numerus="yes">
        <source>%1 (uploaded in %n part(s))</source>
        <translation>
            <numerusform>%1 (uploaded in %n part)</numerusform>
            <numerusform>%1 (uploaded in %n parts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all</source>
        <translation>
            <numerusform>%Ln file, %1 in all</numerusform>
            <numerusform>%Ln files, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::QueueModel</name>
    <message numerus="yes">
        <source>Some parts were sent again after %n failed attempt(s).</source>
        <translation>
            <numerusform>Some parts were sent again after %n failed attempt.</numerusform>
            <numerusform>Some parts were sent again after %n failed attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing: %n file(s) found</source>
        <translation>
            <numerusform>Comparing: %n file found</numerusform>
            <numerusform>Comparing: %n files found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Downloading: %1 of %n file</numerusform>
            <numerusform>Downloading: %1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Uploading: %1 of %n file</numerusform>
            <numerusform>Uploading: %1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) exist: choose what to do</source>
        <translation>
            <numerusform>%n changed file exists: choose what to do</numerusform>
            <numerusform>%n changed files exist: choose what to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting: delete %n remote file(s)?</source>
        <translation>
            <numerusform>Waiting: delete %n remote file?</numerusform>
            <numerusform>Waiting: delete %n remote files?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n remote file(s)…</source>
        <translation>
            <numerusform>Deleting %n remote file…</numerusform>
            <numerusform>Deleting %n remote files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %1 of %n file(s)</source>
        <translation>
            <numerusform>Paused: %1 of %n file</numerusform>
            <numerusform>Paused: %1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s)</source>
        <translation>
            <numerusform>Done: %n file</numerusform>
            <numerusform>Done: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) done</source>
        <translation>
            <numerusform>Cancelled: %1 of %n file done</numerusform>
            <numerusform>Cancelled: %1 of %n files done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n already there</numerusform>
            <numerusform>, %n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::QueuePanel</name>
    <message numerus="yes">
        <source>Parts: %1 of %n done</source>
        <translation>
            <numerusform>Parts: %1 of %n done</numerusform>
            <numerusform>Parts: %1 of %n done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::ShareDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::StaleUploadsBar</name>
    <message numerus="yes">
        <source>Haul left %n unfinished upload(s) on %1. Their parts cost storage until they are cleaned up.</source>
        <translation>
            <numerusform>Haul left %n unfinished upload on %1. Its parts cost storage until it is cleaned up.</numerusform>
            <numerusform>Haul left %n unfinished uploads on %1. Their parts cost storage until they are cleaned up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %n unfinished upload(s).</source>
        <translation>
            <numerusform>Cleaned up %n unfinished upload.</numerusform>
            <numerusform>Cleaned up %n unfinished uploads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %1; %n unfinished upload(s) could not be cleaned up now (the storage service refused or could not be reached). Haul offers this again at the next start.</source>
        <translation>
            <numerusform>Cleaned up %1; %n unfinished upload could not be cleaned up now (the storage service refused or could not be reached). Haul offers this again at the next start.</numerusform>
            <numerusform>Cleaned up %1; %n unfinished uploads could not be cleaned up now (the storage service refused or could not be reached). Haul offers this again at the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::SyncPreviewDialog</name>
    <message numerus="yes">
        <source>… and %n more file(s), not listed here</source>
        <translation>
            <numerusform>… and %n more file, not listed here</numerusform>
            <numerusform>… and %n more files, not listed here</numerusform>
        </translation>
    </message>
</context>
</TS>
