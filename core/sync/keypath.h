#pragma once

#include <QString>
#include <QStringView>

namespace haul {

// Object keys are arbitrary UTF-8 strings up to 1024 bytes; a local file name is not. This unit
// maps keys under a downloaded prefix to paths relative to the destination folder, and refuses
// every key that could not be written there safely. Nothing is ever "repaired": a key that would
// need rewriting is skipped and reported with its reason, so two keys can never end up in one
// file and no key can reach outside the destination.

/// Why a key does not become a local file (None: it does).
enum class KeyIssue {
    None,
    FolderMarker,     ///< ends in '/': an empty "folder" object, not a file (a folder is made)
    NotUnderPrefix,   ///< does not start with the downloaded prefix
    AbsolutePath,     ///< begins with '/' (after the prefix), '\' or a drive letter ("C:")
    EmptySegment,     ///< "a//b"
    DotSegment,       ///< a "." segment ("a/./b"): refused, not normalised
    ParentSegment,    ///< a ".." segment: would climb out of the destination
    InvalidCharacter, ///< NUL, or a character this system forbids in file names
    ReservedName,     ///< Windows: CON, NUL, COM1…, or a name ending in a dot or a space
    NameTooLong,      ///< a segment longer than 255 bytes of UTF-8 (255 UTF-16 units on Windows)
    Collision,        ///< a file where a folder must be: keys "a" and "a/b" (the folder wins)
    LeavesDestination,///< a folder on the way is a link that leads out of the destination
    InTheWay,         ///< on this computer, a file is where a folder must be made, or a folder
                      ///< where the file must be written (the error's subject: its path)
};

/// Stable name of an issue ("ParentSegment"), for logs, reports and tests.
QString keyIssueName(KeyIssue issue);

/// Which file name rules apply.
enum class NameRules {
    Posix,   ///< Linux and macOS: anything but NUL and '/'
    Windows, ///< also refuses <>:"|?*\, control characters, reserved names, trailing dot/space
};

/// The rules of the system Haul runs on.
NameRules hostNameRules();

/// Whether one path segment (a file or folder name) can exist under `rules`.
KeyIssue checkSegment(QStringView segment, NameRules rules);

/// Whether a '/'-separated relative path is safe: no empty, ".", ".." or invalid segment, not
/// absolute. An empty path is an EmptySegment.
KeyIssue checkRelativePath(QStringView path, NameRules rules);

/// Where a key goes when `prefix` is downloaded into a folder called `folderName`.
struct KeyPath {
    KeyIssue issue = KeyIssue::None;
    QString relativePath; ///< "run42/sub/file.txt" (also set for a FolderMarker: the folder)
};

/// The local path of `key` relative to the destination: `folderName` + "/" + the key without
/// `prefix` ("projects/run42/a/b" under "projects/run42/" in "run42" → "run42/a/b"). An empty
/// `folderName` puts the files straight into the destination. A marker of the prefix itself
/// ("projects/run42/") is a FolderMarker with the folder's own path.
KeyPath localPathForKey(QStringView key, QStringView prefix, QStringView folderName,
                        NameRules rules);

/// The folder a prefix downloads into, as a file manager would name it: its last segment
/// ("projects/run42/" and "projects/run42" → "run42"); for the whole bucket (""), the bucket.
QString folderNameForPrefix(QStringView prefix, QStringView bucket);

/// A prefix as a folder: "" (and "/") is the whole bucket, anything else ends in exactly one
/// '/' ("run42", "run42/" and "run42//" → "run42/").
QString folderPrefix(QStringView prefix);

/// Orders keys as S3 lists them: by Unicode code point, which is UTF-8 byte order. QString's
/// own operator< compares UTF-16 units and puts U+10000 and above before U+E000…U+FFFF.
int compareKeys(QStringView a, QStringView b);

} // namespace haul
