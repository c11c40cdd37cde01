<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/folder/.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse S3. Écrivez-la sous la forme s3://compartiment/dossier/.</translation>
    </message>
    <message>
        <source>--download needs --to FOLDER: the folder to save into.</source>
        <translation>--download demande --to DOSSIER&#xa0;: le dossier où enregistrer.</translation>
    </message>
    <message>
        <source>Give either files to upload or --download, not both.</source>
        <translation>Indiquez soit des fichiers à envoyer, soit --download, mais pas les deux.</translation>
    </message>
    <message>
        <source>Files are uploaded to a bucket: use --to s3://bucket/folder/.</source>
        <translation>Les fichiers sont envoyés dans un compartiment&#xa0;: utilisez --to s3://compartiment/dossier/.</translation>
    </message>
    <message>
        <source>--to FOLDER is only used with --download.</source>
        <translation>--to DOSSIER ne s’utilise qu’avec --download.</translation>
    </message>
    <message>
        <source>--quit-when-done needs files to upload or --download.</source>
        <translation>--quit-when-done demande des fichiers à envoyer ou --download.</translation>
    </message>
    <message>
        <source>--quit-when-done needs --to s3://bucket/folder/ to know where the files go.</source>
        <translation>--quit-when-done demande --to s3://compartiment/dossier/ pour savoir où envoyer les fichiers.</translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage from 0 to 100.</source>
        <translation>--screenshot-at attend un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>Give --to and --download at most once each.</source>
        <translation>Indiquez --to et --download au plus une fois chacun.</translation>
    </message>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/key or s3://bucket/folder/.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse S3. Écrivez-la sous la forme s3://compartiment/clé ou s3://compartiment/dossier/.</translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage and goes with --screenshot FILE.</source>
        <translation>--screenshot-at attend un pourcentage et s’utilise avec --screenshot FICHIER.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>There is no account yet. Start Haul without arguments to add one, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and use --account environment.</source>
        <translation>Il n’y a encore aucun compte. Lancez Haul sans arguments pour en ajouter un, ou définissez AWS_ACCESS_KEY_ID et AWS_SECRET_ACCESS_KEY et utilisez --account environment.</translation>
    </message>
    <message>
        <source>Name the account with --account (one of: %1).</source>
        <translation>Indiquez le compte avec --account (parmi&#xa0;: %1).</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>Il n’y a aucun compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Known accounts: %2.</source>
        <translation>Il n’y a aucun compte nommé «&#xa0;%1&#xa0;». Comptes existants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Haul %1</source>
        <translation>Haul %1</translation>
    </message>
    <message>
        <source>haul: %1
</source>
        <translation>haul&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--if-exists takes skip-identical, overwrite or skip.</source>
        <translation>--if-exists attend skip-identical, overwrite ou skip.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Give --to the folder to save into.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier. Donnez à --to le dossier où enregistrer.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made. Check the path, and that you may write there.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé. Vérifiez le chemin et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The name of “%1” is not valid text on this system, so Haul cannot open the file. Rename it, then try again.</source>
        <translation>Le nom de «&#xa0;%1&#xa0;» n’est pas un texte valide sur ce système&#xa0;: Haul ne peut donc pas ouvrir le fichier. Renommez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>While another Haul runs for this user, a new one exits with status 4.
</source>
        <translation>Tant qu’un autre Haul tourne pour cet utilisateur, un nouveau se termine avec le code 4.
</translation>
    </message>
    <message>
        <source>--follow-links is for folders to upload: give them as FILES.</source>
        <translation>--follow-links concerne les dossiers à envoyer&#xa0;: donnez-les comme FICHIERS.</translation>
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
        <translation>Utilisation&#xa0;: haul [FICHIERS…] [options]
Transfère de gros fichiers vers et depuis un stockage S3, avec vérification.

  FICHIERS…                     fichiers ou dossiers à envoyer (comme déposés sur la fenêtre)
  --account NOM                 le compte à utiliser («&#xa0;environment&#xa0;»&#xa0;: les variables AWS_*)
  --to s3://compartiment/dossier/  où vont les FICHIERS
  --download s3://compartiment/clé  télécharger un objet, ou tout un dossier (finissant par /)
  --to DOSSIER                  où --download enregistre
  --if-exists QUOI              un fichier déjà dans DOSSIER&#xa0;: skip-identical (par défaut&#xa0;:
                                le garder si taille et date concordent, sinon le remplacer),
                                overwrite, ou skip (toujours le garder)
  --follow-links                suivre les liens dans les dossiers à envoyer (par défaut&#xa0;:
                                les ignorer, ou selon les réglages de la fenêtre)
  --quit-when-done              quitter quand la file d’attente est terminée&#xa0;: statut 0 si chaque
                                transfert a été vérifié, 1 si l’un a échoué (raisons sur
                                stderr), 3 si le stockage n’a rien fourni pour en vérifier un
  --screenshot FICHIER          enregistrer une image de la fenêtre…
  --screenshot-at POURCENT      … dès que la progression totale dépasse POURCENT (50 par défaut)
  --version                     afficher la version et quitter
  --help                        afficher cette aide et quitter

Des arguments incorrects terminent avec le statut 2.
</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>un caractère non autorisé</translation>
    </message>
    <message numerus="yes">
        <source>it has %n character(s), but 3 to 63 are needed</source>
        <translation>
            <numerusform>il a %n caractère, mais il en faut de 3 à 63</numerusform>
            <numerusform>il a %n caractères, mais il en faut de 3 à 63</numerusform>
        </translation>
    </message>
    <message>
        <source>it contains capital letters, and only lower-case letters are allowed</source>
        <translation>il contient des majuscules, or seules les minuscules sont autorisées</translation>
    </message>
    <message>
        <source>it contains %1, and only letters, digits, dots and hyphens are allowed</source>
        <translation>il contient %1, or seuls les lettres, chiffres, points et traits d’union sont autorisés</translation>
    </message>
    <message>
        <source>it must begin and end with a letter or a digit</source>
        <translation>il doit commencer et finir par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>it must not have two dots in a row</source>
        <translation>il ne doit pas contenir deux points qui se suivent</translation>
    </message>
    <message>
        <source>a dot and a hyphen must not stand next to each other</source>
        <translation>un point et un trait d’union ne doivent pas se suivre</translation>
    </message>
    <message>
        <source>it must not look like an IP address</source>
        <translation>il ne doit pas ressembler à une adresse IP</translation>
    </message>
    <message>
        <source>it begins with a prefix reserved by Amazon (such as “xn--”)</source>
        <translation>il commence par un préfixe réservé par Amazon (comme «&#xa0;xn--&#xa0;»)</translation>
    </message>
    <message>
        <source>it ends with a suffix reserved by Amazon (such as “-s3alias”)</source>
        <translation>il se termine par un suffixe réservé par Amazon (comme «&#xa0;-s3alias&#xa0;»)</translation>
    </message>
    <message>
        <source>the storage service refuses it</source>
        <translation>le service de stockage le refuse</translation>
    </message>
    <message>
        <source>%1
%2

Details: %3</source>
        <translation>%1
%2

Détails&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing went wrong.</source>
        <translation>Aucune erreur ne s’est produite.</translation>
    </message>
    <message>
        <source>No action is needed.</source>
        <translation>Vous n’avez rien à faire.</translation>
    </message>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>Rien ne répond à l’adresse %1.</translation>
    </message>
    <message>
        <source>Nothing answers at the storage address.</source>
        <translation>Rien ne répond à l’adresse du service de stockage.</translation>
    </message>
    <message>
        <source>Check the endpoint address and that the storage service is running.</source>
        <translation>Vérifiez l’adresse du point de terminaison et que le service de stockage fonctionne.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found.</source>
        <translation>Le nom de serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server name cannot be found.</source>
        <translation>Le nom du serveur est introuvable.</translation>
    </message>
    <message>
        <source>Check the endpoint address for typing mistakes and that this computer is on the network.</source>
        <translation>Vérifiez que l’adresse du point de terminaison ne contient pas de faute de frappe et que cet ordinateur est connecté au réseau.</translation>
    </message>
    <message>
        <source>The network path to %1 cannot be reached.</source>
        <translation>Le chemin réseau vers %1 est inaccessible.</translation>
    </message>
    <message>
        <source>The network cannot be reached.</source>
        <translation>Le réseau est inaccessible.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the network, then retry.</source>
        <translation>Vérifiez que cet ordinateur est connecté au réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 ne répond plus.</translation>
    </message>
    <message>
        <source>The storage service stopped answering.</source>
        <translation>Le service de stockage ne répond plus.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, check the network or use fewer connections.</source>
        <translation>Réessayez plus tard. Si le problème persiste, vérifiez le réseau ou utilisez moins de connexions.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut off.</source>
        <translation>La connexion à %1 a été interrompue.</translation>
    </message>
    <message>
        <source>The connection to the storage service was cut off.</source>
        <translation>La connexion au service de stockage a été interrompue.</translation>
    </message>
    <message>
        <source>Retry: Haul continues where it stopped.</source>
        <translation>Réessayez&#xa0;: Haul reprendra là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>Le certificat de %1 n’est pas reconnu comme fiable.</translation>
    </message>
    <message>
        <source>The certificate of the storage service is not trusted.</source>
        <translation>Le certificat du service de stockage n’est pas reconnu comme fiable.</translation>
    </message>
    <message>
        <source>If your institute uses its own certificate authority, choose its certificate file in the account settings.</source>
        <translation>Si votre institut utilise sa propre autorité de certification, choisissez son fichier de certificat dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>A secure connection to %1 cannot be set up.</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1.</translation>
    </message>
    <message>
        <source>A secure connection to the storage service cannot be set up.</source>
        <translation>Impossible d’établir une connexion sécurisée avec le service de stockage.</translation>
    </message>
    <message>
        <source>Check whether the endpoint address should start with https:// or http://, or ask your storage administrator.</source>
        <translation>Vérifiez si l’adresse du point de terminaison doit commencer par https:// ou http://, ou adressez-vous à votre administrateur de stockage.</translation>
    </message>
    <message>
        <source>The storage service does not know the access key id %1.</source>
        <translation>Le service de stockage ne connaît pas l’identifiant de clé d’accès %1.</translation>
    </message>
    <message>
        <source>The storage service does not know this account&apos;s access key id.</source>
        <translation>Le service de stockage ne connaît pas l’identifiant de clé d’accès de ce compte.</translation>
    </message>
    <message>
        <source>Open the account settings and check the access key id.</source>
        <translation>Ouvrez les paramètres du compte et vérifiez l’identifiant de clé d’accès.</translation>
    </message>
    <message>
        <source>The secret key for this account is wrong.</source>
        <translation>La clé secrète de ce compte est incorrecte.</translation>
    </message>
    <message>
        <source>Open the account settings and paste the secret key again.</source>
        <translation>Ouvrez les paramètres du compte et collez à nouveau la clé secrète.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the storage service&apos;s clock.</source>
        <translation>L’horloge de cet ordinateur est trop décalée par rapport à celle du service de stockage.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date and time correctly (automatic time is best), then retry.</source>
        <translation>Réglez correctement la date et l’heure de cet ordinateur (le réglage automatique est préférable), puis réessayez.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that with “%1”.</source>
        <translation>Ce compte n’a pas l’autorisation de faire cela avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Ce compte n’a pas l’autorisation de faire cela.</translation>
    </message>
    <message>
        <source>Ask the bucket&apos;s owner or your storage administrator for permission.</source>
        <translation>Demandez l’autorisation au propriétaire du compartiment ou à votre administrateur de stockage.</translation>
    </message>
    <message>
        <source>The temporary credentials of this account have expired.</source>
        <translation>Les identifiants temporaires de ce compte ont expiré.</translation>
    </message>
    <message>
        <source>Get new credentials and enter them in the account settings.</source>
        <translation>Obtenez de nouveaux identifiants et saisissez-les dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>No secret key is stored for the account “%1”.</source>
        <translation>Aucune clé secrète n’est enregistrée pour le compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No secret key is stored for this account.</source>
        <translation>Aucune clé secrète n’est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <source>Open the account settings and enter the secret key.</source>
        <translation>Ouvrez les paramètres du compte et saisissez la clé secrète.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the secret key cannot be kept there.</source>
        <translation>Le trousseau du système est inaccessible&#xa0;: la clé secrète ne peut donc pas y être conservée.</translation>
    </message>
    <message>
        <source>Haul keeps the secret key for this session only. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) to keep it.</source>
        <translation>Haul ne conserve la clé secrète que pour cette session. Pour la garder, démarrez le trousseau de votre bureau (GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>The bucket “%1” does not exist.</source>
        <translation>Le compartiment «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>Le compartiment n’existe pas.</translation>
    </message>
    <message>
        <source>Check the bucket name, or create the bucket first.</source>
        <translation>Vérifiez le nom du compartiment ou créez d’abord le compartiment.</translation>
    </message>
    <message>
        <source>There is no object “%1” in the bucket.</source>
        <translation>Il n’y a pas d’objet «&#xa0;%1&#xa0;» dans le compartiment.</translation>
    </message>
    <message>
        <source>The object is not in the bucket.</source>
        <translation>L’objet n’est pas dans le compartiment.</translation>
    </message>
    <message>
        <source>Refresh the folder: someone may have moved or deleted the object.</source>
        <translation>Actualisez le dossier&#xa0;: quelqu’un a peut-être déplacé ou supprimé l’objet.</translation>
    </message>
    <message>
        <source>There is nothing to download under “%1”.</source>
        <translation>Il n’y a rien à télécharger sous «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is nothing to download in that folder.</source>
        <translation>Il n’y a rien à télécharger dans ce dossier.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s name and its bucket: no object&apos;s name starts with it.</source>
        <translation>Vérifiez le nom du dossier et son compartiment&#xa0;: aucun nom d’objet ne commence ainsi.</translation>
    </message>
    <message>
        <source>The unfinished upload of “%1” is gone from the server.</source>
        <translation>L’envoi inachevé de «&#xa0;%1&#xa0;» n’est plus sur le serveur.</translation>
    </message>
    <message>
        <source>The unfinished upload is gone from the server.</source>
        <translation>L’envoi inachevé n’est plus sur le serveur.</translation>
    </message>
    <message>
        <source>Retry to upload the file again from the beginning.</source>
        <translation>Réessayez pour envoyer à nouveau le fichier depuis le début.</translation>
    </message>
    <message>
        <source>The bucket name “%1” is already taken by someone else.</source>
        <translation>Le nom de compartiment «&#xa0;%1&#xa0;» est déjà pris par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The bucket name is already taken by someone else.</source>
        <translation>Ce nom de compartiment est déjà pris par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Choose another name: bucket names are shared by everyone using the service.</source>
        <translation>Choisissez un autre nom&#xa0;: les noms de compartiment sont communs à tous les utilisateurs du service.</translation>
    </message>
    <message>
        <source>You already have a bucket named “%1”.</source>
        <translation>Vous avez déjà un compartiment nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>You already have a bucket with that name.</source>
        <translation>Vous avez déjà un compartiment portant ce nom.</translation>
    </message>
    <message>
        <source>Open that bucket, or choose another name.</source>
        <translation>Ouvrez ce compartiment ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The bucket name “%1” is not allowed: %2.</source>
        <translation>Le nom de compartiment «&#xa0;%1&#xa0;» n’est pas autorisé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The bucket name is not allowed.</source>
        <translation>Ce nom de compartiment n’est pas autorisé.</translation>
    </message>
    <message>
        <source>Choose a name of 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>Choisissez un nom de 3 à 63 caractères, composé de lettres minuscules, de chiffres, de points ou de traits d’union.</translation>
    </message>
    <message>
        <source>The bucket “%1” is not empty.</source>
        <translation>Le compartiment «&#xa0;%1&#xa0;» n’est pas vide.</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>Le compartiment n’est pas vide.</translation>
    </message>
    <message>
        <source>Delete the objects in it first.</source>
        <translation>Supprimez d’abord les objets qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” changed on the server while Haul was working on it.</source>
        <translation>«&#xa0;%1&#xa0;» a changé sur le serveur pendant que Haul le traitait.</translation>
    </message>
    <message>
        <source>The object changed on the server while Haul was working on it.</source>
        <translation>L’objet a changé sur le serveur pendant que Haul le traitait.</translation>
    </message>
    <message>
        <source>Retry to transfer the current version.</source>
        <translation>Réessayez pour transférer la version actuelle.</translation>
    </message>
    <message>
        <source>Haul asked for bytes beyond the end of “%1”.</source>
        <translation>Haul a demandé des octets au-delà de la fin de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Haul asked for bytes beyond the end of the object.</source>
        <translation>Haul a demandé des octets au-delà de la fin de l’objet.</translation>
    </message>
    <message>
        <source>Refresh the folder and retry: the object may have been replaced by a smaller one.</source>
        <translation>Actualisez le dossier et réessayez&#xa0;: l’objet a peut-être été remplacé par un objet plus petit.</translation>
    </message>
    <message>
        <source>The storage service refused a part of “%1” as too small.</source>
        <translation>Le service de stockage a refusé une partie de «&#xa0;%1&#xa0;», trop petite.</translation>
    </message>
    <message>
        <source>The storage service refused a part as too small.</source>
        <translation>Le service de stockage a refusé une partie, trop petite.</translation>
    </message>
    <message>
        <source>Retry. If it happens again, report it to the Haul developers with the details.</source>
        <translation>Réessayez. Si cela se reproduit, signalez-le aux développeurs de Haul en joignant les détails.</translation>
    </message>
    <message>
        <source>“%1” is too large for the storage service.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour le service de stockage.</translation>
    </message>
    <message>
        <source>The file is too large for the storage service.</source>
        <translation>Le fichier est trop volumineux pour le service de stockage.</translation>
    </message>
    <message>
        <source>Ask your storage administrator about the largest object size allowed.</source>
        <translation>Demandez à votre administrateur de stockage quelle est la taille maximale autorisée pour un objet.</translation>
    </message>
    <message>
        <source>The storage service is missing parts of “%1”.</source>
        <translation>Des parties de «&#xa0;%1&#xa0;» manquent sur le service de stockage.</translation>
    </message>
    <message>
        <source>The storage service is missing parts of the upload.</source>
        <translation>Des parties de l’envoi manquent sur le service de stockage.</translation>
    </message>
    <message>
        <source>Retry: Haul sends the missing parts again.</source>
        <translation>Réessayez&#xa0;: Haul renverra les parties manquantes.</translation>
    </message>
    <message>
        <source>The bytes of “%1” arrived damaged: the checksums differ.</source>
        <translation>Les données de «&#xa0;%1&#xa0;» sont arrivées endommagées&#xa0;: les sommes de contrôle diffèrent.</translation>
    </message>
    <message>
        <source>The bytes arrived damaged: the checksums differ.</source>
        <translation>Les données sont arrivées endommagées&#xa0;: les sommes de contrôle diffèrent.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, check the network and the disk.</source>
        <translation>Réessayez. Si le problème persiste, vérifiez le réseau et le disque.</translation>
    </message>
    <message>
        <source>The storage service does not accept the checksum Haul sends.</source>
        <translation>Le service de stockage n’accepte pas la somme de contrôle envoyée par Haul.</translation>
    </message>
    <message>
        <source>In the account settings, set the checksum to MD5, then retry.</source>
        <translation>Dans les paramètres du compte, choisissez MD5 comme somme de contrôle, puis réessayez.</translation>
    </message>
    <message>
        <source>The copy of “%1” on the server does not match the original, so the original was kept.</source>
        <translation>La copie de «&#xa0;%1&#xa0;» sur le serveur ne correspond pas à l’original&#xa0;: l’original a donc été conservé.</translation>
    </message>
    <message>
        <source>The copy on the server does not match the original, so the original was kept.</source>
        <translation>La copie sur le serveur ne correspond pas à l’original&#xa0;: l’original a donc été conservé.</translation>
    </message>
    <message>
        <source>Refresh the folder and try again. If it keeps happening, ask your storage administrator.</source>
        <translation>Actualisez le dossier et réessayez. Si le problème persiste, adressez-vous à votre administrateur de stockage.</translation>
    </message>
    <message>
        <source>The object “%1” on the server is not the file Haul sent: their MD5 checksums differ.</source>
        <translation>L’objet «&#xa0;%1&#xa0;» sur le serveur n’est pas le fichier envoyé par Haul&#xa0;: leurs sommes de contrôle MD5 diffèrent.</translation>
    </message>
    <message>
        <source>The object on the server is not the file Haul sent: their MD5 checksums differ.</source>
        <translation>L’objet sur le serveur n’est pas le fichier envoyé par Haul&#xa0;: leurs sommes de contrôle MD5 diffèrent.</translation>
    </message>
    <message>
        <source>Retry to send the file again. If it happens again, make sure nothing changes the file while it is sent, and tell your storage administrator.</source>
        <translation>Réessayez pour envoyer à nouveau le fichier. Si cela se reproduit, assurez-vous que rien ne modifie le fichier pendant l’envoi et prévenez votre administrateur de stockage.</translation>
    </message>
    <message>
        <source>The storage service asks Haul to slow down.</source>
        <translation>Le service de stockage demande à Haul de ralentir.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry, or use fewer connections.</source>
        <translation>Attendez quelques minutes et réessayez, ou utilisez moins de connexions.</translation>
    </message>
    <message>
        <source>The storage service at %1 had an internal error.</source>
        <translation>Le service de stockage à l’adresse %1 a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>The storage service had an internal error.</source>
        <translation>Le service de stockage a rencontré une erreur interne.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell your storage administrator.</source>
        <translation>Réessayez plus tard. Si le problème persiste, prévenez votre administrateur de stockage.</translation>
    </message>
    <message>
        <source>The bucket is served at another address: %1.</source>
        <translation>Le compartiment se trouve à une autre adresse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The bucket is in another region or at another address.</source>
        <translation>Le compartiment se trouve dans une autre région ou à une autre adresse.</translation>
    </message>
    <message>
        <source>Open the account settings and set the bucket&apos;s region or endpoint.</source>
        <translation>Ouvrez les paramètres du compte et indiquez la région ou le point de terminaison du compartiment.</translation>
    </message>
    <message>
        <source>The storage service refused the request for “%1”.</source>
        <translation>Le service de stockage a refusé la demande concernant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The storage service refused the request.</source>
        <translation>Le service de stockage a refusé la demande.</translation>
    </message>
    <message>
        <source>Check the account settings. If it stays, report it with the details.</source>
        <translation>Vérifiez les paramètres du compte. Si le problème persiste, signalez-le en joignant les détails.</translation>
    </message>
    <message>
        <source>The answer from %1 cannot be understood.</source>
        <translation>La réponse de %1 est incompréhensible.</translation>
    </message>
    <message>
        <source>The answer from the storage service cannot be understood.</source>
        <translation>La réponse du service de stockage est incompréhensible.</translation>
    </message>
    <message>
        <source>Check that the endpoint address points to an S3-compatible service.</source>
        <translation>Vérifiez que l’adresse du point de terminaison désigne bien un service compatible S3.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The file “%1” is gone: it was moved or deleted.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a disparu&#xa0;: il a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>The file is gone: it was moved or deleted.</source>
        <translation>Le fichier a disparu&#xa0;: il a été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>Put the file back and retry, or remove this transfer.</source>
        <translation>Remettez le fichier à sa place et réessayez, ou retirez ce transfert.</translation>
    </message>
    <message>
        <source>The file “%1” changed while Haul was sending it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» a changé pendant que Haul l’envoyait.</translation>
    </message>
    <message>
        <source>The file changed while Haul was sending it.</source>
        <translation>Le fichier a changé pendant que Haul l’envoyait.</translation>
    </message>
    <message>
        <source>Wait until the program writing the file has finished, then retry.</source>
        <translation>Attendez que le programme qui écrit le fichier ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <source>Haul may not write into the folder “%1”.</source>
        <translation>Haul n’a pas le droit d’écrire dans le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Haul may not write into the destination folder.</source>
        <translation>Haul n’a pas le droit d’écrire dans le dossier de destination.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, or ask for write permission.</source>
        <translation>Choisissez un dossier dans lequel vous avez le droit d’écrire, ou demandez l’autorisation d’écrire.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full.</source>
        <translation>Le disque contenant «&#xa0;%1&#xa0;» est plein.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder, then retry.</source>
        <translation>Libérez de l’espace ou choisissez un autre dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>The object name “%1” cannot be a file name on this computer.</source>
        <translation>Le nom d’objet «&#xa0;%1&#xa0;» ne peut pas servir de nom de fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The object name cannot be a file name on this computer.</source>
        <translation>Ce nom d’objet ne peut pas servir de nom de fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Rename the object in the bucket, or download it to another kind of disk.</source>
        <translation>Renommez l’objet dans le compartiment, ou téléchargez-le sur un autre type de disque.</translation>
    </message>
    <message>
        <source>A file named “%1” is already there.</source>
        <translation>Un fichier nommé «&#xa0;%1&#xa0;» existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>A file with that name is already there.</source>
        <translation>Un fichier portant ce nom existe déjà à cet endroit.</translation>
    </message>
    <message>
        <source>Move or rename the existing file, then retry.</source>
        <translation>Déplacez ou renommez le fichier existant, puis réessayez.</translation>
    </message>
    <message>
        <source>Haul cannot use “%1”.</source>
        <translation>Haul ne peut pas utiliser «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Haul cannot use what was entered.</source>
        <translation>Haul ne peut pas utiliser ce qui a été saisi.</translation>
    </message>
    <message>
        <source>Check what you entered and try again.</source>
        <translation>Vérifiez ce que vous avez saisi et réessayez.</translation>
    </message>
    <message>
        <source>The transfer of “%1” was cancelled.</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» a été annulé.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>Retry to start it again.</source>
        <translation>Réessayez pour le relancer.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Une erreur inattendue s’est produite.</translation>
    </message>
    <message>
        <source>The object&apos;s name would be longer than S3 allows (1,024 bytes).</source>
        <translation>Le nom de l’objet serait plus long que ce que S3 autorise (1&#xa0;024&#xa0;octets).</translation>
    </message>
    <message>
        <source>Upload into a folder with a shorter name, or give the file a shorter name.</source>
        <translation>Envoyez-le dans un dossier au nom plus court, ou donnez au fichier un nom plus court.</translation>
    </message>
    <message>
        <source>This account is not allowed to list buckets.</source>
        <translation>Ce compte n’a pas le droit de lister les compartiments.</translation>
    </message>
    <message>
        <source>If it may use one bucket, enter that bucket&apos;s name under “Bucket” in the account settings, or open the bucket with View ▸ Open a bucket or folder.</source>
        <translation>S’il peut utiliser un compartiment, saisissez le nom de ce compartiment sous «&#xa0;Compartiment&#xa0;» dans les paramètres du compte, ou ouvrez-le avec Affichage ▸ Ouvrir un compartiment ou un dossier.</translation>
    </message>
    <message>
        <source>“%1” is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored.</source>
        <translation>«&#xa0;%1&#xa0;» est archivé (Glacier ou Deep Archive) et ne peut pas être téléchargé avant d’avoir été restauré.</translation>
    </message>
    <message>
        <source>The object is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored.</source>
        <translation>L’objet est archivé (Glacier ou Deep Archive) et ne peut pas être téléchargé avant d’avoir été restauré.</translation>
    </message>
    <message>
        <source>The storage service does not offer the storage class “%1”.</source>
        <translation>Le service de stockage ne propose pas la classe de stockage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The storage service does not offer the storage class chosen in Settings.</source>
        <translation>Le service de stockage ne propose pas la classe de stockage choisie dans les paramètres.</translation>
    </message>
    <message>
        <source>Choose another storage class in Settings (Standard is offered everywhere), then retry.</source>
        <translation>Choisissez une autre classe de stockage dans les paramètres (Standard est proposée partout), puis réessayez.</translation>
    </message>
    <message>
        <source>The disk holding “%1” cannot store a file this large.</source>
        <translation>Le disque contenant «&#xa0;%1&#xa0;» ne peut pas stocker un fichier aussi gros.</translation>
    </message>
    <message>
        <source>The disk cannot store a file this large.</source>
        <translation>Le disque ne peut pas stocker un fichier aussi gros.</translation>
    </message>
    <message>
        <source>Disks formatted as FAT32, as many USB drives are, take at most 4 GiB per file: download to another disk, or have this one formatted as exFAT.</source>
        <translation>Les disques formatés en FAT32, comme beaucoup de clés USB, acceptent au plus 4&#xa0;Gio par fichier&#xa0;: téléchargez vers un autre disque, ou faites formater celui-ci en exFAT.</translation>
    </message>
    <message>
        <source>Select it in Haul&apos;s browser and choose Edit ▸ Restore from archive…, then download it again once the restore is done: hours for Glacier, up to two days for Deep Archive.</source>
        <translation>Sélectionnez-le dans le navigateur de Haul et choisissez Édition ▸ Restaurer depuis l’archive…, puis téléchargez-le de nouveau une fois la restauration terminée&#xa0;: des heures pour Glacier, jusqu’à deux jours pour Deep Archive.</translation>
    </message>
    <message>
        <source>“%1” is a socket, pipe or device, not a file.</source>
        <translation>«&#xa0;%1&#xa0;» est un socket, un tube ou un périphérique, pas un fichier.</translation>
    </message>
    <message>
        <source>That is a socket, pipe or device, not a file.</source>
        <translation>C’est un socket, un tube ou un périphérique, pas un fichier.</translation>
    </message>
    <message>
        <source>It holds no data to upload: remove this transfer, and choose files or folders.</source>
        <translation>Il ne contient aucune donnée à envoyer&#xa0;: retirez ce transfert et choisissez des fichiers ou des dossiers.</translation>
    </message>
    <message>
        <source>The proxy server %1 does not let Haul through to the storage service.</source>
        <translation>Le serveur proxy %1 ne laisse pas passer Haul vers le service de stockage.</translation>
    </message>
    <message>
        <source>The proxy server does not let Haul through to the storage service.</source>
        <translation>Le serveur proxy ne laisse pas passer Haul vers le service de stockage.</translation>
    </message>
    <message>
        <source>Haul uses this computer&apos;s proxy settings (http_proxy, https_proxy, no_proxy, or the desktop&apos;s network settings). Check them, or ask your IT department.</source>
        <translation>Haul utilise les réglages de proxy de cet ordinateur (http_proxy, https_proxy, no_proxy ou les réglages réseau du bureau). Vérifiez-les, ou demandez à votre service informatique.</translation>
    </message>
    <message>
        <source>Another file in the queue is being uploaded to the same name, “%1”.</source>
        <translation>Un autre fichier de la file est envoyé sous le même nom, «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another file in the queue is being uploaded to the same name.</source>
        <translation>Un autre fichier de la file est envoyé sous le même nom.</translation>
    </message>
    <message>
        <source>Only one of them can be stored there: upload this one into another folder, or rename it and add it again.</source>
        <translation>Un seul des deux peut y être stocké&#xa0;: envoyez celui-ci dans un autre dossier, ou renommez-le et ajoutez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>FolderText</name>
    <message>
        <source>skipped: it cannot be read (no permission?)</source>
        <translation>ignoré&#xa0;: illisible (droits insuffisants&#xa0;?)</translation>
    </message>
    <message>
        <source>skipped: it disappeared while the folder was read</source>
        <translation>ignoré&#xa0;: a disparu pendant la lecture du dossier</translation>
    </message>
    <message>
        <source>skipped: a symbolic link (links are not followed)</source>
        <translation>ignoré&#xa0;: un lien symbolique (les liens ne sont pas suivis)</translation>
    </message>
    <message>
        <source>skipped: a symbolic link that points nowhere</source>
        <translation>ignoré&#xa0;: un lien symbolique qui ne mène nulle part</translation>
    </message>
    <message>
        <source>skipped: a link to a folder that contains it</source>
        <translation>ignoré&#xa0;: un lien vers un dossier qui le contient</translation>
    </message>
    <message>
        <source>skipped: not a regular file (a socket, pipe or device)</source>
        <translation>ignoré&#xa0;: pas un fichier ordinaire (socket, tube ou périphérique)</translation>
    </message>
    <message>
        <source>skipped: its name is not valid text on this system</source>
        <translation>ignoré&#xa0;: son nom n’est pas un texte valide sur ce système</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not downloaded: its name would lead outside the destination folder</source>
        <translation>non téléchargé&#xa0;: son nom sortirait du dossier de destination</translation>
    </message>
    <message>
        <source>not downloaded: its name has an empty or &quot;.&quot; part</source>
        <translation>non téléchargé&#xa0;: son nom a une partie vide ou «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>not downloaded: its name is not allowed for files here</source>
        <translation>non téléchargé&#xa0;: ce nom n’est pas autorisé pour un fichier ici</translation>
    </message>
    <message>
        <source>not downloaded: a part of its name is too long for this system</source>
        <translation>non téléchargé&#xa0;: une partie de son nom est trop longue pour ce système</translation>
    </message>
    <message>
        <source>not downloaded: another object needs a folder of the same name</source>
        <translation>non téléchargé&#xa0;: un autre objet a besoin d’un dossier du même nom</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
    <message>
        <source>not uploaded: its name would be longer than S3 allows (1,024 bytes)</source>
        <translation>non envoyé&#xa0;: son nom dépasserait la longueur permise par S3 (1 024 octets)</translation>
    </message>
    <message>
        <source>not downloaded: “%1” on this computer is in the way. Move or rename it, then download again</source>
        <translation>non téléchargé&#xa0;: «&#xa0;%1&#xa0;» sur cet ordinateur gêne. Déplacez-le ou renommez-le, puis téléchargez de nouveau</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d’une minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>environ %n heure</numerusform>
            <numerusform>environ %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <comment>hours and minutes</comment>
        <translation>environ %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>environ %n jour</numerusform>
            <numerusform>environ %n jours</numerusform>
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
        <translation>Parties du transfert sélectionné</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <translation>Aucune partie à afficher</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n part(s) done</source>
        <translation>
            <numerusform>%1 partie sur %n terminée</numerusform>
            <numerusform>%1 parties sur %n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n en cours d’envoi</numerusform>
            <numerusform>%n en cours d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being retried</source>
        <translation>
            <numerusform>%n en nouvel essai</numerusform>
            <numerusform>%n en nouvel essai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
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
        <translation>Redondance réduite (déconseillé)</translation>
    </message>
    <message>
        <source>Standard – Infrequent Access</source>
        <translation>Standard – Accès peu fréquent</translation>
    </message>
    <message>
        <source>One Zone – Infrequent Access</source>
        <translation>Une zone – Accès peu fréquent</translation>
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
        <translation>Glacier Flexible Retrieval (restauration en plusieurs heures)</translation>
    </message>
    <message>
        <source>Glacier Deep Archive (12 hours or more to restore)</source>
        <translation>Glacier Deep Archive (restauration en 12 heures ou plus)</translation>
    </message>
</context>
<context>
    <name>haul::AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>e.g. Institute storage</source>
        <translation>p. ex. Stockage de l’institut</translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
    <message>
        <source>Other S3-compatible (Ceph, MinIO, …)</source>
        <translation>Autre service compatible S3 (Ceph, MinIO, …)</translation>
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
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Path-style (bucket in the path)</source>
        <translation>Style chemin (compartiment dans le chemin)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket in the host name)</source>
        <translation>Hébergement virtuel (compartiment dans le nom d’hôte)</translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported)</source>
        <translation>Automatique (CRC32C si pris en charge)</translation>
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
        <translation>Désactivée (déconseillé)</translation>
    </message>
    <message>
        <source>Optional: your institute&apos;s CA certificate (PEM)</source>
        <translation>Facultatif&#xa0;: le certificat d’autorité (CA) de votre institut (PEM)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat CA</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de ter&amp;minaison&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>A&amp;dressage&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hecksum:</source>
        <translation>Somme de &amp;contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Access key &amp;id:</source>
        <translation>&amp;Identifiant de clé d’accès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>C&amp;lé secrète&#xa0;:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>C&amp;ertificat CA&#xa0;:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangée)</translation>
    </message>
    <message>
        <source>Give the account a name, such as “Institute storage”.</source>
        <translation>Donnez un nom au compte, par exemple «&#xa0;Stockage de l’institut&#xa0;».</translation>
    </message>
    <message>
        <source>There is already an account named “%1”. Choose another name.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter the address of the storage service, such as https://s3.example.org.</source>
        <translation>Saisissez l’adresse du service de stockage, par exemple https://s3.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. It should look like https://s3.example.org or http://192.0.2.10:9000.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web. Elle doit ressembler à https://s3.example.org ou http://192.0.2.10:9000.</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>Saisissez l’identifiant de la clé d’accès.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Saisissez la clé secrète.</translation>
    </message>
    <message>
        <source>The certificate file “%1” does not exist.</source>
        <translation>Le fichier de certificat «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: ce compte voit %n compartiment.</numerusform>
            <numerusform>Connecté&#xa0;: ce compte voit %n compartiments.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only. Haul will ask for it again next time.</source>
        <translation>Le compte est enregistré, mais le trousseau du système est inaccessible&#xa0;: la clé secrète n’est conservée que pour cette session. Haul la redemandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import from ~/.aws</source>
        <translation>Imp&amp;orter depuis ~/.aws</translation>
    </message>
    <message>
        <source>Fills the fields from a profile of the AWS command line tools</source>
        <translation>Remplit les champs à partir d’un profil des outils en ligne de commande AWS</translation>
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
        <translation>Profil «&#xa0;%1&#xa0;» importé. Vérifiez les champs, puis continuez.</translation>
    </message>
    <message>
        <source>Imported the profile “%1”. Its keys are temporary: Haul keeps the access key and secret, but not the session token, so the account works only while the keys are valid.</source>
        <translation>Profil «&#xa0;%1&#xa0;» importé. Ses clés sont temporaires&#xa0;: Haul conserve la clé d’accès et la clé secrète, mais pas le jeton de session&#xa0;; le compte ne fonctionne donc que tant que les clés sont valides.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: the bucket to open if the account may not list buckets</source>
        <translation>Facultatif&#xa0;: le compartiment à ouvrir si le compte ne peut pas lister les compartiments</translation>
    </message>
    <message>
        <source>Haul shows this bucket among the account&apos;s buckets even when the storage service does not list it, for example a bucket another account shares with this one.</source>
        <translation>Haul affiche ce compartiment parmi ceux du compte même si le service de stockage ne le liste pas, par exemple un compartiment qu’un autre compte partage avec celui-ci.</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>Com&amp;partiment&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a bucket name: a bucket name has only letters, digits, dots, hyphens and underscores. Enter the name alone, without s3:// or folders.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de compartiment&#xa0;: un nom de compartiment ne contient que des lettres, des chiffres, des points, des tirets et des traits de soulignement. Saisissez le nom seul, sans s3:// ni dossiers.</translation>
    </message>
</context>
<context>
    <name>haul::Breadcrumb</name>
    <message>
        <source>All buckets</source>
        <translation>Tous les compartiments</translation>
    </message>
</context>
<context>
    <name>haul::BrowserActions</name>
    <message>
        <source>De&amp;tails…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>&amp;Share link…</source>
        <translation>&amp;Partager un lien…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Size, dates, checksum and metadata of the selected object</source>
        <translation>Taille, dates, somme de contrôle et métadonnées de l’objet sélectionné</translation>
    </message>
    <message>
        <source>Copy a link that lets anyone download the selected file for a while</source>
        <translation>Copier un lien qui permet à n’importe qui de télécharger le fichier sélectionné pendant un certain temps</translation>
    </message>
    <message>
        <source>Delete the selected objects and folders (asks first)</source>
        <translation>Supprimer les objets et dossiers sélectionnés (après confirmation)</translation>
    </message>
    <message>
        <source>Share link copied.</source>
        <translation>Lien de partage copié.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name for the folder “%1” (everything in it is copied on the server, then the originals are deleted):</source>
        <translation>Nouveau nom du dossier «&#xa0;%1&#xa0;» (tout son contenu est copié sur le serveur, puis les originaux sont supprimés)&#xa0;:</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>Le nouveau nom est vide.</translation>
    </message>
    <message>
        <source>The new name is the same as the old one.</source>
        <translation>Le nouveau nom est identique à l’ancien.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>A file name cannot begin or end with “/”.</source>
        <translation>Un nom de fichier ne peut ni commencer ni finir par «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a été renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>Renommage de «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»…</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2”.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» a été renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) could not be moved and stayed where they were, the first: “%1”.</source>
        <translation>
            <numerusform>%Ln objet n’a pas pu être déplacé et est resté à sa place&#xa0;: «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln objets n’ont pas pu être déplacés et sont restés à leur place, le premier&#xa0;: «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Rien n’a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be deleted, the first: “%1” (%2).</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être supprimé&#xa0;: «&#xa0;%1&#xa0;» (%2).</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être supprimés, le premier&#xa0;: «&#xa0;%1&#xa0;» (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted.</source>
        <translation>
            <numerusform>%Ln fichier supprimé.</numerusform>
            <numerusform>%Ln fichiers supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only files up to %1 in all can be dragged out of Haul; use Download… for folders and big files.</source>
        <translation>Seuls des fichiers totalisant au plus %1 peuvent être glissés hors de Haul&#xa0;; utilisez «&#xa0;Télécharger…&#xa0;» pour les dossiers et les gros fichiers.</translation>
    </message>
    <message>
        <source>The new name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.</source>
        <translation>Le nouveau nom est trop long&#xa0;: avec les dossiers qui le contiennent, un nom dans S3 peut compter au plus 1&#xa0;024&#xa0;octets.</translation>
    </message>
    <message>
        <source>Restore from &amp;archive…</source>
        <translation>Restaurer depuis l’&amp;archive…</translation>
    </message>
    <message>
        <source>Ask for archived files (Glacier, Deep Archive) to be restored, so they can be downloaded</source>
        <translation>Demander la restauration de fichiers archivés (Glacier, Deep Archive) pour pouvoir les télécharger</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>de la sélection</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the folder “%1” and its sub-folders</source>
        <translation>du dossier «&#xa0;%1&#xa0;» et de ses sous-dossiers</translation>
    </message>
    <message numerus="yes">
        <source>Restore asked for %Ln file(s); it takes %1. Download them once it is done.</source>
        <translation>
            <numerusform>Restauration demandée pour %Ln fichier&#xa0;; elle prend %1. Téléchargez-le une fois qu’elle est terminée.</numerusform>
            <numerusform>Restauration demandée pour %Ln fichiers&#xa0;; elle prend %1. Téléchargez-les une fois qu’elle est terminée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) were being restored already.</source>
        <translation>
            <numerusform>%Ln fichier était déjà en cours de restauration.</numerusform>
            <numerusform>%Ln fichiers étaient déjà en cours de restauration.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are restored already and can be downloaded now.</source>
        <translation>
            <numerusform>%Ln fichier est déjà restauré et peut être téléchargé maintenant.</numerusform>
            <numerusform>%Ln fichiers sont déjà restaurés et peuvent être téléchargés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be restored, the first: “%1”. %2</source>
        <translation>
            <numerusform>%Ln fichier n’a pas pu être restauré&#xa0;: «&#xa0;%1&#xa0;». %2</numerusform>
            <numerusform>%Ln fichiers n’ont pas pu être restaurés, le premier&#xa0;: «&#xa0;%1&#xa0;». %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing there is archived: it can be downloaded as it is.</source>
        <translation>Rien n’y est archivé&#xa0;: tout peut être téléchargé tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>Asking for the restore: %1 of %Ln file(s) answered…</source>
        <translation>
            <numerusform>Demande de restauration&#xa0;: %1 fichier sur %Ln a reçu sa réponse…</numerusform>
            <numerusform>Demande de restauration&#xa0;: %1 fichiers sur %Ln ont reçu leur réponse…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archived files…</source>
        <translation>Recherche des fichiers archivés…</translation>
    </message>
</context>
<context>
    <name>haul::BrowserModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Archived (%1): restore it with Edit ▸ Restore from archive… before downloading it.</source>
        <translation>Archivé (%1)&#xa0;: restaurez-le avec Édition ▸ Restaurer depuis l’archive… avant de le télécharger.</translation>
    </message>
</context>
<context>
    <name>haul::BrowserPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Show only the files and folders whose name contains this text</source>
        <translation>N’afficher que les fichiers et dossiers dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Creating bucket “%1”…</source>
        <translation>Création du compartiment «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>Creating folder “%1”…</source>
        <translation>Création du dossier «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln item(s) so far</source>
        <translation>
            <numerusform>Chargement… %Ln élément pour l’instant</numerusform>
            <numerusform>Chargement… %Ln éléments pour l’instant</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Ce dossier est vide. Déposez des fichiers ici pour les envoyer.</translation>
    </message>
    <message>
        <source>Folder “%1” created.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Bucket created.</source>
        <translation>Compartiment créé.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.</source>
        <translation>Le nom du dossier est trop long&#xa0;: avec les dossiers qui le contiennent, un nom dans S3 peut compter au plus 1&#xa0;024&#xa0;octets.</translation>
    </message>
    <message>
        <source>This account has no buckets of its own yet. Use “New bucket” to create one, or open a bucket shared with it with View ▸ Open a bucket or folder.</source>
        <translation>Ce compte n’a pas encore de compartiment à lui. Créez-en un avec «&#xa0;Nouveau compartiment&#xa0;», ou ouvrez un compartiment partagé avec lui avec Affichage ▸ Ouvrir un compartiment ou un dossier.</translation>
    </message>
    <message>
        <source>This account may not see what is in “%1”. If it may put files there (a drop box), files dropped here are uploaded, every one, since Haul cannot see which are there already.</source>
        <translation>Ce compte n’a pas le droit de voir le contenu de «&#xa0;%1&#xa0;». S’il peut y déposer des fichiers (une boîte de dépôt), les fichiers déposés ici sont envoyés, tous, car Haul ne peut pas voir lesquels s’y trouvent déjà.</translation>
    </message>
</context>
<context>
    <name>haul::DeleteJob</name>
    <message>
        <source>Counting the files in “%1”…</source>
        <translation>Comptage des fichiers de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1”?</source>
        <translation>Supprimer le dossier vide «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %Ln file(s) in it?</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et le fichier qu’il contient (%Ln)&#xa0;?</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et les %Ln fichiers qu’il contient&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation>
            <numerusform>Supprimer cet élément (%n)&#xa0;?</numerusform>
            <numerusform>Supprimer ces %n éléments&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all, will be deleted from the bucket “%2”. This cannot be undone.</source>
        <translation>
            <numerusform>%Ln fichier (%1) sera supprimé du compartiment «&#xa0;%2&#xa0;». Cette action est irréversible.</numerusform>
            <numerusform>%Ln fichiers, %1 au total, seront supprimés du compartiment «&#xa0;%2&#xa0;». Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln file(s)…</source>
        <translation>
            <numerusform>Suppression de %Ln fichier…</numerusform>
            <numerusform>Suppression de %Ln fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Suppression… %1 sur %2</translation>
    </message>
</context>
<context>
    <name>haul::DeletionConfirmDialog</name>
    <message numerus="yes">
        <source>&amp;Delete %n file(s)</source>
        <translation>
            <numerusform>&amp;Supprimer %n fichier</numerusform>
            <numerusform>&amp;Supprimer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Les garder</translation>
    </message>
    <message>
        <source>Delete files from the bucket?</source>
        <translation>Supprimer des fichiers du compartiment&#xa0;?</translation>
    </message>
    <message>
        <source>These files are in %1 but no longer in the folder “%2”. The sync can delete them from the bucket too. Deleted files cannot be brought back.</source>
        <translation>Ces fichiers sont dans %1 mais plus dans le dossier «&#xa0;%2&#xa0;». La synchronisation peut aussi les supprimer du compartiment. Les fichiers supprimés ne peuvent pas être récupérés.</translation>
    </message>
    <message>
        <source>Files to delete: %L1</source>
        <translation>Fichiers à supprimer&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Files that would be deleted</source>
        <translation>Fichiers qui seraient supprimés</translation>
    </message>
</context>
<context>
    <name>haul::ExistingFilesBar</name>
    <message>
        <source>“%1” is already in %2 and differs from the object being downloaded. Overwrite it, or skip the download and keep your file?</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans %2 et diffère de l’objet en cours de téléchargement. L’écraser, ou ignorer le téléchargement et garder votre fichier&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n files being downloaded are already there and differ from the objects (the first: “%1” in %2). Overwrite them, or skip those downloads and keep your files?</source>
        <translation>
            <numerusform>%n fichier en cours de téléchargement existe déjà et diffère de l’objet («&#xa0;%1&#xa0;» dans %2). L’écraser, ou ignorer ce téléchargement et garder votre fichier&#xa0;?</numerusform>
            <numerusform>%n fichiers en cours de téléchargement existent déjà et diffèrent des objets (le premier&#xa0;: «&#xa0;%1&#xa0;» dans %2). Les écraser, ou ignorer ces téléchargements et garder vos fichiers&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Écraser</translation>
    </message>
    <message>
        <source>&amp;Overwrite all</source>
        <translation>Écraser &amp;tout</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>&amp;Skip all</source>
        <translation>Ignorer t&amp;out</translation>
    </message>
</context>
<context>
    <name>haul::FirstRunWizard</name>
    <message>
        <source>Welcome to Haul</source>
        <translation>Bienvenue dans Haul</translation>
    </message>
    <message>
        <source>Your storage account</source>
        <translation>Votre compte de stockage</translation>
    </message>
    <message>
        <source>Enter the details your storage team gave you, or import them from the AWS command line tools.</source>
        <translation>Saisissez les informations fournies par votre équipe de stockage, ou importez-les depuis les outils en ligne de commande AWS.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Haul asks the storage service whether it accepts the account, then saves it.</source>
        <translation>Haul demande au service de stockage s’il accepte le compte, puis l’enregistre.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Choose a bucket</source>
        <translation>Choisir un compartiment</translation>
    </message>
    <message>
        <source>A bucket is the top-level folder of the storage service. You can open another one at any time.</source>
        <translation>Un compartiment est le dossier de premier niveau du service de stockage. Vous pouvez en ouvrir un autre à tout moment.</translation>
    </message>
    <message>
        <source>&amp;Buckets this account can see:</source>
        <translation>&amp;Compartiments visibles par ce compte&#xa0;:</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Compartiments</translation>
    </message>
    <message>
        <source>The bucket Haul opens when you click Finish</source>
        <translation>Le compartiment que Haul ouvre quand vous cliquez sur «&#xa0;Terminer&#xa0;»</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Connected. Saving the account…</source>
        <translation>Connecté. Enregistrement du compte…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Connecté&#xa0;: ce compte voit %n compartiment.</numerusform>
            <numerusform>Connecté&#xa0;: ce compte voit %n compartiments.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>Le compte est enregistré.</translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only.</source>
        <translation>Le compte est enregistré, mais le trousseau du système est inaccessible&#xa0;: la clé secrète n’est conservée que pour cette session.</translation>
    </message>
    <message>
        <source>This account has no buckets yet. After you click Finish, use “New bucket” in the toolbar to create one.</source>
        <translation>Ce compte n’a encore aucun compartiment. Après avoir cliqué sur «&#xa0;Terminer&#xa0;», utilisez «&#xa0;Nouveau compartiment&#xa0;» dans la barre d’outils pour en créer un.</translation>
    </message>
    <message>
        <source>Haul opens the selected bucket when you click Finish.</source>
        <translation>Haul ouvre le compartiment sélectionné quand vous cliquez sur «&#xa0;Terminer&#xa0;».</translation>
    </message>
    <message>
        <source>Click Back, enter the name of the bucket it may use under “Bucket”, then click Next.</source>
        <translation>Cliquez sur «&#xa0;Précédent&#xa0;», saisissez sous «&#xa0;Compartiment&#xa0;» le nom du compartiment qu’il peut utiliser, puis cliquez sur «&#xa0;Suivant&#xa0;».</translation>
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
        <translation>Fichiers déjà présents</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this folder already exist with different contents. Replace them, or keep what is there?</source>
        <translation>
            <numerusform>%n fichier de ce dossier existe déjà avec un contenu différent. Le remplacer, ou garder l’existant&#xa0;?</numerusform>
            <numerusform>%n fichiers de ce dossier existent déjà avec un contenu différent. Les remplacer, ou garder l’existant&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… et %n autre</numerusform>
            <numerusform>
… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep what is there</source>
        <translation>&amp;Garder l’existant</translation>
    </message>
</context>
<context>
    <name>haul::FolderRename</name>
    <message>
        <source>Listing “%1”…</source>
        <translation>Inventaire de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Renaming “%1”: %2 of %3 copied…</source>
        <translation>Renommage de «&#xa0;%1&#xa0;»&#xa0;: %2 sur %3 copiés…</translation>
    </message>
    <message>
        <source>Renaming “%1”: deleting the originals…</source>
        <translation>Renommage de «&#xa0;%1&#xa0;»&#xa0;: suppression des originaux…</translation>
    </message>
</context>
<context>
    <name>haul::Launcher</name>
    <message>
        <source>haul: the account “%1” cannot be used: %2 %3</source>
        <translation>haul&#xa0;: le compte «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>haul: screenshot saved to %1</source>
        <translation>haul&#xa0;: capture d’écran enregistrée dans %1</translation>
    </message>
    <message>
        <source>haul: the screenshot could not be saved to %1</source>
        <translation>haul&#xa0;: impossible d’enregistrer la capture d’écran dans %1</translation>
    </message>
    <message>
        <source>haul: %1: %2 (%3)</source>
        <translation>haul&#xa0;: %1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>haul: %n transfer(s) succeeded, %1 failed; %2 in %3 s (%4)</source>
        <translation>
            <numerusform>haul&#xa0;: %n transfert réussi, %1 en échec&#xa0;; %2 en %3 s (%4)</numerusform>
            <numerusform>haul&#xa0;: %n transferts réussis, %1 en échec&#xa0;; %2 en %3 s (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>haul: %1: stored, but not verified: the storage service gave nothing to verify it against</source>
        <translation>haul&#xa0;: %1&#xa0;: stocké, mais non vérifié&#xa0;: le service de stockage n’a rien fourni pour le vérifier</translation>
    </message>
    <message>
        <source>haul: %1</source>
        <translation>haul&#xa0;: %1</translation>
    </message>
    <message>
        <source>haul: %1 → %2: total %3, transferred %4, already there %5, failed %6, unsafe names skipped %7, links not followed %8</source>
        <translation>haul&#xa0;: %1 → %2&#xa0;: total %3, transférés %4, déjà présents %5, en échec %6, noms dangereux ignorés %7, liens non suivis %8</translation>
    </message>
    <message>
        <source>haul: %1: not downloaded: the same file is already at %2</source>
        <translation>haul&#xa0;: %1&#xa0;: non téléchargé&#xa0;: le même fichier se trouve déjà en %2</translation>
    </message>
    <message>
        <source>haul: %1: not downloaded: the file already at %2 was kept</source>
        <translation>haul&#xa0;: %1&#xa0;: non téléchargé&#xa0;: le fichier déjà présent en %2 a été conservé</translation>
    </message>
    <message>
        <source>haul: Haul is already running (process %1), and two would send the same files twice. Wait until it has finished or close it, then run this command again.</source>
        <translation>haul&#xa0;: Haul est déjà en cours d’exécution (processus %1), et deux enverraient les mêmes fichiers deux fois. Attendez qu’il ait terminé ou fermez-le, puis relancez cette commande.</translation>
    </message>
    <message>
        <source>Haul is already open</source>
        <translation>Haul est déjà ouvert</translation>
    </message>
    <message>
        <source>Haul is already open in another window (process %1). Use that window: two would send the same files twice.</source>
        <translation>Haul est déjà ouvert dans une autre fenêtre (processus %1). Utilisez cette fenêtre&#xa0;: deux enverraient les mêmes fichiers deux fois.</translation>
    </message>
    <message>
        <source>haul: if “%1” is a folder, give it with a “/” at the end: s3://%2/%1/</source>
        <translation>haul&#xa0;: si «&#xa0;%1&#xa0;» est un dossier, indiquez-le avec un «&#xa0;/&#xa0;» à la fin&#xa0;: s3://%2/%1/</translation>
    </message>
    <message>
        <source>haul: %1 (%2)</source>
        <translation>haul&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Haul cannot start: the disk holding “%1” is full, and Haul keeps its queue there. Free some space on that disk, then start Haul again.</source>
        <translation>Haul ne peut pas démarrer&#xa0;: le disque contenant «&#xa0;%1&#xa0;» est plein, et Haul y garde sa file d’attente. Libérez de la place sur ce disque, puis relancez Haul.</translation>
    </message>
    <message>
        <source>Haul cannot start: it cannot write into “%1”, where it keeps its queue. Make that folder writable, then start Haul again.</source>
        <translation>Haul ne peut pas démarrer&#xa0;: il ne peut pas écrire dans «&#xa0;%1&#xa0;», où il garde sa file d’attente. Rendez ce dossier accessible en écriture, puis relancez Haul.</translation>
    </message>
    <message>
        <source>Haul cannot start</source>
        <translation>Haul ne peut pas démarrer</translation>
    </message>
    <message>
        <source>haul: %1: %2</source>
        <translation>haul&#xa0;: %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>haul::LocationDialog</name>
    <message>
        <source>Open a bucket or folder</source>
        <translation>Ouvrir un compartiment ou un dossier</translation>
    </message>
    <message>
        <source>&amp;Bucket or folder, such as s3://lab-data/run-42/:</source>
        <translation>&amp;Compartiment ou dossier, par exemple s3://lab-data/run-42/&#xa0;:</translation>
    </message>
    <message>
        <source>Bucket or folder</source>
        <translation>Compartiment ou dossier</translation>
    </message>
    <message>
        <source>Opens a bucket this account may use even when the bucket list does not show it</source>
        <translation>Ouvre un compartiment que ce compte peut utiliser même si la liste des compartiments ne l’affiche pas</translation>
    </message>
    <message>
        <source>“%1” does not name a bucket. Write the bucket&apos;s name, then any folders, such as s3://lab-data/run-42/. A bucket name has only letters, digits, dots, hyphens and underscores.</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne pas un compartiment. Écrivez le nom du compartiment, puis les éventuels dossiers, par exemple s3://lab-data/run-42/. Un nom de compartiment ne contient que des lettres, des chiffres, des points, des tirets et des traits de soulignement.</translation>
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
        <translation>&amp;Paramètres du compte…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Upload files to the folder shown (or drop them onto the window)</source>
        <translation>Envoyer des fichiers dans le dossier affiché (ou les déposer sur la fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <source>Download the selected objects and folders</source>
        <translation>Télécharger les objets et dossiers sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;New bucket…</source>
        <translation>Nouveau &amp;compartiment…</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Suspendre &amp;tout</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>Reprendre t&amp;out</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>E&amp;ffacer les terminés</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The storage account to work with</source>
        <translation>Le compte de stockage utilisé</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Welcome! Add the account of your storage service to begin.</source>
        <translation>Bienvenue&#xa0;! Ajoutez le compte de votre service de stockage pour commencer.</translation>
    </message>
    <message>
        <source>Opening the account “%1”…</source>
        <translation>Ouverture du compte «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>%1 — Haul</source>
        <translation>%1 — Haul</translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Go to the &amp;browser</source>
        <translation>Aller au &amp;navigateur</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Aller à la &amp;file d’attente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Haul</source>
        <translation>À &amp;propos de Haul</translation>
    </message>
    <message>
        <source>About Haul</source>
        <translation>À propos de Haul</translation>
    </message>
    <message>
        <source>Haul %1: fast, verified transfers to and from S3.</source>
        <translation>Haul %1&#xa0;: des transferts rapides et vérifiés vers et depuis S3.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>The network is gone. Transfers are paused and continue when it is back.</source>
        <translation>Le réseau est coupé. Les transferts sont suspendus et reprendront à son retour.</translation>
    </message>
    <message numerus="yes">
        <source>The network is gone: %n transfer(s) paused. They continue when it is back.</source>
        <translation>
            <numerusform>Le réseau est coupé&#xa0;: %n transfert suspendu. Il reprendra à son retour.</numerusform>
            <numerusform>Le réseau est coupé&#xa0;: %n transferts suspendus. Ils reprendront à son retour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n transfer(s) continue.</source>
        <translation>
            <numerusform>Le réseau est revenu&#xa0;: %n transfert reprend.</numerusform>
            <numerusform>Le réseau est revenu&#xa0;: %n transferts reprennent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Buckets and files</source>
        <translation>Compartiments et fichiers</translation>
    </message>
    <message>
        <source>Open a bucket or folder with Enter. Drop files here to upload them.</source>
        <translation>Ouvrez un compartiment ou un dossier avec Entrée. Déposez des fichiers ici pour les envoyer.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Transfer queue</source>
        <translation>File d’attente des transferts</translation>
    </message>
    <message>
        <source>Space pauses or resumes the selected transfers, Delete cancels them.</source>
        <translation>Espace suspend ou reprend les transferts sélectionnés, Suppr les annule.</translation>
    </message>
    <message>
        <source>Queue totals</source>
        <translation>Totaux de la file d’attente</translation>
    </message>
    <message>
        <source>Failed transfers</source>
        <translation>Transferts en échec</translation>
    </message>
    <message>
        <source>The network is gone. Transfers pause and continue when it is back.</source>
        <translation>Le réseau est coupé. Les transferts se suspendent et reprendront à son retour.</translation>
    </message>
    <message>
        <source>Open a bucket first, then drop the files onto it.</source>
        <translation>Ouvrez d’abord un compartiment, puis déposez-y les fichiers.</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) here</source>
        <translation>
            <numerusform>Envoyer %n fichier ici</numerusform>
            <numerusform>Envoyer %n fichiers ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open the bucket and folder the %n file(s) should go to, then click “Upload here”.</source>
        <translation>
            <numerusform>Ouvrez le compartiment et le dossier où doit aller le fichier (%n), puis cliquez sur «&#xa0;Envoyer ici&#xa0;».</numerusform>
            <numerusform>Ouvrez le compartiment et le dossier où doivent aller les %n fichiers, puis cliquez sur «&#xa0;Envoyer ici&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Select the objects or folders to download first.</source>
        <translation>Sélectionnez d’abord les objets ou dossiers à télécharger.</translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation>Télécharger dans le dossier</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>New bucket</source>
        <translation>Nouveau compartiment</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Bucket name (lower-case letters, digits, dots, hyphens):</source>
        <translation>Nom du compartiment (minuscules, chiffres, points, traits d’union)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) finished</source>
        <translation>
            <numerusform>%n transfert terminé</numerusform>
            <numerusform>%n transferts terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time</comment>
        <translation>%1 restant</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>«&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Haul keeps transferring in the background.</source>
        <translation>Haul poursuit les transferts en arrière-plan.</translation>
    </message>
    <message>
        <source>S&amp;ync a folder…</source>
        <translation>S&amp;ynchroniser un dossier…</translation>
    </message>
    <message>
        <source>Keep a folder on this computer and a folder in a bucket the same</source>
        <translation>Garder identiques un dossier de cet ordinateur et un dossier d’un compartiment</translation>
    </message>
    <message>
        <source>Sync a folder</source>
        <translation>Synchroniser un dossier</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Upload a folder with everything in it to the folder shown</source>
        <translation>Envoyer un dossier et tout son contenu dans le dossier affiché</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued for %1</source>
        <translation>
            <numerusform>%n fichier en attente pour %1</numerusform>
            <numerusform>%n fichiers en attente pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 queued for %2</source>
        <translation>
            <numerusform>%n dossier et %1 en attente pour %2</numerusform>
            <numerusform>%n dossiers et %1 en attente pour %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Envoyer un dossier</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n file(s) could not be transferred; the queue row lists them.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n fichier n’a pas pu être transféré&#xa0;; la ligne de la file d’attente l’indique.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n fichiers n’ont pas pu être transférés&#xa0;; la ligne de la file d’attente les indique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n déjà présent</numerusform>
            <numerusform>, %n déjà présents</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open a bucket or folder…</source>
        <translation>&amp;Ouvrir un compartiment ou un dossier…</translation>
    </message>
    <message>
        <source>Type the name of a bucket, with any folders, to open it</source>
        <translation>Saisissez le nom d’un compartiment, avec d’éventuels dossiers, pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>haul::Notifier</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n fichier envoyé</numerusform>
            <numerusform>%n fichiers envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n fichier téléchargé</numerusform>
            <numerusform>%n fichiers téléchargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation>
            <numerusform>%n transfert en échec</numerusform>
            <numerusform>%n transferts en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>Transferts terminés</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::ObjectDetails</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (uploaded in %n part(s))</source>
        <translation>
            <numerusform>%1 (envoyé en %n partie)</numerusform>
            <numerusform>%1 (envoyé en %n parties)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the storage service…</source>
        <translation>Interrogation du service de stockage…</translation>
    </message>
    <message>
        <source>Details of “%1”</source>
        <translation>Détails de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Classe de stockage</translation>
    </message>
    <message>
        <source>STANDARD (the default)</source>
        <translation>STANDARD (par défaut)</translation>
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
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>metadata name: value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all</source>
        <translation>
            <numerusform>%Ln fichier, %1 au total</numerusform>
            <numerusform>%Ln fichiers, %1 au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>under way: it can be downloaded once it is done</source>
        <translation>en cours&#xa0;: il pourra être téléchargé une fois terminée</translation>
    </message>
    <message>
        <source>done: it can be downloaded until %1</source>
        <translation>terminée&#xa0;: il peut être téléchargé jusqu’au %1</translation>
    </message>
    <message>
        <source>not asked for: it must be restored before it can be downloaded</source>
        <translation>non demandée&#xa0;: il doit être restauré avant de pouvoir être téléchargé</translation>
    </message>
</context>
<context>
    <name>haul::QueueModel</name>
    <message>
        <source>The file was already there with the object&apos;s size and modification time, so it was not downloaded again.</source>
        <translation>Le fichier existait déjà avec la taille et la date de modification de l’objet&#xa0;: il n’a donc pas été retéléchargé.</translation>
    </message>
    <message>
        <source>A different file of that name was already there; you chose to keep it.</source>
        <translation>Un autre fichier de ce nom existait déjà&#xa0;; vous avez choisi de le garder.</translation>
    </message>
    <message>
        <source>The storage service offered no checksum to compare, so Haul could not verify the bytes.</source>
        <translation>Le service de stockage n’a fourni aucune somme de contrôle à comparer&#xa0;: Haul n’a donc pas pu vérifier les données.</translation>
    </message>
    <message numerus="yes">
        <source>Some parts were sent again after %n failed attempt(s).</source>
        <translation>
            <numerusform>Certaines parties ont été renvoyées après %n tentative échouée.</numerusform>
            <numerusform>Certaines parties ont été renvoyées après %n tentatives échouées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation>%1
vers %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not transferred:
%1</source>
        <translation>Non transférés&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement en cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>Skipped: your file was kept</source>
        <translation>Ignoré&#xa0;: votre fichier a été gardé</translation>
    </message>
    <message>
        <source>Done (not verified)</source>
        <translation>Terminé (non vérifié)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>Comparing: %n file(s) found</source>
        <translation>
            <numerusform>Comparaison&#xa0;: %n fichier trouvé</numerusform>
            <numerusform>Comparaison&#xa0;: %n fichiers trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Téléchargement&#xa0;: %1 sur %n fichier</numerusform>
            <numerusform>Téléchargement&#xa0;: %1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Envoi&#xa0;: %1 sur %n fichier</numerusform>
            <numerusform>Envoi&#xa0;: %1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) exist: choose what to do</source>
        <translation>
            <numerusform>%n fichier modifié existe&#xa0;: choisissez quoi faire</numerusform>
            <numerusform>%n fichiers modifiés existent&#xa0;: choisissez quoi faire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting: delete %n remote file(s)?</source>
        <translation>
            <numerusform>En attente&#xa0;: supprimer %n fichier distant&#xa0;?</numerusform>
            <numerusform>En attente&#xa0;: supprimer %n fichiers distants&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n remote file(s)…</source>
        <translation>
            <numerusform>Suppression de %n fichier distant…</numerusform>
            <numerusform>Suppression de %n fichiers distants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %1 of %n file(s)</source>
        <translation>
            <numerusform>Suspendu&#xa0;: %1 sur %n fichier</numerusform>
            <numerusform>Suspendu&#xa0;: %1 sur %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s)</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n fichier</numerusform>
            <numerusform>Terminé&#xa0;: %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) done</source>
        <translation>
            <numerusform>Annulé&#xa0;: %1 fichier sur %n terminé</numerusform>
            <numerusform>Annulé&#xa0;: %1 fichiers sur %n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n déjà présent</numerusform>
            <numerusform>, %n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>En attente de votre réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for account “%1”</source>
        <translation>En attente du compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, all sent</source>
        <translation>, tous envoyés</translation>
    </message>
    <message>
        <source>This account may not list the bucket, so Haul could not see which files were already there and sent every file.</source>
        <translation>Ce compte n’a pas le droit de lister le bucket&#xa0;: Haul n’a donc pas pu voir quels fichiers s’y trouvaient déjà et a envoyé tous les fichiers.</translation>
    </message>
</context>
<context>
    <name>haul::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Copy error &amp;details</source>
        <translation>Copier les &amp;détails de l’erreur</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Suspendre ou reprendre</translation>
    </message>
    <message numerus="yes">
        <source>Parts: %1 of %n done</source>
        <translation>
            <numerusform>Parties&#xa0;: %1 sur %n terminée</numerusform>
            <numerusform>Parties&#xa0;: %1 sur %n terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
</context>
<context>
    <name>haul::QueueSaveBar</name>
    <message>
        <source>Haul cannot save its queue: the disk holding “%1” is full. Transfers go on, but if Haul is closed now, the unfinished ones will not continue. Free some space on that disk; Haul then saves the queue by itself.</source>
        <translation>Haul ne peut pas enregistrer sa file d’attente&#xa0;: le disque contenant «&#xa0;%1&#xa0;» est plein. Les transferts continuent, mais si Haul est fermé maintenant, ceux qui ne sont pas terminés ne reprendront pas. Libérez de la place sur ce disque&#xa0;; Haul enregistre alors la file d’attente de lui-même.</translation>
    </message>
    <message>
        <source>Haul cannot save its queue in “%1”. Transfers go on, but if Haul is closed now, the unfinished ones will not continue. Make that folder writable again; Haul then saves the queue by itself.</source>
        <translation>Haul ne peut pas enregistrer sa file d’attente dans «&#xa0;%1&#xa0;». Les transferts continuent, mais si Haul est fermé maintenant, ceux qui ne sont pas terminés ne reprendront pas. Rendez de nouveau ce dossier accessible en écriture&#xa0;; Haul enregistre alors la file d’attente de lui-même.</translation>
    </message>
</context>
<context>
    <name>haul::RestoreDialog</name>
    <message>
        <source>Restore from archive</source>
        <translation>Restaurer depuis l’archive</translation>
    </message>
    <message>
        <source>Files in Glacier or Deep Archive cannot be downloaded until a copy of them is restored. Haul asks the storage service to restore the archived files of %1. The archive keeps them as they are; the restored copy goes away by itself after the days chosen here, and the storage service may charge for it.</source>
        <translation>Les fichiers dans Glacier ou Deep Archive ne peuvent être téléchargés qu’une fois une copie restaurée. Haul demande au service de stockage de restaurer les fichiers archivés %1. L’archive les garde tels quels&#xa0;; la copie restaurée disparaît d’elle-même après le nombre de jours choisi ici, et le service de stockage peut la facturer.</translation>
    </message>
    <message>
        <source>Standard — %1</source>
        <translation>Standard — %1</translation>
    </message>
    <message>
        <source>Bulk — %1, costs least</source>
        <translation>Bulk — %1, le moins cher</translation>
    </message>
    <message>
        <source>Expedited — %1, costs most, not for Deep Archive</source>
        <translation>Expedited — %1, le plus cher, pas pour Deep Archive</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>5–12 hours (Deep Archive: up to 48)</source>
        <translation>5 à 12&#xa0;heures (Deep Archive&#xa0;: jusqu’à 48)</translation>
    </message>
    <message>
        <source>1–5 minutes</source>
        <translation>1 à 5&#xa0;minutes</translation>
    </message>
    <message>
        <source>3–5 hours (Deep Archive: up to 12)</source>
        <translation>3 à 5&#xa0;heures (Deep Archive&#xa0;: jusqu’à 12)</translation>
    </message>
    <message>
        <source>&amp;Days to keep the restored copy:</source>
        <translation>&amp;Jours de conservation de la copie&#xa0;:</translation>
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
        <translation>Afficher une &amp;notification quand la file d’attente est terminée ou qu’un transfert échoue</translation>
    </message>
    <message>
        <source>Start minimised to the &amp;tray while transfers run</source>
        <translation>Démarrer réduit dans la zone de noti&amp;fication pendant les transferts</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Illimitée</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> Mio/s</translation>
    </message>
    <message>
        <source>Automatic (8 MiB, larger for very big files)</source>
        <translation>Automatique (8 Mio, plus pour les très gros fichiers)</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported, else MD5)</source>
        <translation>Automatique (CRC32C si pris en charge, sinon MD5)</translation>
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
        <translation>Désactivée (déconseillé)</translation>
    </message>
    <message>
        <source>The store&apos;s default</source>
        <translation>Valeur par défaut du stockage</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Me demander</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>L’écraser</translation>
    </message>
    <message>
        <source>Skip it if it is identical, else ask</source>
        <translation>L’ignorer s’il est identique, sinon demander</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Simultaneous connecti&amp;ons:</source>
        <translation>C&amp;onnexions simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Limite de &amp;bande passante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>&amp;Taille des parties&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Storage class for uploads:</source>
        <translation>Classe de &amp;stockage des envois&#xa0;:</translation>
    </message>
    <message>
        <source>New accounts</source>
        <translation>Nouveaux comptes</translation>
    </message>
    <message>
        <source>Checksum for new &amp;accounts:</source>
        <translation>Somme de contrôle des nouveaux &amp;comptes&#xa0;:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Ce bureau n’a pas de zone de notification.</translation>
    </message>
    <message>
        <source>How many parts are sent or received at once, over all transfers.</source>
        <translation>Nombre de parties envoyées ou reçues en même temps, tous transferts confondus.</translation>
    </message>
    <message>
        <source>The most Haul may use of the network. Changes apply at once.</source>
        <translation>Le débit maximal que Haul peut utiliser. Les changements s’appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Big files are sent in parts of this size. Applies to uploads that start later.</source>
        <translation>Les gros fichiers sont envoyés en parties de cette taille. S’applique aux envois qui démarrent ensuite.</translation>
    </message>
    <message>
        <source>How the store keeps uploaded files. Archive classes cost less but take hours to restore.</source>
        <translation>Comment le stockage conserve les fichiers envoyés. Les classes d’archivage coûtent moins cher, mais la restauration prend des heures.</translation>
    </message>
    <message>
        <source>How new accounts check that every part arrived intact.</source>
        <translation>Comment les nouveaux comptes vérifient que chaque partie est arrivée intacte.</translation>
    </message>
    <message>
        <source>Takes effect the next time Haul starts.</source>
        <translation>Prend effet au prochain démarrage de Haul.</translation>
    </message>
    <message>
        <source>Without a checksum Haul cannot prove that a file arrived intact. Use this only for a store that refuses both CRC32C and MD5.</source>
        <translation>Sans somme de contrôle, Haul ne peut pas prouver qu’un fichier est arrivé intact. Ne choisissez ceci que pour un stockage qui refuse à la fois CRC32C et MD5.</translation>
    </message>
    <message>
        <source>When a file already e&amp;xists:</source>
        <translation>Si un fichier e&amp;xiste déjà&#xa0;:</translation>
    </message>
    <message>
        <source>What a download does when the folder already has a file of that name, and what a folder upload does with files the bucket already has.</source>
        <translation>Ce que fait un téléchargement quand le dossier contient déjà un fichier de ce nom, et ce que fait l’envoi d’un dossier avec les fichiers que le compartiment a déjà.</translation>
    </message>
    <message>
        <source>&amp;Follow links inside uploaded folders</source>
        <translation>Sui&amp;vre les liens dans les dossiers envoyés</translation>
    </message>
    <message>
        <source>A link inside a folder you upload is sent as the file or folder it points to. Off: links are skipped and named in the folder&apos;s row.</source>
        <translation>Un lien dans un dossier que vous envoyez est envoyé comme le fichier ou le dossier vers lequel il pointe. Désactivé&#xa0;: les liens sont ignorés et nommés dans la ligne du dossier.</translation>
    </message>
</context>
<context>
    <name>haul::ShareDialog</name>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Share “%1”</source>
        <translation>Partager «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Anyone who has the link can download “%1” — no account needed — until the link expires.</source>
        <translation>Toute personne disposant du lien peut télécharger «&#xa0;%1&#xa0;» — sans compte — jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>The link appears here</source>
        <translation>Le lien apparaît ici</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>&amp;Valable pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Lien&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>a link&apos;s lifetime: for 7 days</comment>
        <translation>pendant %1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a share link&apos;s expiry date is written: &quot;Tuesday 2 December&quot;</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Copied. The link works until %1 (%2).</source>
        <translation>Copié. Le lien fonctionne jusqu’au %1 (%2).</translation>
    </message>
</context>
<context>
    <name>haul::StaleUploadsBar</name>
    <message>
        <source>&amp;Clean up</source>
        <translation>&amp;Nettoyer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Abort these unfinished uploads on the storage service, so that their parts stop costing storage</source>
        <translation>Abandonner ces envois inachevés sur le service de stockage, pour que leurs parties cessent de coûter de l’espace</translation>
    </message>
    <message>
        <source>Keep them for now; Haul offers this again at the next start</source>
        <translation>Les garder pour l’instant&#xa0;; Haul le proposera au prochain démarrage</translation>
    </message>
    <message numerus="yes">
        <source>Haul left %n unfinished upload(s) on %1. Their parts cost storage until they are cleaned up.</source>
        <translation>
            <numerusform>Haul a laissé %n envoi inachevé sur %1. Ses parties coûtent de l’espace tant qu’il n’est pas nettoyé.</numerusform>
            <numerusform>Haul a laissé %n envois inachevés sur %1. Leurs parties coûtent de l’espace tant qu’ils ne sont pas nettoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning up the unfinished uploads…</source>
        <translation>Nettoyage des envois inachevés…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %n unfinished upload(s).</source>
        <translation>
            <numerusform>%n envoi inachevé nettoyé.</numerusform>
            <numerusform>%n envois inachevés nettoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %1; %n unfinished upload(s) could not be cleaned up now (the storage service refused or could not be reached). Haul offers this again at the next start.</source>
        <translation>
            <numerusform>%1 nettoyé(s)&#xa0;; %n envoi inachevé n’a pas pu être nettoyé pour l’instant (le service de stockage a refusé ou était injoignable). Haul le proposera au prochain démarrage.</numerusform>
            <numerusform>%1 nettoyé(s)&#xa0;; %n envois inachevés n’ont pas pu être nettoyés pour l’instant (le service de stockage a refusé ou était injoignable). Haul le proposera au prochain démarrage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::SyncController</name>
    <message>
        <source>The account “%1” cannot be used: %2 %3</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>The folder “%1” is being synced already.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est déjà en cours de synchronisation.</translation>
    </message>
    <message>
        <source>Syncing “%1” to %2…</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;» vers %2…</translation>
    </message>
    <message>
        <source>The sync of “%1” failed: %2 %3</source>
        <translation>La synchronisation de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>The sync of “%1” was cancelled.</source>
        <translation>La synchronisation de «&#xa0;%1&#xa0;» a été annulée.</translation>
    </message>
    <message>
        <source>Sync of “%1” to %2 finished: %L3 sent, %L4 already there, %L5 deleted, %L6 failed.</source>
        <translation>Synchronisation de «&#xa0;%1&#xa0;» vers %2 terminée&#xa0;: %L3 envoyés, %L4 déjà présents, %L5 supprimés, %L6 en échec.</translation>
    </message>
    <message>
        <source>Kept in the bucket although gone from the folder: %L1.</source>
        <translation>Gardés dans le compartiment bien qu’absents du dossier&#xa0;: %L1.</translation>
    </message>
</context>
<context>
    <name>haul::SyncDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync a folder</source>
        <translation>Synchroniser un dossier</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Saved sync pairs</source>
        <translation>Paires de synchronisation enregistrées</translation>
    </message>
    <message>
        <source>Add a folder to keep in sync with a bucket</source>
        <translation>Ajouter un dossier à garder synchronisé avec un compartiment</translation>
    </message>
    <message>
        <source>Forget the pair; nothing in the bucket or the folder changes</source>
        <translation>Oublier la paire&#xa0;; rien ne change dans le compartiment ni dans le dossier</translation>
    </message>
    <message>
        <source>Show what a sync would do, without sending anything</source>
        <translation>Montrer ce que ferait une synchronisation, sans rien envoyer</translation>
    </message>
    <message>
        <source>Keep a folder on this computer and a folder in a bucket the same: new and changed files are uploaded, files already there are not sent again.</source>
        <translation>Garder identiques un dossier de cet ordinateur et un dossier d’un compartiment&#xa0;: les fichiers nouveaux et modifiés sont envoyés, ceux déjà présents ne sont pas renvoyés.</translation>
    </message>
    <message>
        <source>Add a sync pair</source>
        <translation>Ajouter une paire de synchronisation</translation>
    </message>
    <message>
        <source>Edit the sync pair</source>
        <translation>Modifier la paire de synchronisation</translation>
    </message>
    <message>
        <source>after asking</source>
        <translation>après confirmation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>haul::SyncPairEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Delete files from the bucket that are no longer in the folder (asks first)</source>
        <translation>&amp;Supprimer du compartiment les fichiers qui ne sont plus dans le dossier (après confirmation)</translation>
    </message>
    <message>
        <source>Sync pair</source>
        <translation>Paire de synchronisation</translation>
    </message>
    <message>
        <source>The folder on this computer</source>
        <translation>Le dossier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choisir le dossier</translation>
    </message>
    <message>
        <source>Empty: the whole bucket</source>
        <translation>Vide&#xa0;: tout le compartiment</translation>
    </message>
    <message>
        <source>Size and modification time (fast)</source>
        <translation>Taille et date de modification (rapide)</translation>
    </message>
    <message>
        <source>Checksum (reads every file)</source>
        <translation>Somme de contrôle (lit chaque fichier)</translation>
    </message>
    <message>
        <source>&amp;Folder on this computer:</source>
        <translation>&amp;Dossier sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Co&amp;mpte&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>&amp;Compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a folder on this computer that exists.</source>
        <translation>Choisissez un dossier existant sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose an account. Add one with Account › Add account… first.</source>
        <translation>Choisissez un compte. Ajoutez-en d’abord un avec Compte › Ajouter un compte…</translation>
    </message>
    <message>
        <source>Name the bucket the folder goes to (without “/”).</source>
        <translation>Indiquez le compartiment où va le dossier (sans «&#xa0;/&#xa0;»).</translation>
    </message>
    <message>
        <source>Folder to sync</source>
        <translation>Dossier à synchroniser</translation>
    </message>
    <message>
        <source>Folder &amp;in the bucket:</source>
        <translation>Dossier da&amp;ns le compartiment&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;mpare files by:</source>
        <translation>C&amp;omparer les fichiers par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>haul::SyncPreviewDialog</name>
    <message>
        <source>Upload: new</source>
        <translation>Envoi&#xa0;: nouveau</translation>
    </message>
    <message>
        <source>Upload: size changed</source>
        <translation>Envoi&#xa0;: taille modifiée</translation>
    </message>
    <message>
        <source>Upload: modified</source>
        <translation>Envoi&#xa0;: modifié</translation>
    </message>
    <message>
        <source>Upload: content changed</source>
        <translation>Envoi&#xa0;: contenu modifié</translation>
    </message>
    <message>
        <source>Upload: not proven identical (stored in parts of another size, or changed)</source>
        <translation>Envoi&#xa0;: identité non prouvée (stocké en parties d’une autre taille, ou modifié)</translation>
    </message>
    <message>
        <source>Upload: changed</source>
        <translation>Envoi&#xa0;: changé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%L1 (%2)</source>
        <translation>%L1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Preview: sync “%1”</source>
        <translation>Aperçu&#xa0;: synchroniser «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Comparing the folder “%1” with %2…</source>
        <translation>Comparaison du dossier «&#xa0;%1&#xa0;» avec %2…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>What “Sync now” does</source>
        <translation>Ce que fait «&#xa0;Synchroniser maintenant&#xa0;»</translation>
    </message>
    <message>
        <source>Files the sync would change</source>
        <translation>Fichiers que la synchronisation modifierait</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what “Sync now” would do with the folder “%1” and %2:</source>
        <translation>Rien n’a encore été envoyé. Voici ce que ferait «&#xa0;Synchroniser maintenant&#xa0;» avec le dossier «&#xa0;%1&#xa0;» et %2&#xa0;:</translation>
    </message>
    <message>
        <source>The folder “%1” could not be compared with %2.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas pu être comparé avec %2.</translation>
    </message>
    <message>
        <source>New files to upload:</source>
        <translation>Nouveaux fichiers à envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Changed files to upload:</source>
        <translation>Fichiers modifiés à envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Already there, not sent again:</source>
        <translation>Déjà présents, non renvoyés&#xa0;:</translation>
    </message>
    <message>
        <source>Gone from the folder, deleted from the bucket after you confirm:</source>
        <translation>Absents du dossier, supprimés du compartiment après votre confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Gone from the folder, kept in the bucket (deleting is off for this pair):</source>
        <translation>Absents du dossier, gardés dans le compartiment (suppression désactivée pour cette paire)&#xa0;:</translation>
    </message>
    <message>
        <source>Files that cannot be read or named, skipped:</source>
        <translation>Fichiers illisibles ou impossibles à nommer, ignorés&#xa0;:</translation>
    </message>
    <message>
        <source>Delete from the bucket (after you confirm)</source>
        <translation>Supprimer du compartiment (après votre confirmation)</translation>
    </message>
    <message>
        <source>Keep in the bucket</source>
        <translation>Garder dans le compartiment</translation>
    </message>
    <message>
        <source>Skipped: cannot be read or named</source>
        <translation>Ignoré&#xa0;: illisible ou impossible à nommer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s), not listed here</source>
        <translation>
            <numerusform>… et %n autre fichier, non listé ici</numerusform>
            <numerusform>… et %n autres fichiers, non listés ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::TrayIcon</name>
    <message>
        <source>&amp;Show Haul</source>
        <translation>&amp;Afficher Haul</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
</context>
</TS>
