<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/folder/.</source>
        <translation>„%1“ ist keine S3-Adresse. Schreiben Sie sie als s3://bucket/ordner/.</translation>
    </message>
    <message>
        <source>--download needs --to FOLDER: the folder to save into.</source>
        <translation>--download braucht --to ORDNER: den Ordner, in dem gespeichert wird.</translation>
    </message>
    <message>
        <source>Give either files to upload or --download, not both.</source>
        <translation>Geben Sie entweder Dateien zum Hochladen oder --download an, nicht beides.</translation>
    </message>
    <message>
        <source>Files are uploaded to a bucket: use --to s3://bucket/folder/.</source>
        <translation>Dateien werden in einen Bucket hochgeladen: Verwenden Sie --to s3://bucket/ordner/.</translation>
    </message>
    <message>
        <source>--to FOLDER is only used with --download.</source>
        <translation>--to ORDNER wird nur mit --download verwendet.</translation>
    </message>
    <message>
        <source>--quit-when-done needs files to upload or --download.</source>
        <translation>--quit-when-done braucht Dateien zum Hochladen oder --download.</translation>
    </message>
    <message>
        <source>--quit-when-done needs --to s3://bucket/folder/ to know where the files go.</source>
        <translation>--quit-when-done braucht --to s3://bucket/ordner/, um zu wissen, wohin die Dateien gehen.</translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage from 0 to 100.</source>
        <translation>--screenshot-at erwartet einen Prozentwert von 0 bis 100.</translation>
    </message>
    <message>
        <source>Give --to and --download at most once each.</source>
        <translation>Geben Sie --to und --download jeweils höchstens einmal an.</translation>
    </message>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/key or s3://bucket/folder/.</source>
        <translation>„%1“ ist keine S3-Adresse. Schreiben Sie sie als s3://bucket/schlüssel oder s3://bucket/ordner/.</translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage and goes with --screenshot FILE.</source>
        <translation>--screenshot-at erwartet einen Prozentwert und gehört zu --screenshot DATEI.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>There is no account yet. Start Haul without arguments to add one, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and use --account environment.</source>
        <translation>Es gibt noch kein Konto. Starten Sie Haul ohne Argumente, um eines hinzuzufügen, oder setzen Sie AWS_ACCESS_KEY_ID und AWS_SECRET_ACCESS_KEY und verwenden Sie --account environment.</translation>
    </message>
    <message>
        <source>Name the account with --account (one of: %1).</source>
        <translation>Nennen Sie das Konto mit --account (eines von: %1).</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Es gibt kein Konto mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Known accounts: %2.</source>
        <translation>Es gibt kein Konto mit dem Namen „%1“. Vorhandene Konten: %2.</translation>
    </message>
    <message>
        <source>Haul %1</source>
        <translation>Haul %1</translation>
    </message>
    <message>
        <source>haul: %1
</source>
        <translation>haul: %1
</translation>
    </message>
    <message>
        <source>--if-exists takes skip-identical, overwrite or skip.</source>
        <translation>--if-exists erwartet skip-identical, overwrite oder skip.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Give --to the folder to save into.</source>
        <translation>„%1“ ist eine Datei, kein Ordner. Geben Sie bei --to den Ordner an, in dem gespeichert wird.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made. Check the path, and that you may write there.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden. Prüfen Sie den Pfad und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>The name of “%1” is not valid text on this system, so Haul cannot open the file. Rename it, then try again.</source>
        <translation>Der Name von „%1“ ist auf diesem System kein gültiger Text, daher kann Haul die Datei nicht öffnen. Benennen Sie sie um und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>While another Haul runs for this user, a new one exits with status 4.
</source>
        <translation>Solange ein anderes Haul für diesen Benutzer läuft, endet ein neues mit Status 4.
</translation>
    </message>
    <message>
        <source>--follow-links is for folders to upload: give them as FILES.</source>
        <translation>--follow-links gilt für hochzuladende Ordner: geben Sie sie als DATEIEN an.</translation>
    </message>
    <message>
        <source>Usage: haul [FILES…] [options]
Moves large files to and from S3 storage, verified.

  FILES…                        files or folders to upload (as if dropped on the window)
  --account NAME                the account to use (&quot;environment&quot;: the AWS_* variables)
  --to s3://bucket/folder/      where FILES go
  --download s3://bucket/key    download an object, or a whole folder (ending in /)
  --to FOLDER                   where --download saves
  --if-exists WHAT              a file already in FOLDER: skip-identical (default:
                                keep it when size and time match, else replace it),
                                overwrite, or skip (always keep it)
  --follow-links                follow links inside folders to upload (default: skip
                                them, or as the window&apos;s settings say)
  --quit-when-done              exit when the queue is finished: status 0 if every
                                transfer was verified, 1 if one failed (reasons on
                                stderr), 3 if the store gave nothing to verify one
                                against
  --screenshot FILE             save a picture of the window …
  --screenshot-at PERCENT       … once overall progress passes PERCENT (default 50)
  --version                     print the version and exit
  --help                        print this help and exit

Bad arguments exit with status 2.
</source>
        <translation>Aufruf: haul [DATEIEN…] [Optionen]
Überträgt große Dateien geprüft zu und von S3-Speicher.

  DATEIEN…                      hochzuladende Dateien oder Ordner (wie auf das Fenster gezogen)
  --account NAME                das zu verwendende Konto (&quot;environment&quot;: die AWS_*-Variablen)
  --to s3://bucket/ordner/      wohin DATEIEN gehen
  --download s3://bucket/key    ein Objekt oder einen ganzen Ordner (endet auf /) herunterladen
  --to ORDNER                   wohin --download speichert
  --if-exists WAS               eine Datei liegt schon in ORDNER: skip-identical (Standard:
                                behalten, wenn Größe und Zeit stimmen, sonst ersetzen),
                                overwrite oder skip (immer behalten)
  --follow-links                Verknüpfungen in hochzuladenden Ordnern folgen (Standard:
                                überspringen, oder wie die Einstellungen des Fensters sagen)
  --quit-when-done              beenden, wenn die Warteschlange fertig ist: Status 0, wenn jede
                                Übertragung geprüft wurde, 1, wenn eine fehlschlug (Gründe auf
                                stderr), 3, wenn der Speicher nichts zum Prüfen lieferte
  --screenshot DATEI            ein Bild des Fensters speichern …
  --screenshot-at PROZENT       … sobald der Gesamtfortschritt PROZENT übersteigt (Standard 50)
  --version                     Version ausgeben und beenden
  --help                        diese Hilfe ausgeben und beenden

Falsche Argumente beenden mit Status 2.
</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>ein unzulässiges Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>it has %n character(s), but 3 to 63 are needed</source>
        <translation>
            <numerusform>er hat %n Zeichen, es müssen aber 3 bis 63 sein</numerusform>
            <numerusform>er hat %n Zeichen, es müssen aber 3 bis 63 sein</numerusform>
        </translation>
    </message>
    <message>
        <source>it contains capital letters, and only lower-case letters are allowed</source>
        <translation>er enthält Großbuchstaben, erlaubt sind aber nur Kleinbuchstaben</translation>
    </message>
    <message>
        <source>it contains %1, and only letters, digits, dots and hyphens are allowed</source>
        <translation>er enthält %1, erlaubt sind aber nur Buchstaben, Ziffern, Punkte und Bindestriche</translation>
    </message>
    <message>
        <source>it must begin and end with a letter or a digit</source>
        <translation>er muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <source>it must not have two dots in a row</source>
        <translation>er darf nicht zwei Punkte hintereinander enthalten</translation>
    </message>
    <message>
        <source>a dot and a hyphen must not stand next to each other</source>
        <translation>Punkt und Bindestrich dürfen nicht direkt nebeneinander stehen</translation>
    </message>
    <message>
        <source>it must not look like an IP address</source>
        <translation>er darf nicht wie eine IP-Adresse aussehen</translation>
    </message>
    <message>
        <source>it begins with a prefix reserved by Amazon (such as “xn--”)</source>
        <translation>er beginnt mit einem von Amazon reservierten Präfix (etwa „xn--“)</translation>
    </message>
    <message>
        <source>it ends with a suffix reserved by Amazon (such as “-s3alias”)</source>
        <translation>er endet mit einem von Amazon reservierten Suffix (etwa „-s3alias“)</translation>
    </message>
    <message>
        <source>the storage service refuses it</source>
        <translation>der Speicherdienst lehnt ihn ab</translation>
    </message>
    <message>
        <source>%1
%2

Details: %3</source>
        <translation>%1
%2

Details: %3</translation>
    </message>
    <message>
        <source>Nothing went wrong.</source>
        <translation>Es ist kein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>No action is needed.</source>
        <translation>Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>Unter %1 antwortet nichts.</translation>
    </message>
    <message>
        <source>Nothing answers at the storage address.</source>
        <translation>Unter der Adresse des Speicherdienstes antwortet nichts.</translation>
    </message>
    <message>
        <source>Check the endpoint address and that the storage service is running.</source>
        <translation>Prüfen Sie die Endpunkt-Adresse und ob der Speicherdienst läuft.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found.</source>
        <translation>Der Servername %1 kann nicht gefunden werden.</translation>
    </message>
    <message>
        <source>The server name cannot be found.</source>
        <translation>Der Servername kann nicht gefunden werden.</translation>
    </message>
    <message>
        <source>Check the endpoint address for typing mistakes and that this computer is on the network.</source>
        <translation>Prüfen Sie die Endpunkt-Adresse auf Tippfehler und ob dieser Computer mit dem Netzwerk verbunden ist.</translation>
    </message>
    <message>
        <source>The network path to %1 cannot be reached.</source>
        <translation>%1 ist über das Netzwerk nicht erreichbar.</translation>
    </message>
    <message>
        <source>The network cannot be reached.</source>
        <translation>Das Netzwerk ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the network, then retry.</source>
        <translation>Prüfen Sie, ob dieser Computer mit dem Netzwerk verbunden ist, und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The storage service stopped answering.</source>
        <translation>Der Speicherdienst antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, check the network or use fewer connections.</source>
        <translation>Wiederholen Sie den Vorgang später. Wenn es immer wieder passiert, prüfen Sie das Netzwerk oder verwenden Sie weniger Verbindungen.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut off.</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>The connection to the storage service was cut off.</source>
        <translation>Die Verbindung zum Speicherdienst wurde unterbrochen.</translation>
    </message>
    <message>
        <source>Retry: Haul continues where it stopped.</source>
        <translation>Wiederholen Sie den Vorgang: Haul macht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate of the storage service is not trusted.</source>
        <translation>Dem Zertifikat des Speicherdienstes wird nicht vertraut.</translation>
    </message>
    <message>
        <source>If your institute uses its own certificate authority, choose its certificate file in the account settings.</source>
        <translation>Wenn Ihr Institut eine eigene Zertifizierungsstelle verwendet, wählen Sie deren Zertifikatsdatei in den Kontoeinstellungen aus.</translation>
    </message>
    <message>
        <source>A secure connection to %1 cannot be set up.</source>
        <translation>Eine sichere Verbindung zu %1 kann nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>A secure connection to the storage service cannot be set up.</source>
        <translation>Eine sichere Verbindung zum Speicherdienst kann nicht hergestellt werden.</translation>
    </message>
    <message>
        <source>Check whether the endpoint address should start with https:// or http://, or ask your storage administrator.</source>
        <translation>Prüfen Sie, ob die Endpunkt-Adresse mit https:// oder http:// beginnen muss, oder fragen Sie den Administrator Ihres Speichers.</translation>
    </message>
    <message>
        <source>The storage service does not know the access key id %1.</source>
        <translation>Der Speicherdienst kennt die Zugriffsschlüssel-ID %1 nicht.</translation>
    </message>
    <message>
        <source>The storage service does not know this account&apos;s access key id.</source>
        <translation>Der Speicherdienst kennt die Zugriffsschlüssel-ID dieses Kontos nicht.</translation>
    </message>
    <message>
        <source>Open the account settings and check the access key id.</source>
        <translation>Öffnen Sie die Kontoeinstellungen und prüfen Sie die Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>The secret key for this account is wrong.</source>
        <translation>Der geheime Schlüssel für dieses Konto ist falsch.</translation>
    </message>
    <message>
        <source>Open the account settings and paste the secret key again.</source>
        <translation>Öffnen Sie die Kontoeinstellungen und fügen Sie den geheimen Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the storage service&apos;s clock.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der Uhr des Speicherdienstes ab.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date and time correctly (automatic time is best), then retry.</source>
        <translation>Stellen Sie Datum und Uhrzeit dieses Computers richtig ein (am besten automatisch) und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that with “%1”.</source>
        <translation>Dieses Konto darf das mit „%1“ nicht tun.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Dieses Konto darf das nicht tun.</translation>
    </message>
    <message>
        <source>Ask the bucket&apos;s owner or your storage administrator for permission.</source>
        <translation>Bitten Sie den Eigentümer des Buckets oder den Administrator Ihres Speichers um die Berechtigung.</translation>
    </message>
    <message>
        <source>The temporary credentials of this account have expired.</source>
        <translation>Die befristeten Zugangsdaten dieses Kontos sind abgelaufen.</translation>
    </message>
    <message>
        <source>Get new credentials and enter them in the account settings.</source>
        <translation>Besorgen Sie neue Zugangsdaten und geben Sie sie in den Kontoeinstellungen ein.</translation>
    </message>
    <message>
        <source>No secret key is stored for the account “%1”.</source>
        <translation>Für das Konto „%1“ ist kein geheimer Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No secret key is stored for this account.</source>
        <translation>Für dieses Konto ist kein geheimer Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Open the account settings and enter the secret key.</source>
        <translation>Öffnen Sie die Kontoeinstellungen und geben Sie den geheimen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the secret key cannot be kept there.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar, daher kann der geheime Schlüssel dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Haul keeps the secret key for this session only. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) to keep it.</source>
        <translation>Haul behält den geheimen Schlüssel nur für diese Sitzung. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring oder KWallet), um ihn dauerhaft zu speichern.</translation>
    </message>
    <message>
        <source>The bucket “%1” does not exist.</source>
        <translation>Der Bucket „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>Der Bucket existiert nicht.</translation>
    </message>
    <message>
        <source>Check the bucket name, or create the bucket first.</source>
        <translation>Prüfen Sie den Bucket-Namen oder legen Sie den Bucket zuerst an.</translation>
    </message>
    <message>
        <source>There is no object “%1” in the bucket.</source>
        <translation>Im Bucket gibt es kein Objekt „%1“.</translation>
    </message>
    <message>
        <source>The object is not in the bucket.</source>
        <translation>Das Objekt ist nicht im Bucket.</translation>
    </message>
    <message>
        <source>Refresh the folder: someone may have moved or deleted the object.</source>
        <translation>Aktualisieren Sie den Ordner: Möglicherweise hat jemand das Objekt verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>There is nothing to download under “%1”.</source>
        <translation>Unter „%1“ gibt es nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>There is nothing to download in that folder.</source>
        <translation>In diesem Ordner gibt es nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s name and its bucket: no object&apos;s name starts with it.</source>
        <translation>Prüfen Sie den Namen des Ordners und seinen Bucket: Kein Objektname beginnt damit.</translation>
    </message>
    <message>
        <source>The unfinished upload of “%1” is gone from the server.</source>
        <translation>Der unfertige Upload von „%1“ ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>The unfinished upload is gone from the server.</source>
        <translation>Der unfertige Upload ist nicht mehr auf dem Server.</translation>
    </message>
    <message>
        <source>Retry to upload the file again from the beginning.</source>
        <translation>Wiederholen Sie die Übertragung, um die Datei noch einmal von vorn hochzuladen.</translation>
    </message>
    <message>
        <source>The bucket name “%1” is already taken by someone else.</source>
        <translation>Der Bucket-Name „%1“ wird bereits von jemand anderem verwendet.</translation>
    </message>
    <message>
        <source>The bucket name is already taken by someone else.</source>
        <translation>Der Bucket-Name wird bereits von jemand anderem verwendet.</translation>
    </message>
    <message>
        <source>Choose another name: bucket names are shared by everyone using the service.</source>
        <translation>Wählen Sie einen anderen Namen: Bucket-Namen gelten für alle Nutzer des Dienstes gemeinsam.</translation>
    </message>
    <message>
        <source>You already have a bucket named “%1”.</source>
        <translation>Sie haben bereits einen Bucket mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>You already have a bucket with that name.</source>
        <translation>Sie haben bereits einen Bucket mit diesem Namen.</translation>
    </message>
    <message>
        <source>Open that bucket, or choose another name.</source>
        <translation>Öffnen Sie diesen Bucket oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The bucket name “%1” is not allowed: %2.</source>
        <translation>Der Bucket-Name „%1“ ist nicht zulässig: %2.</translation>
    </message>
    <message>
        <source>The bucket name is not allowed.</source>
        <translation>Der Bucket-Name ist nicht zulässig.</translation>
    </message>
    <message>
        <source>Choose a name of 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>Wählen Sie einen Namen aus 3 bis 63 Kleinbuchstaben, Ziffern, Punkten oder Bindestrichen.</translation>
    </message>
    <message>
        <source>The bucket “%1” is not empty.</source>
        <translation>Der Bucket „%1“ ist nicht leer.</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>Der Bucket ist nicht leer.</translation>
    </message>
    <message>
        <source>Delete the objects in it first.</source>
        <translation>Löschen Sie zuerst die Objekte darin.</translation>
    </message>
    <message>
        <source>“%1” changed on the server while Haul was working on it.</source>
        <translation>„%1“ wurde auf dem Server geändert, während Haul damit gearbeitet hat.</translation>
    </message>
    <message>
        <source>The object changed on the server while Haul was working on it.</source>
        <translation>Das Objekt wurde auf dem Server geändert, während Haul damit gearbeitet hat.</translation>
    </message>
    <message>
        <source>Retry to transfer the current version.</source>
        <translation>Wiederholen Sie die Übertragung, um die aktuelle Version zu übertragen.</translation>
    </message>
    <message>
        <source>Haul asked for bytes beyond the end of “%1”.</source>
        <translation>Haul hat Bytes hinter dem Ende von „%1“ angefordert.</translation>
    </message>
    <message>
        <source>Haul asked for bytes beyond the end of the object.</source>
        <translation>Haul hat Bytes hinter dem Ende des Objekts angefordert.</translation>
    </message>
    <message>
        <source>Refresh the folder and retry: the object may have been replaced by a smaller one.</source>
        <translation>Aktualisieren Sie den Ordner und wiederholen Sie den Vorgang: Das Objekt wurde möglicherweise durch ein kleineres ersetzt.</translation>
    </message>
    <message>
        <source>The storage service refused a part of “%1” as too small.</source>
        <translation>Der Speicherdienst hat einen Teil von „%1“ als zu klein abgelehnt.</translation>
    </message>
    <message>
        <source>The storage service refused a part as too small.</source>
        <translation>Der Speicherdienst hat einen Teil als zu klein abgelehnt.</translation>
    </message>
    <message>
        <source>Retry. If it happens again, report it to the Haul developers with the details.</source>
        <translation>Wiederholen Sie den Vorgang. Wenn es erneut passiert, melden Sie es mit den Details den Entwicklern von Haul.</translation>
    </message>
    <message>
        <source>“%1” is too large for the storage service.</source>
        <translation>„%1“ ist zu groß für den Speicherdienst.</translation>
    </message>
    <message>
        <source>The file is too large for the storage service.</source>
        <translation>Die Datei ist zu groß für den Speicherdienst.</translation>
    </message>
    <message>
        <source>Ask your storage administrator about the largest object size allowed.</source>
        <translation>Fragen Sie den Administrator Ihres Speichers nach der größten erlaubten Objektgröße.</translation>
    </message>
    <message>
        <source>The storage service is missing parts of “%1”.</source>
        <translation>Dem Speicherdienst fehlen Teile von „%1“.</translation>
    </message>
    <message>
        <source>The storage service is missing parts of the upload.</source>
        <translation>Dem Speicherdienst fehlen Teile des Uploads.</translation>
    </message>
    <message>
        <source>Retry: Haul sends the missing parts again.</source>
        <translation>Wiederholen Sie die Übertragung: Haul sendet die fehlenden Teile erneut.</translation>
    </message>
    <message>
        <source>The bytes of “%1” arrived damaged: the checksums differ.</source>
        <translation>Die Daten von „%1“ sind beschädigt angekommen: Die Prüfsummen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The bytes arrived damaged: the checksums differ.</source>
        <translation>Die Daten sind beschädigt angekommen: Die Prüfsummen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, check the network and the disk.</source>
        <translation>Wiederholen Sie den Vorgang. Wenn es immer wieder passiert, prüfen Sie das Netzwerk und den Datenträger.</translation>
    </message>
    <message>
        <source>The storage service does not accept the checksum Haul sends.</source>
        <translation>Der Speicherdienst akzeptiert die Prüfsumme nicht, die Haul sendet.</translation>
    </message>
    <message>
        <source>In the account settings, set the checksum to MD5, then retry.</source>
        <translation>Stellen Sie in den Kontoeinstellungen die Prüfsumme auf MD5 und wiederholen Sie dann den Vorgang.</translation>
    </message>
    <message>
        <source>The copy of “%1” on the server does not match the original, so the original was kept.</source>
        <translation>Die Kopie von „%1“ auf dem Server stimmt nicht mit dem Original überein, daher wurde das Original behalten.</translation>
    </message>
    <message>
        <source>The copy on the server does not match the original, so the original was kept.</source>
        <translation>Die Kopie auf dem Server stimmt nicht mit dem Original überein, daher wurde das Original behalten.</translation>
    </message>
    <message>
        <source>Refresh the folder and try again. If it keeps happening, ask your storage administrator.</source>
        <translation>Aktualisieren Sie den Ordner und versuchen Sie es erneut. Wenn es immer wieder passiert, fragen Sie den Administrator Ihres Speichers.</translation>
    </message>
    <message>
        <source>The object “%1” on the server is not the file Haul sent: their MD5 checksums differ.</source>
        <translation>Das Objekt „%1“ auf dem Server ist nicht die Datei, die Haul gesendet hat: Die MD5-Prüfsummen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The object on the server is not the file Haul sent: their MD5 checksums differ.</source>
        <translation>Das Objekt auf dem Server ist nicht die Datei, die Haul gesendet hat: Die MD5-Prüfsummen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Retry to send the file again. If it happens again, make sure nothing changes the file while it is sent, and tell your storage administrator.</source>
        <translation>Wiederholen Sie die Übertragung, um die Datei erneut zu senden. Wenn es wieder passiert, stellen Sie sicher, dass nichts die Datei während des Sendens ändert, und informieren Sie den Administrator Ihres Speichers.</translation>
    </message>
    <message>
        <source>The storage service asks Haul to slow down.</source>
        <translation>Der Speicherdienst bittet Haul, das Tempo zu verringern.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry, or use fewer connections.</source>
        <translation>Warten Sie einige Minuten und wiederholen Sie dann den Vorgang, oder verwenden Sie weniger Verbindungen.</translation>
    </message>
    <message>
        <source>The storage service at %1 had an internal error.</source>
        <translation>Beim Speicherdienst unter %1 ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The storage service had an internal error.</source>
        <translation>Beim Speicherdienst ist ein interner Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell your storage administrator.</source>
        <translation>Wiederholen Sie den Vorgang später. Wenn es immer wieder passiert, informieren Sie den Administrator Ihres Speichers.</translation>
    </message>
    <message>
        <source>The bucket is served at another address: %1.</source>
        <translation>Der Bucket wird unter einer anderen Adresse bereitgestellt: %1.</translation>
    </message>
    <message>
        <source>The bucket is in another region or at another address.</source>
        <translation>Der Bucket liegt in einer anderen Region oder unter einer anderen Adresse.</translation>
    </message>
    <message>
        <source>Open the account settings and set the bucket&apos;s region or endpoint.</source>
        <translation>Öffnen Sie die Kontoeinstellungen und stellen Sie die Region oder den Endpunkt des Buckets ein.</translation>
    </message>
    <message>
        <source>The storage service refused the request for “%1”.</source>
        <translation>Der Speicherdienst hat die Anfrage für „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>The storage service refused the request.</source>
        <translation>Der Speicherdienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Check the account settings. If it stays, report it with the details.</source>
        <translation>Prüfen Sie die Kontoeinstellungen. Wenn der Fehler bleibt, melden Sie ihn mit den Details.</translation>
    </message>
    <message>
        <source>The answer from %1 cannot be understood.</source>
        <translation>Die Antwort von %1 ist nicht verständlich.</translation>
    </message>
    <message>
        <source>The answer from the storage service cannot be understood.</source>
        <translation>Die Antwort des Speicherdienstes ist nicht verständlich.</translation>
    </message>
    <message>
        <source>Check that the endpoint address points to an S3-compatible service.</source>
        <translation>Prüfen Sie, ob die Endpunkt-Adresse auf einen S3-kompatiblen Dienst verweist.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>The file “%1” is gone: it was moved or deleted.</source>
        <translation>Die Datei „%1“ ist nicht mehr vorhanden; sie wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>The file is gone: it was moved or deleted.</source>
        <translation>Die Datei ist nicht mehr vorhanden; sie wurde verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Put the file back and retry, or remove this transfer.</source>
        <translation>Legen Sie die Datei zurück und wiederholen Sie die Übertragung, oder entfernen Sie diese Übertragung.</translation>
    </message>
    <message>
        <source>The file “%1” changed while Haul was sending it.</source>
        <translation>Die Datei „%1“ wurde geändert, während Haul sie gesendet hat.</translation>
    </message>
    <message>
        <source>The file changed while Haul was sending it.</source>
        <translation>Die Datei wurde geändert, während Haul sie gesendet hat.</translation>
    </message>
    <message>
        <source>Wait until the program writing the file has finished, then retry.</source>
        <translation>Warten Sie, bis das Programm, das die Datei schreibt, fertig ist, und wiederholen Sie dann die Übertragung.</translation>
    </message>
    <message>
        <source>Haul may not write into the folder “%1”.</source>
        <translation>Haul darf nicht in den Ordner „%1“ schreiben.</translation>
    </message>
    <message>
        <source>Haul may not write into the destination folder.</source>
        <translation>Haul darf nicht in den Zielordner schreiben.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, or ask for write permission.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder bitten Sie um Schreibrechte.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full.</source>
        <translation>Der Datenträger mit „%1“ ist voll.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder, then retry.</source>
        <translation>Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner, und wiederholen Sie dann die Übertragung.</translation>
    </message>
    <message>
        <source>The object name “%1” cannot be a file name on this computer.</source>
        <translation>Der Objektname „%1“ kann auf diesem Computer kein Dateiname sein.</translation>
    </message>
    <message>
        <source>The object name cannot be a file name on this computer.</source>
        <translation>Der Objektname kann auf diesem Computer kein Dateiname sein.</translation>
    </message>
    <message>
        <source>Rename the object in the bucket, or download it to another kind of disk.</source>
        <translation>Benennen Sie das Objekt im Bucket um oder laden Sie es auf eine andere Art von Datenträger herunter.</translation>
    </message>
    <message>
        <source>A file named “%1” is already there.</source>
        <translation>Eine Datei mit dem Namen „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>A file with that name is already there.</source>
        <translation>Eine Datei mit diesem Namen ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Move or rename the existing file, then retry.</source>
        <translation>Verschieben Sie die vorhandene Datei oder benennen Sie sie um, und wiederholen Sie dann die Übertragung.</translation>
    </message>
    <message>
        <source>Haul cannot use “%1”.</source>
        <translation>Haul kann „%1“ nicht verwenden.</translation>
    </message>
    <message>
        <source>Haul cannot use what was entered.</source>
        <translation>Haul kann die Eingabe nicht verwenden.</translation>
    </message>
    <message>
        <source>Check what you entered and try again.</source>
        <translation>Prüfen Sie Ihre Eingabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The transfer of “%1” was cancelled.</source>
        <translation>Die Übertragung von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Retry to start it again.</source>
        <translation>Wiederholen Sie die Übertragung, um sie neu zu starten.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
    </message>
    <message>
        <source>The object&apos;s name would be longer than S3 allows (1,024 bytes).</source>
        <translation>Der Name des Objekts wäre länger, als S3 erlaubt (1.024 Bytes).</translation>
    </message>
    <message>
        <source>Upload into a folder with a shorter name, or give the file a shorter name.</source>
        <translation>Laden Sie in einen Ordner mit kürzerem Namen hoch, oder geben Sie der Datei einen kürzeren Namen.</translation>
    </message>
    <message>
        <source>This account is not allowed to list buckets.</source>
        <translation>Dieses Konto darf keine Buckets auflisten.</translation>
    </message>
    <message>
        <source>If it may use one bucket, enter that bucket&apos;s name under “Bucket” in the account settings, or open the bucket with View ▸ Open a bucket or folder.</source>
        <translation>Wenn es einen Bucket benutzen darf, tragen Sie dessen Namen in den Kontoeinstellungen unter „Bucket“ ein, oder öffnen Sie den Bucket mit Ansicht ▸ Bucket oder Ordner öffnen.</translation>
    </message>
    <message>
        <source>“%1” is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored.</source>
        <translation>„%1“ ist archiviert (Glacier oder Deep Archive) und kann erst heruntergeladen werden, wenn es wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>The object is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored.</source>
        <translation>Das Objekt ist archiviert (Glacier oder Deep Archive) und kann erst heruntergeladen werden, wenn es wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>The storage service does not offer the storage class “%1”.</source>
        <translation>Der Speicherdienst bietet die Speicherklasse „%1“ nicht an.</translation>
    </message>
    <message>
        <source>The storage service does not offer the storage class chosen in Settings.</source>
        <translation>Der Speicherdienst bietet die in den Einstellungen gewählte Speicherklasse nicht an.</translation>
    </message>
    <message>
        <source>Choose another storage class in Settings (Standard is offered everywhere), then retry.</source>
        <translation>Wählen Sie in den Einstellungen eine andere Speicherklasse (Standard gibt es überall) und wiederholen Sie dann die Übertragung.</translation>
    </message>
    <message>
        <source>The disk holding “%1” cannot store a file this large.</source>
        <translation>Der Datenträger mit „%1“ kann keine so große Datei speichern.</translation>
    </message>
    <message>
        <source>The disk cannot store a file this large.</source>
        <translation>Der Datenträger kann keine so große Datei speichern.</translation>
    </message>
    <message>
        <source>Disks formatted as FAT32, as many USB drives are, take at most 4 GiB per file: download to another disk, or have this one formatted as exFAT.</source>
        <translation>Mit FAT32 formatierte Datenträger, wie viele USB-Sticks, nehmen höchstens 4 GiB pro Datei auf: Laden Sie auf einen anderen Datenträger herunter oder lassen Sie diesen als exFAT formatieren.</translation>
    </message>
    <message>
        <source>Select it in Haul&apos;s browser and choose Edit ▸ Restore from archive…, then download it again once the restore is done: hours for Glacier, up to two days for Deep Archive.</source>
        <translation>Wählen Sie es in Hauls Browser aus und dann Bearbeiten ▸ Aus dem Archiv wiederherstellen…; laden Sie es erneut herunter, sobald die Wiederherstellung fertig ist: Stunden für Glacier, bis zu zwei Tage für Deep Archive.</translation>
    </message>
    <message>
        <source>“%1” is a socket, pipe or device, not a file.</source>
        <translation>„%1“ ist ein Socket, eine Pipe oder ein Gerät, keine Datei.</translation>
    </message>
    <message>
        <source>That is a socket, pipe or device, not a file.</source>
        <translation>Das ist ein Socket, eine Pipe oder ein Gerät, keine Datei.</translation>
    </message>
    <message>
        <source>It holds no data to upload: remove this transfer, and choose files or folders.</source>
        <translation>Es enthält keine Daten zum Hochladen: Entfernen Sie diese Übertragung und wählen Sie Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>The proxy server %1 does not let Haul through to the storage service.</source>
        <translation>Der Proxyserver %1 lässt Haul nicht zum Speicherdienst durch.</translation>
    </message>
    <message>
        <source>The proxy server does not let Haul through to the storage service.</source>
        <translation>Der Proxyserver lässt Haul nicht zum Speicherdienst durch.</translation>
    </message>
    <message>
        <source>Haul uses this computer&apos;s proxy settings (http_proxy, https_proxy, no_proxy, or the desktop&apos;s network settings). Check them, or ask your IT department.</source>
        <translation>Haul verwendet die Proxy-Einstellungen dieses Computers (http_proxy, https_proxy, no_proxy oder die Netzwerkeinstellungen des Desktops). Prüfen Sie sie, oder fragen Sie Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>Another file in the queue is being uploaded to the same name, “%1”.</source>
        <translation>Eine andere Datei in der Warteschlange wird unter demselben Namen hochgeladen, „%1“.</translation>
    </message>
    <message>
        <source>Another file in the queue is being uploaded to the same name.</source>
        <translation>Eine andere Datei in der Warteschlange wird unter demselben Namen hochgeladen.</translation>
    </message>
    <message>
        <source>Only one of them can be stored there: upload this one into another folder, or rename it and add it again.</source>
        <translation>Nur eine von beiden kann dort liegen: Laden Sie diese in einen anderen Ordner hoch, oder benennen Sie sie um und fügen Sie sie erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>FolderText</name>
    <message>
        <source>skipped: it cannot be read (no permission?)</source>
        <translation>übersprungen: nicht lesbar (keine Berechtigung?)</translation>
    </message>
    <message>
        <source>skipped: it disappeared while the folder was read</source>
        <translation>übersprungen: verschwand, während der Ordner gelesen wurde</translation>
    </message>
    <message>
        <source>skipped: a symbolic link (links are not followed)</source>
        <translation>übersprungen: eine symbolische Verknüpfung (Verknüpfungen werden nicht verfolgt)</translation>
    </message>
    <message>
        <source>skipped: a symbolic link that points nowhere</source>
        <translation>übersprungen: eine symbolische Verknüpfung, die ins Leere zeigt</translation>
    </message>
    <message>
        <source>skipped: a link to a folder that contains it</source>
        <translation>übersprungen: eine Verknüpfung auf einen Ordner, der sie selbst enthält</translation>
    </message>
    <message>
        <source>skipped: not a regular file (a socket, pipe or device)</source>
        <translation>übersprungen: keine normale Datei (Socket, Pipe oder Gerät)</translation>
    </message>
    <message>
        <source>skipped: its name is not valid text on this system</source>
        <translation>übersprungen: der Name ist auf diesem System kein gültiger Text</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not downloaded: its name would lead outside the destination folder</source>
        <translation>nicht heruntergeladen: der Name würde aus dem Zielordner hinausführen</translation>
    </message>
    <message>
        <source>not downloaded: its name has an empty or &quot;.&quot; part</source>
        <translation>nicht heruntergeladen: der Name hat einen leeren oder „.“-Bestandteil</translation>
    </message>
    <message>
        <source>not downloaded: its name is not allowed for files here</source>
        <translation>nicht heruntergeladen: dieser Name ist hier für Dateien nicht erlaubt</translation>
    </message>
    <message>
        <source>not downloaded: a part of its name is too long for this system</source>
        <translation>nicht heruntergeladen: ein Teil des Namens ist für dieses System zu lang</translation>
    </message>
    <message>
        <source>not downloaded: another object needs a folder of the same name</source>
        <translation>nicht heruntergeladen: ein anderes Objekt braucht einen Ordner desselben Namens</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <source>not uploaded: its name would be longer than S3 allows (1,024 bytes)</source>
        <translation>nicht hochgeladen: der Name wäre länger, als S3 erlaubt (1.024 Byte)</translation>
    </message>
    <message>
        <source>not downloaded: “%1” on this computer is in the way. Move or rename it, then download again</source>
        <translation>nicht heruntergeladen: „%1“ auf diesem Computer ist im Weg. Verschieben oder benennen Sie es um und laden Sie dann erneut herunter</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <comment>hours and minutes</comment>
        <translation>etwa %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PartBar</name>
    <message>
        <source>Parts of the selected transfer</source>
        <translation>Teile der ausgewählten Übertragung</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <translation>Keine Teile anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n part(s) done</source>
        <translation>
            <numerusform>%1 von %n Teil fertig</numerusform>
            <numerusform>%1 von %n Teilen fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n wird gesendet</numerusform>
            <numerusform>%n werden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being retried</source>
        <translation>
            <numerusform>%n wird wiederholt</numerusform>
            <numerusform>%n werden wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a description</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reduced Redundancy (not recommended)</source>
        <translation>Reduzierte Redundanz (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Standard – Infrequent Access</source>
        <translation>Standard – seltener Zugriff</translation>
    </message>
    <message>
        <source>One Zone – Infrequent Access</source>
        <translation>Eine Zone – seltener Zugriff</translation>
    </message>
    <message>
        <source>Intelligent-Tiering</source>
        <translation>Intelligent-Tiering</translation>
    </message>
    <message>
        <source>Glacier Instant Retrieval</source>
        <translation>Glacier Instant Retrieval</translation>
    </message>
    <message>
        <source>Glacier Flexible Retrieval (hours to restore)</source>
        <translation>Glacier Flexible Retrieval (Wiederherstellung dauert Stunden)</translation>
    </message>
    <message>
        <source>Glacier Deep Archive (12 hours or more to restore)</source>
        <translation>Glacier Deep Archive (Wiederherstellung dauert 12 Stunden oder länger)</translation>
    </message>
</context>
<context>
    <name>haul::AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>e.g. Institute storage</source>
        <translation>z. B. Institutsspeicher</translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
    <message>
        <source>Other S3-compatible (Ceph, MinIO, …)</source>
        <translation>Anderer S3-kompatibler Dienst (Ceph, MinIO, …)</translation>
    </message>
    <message>
        <source>https://s3.example.org</source>
        <translation>https://s3.example.org</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Path-style (bucket in the path)</source>
        <translation>Pfad-Stil (Bucket im Pfad)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket in the host name)</source>
        <translation>Virtual-Hosted (Bucket im Hostnamen)</translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported)</source>
        <translation>Automatisch (CRC32C, wo unterstützt)</translation>
    </message>
    <message>
        <source>CRC32C</source>
        <translation>CRC32C</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Off (not recommended)</source>
        <translation>Aus (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Optional: your institute&apos;s CA certificate (PEM)</source>
        <translation>Optional: das CA-Zertifikat Ihres Instituts (PEM)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>Ad&amp;ressierung:</translation>
    </message>
    <message>
        <source>C&amp;hecksum:</source>
        <translation>&amp;Prüfsumme:</translation>
    </message>
    <message>
        <source>Access key &amp;id:</source>
        <translation>Zugriffsschlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unverändert)</translation>
    </message>
    <message>
        <source>Give the account a name, such as “Institute storage”.</source>
        <translation>Geben Sie dem Konto einen Namen, etwa „Institutsspeicher“.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”. Choose another name.</source>
        <translation>Es gibt bereits ein Konto mit dem Namen „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the address of the storage service, such as https://s3.example.org.</source>
        <translation>Geben Sie die Adresse des Speicherdienstes ein, etwa https://s3.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. It should look like https://s3.example.org or http://192.0.2.10:9000.</source>
        <translation>„%1“ ist keine Webadresse. Sie sollte wie https://s3.example.org oder http://192.0.2.10:9000 aussehen.</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>Geben Sie die Zugriffsschlüssel-ID ein.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Geben Sie den geheimen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The certificate file “%1” does not exist.</source>
        <translation>Die Zertifikatsdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Verbunden: Dieses Konto sieht %n Bucket.</numerusform>
            <numerusform>Verbunden: Dieses Konto sieht %n Buckets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only. Haul will ask for it again next time.</source>
        <translation>Das Konto ist gespeichert, aber der Schlüsselbund des Systems ist nicht erreichbar. Der geheime Schlüssel gilt daher nur für diese Sitzung; Haul fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import from ~/.aws</source>
        <translation>Aus ~/.aws i&amp;mportieren</translation>
    </message>
    <message>
        <source>Fills the fields from a profile of the AWS command line tools</source>
        <translation>Füllt die Felder aus einem Profil der AWS-Kommandozeilenwerkzeuge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Imported the profile “%1”. Check the fields, then continue.</source>
        <translation>Das Profil „%1“ wurde importiert. Prüfen Sie die Felder und fahren Sie dann fort.</translation>
    </message>
    <message>
        <source>Imported the profile “%1”. Its keys are temporary: Haul keeps the access key and secret, but not the session token, so the account works only while the keys are valid.</source>
        <translation>Das Profil „%1“ wurde importiert. Seine Schlüssel sind befristet: Haul speichert Zugriffsschlüssel und geheimen Schlüssel, aber nicht das Sitzungstoken. Das Konto funktioniert daher nur, solange die Schlüssel gültig sind.</translation>
    </message>
    <message>
        <source>Optional: the bucket to open if the account may not list buckets</source>
        <translation>Optional: der Bucket, der geöffnet wird, wenn das Konto keine Buckets auflisten darf</translation>
    </message>
    <message>
        <source>Haul shows this bucket among the account&apos;s buckets even when the storage service does not list it, for example a bucket another account shares with this one.</source>
        <translation>Haul zeigt diesen Bucket unter den Buckets des Kontos, auch wenn der Speicherdienst ihn nicht auflistet, etwa einen Bucket, den ein anderes Konto mit diesem teilt.</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>“%1” is not a bucket name: a bucket name has only letters, digits, dots, hyphens and underscores. Enter the name alone, without s3:// or folders.</source>
        <translation>„%1“ ist kein Bucket-Name: Ein Bucket-Name besteht nur aus Buchstaben, Ziffern, Punkten, Bindestrichen und Unterstrichen. Geben Sie nur den Namen ein, ohne s3:// und ohne Ordner.</translation>
    </message>
</context>
<context>
    <name>haul::Breadcrumb</name>
    <message>
        <source>All buckets</source>
        <translation>Alle Buckets</translation>
    </message>
</context>
<context>
    <name>haul::BrowserActions</name>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Share link…</source>
        <translation>Link &amp;teilen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Size, dates, checksum and metadata of the selected object</source>
        <translation>Größe, Datumsangaben, Prüfsumme und Metadaten des ausgewählten Objekts</translation>
    </message>
    <message>
        <source>Copy a link that lets anyone download the selected file for a while</source>
        <translation>Einen Link kopieren, mit dem jeder die ausgewählte Datei eine Zeit lang herunterladen kann</translation>
    </message>
    <message>
        <source>Delete the selected objects and folders (asks first)</source>
        <translation>Die ausgewählten Objekte und Ordner löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Share link copied.</source>
        <translation>Freigabelink kopiert.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name for the folder “%1” (everything in it is copied on the server, then the originals are deleted):</source>
        <translation>Neuer Name für den Ordner „%1“ (sein gesamter Inhalt wird auf dem Server kopiert, danach werden die Originale gelöscht):</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>Der neue Name ist leer.</translation>
    </message>
    <message>
        <source>The new name is the same as the old one.</source>
        <translation>Der neue Name ist derselbe wie der alte.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>A file name cannot begin or end with “/”.</source>
        <translation>Ein Dateiname darf nicht mit „/“ beginnen oder enden.</translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation>„%1“ ist bereits in diesem Ordner.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>„%1“ wird in „%2“ umbenannt…</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2”.</source>
        <translation>Der Ordner „%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) could not be moved and stayed where they were, the first: “%1”.</source>
        <translation>
            <numerusform>%Ln Objekt konnte nicht verschoben werden und ist geblieben, wo es war: „%1“.</numerusform>
            <numerusform>%Ln Objekte konnten nicht verschoben werden und sind geblieben, wo sie waren, das erste: „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be deleted, the first: “%1” (%2).</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht gelöscht werden: „%1“ (%2).</numerusform>
            <numerusform>%Ln Dateien konnten nicht gelöscht werden, die erste: „%1“ (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted.</source>
        <translation>
            <numerusform>%Ln Datei gelöscht.</numerusform>
            <numerusform>%Ln Dateien gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only files up to %1 in all can be dragged out of Haul; use Download… for folders and big files.</source>
        <translation>Aus Haul lassen sich nur Dateien bis insgesamt %1 herausziehen; verwenden Sie „Herunterladen…“ für Ordner und große Dateien.</translation>
    </message>
    <message>
        <source>The new name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.</source>
        <translation>Der neue Name ist zu lang: Zusammen mit den Ordnern, in denen er liegt, darf ein Name in S3 höchstens 1.024 Bytes haben.</translation>
    </message>
    <message>
        <source>Restore from &amp;archive…</source>
        <translation>Aus dem &amp;Archiv wiederherstellen…</translation>
    </message>
    <message>
        <source>Ask for archived files (Glacier, Deep Archive) to be restored, so they can be downloaded</source>
        <translation>Archivierte Dateien (Glacier, Deep Archive) wiederherstellen lassen, damit sie heruntergeladen werden können</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>der Auswahl</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>von „%1“</translation>
    </message>
    <message>
        <source>the folder “%1” and its sub-folders</source>
        <translation>des Ordners „%1“ und seiner Unterordner</translation>
    </message>
    <message numerus="yes">
        <source>Restore asked for %Ln file(s); it takes %1. Download them once it is done.</source>
        <translation>
            <numerusform>Wiederherstellung für %Ln Datei angefordert; sie dauert %1. Laden Sie sie herunter, sobald sie fertig ist.</numerusform>
            <numerusform>Wiederherstellung für %Ln Dateien angefordert; sie dauert %1. Laden Sie sie herunter, sobald sie fertig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) were being restored already.</source>
        <translation>
            <numerusform>%Ln Datei wurde bereits wiederhergestellt.</numerusform>
            <numerusform>%Ln Dateien wurden bereits wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are restored already and can be downloaded now.</source>
        <translation>
            <numerusform>%Ln Datei ist bereits wiederhergestellt und kann jetzt heruntergeladen werden.</numerusform>
            <numerusform>%Ln Dateien sind bereits wiederhergestellt und können jetzt heruntergeladen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be restored, the first: “%1”. %2</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht wiederhergestellt werden: „%1“. %2</numerusform>
            <numerusform>%Ln Dateien konnten nicht wiederhergestellt werden, die erste: „%1“. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing there is archived: it can be downloaded as it is.</source>
        <translation>Dort ist nichts archiviert: Es kann so heruntergeladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Asking for the restore: %1 of %Ln file(s) answered…</source>
        <translation>
            <numerusform>Wiederherstellung wird angefordert: %1 von %Ln Datei beantwortet…</numerusform>
            <numerusform>Wiederherstellung wird angefordert: %1 von %Ln Dateien beantwortet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archived files…</source>
        <translation>Archivierte Dateien werden gesucht…</translation>
    </message>
</context>
<context>
    <name>haul::BrowserModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Archived (%1): restore it with Edit ▸ Restore from archive… before downloading it.</source>
        <translation>Archiviert (%1): Stellen Sie es mit Bearbeiten ▸ Aus dem Archiv wiederherstellen… wieder her, bevor Sie es herunterladen.</translation>
    </message>
</context>
<context>
    <name>haul::BrowserPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Show only the files and folders whose name contains this text</source>
        <translation>Nur Dateien und Ordner anzeigen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Creating bucket “%1”…</source>
        <translation>Bucket „%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation>„%1“ ist bereits in diesem Ordner.</translation>
    </message>
    <message>
        <source>Creating folder “%1”…</source>
        <translation>Ordner „%1“ wird angelegt…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln item(s) so far</source>
        <translation>
            <numerusform>Wird geladen… bisher %Ln Eintrag</numerusform>
            <numerusform>Wird geladen… bisher %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Dieser Ordner ist leer. Ziehen Sie Dateien hierher, um sie hochzuladen.</translation>
    </message>
    <message>
        <source>Folder “%1” created.</source>
        <translation>Ordner „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Bucket created.</source>
        <translation>Bucket angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.</source>
        <translation>Der Ordnername ist zu lang: Zusammen mit den Ordnern, in denen er liegt, darf ein Name in S3 höchstens 1.024 Bytes haben.</translation>
    </message>
    <message>
        <source>This account has no buckets of its own yet. Use “New bucket” to create one, or open a bucket shared with it with View ▸ Open a bucket or folder.</source>
        <translation>Dieses Konto hat noch keine eigenen Buckets. Erstellen Sie einen mit „Neuer Bucket“, oder öffnen Sie einen mit ihm geteilten Bucket mit Ansicht ▸ Bucket oder Ordner öffnen.</translation>
    </message>
    <message>
        <source>This account may not see what is in “%1”. If it may put files there (a drop box), files dropped here are uploaded, every one, since Haul cannot see which are there already.</source>
        <translation>Dieses Konto darf nicht sehen, was in „%1“ liegt. Wenn es dort Dateien ablegen darf (ein Briefkasten), werden hier abgelegte Dateien hochgeladen, und zwar jede, da Haul nicht sehen kann, welche schon dort sind.</translation>
    </message>
</context>
<context>
    <name>haul::DeleteJob</name>
    <message>
        <source>Counting the files in “%1”…</source>
        <translation>Dateien in „%1“ werden gezählt…</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1”?</source>
        <translation>Den leeren Ordner „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %Ln file(s) in it?</source>
        <translation>
            <numerusform>„%1“ und die %Ln Datei darin löschen?</numerusform>
            <numerusform>„%1“ und die %Ln Dateien darin löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation>
            <numerusform>Diesen %n Eintrag löschen?</numerusform>
            <numerusform>Diese %n Einträge löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all, will be deleted from the bucket “%2”. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln Datei (%1) wird aus dem Bucket „%2“ gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%Ln Dateien, insgesamt %1, werden aus dem Bucket „%2“ gelöscht. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln file(s)…</source>
        <translation>
            <numerusform>%Ln Datei wird gelöscht…</numerusform>
            <numerusform>%Ln Dateien werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Wird gelöscht… %1 von %2</translation>
    </message>
</context>
<context>
    <name>haul::DeletionConfirmDialog</name>
    <message numerus="yes">
        <source>&amp;Delete %n file(s)</source>
        <translation>
            <numerusform>%n Datei &amp;löschen</numerusform>
            <numerusform>%n Dateien &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Delete files from the bucket?</source>
        <translation>Dateien aus dem Bucket löschen?</translation>
    </message>
    <message>
        <source>These files are in %1 but no longer in the folder “%2”. The sync can delete them from the bucket too. Deleted files cannot be brought back.</source>
        <translation>Diese Dateien sind in %1, aber nicht mehr im Ordner „%2“. Die Synchronisierung kann sie auch aus dem Bucket löschen. Gelöschte Dateien lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Files to delete: %L1</source>
        <translation>Zu löschende Dateien: %L1</translation>
    </message>
    <message>
        <source>Files that would be deleted</source>
        <translation>Dateien, die gelöscht würden</translation>
    </message>
</context>
<context>
    <name>haul::ExistingFilesBar</name>
    <message>
        <source>“%1” is already in %2 and differs from the object being downloaded. Overwrite it, or skip the download and keep your file?</source>
        <translation>„%1“ ist bereits in %2 und unterscheidet sich vom Objekt, das heruntergeladen wird. Überschreiben, oder den Download überspringen und Ihre Datei behalten?</translation>
    </message>
    <message numerus="yes">
        <source>%n files being downloaded are already there and differ from the objects (the first: “%1” in %2). Overwrite them, or skip those downloads and keep your files?</source>
        <translation>
            <numerusform>%n Datei, die heruntergeladen wird, ist bereits vorhanden und unterscheidet sich vom Objekt („%1“ in %2). Überschreiben, oder den Download überspringen und Ihre Datei behalten?</numerusform>
            <numerusform>%n Dateien, die heruntergeladen werden, sind bereits vorhanden und unterscheiden sich von den Objekten (die erste: „%1“ in %2). Überschreiben, oder diese Downloads überspringen und Ihre Dateien behalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Overwrite all</source>
        <translation>A&amp;lle überschreiben</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>&amp;Skip all</source>
        <translation>Alle übers&amp;pringen</translation>
    </message>
</context>
<context>
    <name>haul::FirstRunWizard</name>
    <message>
        <source>Welcome to Haul</source>
        <translation>Willkommen bei Haul</translation>
    </message>
    <message>
        <source>Your storage account</source>
        <translation>Ihr Speicherkonto</translation>
    </message>
    <message>
        <source>Enter the details your storage team gave you, or import them from the AWS command line tools.</source>
        <translation>Geben Sie die Angaben ein, die Sie von Ihrem Speicher-Team erhalten haben, oder importieren Sie sie aus den AWS-Kommandozeilenwerkzeugen.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Haul asks the storage service whether it accepts the account, then saves it.</source>
        <translation>Haul fragt den Speicherdienst, ob er das Konto akzeptiert, und speichert es dann.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Choose a bucket</source>
        <translation>Bucket auswählen</translation>
    </message>
    <message>
        <source>A bucket is the top-level folder of the storage service. You can open another one at any time.</source>
        <translation>Ein Bucket ist der oberste Ordner des Speicherdienstes. Sie können jederzeit einen anderen öffnen.</translation>
    </message>
    <message>
        <source>&amp;Buckets this account can see:</source>
        <translation>&amp;Buckets, die dieses Konto sieht:</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>The bucket Haul opens when you click Finish</source>
        <translation>Der Bucket, den Haul öffnet, wenn Sie auf „Fertigstellen“ klicken</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected. Saving the account…</source>
        <translation>Verbunden. Konto wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Verbunden: Dieses Konto sieht %n Bucket.</numerusform>
            <numerusform>Verbunden: Dieses Konto sieht %n Buckets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Das Konto ist gespeichert.</translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only.</source>
        <translation>Das Konto ist gespeichert, aber der Schlüsselbund des Systems ist nicht erreichbar. Der geheime Schlüssel gilt daher nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>This account has no buckets yet. After you click Finish, use “New bucket” in the toolbar to create one.</source>
        <translation>Dieses Konto hat noch keine Buckets. Legen Sie nach „Fertigstellen“ mit „Neuer Bucket“ in der Werkzeugleiste einen an.</translation>
    </message>
    <message>
        <source>Haul opens the selected bucket when you click Finish.</source>
        <translation>Haul öffnet den ausgewählten Bucket, wenn Sie auf „Fertigstellen“ klicken.</translation>
    </message>
    <message>
        <source>Click Back, enter the name of the bucket it may use under “Bucket”, then click Next.</source>
        <translation>Klicken Sie auf „Zurück“, tragen Sie unter „Bucket“ den Namen des Buckets ein, den es benutzen darf, und klicken Sie dann auf „Weiter“.</translation>
    </message>
</context>
<context>
    <name>haul::FolderQuestions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Files already there</source>
        <translation>Dateien bereits vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this folder already exist with different contents. Replace them, or keep what is there?</source>
        <translation>
            <numerusform>%n Datei dieses Ordners ist bereits mit anderem Inhalt vorhanden. Ersetzen, oder das Vorhandene behalten?</numerusform>
            <numerusform>%n Dateien dieses Ordners sind bereits mit anderem Inhalt vorhanden. Ersetzen, oder das Vorhandene behalten?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… und %n weitere</numerusform>
            <numerusform>
… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep what is there</source>
        <translation>&amp;Vorhandenes behalten</translation>
    </message>
</context>
<context>
    <name>haul::FolderRename</name>
    <message>
        <source>Listing “%1”…</source>
        <translation>Inhalt von „%1“ wird aufgelistet…</translation>
    </message>
    <message>
        <source>Renaming “%1”: %2 of %3 copied…</source>
        <translation>„%1“ wird umbenannt: %2 von %3 kopiert…</translation>
    </message>
    <message>
        <source>Renaming “%1”: deleting the originals…</source>
        <translation>„%1“ wird umbenannt: Originale werden gelöscht…</translation>
    </message>
</context>
<context>
    <name>haul::Launcher</name>
    <message>
        <source>haul: the account “%1” cannot be used: %2 %3</source>
        <translation>haul: Das Konto „%1“ kann nicht verwendet werden: %2 %3</translation>
    </message>
    <message>
        <source>haul: screenshot saved to %1</source>
        <translation>haul: Bildschirmfoto gespeichert unter %1</translation>
    </message>
    <message>
        <source>haul: the screenshot could not be saved to %1</source>
        <translation>haul: Das Bildschirmfoto konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <source>haul: %1: %2 (%3)</source>
        <translation>haul: %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>haul: %n transfer(s) succeeded, %1 failed; %2 in %3 s (%4)</source>
        <translation>
            <numerusform>haul: %n Übertragung erfolgreich, %1 fehlgeschlagen; %2 in %3 s (%4)</numerusform>
            <numerusform>haul: %n Übertragungen erfolgreich, %1 fehlgeschlagen; %2 in %3 s (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>haul: %1: stored, but not verified: the storage service gave nothing to verify it against</source>
        <translation>haul: %1: gespeichert, aber nicht geprüft: der Speicherdienst lieferte nichts, womit es sich prüfen ließe</translation>
    </message>
    <message>
        <source>haul: %1</source>
        <translation>haul: %1</translation>
    </message>
    <message>
        <source>haul: %1 → %2: total %3, transferred %4, already there %5, failed %6, unsafe names skipped %7, links not followed %8</source>
        <translation>haul: %1 → %2: gesamt %3, übertragen %4, bereits vorhanden %5, fehlgeschlagen %6, unsichere Namen übersprungen %7, Verknüpfungen nicht gefolgt %8</translation>
    </message>
    <message>
        <source>haul: %1: not downloaded: the same file is already at %2</source>
        <translation>haul: %1: nicht heruntergeladen: dieselbe Datei liegt bereits unter %2</translation>
    </message>
    <message>
        <source>haul: %1: not downloaded: the file already at %2 was kept</source>
        <translation>haul: %1: nicht heruntergeladen: die bereits vorhandene Datei %2 wurde behalten</translation>
    </message>
    <message>
        <source>haul: Haul is already running (process %1), and two would send the same files twice. Wait until it has finished or close it, then run this command again.</source>
        <translation>haul: Haul läuft bereits (Prozess %1), und zwei würden dieselben Dateien doppelt senden. Warten Sie, bis es fertig ist, oder schließen Sie es, und führen Sie diesen Befehl dann erneut aus.</translation>
    </message>
    <message>
        <source>Haul is already open</source>
        <translation>Haul ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Haul is already open in another window (process %1). Use that window: two would send the same files twice.</source>
        <translation>Haul ist bereits in einem anderen Fenster geöffnet (Prozess %1). Verwenden Sie dieses Fenster: zwei würden dieselben Dateien doppelt senden.</translation>
    </message>
    <message>
        <source>haul: if “%1” is a folder, give it with a “/” at the end: s3://%2/%1/</source>
        <translation>haul: Wenn „%1“ ein Ordner ist, geben Sie ihn mit einem „/“ am Ende an: s3://%2/%1/</translation>
    </message>
    <message>
        <source>haul: %1 (%2)</source>
        <translation>haul: %1 (%2)</translation>
    </message>
    <message>
        <source>Haul cannot start: the disk holding “%1” is full, and Haul keeps its queue there. Free some space on that disk, then start Haul again.</source>
        <translation>Haul kann nicht starten: Der Datenträger mit „%1“ ist voll, und dort speichert Haul seine Warteschlange. Schaffen Sie auf diesem Datenträger Platz und starten Sie Haul dann erneut.</translation>
    </message>
    <message>
        <source>Haul cannot start: it cannot write into “%1”, where it keeps its queue. Make that folder writable, then start Haul again.</source>
        <translation>Haul kann nicht starten: Es kann nicht in „%1“ schreiben, wo es seine Warteschlange speichert. Machen Sie diesen Ordner beschreibbar und starten Sie Haul dann erneut.</translation>
    </message>
    <message>
        <source>Haul cannot start</source>
        <translation>Haul kann nicht starten</translation>
    </message>
    <message>
        <source>haul: %1: %2</source>
        <translation>haul: %1: %2</translation>
    </message>
</context>
<context>
    <name>haul::LocationDialog</name>
    <message>
        <source>Open a bucket or folder</source>
        <translation>Bucket oder Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Bucket or folder, such as s3://lab-data/run-42/:</source>
        <translation>&amp;Bucket oder Ordner, etwa s3://lab-data/run-42/:</translation>
    </message>
    <message>
        <source>Bucket or folder</source>
        <translation>Bucket oder Ordner</translation>
    </message>
    <message>
        <source>Opens a bucket this account may use even when the bucket list does not show it</source>
        <translation>Öffnet einen Bucket, den dieses Konto benutzen darf, auch wenn die Bucket-Liste ihn nicht zeigt</translation>
    </message>
    <message>
        <source>“%1” does not name a bucket. Write the bucket&apos;s name, then any folders, such as s3://lab-data/run-42/. A bucket name has only letters, digits, dots, hyphens and underscores.</source>
        <translation>„%1“ nennt keinen Bucket. Schreiben Sie den Namen des Buckets, dann etwaige Ordner, etwa s3://lab-data/run-42/. Ein Bucket-Name besteht nur aus Buchstaben, Ziffern, Punkten, Bindestrichen und Unterstrichen.</translation>
    </message>
</context>
<context>
    <name>haul::MainWindow</name>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
    <message>
        <source>Account &amp;settings…</source>
        <translation>Konto&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Upload files to the folder shown (or drop them onto the window)</source>
        <translation>Dateien in den angezeigten Ordner hochladen (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Download the selected objects and folders</source>
        <translation>Die ausgewählten Objekte und Ordner herunterladen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New bucket…</source>
        <translation>Neuer B&amp;ucket…</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Alle an&amp;halten</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>Alle &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>Fertige &amp;entfernen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>The storage account to work with</source>
        <translation>Das Speicherkonto, mit dem gearbeitet wird</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Welcome! Add the account of your storage service to begin.</source>
        <translation>Willkommen! Fügen Sie zuerst das Konto Ihres Speicherdienstes hinzu.</translation>
    </message>
    <message>
        <source>Opening the account “%1”…</source>
        <translation>Konto „%1“ wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — Haul</source>
        <translation>%1 — Haul</translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>Über&amp;tragungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Go to the &amp;browser</source>
        <translation>Zum &amp;Browser</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Zur &amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Haul</source>
        <translation>Ü&amp;ber Haul</translation>
    </message>
    <message>
        <source>About Haul</source>
        <translation>Über Haul</translation>
    </message>
    <message>
        <source>Haul %1: fast, verified transfers to and from S3.</source>
        <translation>Haul %1: schnelle, geprüfte Übertragungen zu und von S3.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The network is gone. Transfers are paused and continue when it is back.</source>
        <translation>Das Netzwerk ist weg. Die Übertragungen sind angehalten und laufen weiter, sobald es wieder da ist.</translation>
    </message>
    <message numerus="yes">
        <source>The network is gone: %n transfer(s) paused. They continue when it is back.</source>
        <translation>
            <numerusform>Das Netzwerk ist weg: %n Übertragung angehalten. Sie läuft weiter, sobald es wieder da ist.</numerusform>
            <numerusform>Das Netzwerk ist weg: %n Übertragungen angehalten. Sie laufen weiter, sobald es wieder da ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n transfer(s) continue.</source>
        <translation>
            <numerusform>Das Netzwerk ist wieder da: %n Übertragung läuft weiter.</numerusform>
            <numerusform>Das Netzwerk ist wieder da: %n Übertragungen laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Buckets and files</source>
        <translation>Buckets und Dateien</translation>
    </message>
    <message>
        <source>Open a bucket or folder with Enter. Drop files here to upload them.</source>
        <translation>Öffnen Sie einen Bucket oder Ordner mit der Eingabetaste. Ziehen Sie Dateien hierher, um sie hochzuladen.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Transfer queue</source>
        <translation>Übertragungswarteschlange</translation>
    </message>
    <message>
        <source>Space pauses or resumes the selected transfers, Delete cancels them.</source>
        <translation>Die Leertaste hält die ausgewählten Übertragungen an oder setzt sie fort, Entf bricht sie ab.</translation>
    </message>
    <message>
        <source>Queue totals</source>
        <translation>Summen der Warteschlange</translation>
    </message>
    <message>
        <source>Failed transfers</source>
        <translation>Fehlgeschlagene Übertragungen</translation>
    </message>
    <message>
        <source>The network is gone. Transfers pause and continue when it is back.</source>
        <translation>Das Netzwerk ist weg. Die Übertragungen halten an und laufen weiter, sobald es wieder da ist.</translation>
    </message>
    <message>
        <source>Open a bucket first, then drop the files onto it.</source>
        <translation>Öffnen Sie zuerst einen Bucket und ziehen Sie die Dateien dann darauf.</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) here</source>
        <translation>
            <numerusform>%n Datei hierher hochladen</numerusform>
            <numerusform>%n Dateien hierher hochladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open the bucket and folder the %n file(s) should go to, then click “Upload here”.</source>
        <translation>
            <numerusform>Öffnen Sie den Bucket und Ordner, in den die %n Datei soll, und klicken Sie dann auf „Hierher hochladen“.</numerusform>
            <numerusform>Öffnen Sie den Bucket und Ordner, in den die %n Dateien sollen, und klicken Sie dann auf „Hierher hochladen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <source>Select the objects or folders to download first.</source>
        <translation>Wählen Sie zuerst die Objekte oder Ordner aus, die heruntergeladen werden sollen.</translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation>In Ordner herunterladen</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>New bucket</source>
        <translation>Neuer Bucket</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <source>Bucket name (lower-case letters, digits, dots, hyphens):</source>
        <translation>Bucket-Name (Kleinbuchstaben, Ziffern, Punkte, Bindestriche):</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) finished</source>
        <translation>
            <numerusform>%n Übertragung abgeschlossen</numerusform>
            <numerusform>%n Übertragungen abgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time</comment>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Haul keeps transferring in the background.</source>
        <translation>Haul überträgt im Hintergrund weiter.</translation>
    </message>
    <message>
        <source>S&amp;ync a folder…</source>
        <translation>Ordner s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Keep a folder on this computer and a folder in a bucket the same</source>
        <translation>Einen Ordner auf diesem Computer und einen Ordner in einem Bucket gleich halten</translation>
    </message>
    <message>
        <source>Sync a folder</source>
        <translation>Ordner synchronisieren</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Upload a folder with everything in it to the folder shown</source>
        <translation>Einen Ordner mit seinem gesamten Inhalt in den angezeigten Ordner hochladen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued for %1</source>
        <translation>
            <numerusform>%n Datei für %1 eingereiht</numerusform>
            <numerusform>%n Dateien für %1 eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 queued for %2</source>
        <translation>
            <numerusform>%n Ordner und %1 für %2 eingereiht</numerusform>
            <numerusform>%n Ordner und %1 für %2 eingereiht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n file(s) could not be transferred; the queue row lists them.</source>
        <translation>
            <numerusform>„%1“: %n Datei konnte nicht übertragen werden; die Zeile in der Warteschlange nennt sie.</numerusform>
            <numerusform>„%1“: %n Dateien konnten nicht übertragen werden; die Zeile in der Warteschlange nennt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n bereits vorhanden</numerusform>
            <numerusform>, %n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open a bucket or folder…</source>
        <translation>Bucket oder Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Type the name of a bucket, with any folders, to open it</source>
        <translation>Geben Sie den Namen eines Buckets ein, mit etwaigen Ordnern, um ihn zu öffnen</translation>
    </message>
</context>
<context>
    <name>haul::Notifier</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n Datei hochgeladen</numerusform>
            <numerusform>%n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n Datei heruntergeladen</numerusform>
            <numerusform>%n Dateien heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation>
            <numerusform>%n Übertragung fehlgeschlagen</numerusform>
            <numerusform>%n Übertragungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>„%1“ konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>„%1“ konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>Übertragungen abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::ObjectDetails</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (uploaded in %n part(s))</source>
        <translation>
            <numerusform>%1 (in %n Teil hochgeladen)</numerusform>
            <numerusform>%1 (in %n Teilen hochgeladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the storage service…</source>
        <translation>Speicherdienst wird abgefragt…</translation>
    </message>
    <message>
        <source>Details of “%1”</source>
        <translation>Details zu „%1“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <source>STANDARD (the default)</source>
        <translation>STANDARD (die Voreinstellung)</translation>
    </message>
    <message>
        <source>ETag</source>
        <translation>ETag</translation>
    </message>
    <message>
        <source>CRC32C</source>
        <translation>CRC32C</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>metadata name: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all</source>
        <translation>
            <numerusform>%Ln Datei, insgesamt %1</numerusform>
            <numerusform>%Ln Dateien, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>under way: it can be downloaded once it is done</source>
        <translation>läuft: Es kann heruntergeladen werden, sobald sie fertig ist</translation>
    </message>
    <message>
        <source>done: it can be downloaded until %1</source>
        <translation>fertig: Es kann bis %1 heruntergeladen werden</translation>
    </message>
    <message>
        <source>not asked for: it must be restored before it can be downloaded</source>
        <translation>nicht angefordert: Es muss wiederhergestellt werden, bevor es heruntergeladen werden kann</translation>
    </message>
</context>
<context>
    <name>haul::QueueModel</name>
    <message>
        <source>The file was already there with the object&apos;s size and modification time, so it was not downloaded again.</source>
        <translation>Die Datei war bereits mit der Größe und Änderungszeit des Objekts vorhanden und wurde daher nicht erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>A different file of that name was already there; you chose to keep it.</source>
        <translation>Eine andere Datei dieses Namens war bereits vorhanden; Sie haben entschieden, sie zu behalten.</translation>
    </message>
    <message>
        <source>The storage service offered no checksum to compare, so Haul could not verify the bytes.</source>
        <translation>Der Speicherdienst bot keine Prüfsumme zum Vergleich an, daher konnte Haul die Daten nicht prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Some parts were sent again after %n failed attempt(s).</source>
        <translation>
            <numerusform>Einige Teile wurden nach %n fehlgeschlagenen Versuch erneut gesendet.</numerusform>
            <numerusform>Einige Teile wurden nach %n fehlgeschlagenen Versuchen erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation>%1
nach %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Not transferred:
%1</source>
        <translation>Nicht übertragen:
%1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <source>Skipped: your file was kept</source>
        <translation>Übersprungen: Ihre Datei wurde behalten</translation>
    </message>
    <message>
        <source>Done (not verified)</source>
        <translation>Fertig (nicht geprüft)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Comparing: %n file(s) found</source>
        <translation>
            <numerusform>Vergleich: %n Datei gefunden</numerusform>
            <numerusform>Vergleich: %n Dateien gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Herunterladen: %1 von %n Datei</numerusform>
            <numerusform>Herunterladen: %1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Hochladen: %1 von %n Datei</numerusform>
            <numerusform>Hochladen: %1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) exist: choose what to do</source>
        <translation>
            <numerusform>%n geänderte Datei vorhanden: bitte entscheiden</numerusform>
            <numerusform>%n geänderte Dateien vorhanden: bitte entscheiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting: delete %n remote file(s)?</source>
        <translation>
            <numerusform>Wartet: %n entfernte Datei löschen?</numerusform>
            <numerusform>Wartet: %n entfernte Dateien löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n remote file(s)…</source>
        <translation>
            <numerusform>%n entfernte Datei wird gelöscht…</numerusform>
            <numerusform>%n entfernte Dateien werden gelöscht…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %1 of %n file(s)</source>
        <translation>
            <numerusform>Angehalten: %1 von %n Datei</numerusform>
            <numerusform>Angehalten: %1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s)</source>
        <translation>
            <numerusform>Fertig: %n Datei</numerusform>
            <numerusform>Fertig: %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) done</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %n Datei fertig</numerusform>
            <numerusform>Abgebrochen: %1 von %n Dateien fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n bereits vorhanden</numerusform>
            <numerusform>, %n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Wartet auf Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>Waiting for account “%1”</source>
        <translation>Wartet auf das Konto „%1“</translation>
    </message>
    <message>
        <source>, all sent</source>
        <translation>, alle gesendet</translation>
    </message>
    <message>
        <source>This account may not list the bucket, so Haul could not see which files were already there and sent every file.</source>
        <translation>Dieses Konto darf den Bucket nicht auflisten. Haul konnte daher nicht sehen, welche Dateien schon dort waren, und hat jede Datei gesendet.</translation>
    </message>
</context>
<context>
    <name>haul::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>Copy error &amp;details</source>
        <translation>Fehler&amp;details kopieren</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Anhalten oder fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>Parts: %1 of %n done</source>
        <translation>
            <numerusform>Teile: %1 von %n fertig</numerusform>
            <numerusform>Teile: %1 von %n fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Teile:</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>haul::QueueSaveBar</name>
    <message>
        <source>Haul cannot save its queue: the disk holding “%1” is full. Transfers go on, but if Haul is closed now, the unfinished ones will not continue. Free some space on that disk; Haul then saves the queue by itself.</source>
        <translation>Haul kann seine Warteschlange nicht speichern: Der Datenträger mit „%1“ ist voll. Die Übertragungen laufen weiter, aber wird Haul jetzt geschlossen, werden die unfertigen nicht fortgesetzt. Schaffen Sie auf diesem Datenträger Platz; Haul speichert die Warteschlange dann von selbst.</translation>
    </message>
    <message>
        <source>Haul cannot save its queue in “%1”. Transfers go on, but if Haul is closed now, the unfinished ones will not continue. Make that folder writable again; Haul then saves the queue by itself.</source>
        <translation>Haul kann seine Warteschlange nicht in „%1“ speichern. Die Übertragungen laufen weiter, aber wird Haul jetzt geschlossen, werden die unfertigen nicht fortgesetzt. Machen Sie diesen Ordner wieder beschreibbar; Haul speichert die Warteschlange dann von selbst.</translation>
    </message>
</context>
<context>
    <name>haul::RestoreDialog</name>
    <message>
        <source>Restore from archive</source>
        <translation>Aus dem Archiv wiederherstellen</translation>
    </message>
    <message>
        <source>Files in Glacier or Deep Archive cannot be downloaded until a copy of them is restored. Haul asks the storage service to restore the archived files of %1. The archive keeps them as they are; the restored copy goes away by itself after the days chosen here, and the storage service may charge for it.</source>
        <translation>Dateien in Glacier oder Deep Archive können erst heruntergeladen werden, wenn eine Kopie von ihnen wiederhergestellt ist. Haul bittet den Speicherdienst, die archivierten Dateien %1 wiederherzustellen. Das Archiv behält sie unverändert; die wiederhergestellte Kopie verschwindet nach den hier gewählten Tagen von selbst, und der Speicherdienst kann sie berechnen.</translation>
    </message>
    <message>
        <source>Standard — %1</source>
        <translation>Standard — %1</translation>
    </message>
    <message>
        <source>Bulk — %1, costs least</source>
        <translation>Bulk — %1, am günstigsten</translation>
    </message>
    <message>
        <source>Expedited — %1, costs most, not for Deep Archive</source>
        <translation>Expedited — %1, am teuersten, nicht für Deep Archive</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>5–12 hours (Deep Archive: up to 48)</source>
        <translation>5–12 Stunden (Deep Archive: bis zu 48)</translation>
    </message>
    <message>
        <source>1–5 minutes</source>
        <translation>1–5 Minuten</translation>
    </message>
    <message>
        <source>3–5 hours (Deep Archive: up to 12)</source>
        <translation>3–5 Stunden (Deep Archive: bis zu 12)</translation>
    </message>
    <message>
        <source>&amp;Days to keep the restored copy:</source>
        <translation>&amp;Tage, die die Kopie bleibt:</translation>
    </message>
</context>
<context>
    <name>haul::SettingsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when the queue finishes or a transfer fails</source>
        <translation>Desktop-Be&amp;nachrichtigung anzeigen, wenn die Warteschlange fertig ist oder eine Übertragung fehlschlägt</translation>
    </message>
    <message>
        <source>Start minimised to the &amp;tray while transfers run</source>
        <translation>Während Übertragungen laufen, minimiert im &amp;Infobereich starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>Automatic (8 MiB, larger for very big files)</source>
        <translation>Automatisch (8 MiB, größer bei sehr großen Dateien)</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported, else MD5)</source>
        <translation>Automatisch (CRC32C, wo unterstützt, sonst MD5)</translation>
    </message>
    <message>
        <source>CRC32C</source>
        <translation>CRC32C</translation>
    </message>
    <message>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <source>Off (not recommended)</source>
        <translation>Aus (nicht empfohlen)</translation>
    </message>
    <message>
        <source>The store&apos;s default</source>
        <translation>Voreinstellung des Speichers</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Skip it if it is identical, else ask</source>
        <translation>Überspringen, wenn identisch, sonst nachfragen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <source>Simultaneous connecti&amp;ons:</source>
        <translation>Gleichzeitige &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>&amp;Bandbreitenbegrenzung:</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>&amp;Teilgröße:</translation>
    </message>
    <message>
        <source>&amp;Storage class for uploads:</source>
        <translation>&amp;Speicherklasse beim Hochladen:</translation>
    </message>
    <message>
        <source>New accounts</source>
        <translation>Neue Konten</translation>
    </message>
    <message>
        <source>Checksum for new &amp;accounts:</source>
        <translation>Prüfsumme für neue &amp;Konten:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Dieser Desktop hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>How many parts are sent or received at once, over all transfers.</source>
        <translation>Wie viele Teile über alle Übertragungen hinweg gleichzeitig gesendet oder empfangen werden.</translation>
    </message>
    <message>
        <source>The most Haul may use of the network. Changes apply at once.</source>
        <translation>Die höchste Bandbreite, die Haul nutzen darf. Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>Big files are sent in parts of this size. Applies to uploads that start later.</source>
        <translation>Große Dateien werden in Teilen dieser Größe gesendet. Gilt für Uploads, die später beginnen.</translation>
    </message>
    <message>
        <source>How the store keeps uploaded files. Archive classes cost less but take hours to restore.</source>
        <translation>Wie der Speicher hochgeladene Dateien aufbewahrt. Archivklassen kosten weniger, die Wiederherstellung dauert aber Stunden.</translation>
    </message>
    <message>
        <source>How new accounts check that every part arrived intact.</source>
        <translation>Wie neue Konten prüfen, dass jedes Teil unversehrt angekommen ist.</translation>
    </message>
    <message>
        <source>Takes effect the next time Haul starts.</source>
        <translation>Wirkt beim nächsten Start von Haul.</translation>
    </message>
    <message>
        <source>Without a checksum Haul cannot prove that a file arrived intact. Use this only for a store that refuses both CRC32C and MD5.</source>
        <translation>Ohne Prüfsumme kann Haul nicht nachweisen, dass eine Datei unversehrt angekommen ist. Verwenden Sie dies nur für einen Speicher, der sowohl CRC32C als auch MD5 ablehnt.</translation>
    </message>
    <message>
        <source>When a file already e&amp;xists:</source>
        <translation>Wenn eine Datei bereits e&amp;xistiert:</translation>
    </message>
    <message>
        <source>What a download does when the folder already has a file of that name, and what a folder upload does with files the bucket already has.</source>
        <translation>Was ein Download tut, wenn der Ordner bereits eine Datei dieses Namens enthält, und was das Hochladen eines Ordners mit Dateien tut, die der Bucket schon hat.</translation>
    </message>
    <message>
        <source>&amp;Follow links inside uploaded folders</source>
        <translation>Verknüpfungen in hochgeladenen Ordnern &amp;folgen</translation>
    </message>
    <message>
        <source>A link inside a folder you upload is sent as the file or folder it points to. Off: links are skipped and named in the folder&apos;s row.</source>
        <translation>Eine Verknüpfung in einem Ordner, den Sie hochladen, wird als die Datei oder der Ordner gesendet, auf die sie zeigt. Aus: Verknüpfungen werden übersprungen und in der Zeile des Ordners genannt.</translation>
    </message>
</context>
<context>
    <name>haul::ShareDialog</name>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Share “%1”</source>
        <translation>„%1“ teilen</translation>
    </message>
    <message>
        <source>Anyone who has the link can download “%1” — no account needed — until the link expires.</source>
        <translation>Jeder, der den Link hat, kann „%1“ herunterladen – ohne Konto –, bis der Link abläuft.</translation>
    </message>
    <message>
        <source>The link appears here</source>
        <translation>Hier erscheint der Link</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>a link&apos;s lifetime: for 7 days</comment>
        <translation>für %1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a share link&apos;s expiry date is written: &quot;Tuesday 2 December&quot;</extracomment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Copied. The link works until %1 (%2).</source>
        <translation>Kopiert. Der Link funktioniert bis %1 (%2).</translation>
    </message>
</context>
<context>
    <name>haul::StaleUploadsBar</name>
    <message>
        <source>&amp;Clean up</source>
        <translation>&amp;Aufräumen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Abort these unfinished uploads on the storage service, so that their parts stop costing storage</source>
        <translation>Diese unfertigen Uploads beim Speicherdienst abbrechen, damit ihre Teile keinen Speicher mehr kosten</translation>
    </message>
    <message>
        <source>Keep them for now; Haul offers this again at the next start</source>
        <translation>Vorerst behalten; Haul bietet dies beim nächsten Start erneut an</translation>
    </message>
    <message numerus="yes">
        <source>Haul left %n unfinished upload(s) on %1. Their parts cost storage until they are cleaned up.</source>
        <translation>
            <numerusform>Haul hat %n unfertigen Upload auf %1 hinterlassen. Seine Teile kosten Speicher, bis er aufgeräumt ist.</numerusform>
            <numerusform>Haul hat %n unfertige Uploads auf %1 hinterlassen. Ihre Teile kosten Speicher, bis sie aufgeräumt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning up the unfinished uploads…</source>
        <translation>Unfertige Uploads werden aufgeräumt…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %n unfinished upload(s).</source>
        <translation>
            <numerusform>%n unfertiger Upload aufgeräumt.</numerusform>
            <numerusform>%n unfertige Uploads aufgeräumt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %1; %n unfinished upload(s) could not be cleaned up now (the storage service refused or could not be reached). Haul offers this again at the next start.</source>
        <translation>
            <numerusform>%1 aufgeräumt; %n unfertiger Upload ließ sich jetzt nicht aufräumen (der Speicherdienst lehnte ab oder war nicht erreichbar). Haul bietet dies beim nächsten Start erneut an.</numerusform>
            <numerusform>%1 aufgeräumt; %n unfertige Uploads ließen sich jetzt nicht aufräumen (der Speicherdienst lehnte ab oder war nicht erreichbar). Haul bietet dies beim nächsten Start erneut an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::SyncController</name>
    <message>
        <source>The account “%1” cannot be used: %2 %3</source>
        <translation>Das Konto „%1“ kann nicht verwendet werden: %2 %3</translation>
    </message>
    <message>
        <source>The folder “%1” is being synced already.</source>
        <translation>Der Ordner „%1“ wird bereits synchronisiert.</translation>
    </message>
    <message>
        <source>Syncing “%1” to %2…</source>
        <translation>„%1“ wird mit %2 synchronisiert…</translation>
    </message>
    <message>
        <source>The sync of “%1” failed: %2 %3</source>
        <translation>Die Synchronisierung von „%1“ ist fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <source>The sync of “%1” was cancelled.</source>
        <translation>Die Synchronisierung von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Sync of “%1” to %2 finished: %L3 sent, %L4 already there, %L5 deleted, %L6 failed.</source>
        <translation>Synchronisierung von „%1“ mit %2 abgeschlossen: %L3 gesendet, %L4 bereits vorhanden, %L5 gelöscht, %L6 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Kept in the bucket although gone from the folder: %L1.</source>
        <translation>Im Bucket behalten, obwohl nicht mehr im Ordner: %L1.</translation>
    </message>
</context>
<context>
    <name>haul::SyncDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync a folder</source>
        <translation>Ordner synchronisieren</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Löscht</translation>
    </message>
    <message>
        <source>Saved sync pairs</source>
        <translation>Gespeicherte Synchronisierungspaare</translation>
    </message>
    <message>
        <source>Add a folder to keep in sync with a bucket</source>
        <translation>Einen Ordner hinzufügen, der mit einem Bucket synchron gehalten wird</translation>
    </message>
    <message>
        <source>Forget the pair; nothing in the bucket or the folder changes</source>
        <translation>Das Paar vergessen; im Bucket und im Ordner ändert sich nichts</translation>
    </message>
    <message>
        <source>Show what a sync would do, without sending anything</source>
        <translation>Zeigen, was eine Synchronisierung tun würde, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>Keep a folder on this computer and a folder in a bucket the same: new and changed files are uploaded, files already there are not sent again.</source>
        <translation>Einen Ordner auf diesem Computer und einen Ordner in einem Bucket gleich halten: Neue und geänderte Dateien werden hochgeladen, bereits vorhandene nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Add a sync pair</source>
        <translation>Synchronisierungspaar hinzufügen</translation>
    </message>
    <message>
        <source>Edit the sync pair</source>
        <translation>Synchronisierungspaar bearbeiten</translation>
    </message>
    <message>
        <source>after asking</source>
        <translation>nach Rückfrage</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>haul::SyncPairEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Delete files from the bucket that are no longer in the folder (asks first)</source>
        <translation>Dateien, die nicht mehr im Ordner sind, aus dem Bucket &amp;löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Sync pair</source>
        <translation>Synchronisierungspaar</translation>
    </message>
    <message>
        <source>The folder on this computer</source>
        <translation>Der Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <source>Empty: the whole bucket</source>
        <translation>Leer: der ganze Bucket</translation>
    </message>
    <message>
        <source>Size and modification time (fast)</source>
        <translation>Größe und Änderungszeit (schnell)</translation>
    </message>
    <message>
        <source>Checksum (reads every file)</source>
        <translation>Prüfsumme (liest jede Datei)</translation>
    </message>
    <message>
        <source>&amp;Folder on this computer:</source>
        <translation>&amp;Ordner auf diesem Computer:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <source>Choose a folder on this computer that exists.</source>
        <translation>Wählen Sie einen vorhandenen Ordner auf diesem Computer.</translation>
    </message>
    <message>
        <source>Choose an account. Add one with Account › Add account… first.</source>
        <translation>Wählen Sie ein Konto. Fügen Sie zuerst eines über Konto › Konto hinzufügen… hinzu.</translation>
    </message>
    <message>
        <source>Name the bucket the folder goes to (without “/”).</source>
        <translation>Nennen Sie den Bucket, in den der Ordner geht (ohne „/“).</translation>
    </message>
    <message>
        <source>Folder to sync</source>
        <translation>Zu synchronisierender Ordner</translation>
    </message>
    <message>
        <source>Folder &amp;in the bucket:</source>
        <translation>Ordner &amp;im Bucket:</translation>
    </message>
    <message>
        <source>Co&amp;mpare files by:</source>
        <translation>&amp;Vergleichen nach:</translation>
    </message>
</context>
<context>
    <name>haul::SyncPreviewDialog</name>
    <message>
        <source>Upload: new</source>
        <translation>Hochladen: neu</translation>
    </message>
    <message>
        <source>Upload: size changed</source>
        <translation>Hochladen: Größe geändert</translation>
    </message>
    <message>
        <source>Upload: modified</source>
        <translation>Hochladen: geändert</translation>
    </message>
    <message>
        <source>Upload: content changed</source>
        <translation>Hochladen: Inhalt geändert</translation>
    </message>
    <message>
        <source>Upload: not proven identical (stored in parts of another size, or changed)</source>
        <translation>Hochladen: nicht als gleich erwiesen (in Teilen anderer Größe gespeichert oder geändert)</translation>
    </message>
    <message>
        <source>Upload: changed</source>
        <translation>Hochladen: geändert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%L1 (%2)</source>
        <translation>%L1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Preview: sync “%1”</source>
        <translation>Vorschau: „%1“ synchronisieren</translation>
    </message>
    <message>
        <source>Comparing the folder “%1” with %2…</source>
        <translation>Der Ordner „%1“ wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>What “Sync now” does</source>
        <translation>Was „Jetzt synchronisieren“ tut</translation>
    </message>
    <message>
        <source>Files the sync would change</source>
        <translation>Dateien, die die Synchronisierung ändern würde</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what “Sync now” would do with the folder “%1” and %2:</source>
        <translation>Noch wurde nichts gesendet. Das würde „Jetzt synchronisieren“ mit dem Ordner „%1“ und %2 tun:</translation>
    </message>
    <message>
        <source>The folder “%1” could not be compared with %2.</source>
        <translation>Der Ordner „%1“ konnte nicht mit %2 verglichen werden.</translation>
    </message>
    <message>
        <source>New files to upload:</source>
        <translation>Neue Dateien zum Hochladen:</translation>
    </message>
    <message>
        <source>Changed files to upload:</source>
        <translation>Geänderte Dateien zum Hochladen:</translation>
    </message>
    <message>
        <source>Already there, not sent again:</source>
        <translation>Bereits vorhanden, nicht erneut gesendet:</translation>
    </message>
    <message>
        <source>Gone from the folder, deleted from the bucket after you confirm:</source>
        <translation>Nicht mehr im Ordner, nach Ihrer Bestätigung aus dem Bucket gelöscht:</translation>
    </message>
    <message>
        <source>Gone from the folder, kept in the bucket (deleting is off for this pair):</source>
        <translation>Nicht mehr im Ordner, im Bucket behalten (Löschen ist für dieses Paar aus):</translation>
    </message>
    <message>
        <source>Files that cannot be read or named, skipped:</source>
        <translation>Nicht lesbare oder nicht benennbare Dateien, übersprungen:</translation>
    </message>
    <message>
        <source>Delete from the bucket (after you confirm)</source>
        <translation>Aus dem Bucket löschen (nach Ihrer Bestätigung)</translation>
    </message>
    <message>
        <source>Keep in the bucket</source>
        <translation>Im Bucket behalten</translation>
    </message>
    <message>
        <source>Skipped: cannot be read or named</source>
        <translation>Übersprungen: nicht lesbar oder nicht benennbar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s), not listed here</source>
        <translation>
            <numerusform>… und %n weitere Datei, hier nicht aufgeführt</numerusform>
            <numerusform>… und %n weitere Dateien, hier nicht aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::TrayIcon</name>
    <message>
        <source>&amp;Show Haul</source>
        <translation>Haul &amp;anzeigen</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
</context>
</TS>
