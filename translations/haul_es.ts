<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CommandLine</name>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/folder/.</source>
        <translation>«%1» no es una dirección S3. Escríbala como s3://bucket/carpeta/.</translation>
    </message>
    <message>
        <source>--download needs --to FOLDER: the folder to save into.</source>
        <translation>--download necesita --to CARPETA: la carpeta donde guardar.</translation>
    </message>
    <message>
        <source>Give either files to upload or --download, not both.</source>
        <translation>Indique archivos para subir o --download, pero no ambos.</translation>
    </message>
    <message>
        <source>Files are uploaded to a bucket: use --to s3://bucket/folder/.</source>
        <translation>Los archivos se suben a un bucket: use --to s3://bucket/carpeta/.</translation>
    </message>
    <message>
        <source>--to FOLDER is only used with --download.</source>
        <translation>--to CARPETA solo se usa con --download.</translation>
    </message>
    <message>
        <source>--quit-when-done needs files to upload or --download.</source>
        <translation>--quit-when-done necesita archivos para subir o --download.</translation>
    </message>
    <message>
        <source>--quit-when-done needs --to s3://bucket/folder/ to know where the files go.</source>
        <translation>--quit-when-done necesita --to s3://bucket/carpeta/ para saber adónde van los archivos.</translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage from 0 to 100.</source>
        <translation>--screenshot-at espera un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Give --to and --download at most once each.</source>
        <translation>Indique --to y --download como mucho una vez cada uno.</translation>
    </message>
    <message>
        <source>“%1” is not an S3 address. Write it as s3://bucket/key or s3://bucket/folder/.</source>
        <translation>«%1» no es una dirección S3. Escríbala como s3://bucket/clave o s3://bucket/carpeta/.</translation>
    </message>
    <message>
        <source>--screenshot-at takes a percentage and goes with --screenshot FILE.</source>
        <translation>--screenshot-at espera un porcentaje y se usa junto con --screenshot ARCHIVO.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>El archivo «%1» no existe.</translation>
    </message>
    <message>
        <source>There is no account yet. Start Haul without arguments to add one, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and use --account environment.</source>
        <translation>Todavía no hay ninguna cuenta. Inicie Haul sin argumentos para añadir una, o defina AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY y use --account environment.</translation>
    </message>
    <message>
        <source>Name the account with --account (one of: %1).</source>
        <translation>Indique la cuenta con --account (una de: %1).</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>No hay ninguna cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Known accounts: %2.</source>
        <translation>No hay ninguna cuenta llamada «%1». Cuentas existentes: %2.</translation>
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
        <translation>--if-exists espera skip-identical, overwrite o skip.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder. Give --to the folder to save into.</source>
        <translation>«%1» es un archivo, no una carpeta. Indique en --to la carpeta donde guardar.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made. Check the path, and that you may write there.</source>
        <translation>No se puede crear la carpeta «%1». Compruebe la ruta y que tiene permiso para escribir allí.</translation>
    </message>
    <message>
        <source>The name of “%1” is not valid text on this system, so Haul cannot open the file. Rename it, then try again.</source>
        <translation>El nombre de «%1» no es un texto válido en este sistema, así que Haul no puede abrir el archivo. Cámbiele el nombre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>While another Haul runs for this user, a new one exits with status 4.
</source>
        <translation>Mientras otro Haul se ejecuta para este usuario, uno nuevo termina con el estado 4.
</translation>
    </message>
    <message>
        <source>--follow-links is for folders to upload: give them as FILES.</source>
        <translation>--follow-links es para carpetas que subir: indíquelas como ARCHIVOS.</translation>
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
        <translation>Uso: haul [ARCHIVOS…] [opciones]
Transfiere archivos grandes hacia y desde un almacenamiento S3, con verificación.

  ARCHIVOS…                     archivos o carpetas que subir (como si se soltaran en la ventana)
  --account NOMBRE              la cuenta que usar («environment»: las variables AWS_*)
  --to s3://bucket/carpeta/     adónde van los ARCHIVOS
  --download s3://bucket/clave  descargar un objeto, o una carpeta entera (terminada en /)
  --to CARPETA                  dónde guarda --download
  --if-exists QUÉ               un archivo ya existe en CARPETA: skip-identical (predeterminado:
                                conservarlo si coinciden tamaño y fecha; si no, reemplazarlo),
                                overwrite, o skip (conservarlo siempre)
  --follow-links                seguir los enlaces dentro de las carpetas a subir (predeterminado:
                                omitirlos, o lo que digan los ajustes de la ventana)
  --quit-when-done              salir cuando termine la cola: estado 0 si todas las
                                transferencias se verificaron, 1 si alguna falló (motivos en
                                stderr), 3 si el almacenamiento no dio nada con que verificar una
  --screenshot ARCHIVO          guardar una imagen de la ventana…
  --screenshot-at PORCENTAJE    … cuando el progreso total pase de PORCENTAJE (50 por defecto)
  --version                     mostrar la versión y salir
  --help                        mostrar esta ayuda y salir

Los argumentos incorrectos terminan con el estado 2.
</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>a character that is not allowed</source>
        <translation>un carácter no permitido</translation>
    </message>
    <message numerus="yes">
        <source>it has %n character(s), but 3 to 63 are needed</source>
        <translation>
            <numerusform>tiene %n carácter, pero se necesitan de 3 a 63</numerusform>
            <numerusform>tiene %n caracteres, pero se necesitan de 3 a 63</numerusform>
        </translation>
    </message>
    <message>
        <source>it contains capital letters, and only lower-case letters are allowed</source>
        <translation>contiene mayúsculas y solo se permiten minúsculas</translation>
    </message>
    <message>
        <source>it contains %1, and only letters, digits, dots and hyphens are allowed</source>
        <translation>contiene %1 y solo se permiten letras, dígitos, puntos y guiones</translation>
    </message>
    <message>
        <source>it must begin and end with a letter or a digit</source>
        <translation>debe empezar y terminar con una letra o un dígito</translation>
    </message>
    <message>
        <source>it must not have two dots in a row</source>
        <translation>no debe tener dos puntos seguidos</translation>
    </message>
    <message>
        <source>a dot and a hyphen must not stand next to each other</source>
        <translation>un punto y un guion no deben ir juntos</translation>
    </message>
    <message>
        <source>it must not look like an IP address</source>
        <translation>no debe parecer una dirección IP</translation>
    </message>
    <message>
        <source>it begins with a prefix reserved by Amazon (such as “xn--”)</source>
        <translation>empieza con un prefijo reservado por Amazon (como «xn--»)</translation>
    </message>
    <message>
        <source>it ends with a suffix reserved by Amazon (such as “-s3alias”)</source>
        <translation>termina con un sufijo reservado por Amazon (como «-s3alias»)</translation>
    </message>
    <message>
        <source>the storage service refuses it</source>
        <translation>el servicio de almacenamiento lo rechaza</translation>
    </message>
    <message>
        <source>%1
%2

Details: %3</source>
        <translation>%1
%2

Detalles: %3</translation>
    </message>
    <message>
        <source>Nothing went wrong.</source>
        <translation>No se ha producido ningún error.</translation>
    </message>
    <message>
        <source>No action is needed.</source>
        <translation>No es necesario hacer nada.</translation>
    </message>
    <message>
        <source>Nothing answers at %1.</source>
        <translation>No hay respuesta en %1.</translation>
    </message>
    <message>
        <source>Nothing answers at the storage address.</source>
        <translation>No hay respuesta en la dirección del almacenamiento.</translation>
    </message>
    <message>
        <source>Check the endpoint address and that the storage service is running.</source>
        <translation>Compruebe la dirección del punto de acceso y que el servicio de almacenamiento esté en funcionamiento.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found.</source>
        <translation>No se encuentra el nombre de servidor %1.</translation>
    </message>
    <message>
        <source>The server name cannot be found.</source>
        <translation>No se encuentra el nombre del servidor.</translation>
    </message>
    <message>
        <source>Check the endpoint address for typing mistakes and that this computer is on the network.</source>
        <translation>Compruebe que la dirección del punto de acceso no tenga errores de escritura y que este equipo esté conectado a la red.</translation>
    </message>
    <message>
        <source>The network path to %1 cannot be reached.</source>
        <translation>No se puede llegar a %1 a través de la red.</translation>
    </message>
    <message>
        <source>The network cannot be reached.</source>
        <translation>No se puede acceder a la red.</translation>
    </message>
    <message>
        <source>Check that this computer is connected to the network, then retry.</source>
        <translation>Compruebe que este equipo esté conectado a la red y después reintente.</translation>
    </message>
    <message>
        <source>%1 stopped answering.</source>
        <translation>%1 ha dejado de responder.</translation>
    </message>
    <message>
        <source>The storage service stopped answering.</source>
        <translation>El servicio de almacenamiento ha dejado de responder.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, check the network or use fewer connections.</source>
        <translation>Reintente más tarde. Si sigue ocurriendo, compruebe la red o use menos conexiones.</translation>
    </message>
    <message>
        <source>The connection to %1 was cut off.</source>
        <translation>Se ha cortado la conexión con %1.</translation>
    </message>
    <message>
        <source>The connection to the storage service was cut off.</source>
        <translation>Se ha cortado la conexión con el servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>Retry: Haul continues where it stopped.</source>
        <translation>Reintente: Haul continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted.</source>
        <translation>El certificado de %1 no es de confianza.</translation>
    </message>
    <message>
        <source>The certificate of the storage service is not trusted.</source>
        <translation>El certificado del servicio de almacenamiento no es de confianza.</translation>
    </message>
    <message>
        <source>If your institute uses its own certificate authority, choose its certificate file in the account settings.</source>
        <translation>Si su instituto usa su propia autoridad de certificación, elija su archivo de certificado en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>A secure connection to %1 cannot be set up.</source>
        <translation>No se puede establecer una conexión segura con %1.</translation>
    </message>
    <message>
        <source>A secure connection to the storage service cannot be set up.</source>
        <translation>No se puede establecer una conexión segura con el servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>Check whether the endpoint address should start with https:// or http://, or ask your storage administrator.</source>
        <translation>Compruebe si la dirección del punto de acceso debe empezar por https:// o por http://, o consulte a su administrador de almacenamiento.</translation>
    </message>
    <message>
        <source>The storage service does not know the access key id %1.</source>
        <translation>El servicio de almacenamiento no reconoce el ID de clave de acceso %1.</translation>
    </message>
    <message>
        <source>The storage service does not know this account&apos;s access key id.</source>
        <translation>El servicio de almacenamiento no reconoce el ID de clave de acceso de esta cuenta.</translation>
    </message>
    <message>
        <source>Open the account settings and check the access key id.</source>
        <translation>Abra la configuración de la cuenta y compruebe el ID de clave de acceso.</translation>
    </message>
    <message>
        <source>The secret key for this account is wrong.</source>
        <translation>La clave secreta de esta cuenta no es correcta.</translation>
    </message>
    <message>
        <source>Open the account settings and paste the secret key again.</source>
        <translation>Abra la configuración de la cuenta y vuelva a pegar la clave secreta.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs too much from the storage service&apos;s clock.</source>
        <translation>El reloj de este equipo difiere demasiado del reloj del servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date and time correctly (automatic time is best), then retry.</source>
        <translation>Ajuste correctamente la fecha y la hora de este equipo (lo mejor es la hora automática) y después reintente.</translation>
    </message>
    <message>
        <source>This account is not allowed to do that with “%1”.</source>
        <translation>Esta cuenta no tiene permiso para hacer eso con «%1».</translation>
    </message>
    <message>
        <source>This account is not allowed to do that.</source>
        <translation>Esta cuenta no tiene permiso para hacer eso.</translation>
    </message>
    <message>
        <source>Ask the bucket&apos;s owner or your storage administrator for permission.</source>
        <translation>Pida permiso al propietario del bucket o a su administrador de almacenamiento.</translation>
    </message>
    <message>
        <source>The temporary credentials of this account have expired.</source>
        <translation>Las credenciales temporales de esta cuenta han caducado.</translation>
    </message>
    <message>
        <source>Get new credentials and enter them in the account settings.</source>
        <translation>Obtenga credenciales nuevas e introdúzcalas en la configuración de la cuenta.</translation>
    </message>
    <message>
        <source>No secret key is stored for the account “%1”.</source>
        <translation>No hay ninguna clave secreta guardada para la cuenta «%1».</translation>
    </message>
    <message>
        <source>No secret key is stored for this account.</source>
        <translation>No hay ninguna clave secreta guardada para esta cuenta.</translation>
    </message>
    <message>
        <source>Open the account settings and enter the secret key.</source>
        <translation>Abra la configuración de la cuenta e introduzca la clave secreta.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached, so the secret key cannot be kept there.</source>
        <translation>No se puede acceder al llavero del sistema, así que la clave secreta no se puede guardar en él.</translation>
    </message>
    <message>
        <source>Haul keeps the secret key for this session only. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) to keep it.</source>
        <translation>Haul conserva la clave secreta solo durante esta sesión. Para guardarla, inicie el llavero de su escritorio (GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <source>The bucket “%1” does not exist.</source>
        <translation>El bucket «%1» no existe.</translation>
    </message>
    <message>
        <source>The bucket does not exist.</source>
        <translation>El bucket no existe.</translation>
    </message>
    <message>
        <source>Check the bucket name, or create the bucket first.</source>
        <translation>Compruebe el nombre del bucket o cree primero el bucket.</translation>
    </message>
    <message>
        <source>There is no object “%1” in the bucket.</source>
        <translation>No hay ningún objeto «%1» en el bucket.</translation>
    </message>
    <message>
        <source>The object is not in the bucket.</source>
        <translation>El objeto no está en el bucket.</translation>
    </message>
    <message>
        <source>Refresh the folder: someone may have moved or deleted the object.</source>
        <translation>Actualice la carpeta: puede que alguien haya movido o eliminado el objeto.</translation>
    </message>
    <message>
        <source>There is nothing to download under “%1”.</source>
        <translation>No hay nada que descargar en «%1».</translation>
    </message>
    <message>
        <source>There is nothing to download in that folder.</source>
        <translation>No hay nada que descargar en esa carpeta.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s name and its bucket: no object&apos;s name starts with it.</source>
        <translation>Compruebe el nombre de la carpeta y su bucket: ningún nombre de objeto empieza así.</translation>
    </message>
    <message>
        <source>The unfinished upload of “%1” is gone from the server.</source>
        <translation>La subida sin terminar de «%1» ya no está en el servidor.</translation>
    </message>
    <message>
        <source>The unfinished upload is gone from the server.</source>
        <translation>La subida sin terminar ya no está en el servidor.</translation>
    </message>
    <message>
        <source>Retry to upload the file again from the beginning.</source>
        <translation>Reintente para volver a subir el archivo desde el principio.</translation>
    </message>
    <message>
        <source>The bucket name “%1” is already taken by someone else.</source>
        <translation>Otra persona ya usa el nombre de bucket «%1».</translation>
    </message>
    <message>
        <source>The bucket name is already taken by someone else.</source>
        <translation>Otra persona ya usa ese nombre de bucket.</translation>
    </message>
    <message>
        <source>Choose another name: bucket names are shared by everyone using the service.</source>
        <translation>Elija otro nombre: los nombres de bucket son comunes a todos los usuarios del servicio.</translation>
    </message>
    <message>
        <source>You already have a bucket named “%1”.</source>
        <translation>Ya tiene un bucket llamado «%1».</translation>
    </message>
    <message>
        <source>You already have a bucket with that name.</source>
        <translation>Ya tiene un bucket con ese nombre.</translation>
    </message>
    <message>
        <source>Open that bucket, or choose another name.</source>
        <translation>Abra ese bucket o elija otro nombre.</translation>
    </message>
    <message>
        <source>The bucket name “%1” is not allowed: %2.</source>
        <translation>El nombre de bucket «%1» no está permitido: %2.</translation>
    </message>
    <message>
        <source>The bucket name is not allowed.</source>
        <translation>El nombre del bucket no está permitido.</translation>
    </message>
    <message>
        <source>Choose a name of 3 to 63 lower-case letters, digits, dots or hyphens.</source>
        <translation>Elija un nombre de 3 a 63 caracteres entre minúsculas, dígitos, puntos o guiones.</translation>
    </message>
    <message>
        <source>The bucket “%1” is not empty.</source>
        <translation>El bucket «%1» no está vacío.</translation>
    </message>
    <message>
        <source>The bucket is not empty.</source>
        <translation>El bucket no está vacío.</translation>
    </message>
    <message>
        <source>Delete the objects in it first.</source>
        <translation>Elimine primero los objetos que contiene.</translation>
    </message>
    <message>
        <source>“%1” changed on the server while Haul was working on it.</source>
        <translation>«%1» cambió en el servidor mientras Haul trabajaba con él.</translation>
    </message>
    <message>
        <source>The object changed on the server while Haul was working on it.</source>
        <translation>El objeto cambió en el servidor mientras Haul trabajaba con él.</translation>
    </message>
    <message>
        <source>Retry to transfer the current version.</source>
        <translation>Reintente para transferir la versión actual.</translation>
    </message>
    <message>
        <source>Haul asked for bytes beyond the end of “%1”.</source>
        <translation>Haul pidió datos más allá del final de «%1».</translation>
    </message>
    <message>
        <source>Haul asked for bytes beyond the end of the object.</source>
        <translation>Haul pidió datos más allá del final del objeto.</translation>
    </message>
    <message>
        <source>Refresh the folder and retry: the object may have been replaced by a smaller one.</source>
        <translation>Actualice la carpeta y reintente: puede que el objeto se haya reemplazado por uno más pequeño.</translation>
    </message>
    <message>
        <source>The storage service refused a part of “%1” as too small.</source>
        <translation>El servicio de almacenamiento rechazó una parte de «%1» por ser demasiado pequeña.</translation>
    </message>
    <message>
        <source>The storage service refused a part as too small.</source>
        <translation>El servicio de almacenamiento rechazó una parte por ser demasiado pequeña.</translation>
    </message>
    <message>
        <source>Retry. If it happens again, report it to the Haul developers with the details.</source>
        <translation>Reintente. Si vuelve a ocurrir, comuníquelo a los desarrolladores de Haul junto con los detalles.</translation>
    </message>
    <message>
        <source>“%1” is too large for the storage service.</source>
        <translation>«%1» es demasiado grande para el servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>The file is too large for the storage service.</source>
        <translation>El archivo es demasiado grande para el servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>Ask your storage administrator about the largest object size allowed.</source>
        <translation>Pregunte a su administrador de almacenamiento cuál es el tamaño máximo de objeto permitido.</translation>
    </message>
    <message>
        <source>The storage service is missing parts of “%1”.</source>
        <translation>Al servicio de almacenamiento le faltan partes de «%1».</translation>
    </message>
    <message>
        <source>The storage service is missing parts of the upload.</source>
        <translation>Al servicio de almacenamiento le faltan partes de la subida.</translation>
    </message>
    <message>
        <source>Retry: Haul sends the missing parts again.</source>
        <translation>Reintente: Haul volverá a enviar las partes que faltan.</translation>
    </message>
    <message>
        <source>The bytes of “%1” arrived damaged: the checksums differ.</source>
        <translation>Los datos de «%1» llegaron dañados: las sumas de comprobación no coinciden.</translation>
    </message>
    <message>
        <source>The bytes arrived damaged: the checksums differ.</source>
        <translation>Los datos llegaron dañados: las sumas de comprobación no coinciden.</translation>
    </message>
    <message>
        <source>Retry. If it keeps happening, check the network and the disk.</source>
        <translation>Reintente. Si sigue ocurriendo, compruebe la red y el disco.</translation>
    </message>
    <message>
        <source>The storage service does not accept the checksum Haul sends.</source>
        <translation>El servicio de almacenamiento no acepta la suma de comprobación que envía Haul.</translation>
    </message>
    <message>
        <source>In the account settings, set the checksum to MD5, then retry.</source>
        <translation>En la configuración de la cuenta, elija MD5 como suma de comprobación y después reintente.</translation>
    </message>
    <message>
        <source>The copy of “%1” on the server does not match the original, so the original was kept.</source>
        <translation>La copia de «%1» en el servidor no coincide con el original, así que se ha conservado el original.</translation>
    </message>
    <message>
        <source>The copy on the server does not match the original, so the original was kept.</source>
        <translation>La copia en el servidor no coincide con el original, así que se ha conservado el original.</translation>
    </message>
    <message>
        <source>Refresh the folder and try again. If it keeps happening, ask your storage administrator.</source>
        <translation>Actualice la carpeta y vuelva a intentarlo. Si sigue ocurriendo, consulte a su administrador de almacenamiento.</translation>
    </message>
    <message>
        <source>The object “%1” on the server is not the file Haul sent: their MD5 checksums differ.</source>
        <translation>El objeto «%1» del servidor no es el archivo que envió Haul: sus sumas de comprobación MD5 no coinciden.</translation>
    </message>
    <message>
        <source>The object on the server is not the file Haul sent: their MD5 checksums differ.</source>
        <translation>El objeto del servidor no es el archivo que envió Haul: sus sumas de comprobación MD5 no coinciden.</translation>
    </message>
    <message>
        <source>Retry to send the file again. If it happens again, make sure nothing changes the file while it is sent, and tell your storage administrator.</source>
        <translation>Reintente para volver a enviar el archivo. Si vuelve a ocurrir, asegúrese de que nada modifique el archivo mientras se envía e informe a su administrador de almacenamiento.</translation>
    </message>
    <message>
        <source>The storage service asks Haul to slow down.</source>
        <translation>El servicio de almacenamiento pide a Haul que vaya más despacio.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry, or use fewer connections.</source>
        <translation>Espere unos minutos y reintente, o use menos conexiones.</translation>
    </message>
    <message>
        <source>The storage service at %1 had an internal error.</source>
        <translation>El servicio de almacenamiento en %1 tuvo un error interno.</translation>
    </message>
    <message>
        <source>The storage service had an internal error.</source>
        <translation>El servicio de almacenamiento tuvo un error interno.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps happening, tell your storage administrator.</source>
        <translation>Reintente más tarde. Si sigue ocurriendo, informe a su administrador de almacenamiento.</translation>
    </message>
    <message>
        <source>The bucket is served at another address: %1.</source>
        <translation>El bucket se encuentra en otra dirección: %1.</translation>
    </message>
    <message>
        <source>The bucket is in another region or at another address.</source>
        <translation>El bucket está en otra región o en otra dirección.</translation>
    </message>
    <message>
        <source>Open the account settings and set the bucket&apos;s region or endpoint.</source>
        <translation>Abra la configuración de la cuenta e indique la región o el punto de acceso del bucket.</translation>
    </message>
    <message>
        <source>The storage service refused the request for “%1”.</source>
        <translation>El servicio de almacenamiento rechazó la solicitud para «%1».</translation>
    </message>
    <message>
        <source>The storage service refused the request.</source>
        <translation>El servicio de almacenamiento rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Check the account settings. If it stays, report it with the details.</source>
        <translation>Compruebe la configuración de la cuenta. Si el problema continúa, comuníquelo junto con los detalles.</translation>
    </message>
    <message>
        <source>The answer from %1 cannot be understood.</source>
        <translation>No se entiende la respuesta de %1.</translation>
    </message>
    <message>
        <source>The answer from the storage service cannot be understood.</source>
        <translation>No se entiende la respuesta del servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>Check that the endpoint address points to an S3-compatible service.</source>
        <translation>Compruebe que la dirección del punto de acceso corresponda a un servicio compatible con S3.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read.</source>
        <translation>No se puede leer el archivo «%1».</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>Check that the file exists and that you may read it.</source>
        <translation>Compruebe que el archivo exista y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file “%1” is gone: it was moved or deleted.</source>
        <translation>El archivo «%1» ya no está: se movió o se eliminó.</translation>
    </message>
    <message>
        <source>The file is gone: it was moved or deleted.</source>
        <translation>El archivo ya no está: se movió o se eliminó.</translation>
    </message>
    <message>
        <source>Put the file back and retry, or remove this transfer.</source>
        <translation>Vuelva a colocar el archivo en su sitio y reintente, o quite esta transferencia.</translation>
    </message>
    <message>
        <source>The file “%1” changed while Haul was sending it.</source>
        <translation>El archivo «%1» cambió mientras Haul lo enviaba.</translation>
    </message>
    <message>
        <source>The file changed while Haul was sending it.</source>
        <translation>El archivo cambió mientras Haul lo enviaba.</translation>
    </message>
    <message>
        <source>Wait until the program writing the file has finished, then retry.</source>
        <translation>Espere a que termine el programa que escribe el archivo y después reintente.</translation>
    </message>
    <message>
        <source>Haul may not write into the folder “%1”.</source>
        <translation>Haul no tiene permiso para escribir en la carpeta «%1».</translation>
    </message>
    <message>
        <source>Haul may not write into the destination folder.</source>
        <translation>Haul no tiene permiso para escribir en la carpeta de destino.</translation>
    </message>
    <message>
        <source>Choose a folder you may write to, or ask for write permission.</source>
        <translation>Elija una carpeta en la que pueda escribir o pida permiso de escritura.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full.</source>
        <translation>El disco que contiene «%1» está lleno.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>Free some space or choose another folder, then retry.</source>
        <translation>Libere espacio o elija otra carpeta y después reintente.</translation>
    </message>
    <message>
        <source>The object name “%1” cannot be a file name on this computer.</source>
        <translation>El nombre de objeto «%1» no puede usarse como nombre de archivo en este equipo.</translation>
    </message>
    <message>
        <source>The object name cannot be a file name on this computer.</source>
        <translation>El nombre del objeto no puede usarse como nombre de archivo en este equipo.</translation>
    </message>
    <message>
        <source>Rename the object in the bucket, or download it to another kind of disk.</source>
        <translation>Cambie el nombre del objeto en el bucket o descárguelo en otro tipo de disco.</translation>
    </message>
    <message>
        <source>A file named “%1” is already there.</source>
        <translation>Ya existe un archivo llamado «%1».</translation>
    </message>
    <message>
        <source>A file with that name is already there.</source>
        <translation>Ya existe un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Move or rename the existing file, then retry.</source>
        <translation>Mueva el archivo existente o cámbiele el nombre y después reintente.</translation>
    </message>
    <message>
        <source>Haul cannot use “%1”.</source>
        <translation>Haul no puede usar «%1».</translation>
    </message>
    <message>
        <source>Haul cannot use what was entered.</source>
        <translation>Haul no puede usar lo que se ha introducido.</translation>
    </message>
    <message>
        <source>Check what you entered and try again.</source>
        <translation>Revise lo que ha introducido y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The transfer of “%1” was cancelled.</source>
        <translation>Se ha cancelado la transferencia de «%1».</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Se ha cancelado la transferencia.</translation>
    </message>
    <message>
        <source>Retry to start it again.</source>
        <translation>Reintente para empezarla de nuevo.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Se ha producido un error inesperado.</translation>
    </message>
    <message>
        <source>The object&apos;s name would be longer than S3 allows (1,024 bytes).</source>
        <translation>El nombre del objeto sería más largo de lo que permite S3 (1024 bytes).</translation>
    </message>
    <message>
        <source>Upload into a folder with a shorter name, or give the file a shorter name.</source>
        <translation>Súbalo a una carpeta con un nombre más corto o dé al archivo un nombre más corto.</translation>
    </message>
    <message>
        <source>This account is not allowed to list buckets.</source>
        <translation>Esta cuenta no tiene permiso para listar buckets.</translation>
    </message>
    <message>
        <source>If it may use one bucket, enter that bucket&apos;s name under “Bucket” in the account settings, or open the bucket with View ▸ Open a bucket or folder.</source>
        <translation>Si puede usar un bucket, escriba su nombre en «Bucket» en la configuración de la cuenta, o abra el bucket con Ver ▸ Abrir un bucket o una carpeta.</translation>
    </message>
    <message>
        <source>“%1” is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored.</source>
        <translation>«%1» está archivado (Glacier o Deep Archive) y no se puede descargar hasta que se restaure.</translation>
    </message>
    <message>
        <source>The object is archived (Glacier or Deep Archive) and cannot be downloaded until it is restored.</source>
        <translation>El objeto está archivado (Glacier o Deep Archive) y no se puede descargar hasta que se restaure.</translation>
    </message>
    <message>
        <source>The storage service does not offer the storage class “%1”.</source>
        <translation>El servicio de almacenamiento no ofrece la clase de almacenamiento «%1».</translation>
    </message>
    <message>
        <source>The storage service does not offer the storage class chosen in Settings.</source>
        <translation>El servicio de almacenamiento no ofrece la clase de almacenamiento elegida en la configuración.</translation>
    </message>
    <message>
        <source>Choose another storage class in Settings (Standard is offered everywhere), then retry.</source>
        <translation>Elija otra clase de almacenamiento en la configuración (Standard se ofrece en todas partes) y después reintente.</translation>
    </message>
    <message>
        <source>The disk holding “%1” cannot store a file this large.</source>
        <translation>El disco que contiene «%1» no puede guardar un archivo tan grande.</translation>
    </message>
    <message>
        <source>The disk cannot store a file this large.</source>
        <translation>El disco no puede guardar un archivo tan grande.</translation>
    </message>
    <message>
        <source>Disks formatted as FAT32, as many USB drives are, take at most 4 GiB per file: download to another disk, or have this one formatted as exFAT.</source>
        <translation>Los discos formateados en FAT32, como muchas memorias USB, admiten como máximo 4 GiB por archivo: descargue en otro disco o haga formatear este en exFAT.</translation>
    </message>
    <message>
        <source>Select it in Haul&apos;s browser and choose Edit ▸ Restore from archive…, then download it again once the restore is done: hours for Glacier, up to two days for Deep Archive.</source>
        <translation>Selecciónelo en el explorador de Haul y elija Editar ▸ Restaurar del archivo…; después vuelva a descargarlo cuando termine la restauración: horas para Glacier, hasta dos días para Deep Archive.</translation>
    </message>
    <message>
        <source>“%1” is a socket, pipe or device, not a file.</source>
        <translation>«%1» es un socket, una tubería o un dispositivo, no un archivo.</translation>
    </message>
    <message>
        <source>That is a socket, pipe or device, not a file.</source>
        <translation>Eso es un socket, una tubería o un dispositivo, no un archivo.</translation>
    </message>
    <message>
        <source>It holds no data to upload: remove this transfer, and choose files or folders.</source>
        <translation>No contiene datos que subir: quite esta transferencia y elija archivos o carpetas.</translation>
    </message>
    <message>
        <source>The proxy server %1 does not let Haul through to the storage service.</source>
        <translation>El servidor proxy %1 no deja pasar a Haul hasta el servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>The proxy server does not let Haul through to the storage service.</source>
        <translation>El servidor proxy no deja pasar a Haul hasta el servicio de almacenamiento.</translation>
    </message>
    <message>
        <source>Haul uses this computer&apos;s proxy settings (http_proxy, https_proxy, no_proxy, or the desktop&apos;s network settings). Check them, or ask your IT department.</source>
        <translation>Haul usa la configuración de proxy de este equipo (http_proxy, https_proxy, no_proxy o la configuración de red del escritorio). Revísela o pregunte a su departamento de informática.</translation>
    </message>
    <message>
        <source>Another file in the queue is being uploaded to the same name, “%1”.</source>
        <translation>Otro archivo de la cola se está subiendo con el mismo nombre, «%1».</translation>
    </message>
    <message>
        <source>Another file in the queue is being uploaded to the same name.</source>
        <translation>Otro archivo de la cola se está subiendo con el mismo nombre.</translation>
    </message>
    <message>
        <source>Only one of them can be stored there: upload this one into another folder, or rename it and add it again.</source>
        <translation>Solo uno de los dos puede guardarse allí: suba este a otra carpeta, o cámbiele el nombre y añádalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>FolderText</name>
    <message>
        <source>skipped: it cannot be read (no permission?)</source>
        <translation>omitido: no se puede leer (¿sin permiso?)</translation>
    </message>
    <message>
        <source>skipped: it disappeared while the folder was read</source>
        <translation>omitido: desapareció mientras se leía la carpeta</translation>
    </message>
    <message>
        <source>skipped: a symbolic link (links are not followed)</source>
        <translation>omitido: un enlace simbólico (los enlaces no se siguen)</translation>
    </message>
    <message>
        <source>skipped: a symbolic link that points nowhere</source>
        <translation>omitido: un enlace simbólico que no apunta a nada</translation>
    </message>
    <message>
        <source>skipped: a link to a folder that contains it</source>
        <translation>omitido: un enlace a una carpeta que lo contiene</translation>
    </message>
    <message>
        <source>skipped: not a regular file (a socket, pipe or device)</source>
        <translation>omitido: no es un archivo normal (socket, tubería o dispositivo)</translation>
    </message>
    <message>
        <source>skipped: its name is not valid text on this system</source>
        <translation>omitido: su nombre no es un texto válido en este sistema</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>not downloaded: its name would lead outside the destination folder</source>
        <translation>no descargado: su nombre llevaría fuera de la carpeta de destino</translation>
    </message>
    <message>
        <source>not downloaded: its name has an empty or &quot;.&quot; part</source>
        <translation>no descargado: su nombre tiene una parte vacía o «.»</translation>
    </message>
    <message>
        <source>not downloaded: its name is not allowed for files here</source>
        <translation>no descargado: ese nombre no está permitido aquí para archivos</translation>
    </message>
    <message>
        <source>not downloaded: a part of its name is too long for this system</source>
        <translation>no descargado: una parte de su nombre es demasiado larga para este sistema</translation>
    </message>
    <message>
        <source>not downloaded: another object needs a folder of the same name</source>
        <translation>no descargado: otro objeto necesita una carpeta con el mismo nombre</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>no descargado</translation>
    </message>
    <message>
        <source>not uploaded: its name would be longer than S3 allows (1,024 bytes)</source>
        <translation>no subido: su nombre superaría la longitud que permite S3 (1024 bytes)</translation>
    </message>
    <message>
        <source>not downloaded: “%1” on this computer is in the way. Move or rename it, then download again</source>
        <translation>no descargado: «%1» en este equipo estorba. Muévalo o cámbiele el nombre y vuelva a descargar</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>aproximadamente %n hora</numerusform>
            <numerusform>unas %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>aproximadamente %n minuto</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <comment>hours and minutes</comment>
        <translation>aproximadamente %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>aproximadamente %n día</numerusform>
            <numerusform>unos %n días</numerusform>
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
        <translation>Partes de la transferencia seleccionada</translation>
    </message>
    <message>
        <source>No parts to show</source>
        <translation>No hay partes que mostrar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n part(s) done</source>
        <translation>
            <numerusform>%1 de %n parte terminada</numerusform>
            <numerusform>%1 de %n partes terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being sent</source>
        <translation>
            <numerusform>%n enviándose</numerusform>
            <numerusform>%n enviándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being retried</source>
        <translation>
            <numerusform>%n reintentándose</numerusform>
            <numerusform>%n reintentándose</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
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
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Reduced Redundancy (not recommended)</source>
        <translation>Redundancia reducida (no recomendado)</translation>
    </message>
    <message>
        <source>Standard – Infrequent Access</source>
        <translation>Estándar – Acceso poco frecuente</translation>
    </message>
    <message>
        <source>One Zone – Infrequent Access</source>
        <translation>Una zona – Acceso poco frecuente</translation>
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
        <translation>Glacier Flexible Retrieval (restaurar lleva horas)</translation>
    </message>
    <message>
        <source>Glacier Deep Archive (12 hours or more to restore)</source>
        <translation>Glacier Deep Archive (restaurar lleva 12 horas o más)</translation>
    </message>
</context>
<context>
    <name>haul::AccountDialog</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>e.g. Institute storage</source>
        <translation>p. ej. Almacenamiento del instituto</translation>
    </message>
    <message>
        <source>Amazon S3</source>
        <translation>Amazon S3</translation>
    </message>
    <message>
        <source>Other S3-compatible (Ceph, MinIO, …)</source>
        <translation>Otro compatible con S3 (Ceph, MinIO, …)</translation>
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
        <translation>Automático</translation>
    </message>
    <message>
        <source>Path-style (bucket in the path)</source>
        <translation>Estilo ruta (bucket en la ruta)</translation>
    </message>
    <message>
        <source>Virtual-hosted (bucket in the host name)</source>
        <translation>Alojamiento virtual (bucket en el nombre del host)</translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported)</source>
        <translation>Automático (CRC32C donde se admita)</translation>
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
        <translation>Desactivada (no recomendado)</translation>
    </message>
    <message>
        <source>Optional: your institute&apos;s CA certificate (PEM)</source>
        <translation>Opcional: el certificado de CA de su instituto (PEM)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar la conexión</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Elija un archivo de certificado de CA</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvicio:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Punto de acc&amp;eso:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>&amp;Addressing:</source>
        <translation>&amp;Direccionamiento:</translation>
    </message>
    <message>
        <source>C&amp;hecksum:</source>
        <translation>Suma de com&amp;probación:</translation>
    </message>
    <message>
        <source>Access key &amp;id:</source>
        <translation>&amp;ID de clave de acceso:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Clave &amp;secreta:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>Certi&amp;ficado de CA:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Give the account a name, such as “Institute storage”.</source>
        <translation>Dé un nombre a la cuenta, como «Almacenamiento del instituto».</translation>
    </message>
    <message>
        <source>There is already an account named “%1”. Choose another name.</source>
        <translation>Ya existe una cuenta llamada «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Enter the address of the storage service, such as https://s3.example.org.</source>
        <translation>Introduzca la dirección del servicio de almacenamiento, como https://s3.example.org.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. It should look like https://s3.example.org or http://192.0.2.10:9000.</source>
        <translation>«%1» no es una dirección web. Debe tener la forma https://s3.example.org o http://192.0.2.10:9000.</translation>
    </message>
    <message>
        <source>Enter the access key id.</source>
        <translation>Introduzca el ID de la clave de acceso.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Introduzca la clave secreta.</translation>
    </message>
    <message>
        <source>The certificate file “%1” does not exist.</source>
        <translation>El archivo de certificado «%1» no existe.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Conectado: esta cuenta ve %n bucket.</numerusform>
            <numerusform>Conectado: esta cuenta ve %n buckets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only. Haul will ask for it again next time.</source>
        <translation>La cuenta se ha guardado, pero no se puede acceder al llavero del sistema, así que la clave secreta solo se conserva durante esta sesión. Haul volverá a pedirla la próxima vez.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Import from ~/.aws</source>
        <translation>I&amp;mportar de ~/.aws</translation>
    </message>
    <message>
        <source>Fills the fields from a profile of the AWS command line tools</source>
        <translation>Rellena los campos con un perfil de las herramientas de línea de comandos de AWS</translation>
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
        <translation>Se ha importado el perfil «%1». Revise los campos y continúe.</translation>
    </message>
    <message>
        <source>Imported the profile “%1”. Its keys are temporary: Haul keeps the access key and secret, but not the session token, so the account works only while the keys are valid.</source>
        <translation>Se ha importado el perfil «%1». Sus claves son temporales: Haul guarda la clave de acceso y la secreta, pero no el token de sesión, así que la cuenta solo funciona mientras las claves sean válidas.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Optional: the bucket to open if the account may not list buckets</source>
        <translation>Opcional: el bucket que se abre si la cuenta no puede listar buckets</translation>
    </message>
    <message>
        <source>Haul shows this bucket among the account&apos;s buckets even when the storage service does not list it, for example a bucket another account shares with this one.</source>
        <translation>Haul muestra este bucket entre los de la cuenta aunque el servicio de almacenamiento no lo liste, por ejemplo un bucket que otra cuenta comparte con esta.</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <source>“%1” is not a bucket name: a bucket name has only letters, digits, dots, hyphens and underscores. Enter the name alone, without s3:// or folders.</source>
        <translation>«%1» no es un nombre de bucket: un nombre de bucket solo tiene letras, dígitos, puntos, guiones y guiones bajos. Escriba solo el nombre, sin s3:// ni carpetas.</translation>
    </message>
</context>
<context>
    <name>haul::Breadcrumb</name>
    <message>
        <source>All buckets</source>
        <translation>Todos los buckets</translation>
    </message>
</context>
<context>
    <name>haul::BrowserActions</name>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;talles…</translation>
    </message>
    <message>
        <source>&amp;Share link…</source>
        <translation>&amp;Compartir enlace…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Size, dates, checksum and metadata of the selected object</source>
        <translation>Tamaño, fechas, suma de comprobación y metadatos del objeto seleccionado</translation>
    </message>
    <message>
        <source>Copy a link that lets anyone download the selected file for a while</source>
        <translation>Copiar un enlace con el que cualquiera puede descargar el archivo seleccionado durante un tiempo</translation>
    </message>
    <message>
        <source>Delete the selected objects and folders (asks first)</source>
        <translation>Eliminar los objetos y carpetas seleccionados (pregunta antes)</translation>
    </message>
    <message>
        <source>Share link copied.</source>
        <translation>Enlace para compartir copiado.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name for the folder “%1” (everything in it is copied on the server, then the originals are deleted):</source>
        <translation>Nuevo nombre para la carpeta «%1» (todo su contenido se copia en el servidor y después se eliminan los originales):</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>The new name is empty.</source>
        <translation>El nuevo nombre está vacío.</translation>
    </message>
    <message>
        <source>The new name is the same as the old one.</source>
        <translation>El nuevo nombre es igual al anterior.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>El nombre de una carpeta no puede contener «/».</translation>
    </message>
    <message>
        <source>A file name cannot begin or end with “/”.</source>
        <translation>El nombre de un archivo no puede empezar ni terminar con «/».</translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation>«%1» ya está en esta carpeta.</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» se ha renombrado como «%2».</translation>
    </message>
    <message>
        <source>Renaming “%1” to “%2”…</source>
        <translation>Cambiando el nombre de «%1» a «%2»…</translation>
    </message>
    <message>
        <source>Renamed the folder “%1” to “%2”.</source>
        <translation>La carpeta «%1» se ha renombrado como «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) could not be moved and stayed where they were, the first: “%1”.</source>
        <translation>
            <numerusform>%Ln objeto no se ha podido mover y sigue donde estaba: «%1».</numerusform>
            <numerusform>%Ln objetos no se han podido mover y siguen donde estaban; el primero: «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>No se ha eliminado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be deleted, the first: “%1” (%2).</source>
        <translation>
            <numerusform>%Ln archivo no se ha podido eliminar: «%1» (%2).</numerusform>
            <numerusform>%Ln archivos no se han podido eliminar; el primero: «%1» (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) deleted.</source>
        <translation>
            <numerusform>%Ln archivo eliminado.</numerusform>
            <numerusform>%Ln archivos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only files up to %1 in all can be dragged out of Haul; use Download… for folders and big files.</source>
        <translation>Solo se pueden arrastrar fuera de Haul archivos de hasta %1 en total; use «Descargar…» para carpetas y archivos grandes.</translation>
    </message>
    <message>
        <source>The new name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.</source>
        <translation>El nombre nuevo es demasiado largo: junto con las carpetas en las que está, un nombre en S3 puede tener como máximo 1024 bytes.</translation>
    </message>
    <message>
        <source>Restore from &amp;archive…</source>
        <translation>Restaurar del &amp;archivo…</translation>
    </message>
    <message>
        <source>Ask for archived files (Glacier, Deep Archive) to be restored, so they can be downloaded</source>
        <translation>Pedir que se restauren archivos archivados (Glacier, Deep Archive) para poder descargarlos</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>de la selección</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>de «%1»</translation>
    </message>
    <message>
        <source>the folder “%1” and its sub-folders</source>
        <translation>de la carpeta «%1» y sus subcarpetas</translation>
    </message>
    <message numerus="yes">
        <source>Restore asked for %Ln file(s); it takes %1. Download them once it is done.</source>
        <translation>
            <numerusform>Restauración pedida para %Ln archivo; tarda %1. Descárguelo cuando haya terminado.</numerusform>
            <numerusform>Restauración pedida para %Ln archivos; tarda %1. Descárguelos cuando haya terminado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) were being restored already.</source>
        <translation>
            <numerusform>%Ln archivo ya se estaba restaurando.</numerusform>
            <numerusform>%Ln archivos ya se estaban restaurando.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) are restored already and can be downloaded now.</source>
        <translation>
            <numerusform>%Ln archivo ya está restaurado y se puede descargar ahora.</numerusform>
            <numerusform>%Ln archivos ya están restaurados y se pueden descargar ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be restored, the first: “%1”. %2</source>
        <translation>
            <numerusform>%Ln archivo no se pudo restaurar: «%1». %2</numerusform>
            <numerusform>%Ln archivos no se pudieron restaurar, el primero: «%1». %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing there is archived: it can be downloaded as it is.</source>
        <translation>Ahí no hay nada archivado: se puede descargar tal cual.</translation>
    </message>
    <message numerus="yes">
        <source>Asking for the restore: %1 of %Ln file(s) answered…</source>
        <translation>
            <numerusform>Pidiendo la restauración: %1 de %Ln archivo con respuesta…</numerusform>
            <numerusform>Pidiendo la restauración: %1 de %Ln archivos con respuesta…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archived files…</source>
        <translation>Buscando archivos archivados…</translation>
    </message>
</context>
<context>
    <name>haul::BrowserModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Archived (%1): restore it with Edit ▸ Restore from archive… before downloading it.</source>
        <translation>Archivado (%1): restáurelo con Editar ▸ Restaurar del archivo… antes de descargarlo.</translation>
    </message>
</context>
<context>
    <name>haul::BrowserPanel</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Show only the files and folders whose name contains this text</source>
        <translation>Mostrar solo los archivos y carpetas cuyo nombre contiene este texto</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Creating bucket “%1”…</source>
        <translation>Creando el bucket «%1»…</translation>
    </message>
    <message>
        <source>A folder name cannot contain “/”.</source>
        <translation>El nombre de una carpeta no puede contener «/».</translation>
    </message>
    <message>
        <source>“%1” is already in this folder.</source>
        <translation>«%1» ya está en esta carpeta.</translation>
    </message>
    <message>
        <source>Creating folder “%1”…</source>
        <translation>Creando la carpeta «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %Ln item(s) so far</source>
        <translation>
            <numerusform>Cargando… %Ln elemento hasta ahora</numerusform>
            <numerusform>Cargando… %Ln elementos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder is empty. Drop files here to upload them.</source>
        <translation>Esta carpeta está vacía. Suelte archivos aquí para subirlos.</translation>
    </message>
    <message>
        <source>Folder “%1” created.</source>
        <translation>Carpeta «%1» creada.</translation>
    </message>
    <message>
        <source>Bucket created.</source>
        <translation>Bucket creado.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder name is too long: with the folders it is in, a name in S3 can have at most 1,024 bytes.</source>
        <translation>El nombre de la carpeta es demasiado largo: junto con las carpetas en las que está, un nombre en S3 puede tener como máximo 1024 bytes.</translation>
    </message>
    <message>
        <source>This account has no buckets of its own yet. Use “New bucket” to create one, or open a bucket shared with it with View ▸ Open a bucket or folder.</source>
        <translation>Esta cuenta aún no tiene buckets propios. Cree uno con «Nuevo bucket», o abra un bucket compartido con ella con Ver ▸ Abrir un bucket o una carpeta.</translation>
    </message>
    <message>
        <source>This account may not see what is in “%1”. If it may put files there (a drop box), files dropped here are uploaded, every one, since Haul cannot see which are there already.</source>
        <translation>Esta cuenta no puede ver qué hay en «%1». Si puede dejar archivos allí (un buzón), los archivos que suelte aquí se suben, todos, ya que Haul no puede ver cuáles ya están.</translation>
    </message>
</context>
<context>
    <name>haul::DeleteJob</name>
    <message>
        <source>Counting the files in “%1”…</source>
        <translation>Contando los archivos de «%1»…</translation>
    </message>
    <message>
        <source>Delete the empty folder “%1”?</source>
        <translation>¿Eliminar la carpeta vacía «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and the %Ln file(s) in it?</source>
        <translation>
            <numerusform>¿Eliminar «%1» y el %Ln archivo que contiene?</numerusform>
            <numerusform>¿Eliminar «%1» y los %Ln archivos que contiene?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Eliminar «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n item(s)?</source>
        <translation>
            <numerusform>¿Eliminar este %n elemento?</numerusform>
            <numerusform>¿Eliminar estos %n elementos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all, will be deleted from the bucket “%2”. This cannot be undone.</source>
        <translation>
            <numerusform>Se eliminará %Ln archivo (%1) del bucket «%2». Esto no se puede deshacer.</numerusform>
            <numerusform>Se eliminarán %Ln archivos, %1 en total, del bucket «%2». Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %Ln file(s)…</source>
        <translation>
            <numerusform>Eliminando %Ln archivo…</numerusform>
            <numerusform>Eliminando %Ln archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting… %1 of %2</source>
        <translation>Eliminando… %1 de %2</translation>
    </message>
</context>
<context>
    <name>haul::DeletionConfirmDialog</name>
    <message numerus="yes">
        <source>&amp;Delete %n file(s)</source>
        <translation>
            <numerusform>&amp;Eliminar %n archivo</numerusform>
            <numerusform>&amp;Eliminar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Conservarlos</translation>
    </message>
    <message>
        <source>Delete files from the bucket?</source>
        <translation>¿Eliminar archivos del bucket?</translation>
    </message>
    <message>
        <source>These files are in %1 but no longer in the folder “%2”. The sync can delete them from the bucket too. Deleted files cannot be brought back.</source>
        <translation>Estos archivos están en %1 pero ya no en la carpeta «%2». La sincronización también puede eliminarlos del bucket. Los archivos eliminados no se pueden recuperar.</translation>
    </message>
    <message>
        <source>Files to delete: %L1</source>
        <translation>Archivos que se eliminarán: %L1</translation>
    </message>
    <message>
        <source>Files that would be deleted</source>
        <translation>Archivos que se eliminarían</translation>
    </message>
</context>
<context>
    <name>haul::ExistingFilesBar</name>
    <message>
        <source>“%1” is already in %2 and differs from the object being downloaded. Overwrite it, or skip the download and keep your file?</source>
        <translation>«%1» ya está en %2 y es distinto del objeto que se descarga. ¿Sobrescribirlo, u omitir la descarga y conservar su archivo?</translation>
    </message>
    <message numerus="yes">
        <source>%n files being downloaded are already there and differ from the objects (the first: “%1” in %2). Overwrite them, or skip those downloads and keep your files?</source>
        <translation>
            <numerusform>%n archivo que se descarga ya existe y es distinto del objeto («%1» en %2). ¿Sobrescribirlo, u omitir esa descarga y conservar su archivo?</numerusform>
            <numerusform>%n archivos que se descargan ya existen y son distintos de los objetos (el primero: «%1» en %2). ¿Sobrescribirlos, u omitir esas descargas y conservar sus archivos?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>&amp;Overwrite all</source>
        <translation>Sobrescribir &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>&amp;Skip all</source>
        <translation>Omitir to&amp;do</translation>
    </message>
</context>
<context>
    <name>haul::FirstRunWizard</name>
    <message>
        <source>Welcome to Haul</source>
        <translation>Bienvenido a Haul</translation>
    </message>
    <message>
        <source>Your storage account</source>
        <translation>Su cuenta de almacenamiento</translation>
    </message>
    <message>
        <source>Enter the details your storage team gave you, or import them from the AWS command line tools.</source>
        <translation>Introduzca los datos que le dio su equipo de almacenamiento o impórtelos de las herramientas de línea de comandos de AWS.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Haul asks the storage service whether it accepts the account, then saves it.</source>
        <translation>Haul pregunta al servicio de almacenamiento si acepta la cuenta y después la guarda.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>Choose a bucket</source>
        <translation>Elegir un bucket</translation>
    </message>
    <message>
        <source>A bucket is the top-level folder of the storage service. You can open another one at any time.</source>
        <translation>Un bucket es la carpeta de nivel superior del servicio de almacenamiento. Puede abrir otro en cualquier momento.</translation>
    </message>
    <message>
        <source>&amp;Buckets this account can see:</source>
        <translation>&amp;Buckets que ve esta cuenta:</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>The bucket Haul opens when you click Finish</source>
        <translation>El bucket que Haul abre al pulsar «Finalizar»</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connected. Saving the account…</source>
        <translation>Conectado. Guardando la cuenta…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this account sees %n bucket(s).</source>
        <translation>
            <numerusform>Conectado: esta cuenta ve %n bucket.</numerusform>
            <numerusform>Conectado: esta cuenta ve %n buckets.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is saved.</source>
        <translation>La cuenta se ha guardado.</translation>
    </message>
    <message>
        <source>The account is saved, but the system keychain cannot be reached, so the secret key is kept for this session only.</source>
        <translation>La cuenta se ha guardado, pero no se puede acceder al llavero del sistema, así que la clave secreta solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>This account has no buckets yet. After you click Finish, use “New bucket” in the toolbar to create one.</source>
        <translation>Esta cuenta aún no tiene buckets. Después de pulsar «Finalizar», use «Nuevo bucket» en la barra de herramientas para crear uno.</translation>
    </message>
    <message>
        <source>Haul opens the selected bucket when you click Finish.</source>
        <translation>Haul abre el bucket seleccionado al pulsar «Finalizar».</translation>
    </message>
    <message>
        <source>Click Back, enter the name of the bucket it may use under “Bucket”, then click Next.</source>
        <translation>Haga clic en «Atrás», escriba en «Bucket» el nombre del bucket que puede usar y luego haga clic en «Siguiente».</translation>
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
        <translation>Archivos ya existentes</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this folder already exist with different contents. Replace them, or keep what is there?</source>
        <translation>
            <numerusform>%n archivo de esta carpeta ya existe con otro contenido. ¿Reemplazarlo o conservar lo que hay?</numerusform>
            <numerusform>%n archivos de esta carpeta ya existen con otro contenido. ¿Reemplazarlos o conservar lo que hay?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… y %n más</numerusform>
            <numerusform>
… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replace them</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>&amp;Keep what is there</source>
        <translation>&amp;Conservar lo que hay</translation>
    </message>
</context>
<context>
    <name>haul::FolderRename</name>
    <message>
        <source>Listing “%1”…</source>
        <translation>Listando «%1»…</translation>
    </message>
    <message>
        <source>Renaming “%1”: %2 of %3 copied…</source>
        <translation>Cambiando el nombre de «%1»: %2 de %3 copiados…</translation>
    </message>
    <message>
        <source>Renaming “%1”: deleting the originals…</source>
        <translation>Cambiando el nombre de «%1»: eliminando los originales…</translation>
    </message>
</context>
<context>
    <name>haul::Launcher</name>
    <message>
        <source>haul: the account “%1” cannot be used: %2 %3</source>
        <translation>haul: no se puede usar la cuenta «%1»: %2 %3</translation>
    </message>
    <message>
        <source>haul: screenshot saved to %1</source>
        <translation>haul: captura de pantalla guardada en %1</translation>
    </message>
    <message>
        <source>haul: the screenshot could not be saved to %1</source>
        <translation>haul: no se ha podido guardar la captura de pantalla en %1</translation>
    </message>
    <message>
        <source>haul: %1: %2 (%3)</source>
        <translation>haul: %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>haul: %n transfer(s) succeeded, %1 failed; %2 in %3 s (%4)</source>
        <translation>
            <numerusform>haul: %n transferencia correcta, %1 fallidas; %2 en %3 s (%4)</numerusform>
            <numerusform>haul: %n transferencias correctas, %1 fallidas; %2 en %3 s (%4)</numerusform>
        </translation>
    </message>
    <message>
        <source>haul: %1: stored, but not verified: the storage service gave nothing to verify it against</source>
        <translation>haul: %1: guardado, pero sin verificar: el servicio de almacenamiento no dio nada con lo que verificarlo</translation>
    </message>
    <message>
        <source>haul: %1</source>
        <translation>haul: %1</translation>
    </message>
    <message>
        <source>haul: %1 → %2: total %3, transferred %4, already there %5, failed %6, unsafe names skipped %7, links not followed %8</source>
        <translation>haul: %1 → %2: total %3, transferidos %4, ya existentes %5, fallidos %6, nombres inseguros omitidos %7, enlaces no seguidos %8</translation>
    </message>
    <message>
        <source>haul: %1: not downloaded: the same file is already at %2</source>
        <translation>haul: %1: no descargado: el mismo archivo ya está en %2</translation>
    </message>
    <message>
        <source>haul: %1: not downloaded: the file already at %2 was kept</source>
        <translation>haul: %1: no descargado: se conservó el archivo que ya estaba en %2</translation>
    </message>
    <message>
        <source>haul: Haul is already running (process %1), and two would send the same files twice. Wait until it has finished or close it, then run this command again.</source>
        <translation>haul: Haul ya se está ejecutando (proceso %1), y dos enviarían los mismos archivos dos veces. Espere a que termine o ciérrelo, y vuelva a ejecutar este comando.</translation>
    </message>
    <message>
        <source>Haul is already open</source>
        <translation>Haul ya está abierto</translation>
    </message>
    <message>
        <source>Haul is already open in another window (process %1). Use that window: two would send the same files twice.</source>
        <translation>Haul ya está abierto en otra ventana (proceso %1). Use esa ventana: dos enviarían los mismos archivos dos veces.</translation>
    </message>
    <message>
        <source>haul: if “%1” is a folder, give it with a “/” at the end: s3://%2/%1/</source>
        <translation>haul: si «%1» es una carpeta, indíquela con una «/» al final: s3://%2/%1/</translation>
    </message>
    <message>
        <source>haul: %1 (%2)</source>
        <translation>haul: %1 (%2)</translation>
    </message>
    <message>
        <source>Haul cannot start: the disk holding “%1” is full, and Haul keeps its queue there. Free some space on that disk, then start Haul again.</source>
        <translation>Haul no puede iniciarse: el disco que contiene «%1» está lleno, y Haul guarda allí su cola. Libere espacio en ese disco y vuelva a iniciar Haul.</translation>
    </message>
    <message>
        <source>Haul cannot start: it cannot write into “%1”, where it keeps its queue. Make that folder writable, then start Haul again.</source>
        <translation>Haul no puede iniciarse: no puede escribir en «%1», donde guarda su cola. Haga que esa carpeta admita escritura y vuelva a iniciar Haul.</translation>
    </message>
    <message>
        <source>Haul cannot start</source>
        <translation>Haul no puede iniciarse</translation>
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
        <translation>Abrir un bucket o una carpeta</translation>
    </message>
    <message>
        <source>&amp;Bucket or folder, such as s3://lab-data/run-42/:</source>
        <translation>&amp;Bucket o carpeta, por ejemplo s3://lab-data/run-42/:</translation>
    </message>
    <message>
        <source>Bucket or folder</source>
        <translation>Bucket o carpeta</translation>
    </message>
    <message>
        <source>Opens a bucket this account may use even when the bucket list does not show it</source>
        <translation>Abre un bucket que esta cuenta puede usar aunque la lista de buckets no lo muestre</translation>
    </message>
    <message>
        <source>“%1” does not name a bucket. Write the bucket&apos;s name, then any folders, such as s3://lab-data/run-42/. A bucket name has only letters, digits, dots, hyphens and underscores.</source>
        <translation>«%1» no indica un bucket. Escriba el nombre del bucket y luego las carpetas, por ejemplo s3://lab-data/run-42/. Un nombre de bucket solo tiene letras, dígitos, puntos, guiones y guiones bajos.</translation>
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
        <translation>&amp;Configuración de la cuenta…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Upload files to the folder shown (or drop them onto the window)</source>
        <translation>Subir archivos a la carpeta mostrada (o soltarlos sobre la ventana)</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Descargar…</translation>
    </message>
    <message>
        <source>Download the selected objects and folders</source>
        <translation>Descargar los objetos y carpetas seleccionados</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;New bucket…</source>
        <translation>Nuevo &amp;bucket…</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Pausar &amp;todo</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>Reanudar t&amp;odo</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>&amp;Quitar las terminadas</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The storage account to work with</source>
        <translation>La cuenta de almacenamiento con la que trabajar</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Welcome! Add the account of your storage service to begin.</source>
        <translation>¡Bienvenido! Añada la cuenta de su servicio de almacenamiento para empezar.</translation>
    </message>
    <message>
        <source>Opening the account “%1”…</source>
        <translation>Abriendo la cuenta «%1»…</translation>
    </message>
    <message>
        <source>%1 — Haul</source>
        <translation>%1 — Haul</translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation>&amp;Nueva carpeta…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferencias</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Go to the &amp;browser</source>
        <translation>Ir al &amp;explorador</translation>
    </message>
    <message>
        <source>Go to the &amp;queue</source>
        <translation>Ir a la c&amp;ola</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Haul</source>
        <translation>&amp;Acerca de Haul</translation>
    </message>
    <message>
        <source>About Haul</source>
        <translation>Acerca de Haul</translation>
    </message>
    <message>
        <source>Haul %1: fast, verified transfers to and from S3.</source>
        <translation>Haul %1: transferencias rápidas y verificadas hacia y desde S3.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The network is gone. Transfers are paused and continue when it is back.</source>
        <translation>No hay red. Las transferencias están en pausa y continuarán cuando vuelva.</translation>
    </message>
    <message numerus="yes">
        <source>The network is gone: %n transfer(s) paused. They continue when it is back.</source>
        <translation>
            <numerusform>No hay red: %n transferencia en pausa. Continuará cuando vuelva.</numerusform>
            <numerusform>No hay red: %n transferencias en pausa. Continuarán cuando vuelva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network is back: %n transfer(s) continue.</source>
        <translation>
            <numerusform>La red ha vuelto: %n transferencia continúa.</numerusform>
            <numerusform>La red ha vuelto: %n transferencias continúan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Buckets and files</source>
        <translation>Buckets y archivos</translation>
    </message>
    <message>
        <source>Open a bucket or folder with Enter. Drop files here to upload them.</source>
        <translation>Abra un bucket o una carpeta con Intro. Suelte archivos aquí para subirlos.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Transfer queue</source>
        <translation>Cola de transferencias</translation>
    </message>
    <message>
        <source>Space pauses or resumes the selected transfers, Delete cancels them.</source>
        <translation>Espacio pausa o reanuda las transferencias seleccionadas; Supr las cancela.</translation>
    </message>
    <message>
        <source>Queue totals</source>
        <translation>Totales de la cola</translation>
    </message>
    <message>
        <source>Failed transfers</source>
        <translation>Transferencias fallidas</translation>
    </message>
    <message>
        <source>The network is gone. Transfers pause and continue when it is back.</source>
        <translation>No hay red. Las transferencias se pausan y continuarán cuando vuelva.</translation>
    </message>
    <message>
        <source>Open a bucket first, then drop the files onto it.</source>
        <translation>Abra primero un bucket y suelte después los archivos sobre él.</translation>
    </message>
    <message numerus="yes">
        <source>Upload %n file(s) here</source>
        <translation>
            <numerusform>Subir %n archivo aquí</numerusform>
            <numerusform>Subir %n archivos aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open the bucket and folder the %n file(s) should go to, then click “Upload here”.</source>
        <translation>
            <numerusform>Abra el bucket y la carpeta adonde debe ir el %n archivo y pulse «Subir aquí».</numerusform>
            <numerusform>Abra el bucket y la carpeta adonde deben ir los %n archivos y pulse «Subir aquí».</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload files</source>
        <translation>Subir archivos</translation>
    </message>
    <message>
        <source>Select the objects or folders to download first.</source>
        <translation>Seleccione primero los objetos o carpetas que quiere descargar.</translation>
    </message>
    <message>
        <source>Download to folder</source>
        <translation>Descargar en la carpeta</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <source>New bucket</source>
        <translation>Nuevo bucket</translation>
    </message>
    <message>
        <source>Folder name:</source>
        <translation>Nombre de la carpeta:</translation>
    </message>
    <message>
        <source>Bucket name (lower-case letters, digits, dots, hyphens):</source>
        <translation>Nombre del bucket (minúsculas, dígitos, puntos, guiones):</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) finished</source>
        <translation>
            <numerusform>%n transferencia terminada</numerusform>
            <numerusform>%n transferencias terminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to go</source>
        <translation>faltan %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>time</comment>
        <translation>quedan %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>«%1» ha fallado: %2</translation>
    </message>
    <message>
        <source>Haul keeps transferring in the background.</source>
        <translation>Haul sigue transfiriendo en segundo plano.</translation>
    </message>
    <message>
        <source>S&amp;ync a folder…</source>
        <translation>&amp;Sincronizar una carpeta…</translation>
    </message>
    <message>
        <source>Keep a folder on this computer and a folder in a bucket the same</source>
        <translation>Mantener iguales una carpeta de este equipo y una carpeta de un bucket</translation>
    </message>
    <message>
        <source>Sync a folder</source>
        <translation>Sincronizar una carpeta</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Añadir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Upload a folder with everything in it to the folder shown</source>
        <translation>Subir una carpeta con todo su contenido a la carpeta mostrada</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) queued for %1</source>
        <translation>
            <numerusform>%n archivo en cola para %1</numerusform>
            <numerusform>%n archivos en cola para %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s) and %1 queued for %2</source>
        <translation>
            <numerusform>%n carpeta y %1 en cola para %2</numerusform>
            <numerusform>%n carpetas y %1 en cola para %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Upload a folder</source>
        <translation>Subir una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n file(s) could not be transferred; the queue row lists them.</source>
        <translation>
            <numerusform>«%1»: %n archivo no se ha podido transferir; la fila de la cola lo indica.</numerusform>
            <numerusform>«%1»: %n archivos no se han podido transferir; la fila de la cola los indica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n ya existente</numerusform>
            <numerusform>, %n ya existentes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open a bucket or folder…</source>
        <translation>Abrir un &amp;bucket o una carpeta…</translation>
    </message>
    <message>
        <source>Type the name of a bucket, with any folders, to open it</source>
        <translation>Escriba el nombre de un bucket, con sus carpetas si las hay, para abrirlo</translation>
    </message>
</context>
<context>
    <name>haul::Notifier</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n archivo subido</numerusform>
            <numerusform>%n archivos subidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded</source>
        <translation>
            <numerusform>%n archivo descargado</numerusform>
            <numerusform>%n archivos descargados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) failed</source>
        <translation>
            <numerusform>%n transferencia fallida</numerusform>
            <numerusform>%n transferencias fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallida</numerusform>
            <numerusform>%n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>“%1” could not be uploaded: %2</source>
        <translation>No se ha podido subir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” could not be downloaded: %2</source>
        <translation>No se ha podido descargar «%1»: %2</translation>
    </message>
    <message>
        <source>Transfers finished</source>
        <translation>Transferencias terminadas</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::ObjectDetails</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (uploaded in %n part(s))</source>
        <translation>
            <numerusform>%1 (subido en %n parte)</numerusform>
            <numerusform>%1 (subido en %n partes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the storage service…</source>
        <translation>Consultando el servicio de almacenamiento…</translation>
    </message>
    <message>
        <source>Details of “%1”</source>
        <translation>Detalles de «%1»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>Clase de almacenamiento</translation>
    </message>
    <message>
        <source>STANDARD (the default)</source>
        <translation>STANDARD (la predeterminada)</translation>
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
        <translation>Tipo de contenido</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>metadata name: value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s), %1 in all</source>
        <translation>
            <numerusform>%Ln archivo, %1 en total</numerusform>
            <numerusform>%Ln archivos, %1 en total</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>under way: it can be downloaded once it is done</source>
        <translation>en curso: se podrá descargar cuando termine</translation>
    </message>
    <message>
        <source>done: it can be downloaded until %1</source>
        <translation>terminada: se puede descargar hasta el %1</translation>
    </message>
    <message>
        <source>not asked for: it must be restored before it can be downloaded</source>
        <translation>no pedida: hay que restaurarlo antes de poder descargarlo</translation>
    </message>
</context>
<context>
    <name>haul::QueueModel</name>
    <message>
        <source>The file was already there with the object&apos;s size and modification time, so it was not downloaded again.</source>
        <translation>El archivo ya existía con el tamaño y la fecha de modificación del objeto, así que no se descargó de nuevo.</translation>
    </message>
    <message>
        <source>A different file of that name was already there; you chose to keep it.</source>
        <translation>Ya existía otro archivo con ese nombre; eligió conservarlo.</translation>
    </message>
    <message>
        <source>The storage service offered no checksum to compare, so Haul could not verify the bytes.</source>
        <translation>El servicio de almacenamiento no ofreció ninguna suma de comprobación para comparar, así que Haul no pudo verificar los datos.</translation>
    </message>
    <message numerus="yes">
        <source>Some parts were sent again after %n failed attempt(s).</source>
        <translation>
            <numerusform>Algunas partes se enviaron de nuevo tras %n intento fallido.</numerusform>
            <numerusform>Algunas partes se enviaron de nuevo tras %n intentos fallidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
to %2</source>
        <translation>%1
a %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Not transferred:
%1</source>
        <translation>No transferidos:
%1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya existente</translation>
    </message>
    <message>
        <source>Skipped: your file was kept</source>
        <translation>Omitido: se conservó su archivo</translation>
    </message>
    <message>
        <source>Done (not verified)</source>
        <translation>Terminado (sin verificar)</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message numerus="yes">
        <source>Comparing: %n file(s) found</source>
        <translation>
            <numerusform>Comparando: %n archivo encontrado</numerusform>
            <numerusform>Comparando: %n archivos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Downloading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Descargando: %1 de %n archivo</numerusform>
            <numerusform>Descargando: %1 de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploading: %1 of %n file(s)</source>
        <translation>
            <numerusform>Subiendo: %1 de %n archivo</numerusform>
            <numerusform>Subiendo: %1 de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) exist: choose what to do</source>
        <translation>
            <numerusform>Existe %n archivo modificado: elija qué hacer</numerusform>
            <numerusform>Existen %n archivos modificados: elija qué hacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting: delete %n remote file(s)?</source>
        <translation>
            <numerusform>Esperando: ¿eliminar %n archivo remoto?</numerusform>
            <numerusform>Esperando: ¿eliminar %n archivos remotos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n remote file(s)…</source>
        <translation>
            <numerusform>Eliminando %n archivo remoto…</numerusform>
            <numerusform>Eliminando %n archivos remotos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused: %1 of %n file(s)</source>
        <translation>
            <numerusform>En pausa: %1 de %n archivo</numerusform>
            <numerusform>En pausa: %1 de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s)</source>
        <translation>
            <numerusform>Terminado: %n archivo</numerusform>
            <numerusform>Terminado: %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n file(s) done</source>
        <translation>
            <numerusform>Cancelado: %1 de %n archivo terminado</numerusform>
            <numerusform>Cancelado: %1 de %n archivos terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already there</source>
        <translation>
            <numerusform>, %n ya existente</numerusform>
            <numerusform>, %n ya existentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fallido</numerusform>
            <numerusform>, %n fallidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Esperando su respuesta: %1</translation>
    </message>
    <message>
        <source>Waiting for account “%1”</source>
        <translation>Esperando la cuenta «%1»</translation>
    </message>
    <message>
        <source>, all sent</source>
        <translation>, todos enviados</translation>
    </message>
    <message>
        <source>This account may not list the bucket, so Haul could not see which files were already there and sent every file.</source>
        <translation>Esta cuenta no puede listar el bucket, así que Haul no pudo ver qué archivos ya estaban allí y envió todos los archivos.</translation>
    </message>
</context>
<context>
    <name>haul::QueuePanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Copy error &amp;details</source>
        <translation>Copiar los &amp;detalles del error</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausar o reanudar</translation>
    </message>
    <message numerus="yes">
        <source>Parts: %1 of %n done</source>
        <translation>
            <numerusform>Partes: %1 de %n terminada</numerusform>
            <numerusform>Partes: %1 de %n terminadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Partes:</translation>
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
        <translation>Haul no puede guardar su cola: el disco que contiene «%1» está lleno. Las transferencias continúan, pero si Haul se cierra ahora, las no terminadas no se reanudarán. Libere espacio en ese disco; Haul guardará entonces la cola por sí mismo.</translation>
    </message>
    <message>
        <source>Haul cannot save its queue in “%1”. Transfers go on, but if Haul is closed now, the unfinished ones will not continue. Make that folder writable again; Haul then saves the queue by itself.</source>
        <translation>Haul no puede guardar su cola en «%1». Las transferencias continúan, pero si Haul se cierra ahora, las no terminadas no se reanudarán. Haga que esa carpeta vuelva a admitir escritura; Haul guardará entonces la cola por sí mismo.</translation>
    </message>
</context>
<context>
    <name>haul::RestoreDialog</name>
    <message>
        <source>Restore from archive</source>
        <translation>Restaurar del archivo</translation>
    </message>
    <message>
        <source>Files in Glacier or Deep Archive cannot be downloaded until a copy of them is restored. Haul asks the storage service to restore the archived files of %1. The archive keeps them as they are; the restored copy goes away by itself after the days chosen here, and the storage service may charge for it.</source>
        <translation>Los archivos en Glacier o Deep Archive no se pueden descargar hasta que se restaure una copia. Haul pide al servicio de almacenamiento que restaure los archivos archivados %1. El archivo los conserva tal cual; la copia restaurada desaparece sola tras los días elegidos aquí, y el servicio de almacenamiento puede cobrarla.</translation>
    </message>
    <message>
        <source>Standard — %1</source>
        <translation>Standard — %1</translation>
    </message>
    <message>
        <source>Bulk — %1, costs least</source>
        <translation>Bulk — %1, el más barato</translation>
    </message>
    <message>
        <source>Expedited — %1, costs most, not for Deep Archive</source>
        <translation>Expedited — %1, el más caro, no para Deep Archive</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>5–12 hours (Deep Archive: up to 48)</source>
        <translation>5–12 horas (Deep Archive: hasta 48)</translation>
    </message>
    <message>
        <source>1–5 minutes</source>
        <translation>1–5 minutos</translation>
    </message>
    <message>
        <source>3–5 hours (Deep Archive: up to 12)</source>
        <translation>3–5 horas (Deep Archive: hasta 12)</translation>
    </message>
    <message>
        <source>&amp;Days to keep the restored copy:</source>
        <translation>&amp;Días que se conserva la copia:</translation>
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
        <translation>Mostrar una &amp;notificación cuando termine la cola o falle una transferencia</translation>
    </message>
    <message>
        <source>Start minimised to the &amp;tray while transfers run</source>
        <translation>Iniciar minimizado en la &amp;bandeja mientras haya transferencias</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <source>Automatic (8 MiB, larger for very big files)</source>
        <translation>Automático (8 MiB, más para archivos muy grandes)</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Automatic (CRC32C where supported, else MD5)</source>
        <translation>Automático (CRC32C donde se admita; si no, MD5)</translation>
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
        <translation>Desactivada (no recomendado)</translation>
    </message>
    <message>
        <source>The store&apos;s default</source>
        <translation>La predeterminada del almacenamiento</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Preguntarme</translation>
    </message>
    <message>
        <source>Overwrite it</source>
        <translation>Sobrescribirlo</translation>
    </message>
    <message>
        <source>Skip it if it is identical, else ask</source>
        <translation>Omitirlo si es idéntico; si no, preguntar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>Simultaneous connecti&amp;ons:</source>
        <translation>C&amp;onexiones simultáneas:</translation>
    </message>
    <message>
        <source>&amp;Bandwidth limit:</source>
        <translation>Límite de ancho de ban&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Part size:</source>
        <translation>&amp;Tamaño de las partes:</translation>
    </message>
    <message>
        <source>&amp;Storage class for uploads:</source>
        <translation>C&amp;lase de almacenamiento al subir:</translation>
    </message>
    <message>
        <source>New accounts</source>
        <translation>Cuentas nuevas</translation>
    </message>
    <message>
        <source>Checksum for new &amp;accounts:</source>
        <translation>Suma de comprobación para cuentas nue&amp;vas:</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Este escritorio no tiene bandeja del sistema.</translation>
    </message>
    <message>
        <source>How many parts are sent or received at once, over all transfers.</source>
        <translation>Cuántas partes se envían o reciben a la vez, sumando todas las transferencias.</translation>
    </message>
    <message>
        <source>The most Haul may use of the network. Changes apply at once.</source>
        <translation>Lo máximo que Haul puede usar de la red. Los cambios se aplican al instante.</translation>
    </message>
    <message>
        <source>Big files are sent in parts of this size. Applies to uploads that start later.</source>
        <translation>Los archivos grandes se envían en partes de este tamaño. Se aplica a las subidas que empiecen después.</translation>
    </message>
    <message>
        <source>How the store keeps uploaded files. Archive classes cost less but take hours to restore.</source>
        <translation>Cómo guarda el almacenamiento los archivos subidos. Las clases de archivo cuestan menos, pero restaurar lleva horas.</translation>
    </message>
    <message>
        <source>How new accounts check that every part arrived intact.</source>
        <translation>Cómo comprueban las cuentas nuevas que cada parte llegó intacta.</translation>
    </message>
    <message>
        <source>Takes effect the next time Haul starts.</source>
        <translation>Se aplica la próxima vez que se inicie Haul.</translation>
    </message>
    <message>
        <source>Without a checksum Haul cannot prove that a file arrived intact. Use this only for a store that refuses both CRC32C and MD5.</source>
        <translation>Sin suma de comprobación, Haul no puede demostrar que un archivo llegó intacto. Úselo solo con un almacenamiento que rechace tanto CRC32C como MD5.</translation>
    </message>
    <message>
        <source>When a file already e&amp;xists:</source>
        <translation>Si un archivo ya e&amp;xiste:</translation>
    </message>
    <message>
        <source>What a download does when the folder already has a file of that name, and what a folder upload does with files the bucket already has.</source>
        <translation>Qué hace una descarga cuando la carpeta ya tiene un archivo con ese nombre, y qué hace la subida de una carpeta con los archivos que el bucket ya tiene.</translation>
    </message>
    <message>
        <source>&amp;Follow links inside uploaded folders</source>
        <translation>Se&amp;guir enlaces dentro de las carpetas subidas</translation>
    </message>
    <message>
        <source>A link inside a folder you upload is sent as the file or folder it points to. Off: links are skipped and named in the folder&apos;s row.</source>
        <translation>Un enlace dentro de una carpeta que sube se envía como el archivo o la carpeta a la que apunta. Desactivado: los enlaces se omiten y se nombran en la fila de la carpeta.</translation>
    </message>
</context>
<context>
    <name>haul::ShareDialog</name>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Share “%1”</source>
        <translation>Compartir «%1»</translation>
    </message>
    <message>
        <source>Anyone who has the link can download “%1” — no account needed — until the link expires.</source>
        <translation>Cualquiera que tenga el enlace puede descargar «%1» —sin necesidad de cuenta— hasta que caduque.</translation>
    </message>
    <message>
        <source>The link appears here</source>
        <translation>El enlace aparece aquí</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>&amp;Válido durante:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Enlace:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <comment>a link&apos;s lifetime: for 7 days</comment>
        <translation>durante %1</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>How a share link&apos;s expiry date is written: &quot;Tuesday 2 December&quot;</extracomment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Copied. The link works until %1 (%2).</source>
        <translation>Copiado. El enlace funciona hasta el %1 (%2).</translation>
    </message>
</context>
<context>
    <name>haul::StaleUploadsBar</name>
    <message>
        <source>&amp;Clean up</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Abort these unfinished uploads on the storage service, so that their parts stop costing storage</source>
        <translation>Cancelar estas subidas sin terminar en el servicio de almacenamiento, para que sus partes dejen de costar almacenamiento</translation>
    </message>
    <message>
        <source>Keep them for now; Haul offers this again at the next start</source>
        <translation>Conservarlas por ahora; Haul lo ofrecerá de nuevo en el próximo inicio</translation>
    </message>
    <message numerus="yes">
        <source>Haul left %n unfinished upload(s) on %1. Their parts cost storage until they are cleaned up.</source>
        <translation>
            <numerusform>Haul dejó %n subida sin terminar en %1. Sus partes cuestan almacenamiento hasta que se limpie.</numerusform>
            <numerusform>Haul dejó %n subidas sin terminar en %1. Sus partes cuestan almacenamiento hasta que se limpien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning up the unfinished uploads…</source>
        <translation>Limpiando las subidas sin terminar…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %n unfinished upload(s).</source>
        <translation>
            <numerusform>Se limpió %n subida sin terminar.</numerusform>
            <numerusform>Se limpiaron %n subidas sin terminar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaned up %1; %n unfinished upload(s) could not be cleaned up now (the storage service refused or could not be reached). Haul offers this again at the next start.</source>
        <translation>
            <numerusform>Se limpiaron %1; %n subida sin terminar no se ha podido limpiar ahora (el servicio de almacenamiento la rechazó o no respondió). Haul lo ofrecerá de nuevo en el próximo inicio.</numerusform>
            <numerusform>Se limpiaron %1; %n subidas sin terminar no se han podido limpiar ahora (el servicio de almacenamiento las rechazó o no respondió). Haul lo ofrecerá de nuevo en el próximo inicio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::SyncController</name>
    <message>
        <source>The account “%1” cannot be used: %2 %3</source>
        <translation>No se puede usar la cuenta «%1»: %2 %3</translation>
    </message>
    <message>
        <source>The folder “%1” is being synced already.</source>
        <translation>La carpeta «%1» ya se está sincronizando.</translation>
    </message>
    <message>
        <source>Syncing “%1” to %2…</source>
        <translation>Sincronizando «%1» con %2…</translation>
    </message>
    <message>
        <source>The sync of “%1” failed: %2 %3</source>
        <translation>La sincronización de «%1» ha fallado: %2 %3</translation>
    </message>
    <message>
        <source>The sync of “%1” was cancelled.</source>
        <translation>La sincronización de «%1» se ha cancelado.</translation>
    </message>
    <message>
        <source>Sync of “%1” to %2 finished: %L3 sent, %L4 already there, %L5 deleted, %L6 failed.</source>
        <translation>Sincronización de «%1» con %2 terminada: %L3 enviados, %L4 ya existentes, %L5 eliminados, %L6 fallidos.</translation>
    </message>
    <message>
        <source>Kept in the bucket although gone from the folder: %L1.</source>
        <translation>Conservados en el bucket aunque ya no estén en la carpeta: %L1.</translation>
    </message>
</context>
<context>
    <name>haul::SyncDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync a folder</source>
        <translation>Sincronizar una carpeta</translation>
    </message>
    <message>
        <source>Folder on this computer</source>
        <translation>Carpeta en este equipo</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Deletes</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Saved sync pairs</source>
        <translation>Pares de sincronización guardados</translation>
    </message>
    <message>
        <source>Add a folder to keep in sync with a bucket</source>
        <translation>Añadir una carpeta para mantenerla sincronizada con un bucket</translation>
    </message>
    <message>
        <source>Forget the pair; nothing in the bucket or the folder changes</source>
        <translation>Olvidar el par; no cambia nada en el bucket ni en la carpeta</translation>
    </message>
    <message>
        <source>Show what a sync would do, without sending anything</source>
        <translation>Mostrar lo que haría una sincronización, sin enviar nada</translation>
    </message>
    <message>
        <source>Keep a folder on this computer and a folder in a bucket the same: new and changed files are uploaded, files already there are not sent again.</source>
        <translation>Mantener iguales una carpeta de este equipo y una carpeta de un bucket: los archivos nuevos y modificados se suben; los que ya existen no se vuelven a enviar.</translation>
    </message>
    <message>
        <source>Add a sync pair</source>
        <translation>Añadir un par de sincronización</translation>
    </message>
    <message>
        <source>Edit the sync pair</source>
        <translation>Editar el par de sincronización</translation>
    </message>
    <message>
        <source>after asking</source>
        <translation>tras preguntar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>haul::SyncPairEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Delete files from the bucket that are no longer in the folder (asks first)</source>
        <translation>Eliminar del bucket los archivos que ya no están en la carpeta (&amp;pregunta antes)</translation>
    </message>
    <message>
        <source>Sync pair</source>
        <translation>Par de sincronización</translation>
    </message>
    <message>
        <source>The folder on this computer</source>
        <translation>La carpeta en este equipo</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>Empty: the whole bucket</source>
        <translation>Vacío: todo el bucket</translation>
    </message>
    <message>
        <source>Size and modification time (fast)</source>
        <translation>Tamaño y fecha de modificación (rápido)</translation>
    </message>
    <message>
        <source>Checksum (reads every file)</source>
        <translation>Suma de comprobación (lee cada archivo)</translation>
    </message>
    <message>
        <source>&amp;Folder on this computer:</source>
        <translation>Carpeta en este e&amp;quipo:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Cue&amp;nta:</translation>
    </message>
    <message>
        <source>B&amp;ucket:</source>
        <translation>B&amp;ucket:</translation>
    </message>
    <message>
        <source>Choose a folder on this computer that exists.</source>
        <translation>Elija una carpeta existente en este equipo.</translation>
    </message>
    <message>
        <source>Choose an account. Add one with Account › Add account… first.</source>
        <translation>Elija una cuenta. Añada primero una con Cuenta › Añadir cuenta…</translation>
    </message>
    <message>
        <source>Name the bucket the folder goes to (without “/”).</source>
        <translation>Indique el bucket al que va la carpeta (sin «/»).</translation>
    </message>
    <message>
        <source>Folder to sync</source>
        <translation>Carpeta que sincronizar</translation>
    </message>
    <message>
        <source>Folder &amp;in the bucket:</source>
        <translation>Carpeta en el &amp;bucket:</translation>
    </message>
    <message>
        <source>Co&amp;mpare files by:</source>
        <translation>Co&amp;mparar archivos por:</translation>
    </message>
</context>
<context>
    <name>haul::SyncPreviewDialog</name>
    <message>
        <source>Upload: new</source>
        <translation>Subir: nuevo</translation>
    </message>
    <message>
        <source>Upload: size changed</source>
        <translation>Subir: tamaño cambiado</translation>
    </message>
    <message>
        <source>Upload: modified</source>
        <translation>Subir: modificado</translation>
    </message>
    <message>
        <source>Upload: content changed</source>
        <translation>Subir: contenido cambiado</translation>
    </message>
    <message>
        <source>Upload: not proven identical (stored in parts of another size, or changed)</source>
        <translation>Subir: no se ha probado que sea idéntico (guardado en partes de otro tamaño, o cambiado)</translation>
    </message>
    <message>
        <source>Upload: changed</source>
        <translation>Subir: cambiado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%L1 (%2)</source>
        <translation>%L1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Preview: sync “%1”</source>
        <translation>Vista previa: sincronizar «%1»</translation>
    </message>
    <message>
        <source>Comparing the folder “%1” with %2…</source>
        <translation>Comparando la carpeta «%1» con %2…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>What “Sync now” does</source>
        <translation>Qué hace «Sincronizar ahora»</translation>
    </message>
    <message>
        <source>Files the sync would change</source>
        <translation>Archivos que cambiaría la sincronización</translation>
    </message>
    <message>
        <source>Nothing has been sent yet. This is what “Sync now” would do with the folder “%1” and %2:</source>
        <translation>Todavía no se ha enviado nada. Esto es lo que haría «Sincronizar ahora» con la carpeta «%1» y %2:</translation>
    </message>
    <message>
        <source>The folder “%1” could not be compared with %2.</source>
        <translation>No se ha podido comparar la carpeta «%1» con %2.</translation>
    </message>
    <message>
        <source>New files to upload:</source>
        <translation>Archivos nuevos que subir:</translation>
    </message>
    <message>
        <source>Changed files to upload:</source>
        <translation>Archivos modificados que subir:</translation>
    </message>
    <message>
        <source>Already there, not sent again:</source>
        <translation>Ya existentes, no se vuelven a enviar:</translation>
    </message>
    <message>
        <source>Gone from the folder, deleted from the bucket after you confirm:</source>
        <translation>Ya no están en la carpeta; se eliminan del bucket cuando lo confirme:</translation>
    </message>
    <message>
        <source>Gone from the folder, kept in the bucket (deleting is off for this pair):</source>
        <translation>Ya no están en la carpeta; se conservan en el bucket (eliminar está desactivado para este par):</translation>
    </message>
    <message>
        <source>Files that cannot be read or named, skipped:</source>
        <translation>Archivos que no se pueden leer o nombrar, omitidos:</translation>
    </message>
    <message>
        <source>Delete from the bucket (after you confirm)</source>
        <translation>Eliminar del bucket (cuando lo confirme)</translation>
    </message>
    <message>
        <source>Keep in the bucket</source>
        <translation>Conservar en el bucket</translation>
    </message>
    <message>
        <source>Skipped: cannot be read or named</source>
        <translation>Omitido: no se puede leer o nombrar</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s), not listed here</source>
        <translation>
            <numerusform>… y %n archivo más, no listado aquí</numerusform>
            <numerusform>… y %n archivos más, no listados aquí</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>haul::TrayIcon</name>
    <message>
        <source>&amp;Show Haul</source>
        <translation>&amp;Mostrar Haul</translation>
    </message>
    <message>
        <source>Haul</source>
        <translation>Haul</translation>
    </message>
</context>
</TS>
