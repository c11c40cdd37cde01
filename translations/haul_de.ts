<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/folder/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--download needs --to FOLDER: the folder to save into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either files to upload or --download, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are uploaded to a bucket: use --to s3://bucket/folder/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to FOLDER is only used with --download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-when-done needs files to upload or --download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-when-done needs --to s3://bucket/folder/ to know where the files go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --to and --download at most once each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/key or s3://bucket/folder/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage and goes with --screenshot FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account yet. Start Haul without arguments to add one, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and use --account environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account with --account (one of: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “%1”. Known accounts: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haul %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: haul [FILES…] [options]
Moves large files to and from S3 storage, verified.

  FILES…                        files or folders to upload (as if dropped on the window)
  --account NAME                the account to use (&quot;environment&quot;: the AWS_* variables)
  --to s3://bucket/folder/      where FILES go
  --download s3://bucket/key    download an object, or a whole folder (ending in /)
  --to FOLDER                   where --download saves
  --quit-when-done              exit when the queue is finished: status 0 if every
                                transfer succeeded, 1 otherwise (reasons on stderr)
  --screenshot FILE             save a picture of the window …
  --screenshot-at PERCENT       … once overall progress passes PERCENT (default 50)
  --version                     print the version and exit
  --help                        print this help and exit

Bad arguments exit with status 2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it has %n character(s), but 3 to 63 are needed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>it contains capital letters, and only lower-case letters are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains %1, and only letters, digits, dots and hyphens are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must begin and end with a letter or a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not have two dots in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dot and a hyphen must not stand next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not look like an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it begins with a prefix reserved by Amazon (such as “xn--”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with a suffix reserved by Amazon (such as “-s3alias”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage service refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2

Details: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartBar</name>
    <message>
        <source>Parts of the selected transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parts to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n part(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being retried</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a description</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced Redundancy (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard – Infrequent Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Zone – Infrequent Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligent-Tiering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glacier Instant Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glacier Flexible Retrieval (hours to restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glacier Deep Archive (12 hours or more to restore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::AccountDialog</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Institute storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other S3-compatible (Ceph, MinIO, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://s3.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path-style (bucket in the path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket in the host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC32C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your institute&apos;s CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name, such as “Institute storage”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named “%1”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the storage service, such as https://s3.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. It should look like https://s3.example.org or http://192.0.2.10:9000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only. Haul will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from ~/.aws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills the fields from a profile of the AWS command line tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the profile “%1”. Check the fields, then continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the profile “%1”. Its keys are temporary: Haul keeps the access key and secret, but not the session token, so the account works only while the keys are valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::Breadcrumb</name>
    <message>
        <source>All buckets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::BrowserActions</name>
    <message>
        <source>De&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size, dates, checksum and metadata of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a link that lets anyone download the selected file for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected objects and folders (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for the folder “%1” (everything in it is copied on the server, then the originals are deleted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot begin or end with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) could not be moved and stayed where they were, the first: “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be deleted, the first: “%1” (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only files up to %1 in all can be dragged out of Haul; use Download… for folders and big files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::BrowserModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::BrowserPanel</name>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the files and folders whose name contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating bucket “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating folder “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no buckets yet. Use “New bucket” to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln item(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::DeleteJob</name>
    <message>
        <source>Counting the files in “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the empty folder “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %Ln file(s) in it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all, will be deleted from the bucket “%2”. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::FirstRunWizard</name>
    <message>
        <source>Welcome to Haul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your storage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the details your storage team gave you, or import them from the AWS command line tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haul asks the storage service whether it accepts the account, then saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket is the top-level folder of the storage service. You can open another one at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buckets this account can see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket Haul opens when you click Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Saving the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no buckets yet. After you click Finish, use “New bucket” in the toolbar to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haul opens the selected bucket when you click Finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::FolderRename</name>
    <message>
        <source>Listing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming “%1”: %2 of %3 copied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming “%1”: deleting the originals…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::Launcher</name>
    <message>
        <source>haul: the account “%1” cannot be used: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul: screenshot saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul: the screenshot could not be saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haul: %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>haul: %n transfer(s) succeeded, %1 failed; %2 in %3 s (%4)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::MainWindow</name>
    <message>
        <source>Haul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files to the folder shown (or drop them onto the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the selected objects and folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New bucket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The storage account to work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Add the account of your storage service to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the account “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Haul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Haul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Haul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haul %1: fast, verified transfers to and from S3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is gone. Transfers are paused and continue when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The network is gone: %n transfer(s) paused. They continue when it is back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n transfer(s) continue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bucket or folder with Enter. Drop files here to upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space pauses or resumes the selected transfers, Delete cancels them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is gone. Transfers pause and continue when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bucket first, then drop the files onto it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued for s3://%1/%2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open the bucket and folder the %n file(s) should go to, then click “Upload here”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the objects or folders to download first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket name (lower-case letters, digits, dots, hyphens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) finished</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haul keeps transferring in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::Notifier</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::ObjectDetails</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (uploaded in %n part(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the storage service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STANDARD (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC32C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>metadata name: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Parts: %1 of %n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::SettingsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when the queue finishes or a transfer fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start minimised to the &amp;tray while transfers run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (8 MiB, larger for very big files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported, else MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRC32C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it if it is identical, else ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous connecti&amp;ons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Storage class for uploads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a downloaded file already e&amp;xists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum for new &amp;accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many parts are sent or received at once, over all transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most Haul may use of the network. Changes apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big files are sent in parts of this size. Applies to uploads that start later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the store keeps uploaded files. Archive classes cost less but take hours to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a download does when the folder already has a file of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How new accounts check that every part arrived intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect the next time Haul starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a checksum Haul cannot prove that a file arrived intact. Use this only for a store that refuses both CRC32C and MD5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::ShareDialog</name>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has the link can download “%1” — no account needed — until the link expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link appears here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>a link&apos;s lifetime: for 7 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a share link&apos;s expiry date is written: &quot;Tuesday 2 December&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The link works until %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>haul::TrayIcon</name>
    <message>
        <source>&amp;Show Haul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haul</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
