#include "foldertext.h"

#include <QCoreApplication>
#include <QDir>

#include "errortext.h"

namespace haul {
namespace {

// A class context, so that lupdate files these strings under the "FolderText" context they are
// looked up in (a free tr() function puts them under the namespace's name, and none would load).
struct FolderText {
    Q_DECLARE_TR_FUNCTIONS(FolderText)
};

QString walkSentence(WalkIssue issue)
{
    switch (issue) {
    case WalkIssue::Unreadable: return FolderText::tr("skipped: it cannot be read (no permission?)");
    case WalkIssue::Vanished: return FolderText::tr("skipped: it disappeared while the folder was read");
    case WalkIssue::SymlinkSkipped: return FolderText::tr("skipped: a symbolic link (links are not followed)");
    case WalkIssue::BrokenSymlink: return FolderText::tr("skipped: a symbolic link that points nowhere");
    case WalkIssue::SymlinkLoop: return FolderText::tr("skipped: a link to a folder that contains it");
    case WalkIssue::NotRegularFile: return FolderText::tr("skipped: not a regular file (a socket, pipe or device)");
    case WalkIssue::InvalidName: return FolderText::tr("skipped: its name is not valid text on this system");
    case WalkIssue::None: break;
    }
    return FolderText::tr("skipped");
}

QString keySentence(KeyIssue issue)
{
    switch (issue) {
    case KeyIssue::AbsolutePath:
    case KeyIssue::ParentSegment:
    case KeyIssue::LeavesDestination:
    case KeyIssue::NotUnderPrefix:
        return FolderText::tr("not downloaded: its name would lead outside the destination folder");
    case KeyIssue::EmptySegment:
    case KeyIssue::DotSegment: return FolderText::tr("not downloaded: its name has an empty or \".\" part");
    case KeyIssue::InvalidCharacter:
    case KeyIssue::ReservedName: return FolderText::tr("not downloaded: its name is not allowed for files here");
    case KeyIssue::NameTooLong: return FolderText::tr("not downloaded: a part of its name is too long for this system");
    case KeyIssue::Collision: return FolderText::tr("not downloaded: another object needs a folder of the same name");
    case KeyIssue::InTheWay: // folderIssueSentence() names what is in the way
    case KeyIssue::FolderMarker:
    case KeyIssue::None: break;
    }
    return FolderText::tr("not downloaded");
}

} // namespace

QString folderIssueSentence(const FolderIssue &issue)
{
    switch (issue.kind) {
    case FolderIssueKind::Walk: return walkSentence(issue.walkIssue);
    case FolderIssueKind::Key:
        if (issue.keyIssue == KeyIssue::InTheWay)
            return FolderText::tr("not downloaded: “%1” on this computer is in the way. Move or rename it, then download again")
                .arg(QDir::toNativeSeparators(issue.error.subject));
        return keySentence(issue.keyIssue);
    case FolderIssueKind::KeyTooLong: return FolderText::tr("not uploaded: its name would be longer than S3 allows (1,024 bytes)");
    case FolderIssueKind::Transfer:
    case FolderIssueKind::LocalFolder:
    case FolderIssueKind::Check:
    case FolderIssueKind::Delete: break;
    }
    // a file that failed on its own: what happened and what to do, as for a single transfer
    return errorSentence(issue.error) + QLatin1Char(' ') + errorNextStep(issue.error);
}

QString folderIssueLine(const FolderIssue &issue)
{
    // Walk issues carry the system's message only (no code).
    const QString detail = issue.error.ok() ? issue.error.message : errorDetails(issue.error);
    const QString line = QStringLiteral("%1: %2").arg(issue.subject, folderIssueSentence(issue));
    return detail.isEmpty() ? line : QStringLiteral("%1 (%2)").arg(line, detail);
}

} // namespace haul
