#pragma once

#include <QString>

#include "sync/foldertypes.h"

namespace haul {

/// One plain, translated sentence for a problem a folder transfer had with one file ("not
/// uploaded: the file could not be read", "skipped: the name would lead outside the folder").
/// The subject (path or key) is not part of it.
QString folderIssueSentence(const FolderIssue &issue);

/// "path: sentence (technical detail)" for the summary on stderr and "Copy error details".
QString folderIssueLine(const FolderIssue &issue);

} // namespace haul
