#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QStringList>

#include "engine/snapshot.h"

namespace haul {

/// A place in a store: s3://bucket/key, where key may be a prefix ("folder/") or empty.
struct S3Location {
    QString bucket;
    QString key;
    bool operator==(const S3Location &) const = default;
};

/// Parses "s3://bucket", "s3://bucket/", "s3://bucket/key" or "s3://bucket/prefix/".
/// nullopt for anything else (another scheme, no bucket, white space or '\\' in the bucket).
std::optional<S3Location> parseS3Url(const QString &text);

/// What the command line asks for.
struct LaunchOptions {
    QStringList files;                  ///< to upload (as if dropped)
    QString account;                    ///< --account NAME (may be empty)
    std::optional<S3Location> toS3;     ///< --to s3://bucket/prefix/ (key always "" or ends in "/")
    QString toDir;                      ///< --to DIR, for --download
    std::optional<S3Location> download; ///< --download s3://bucket/key-or-prefix/
    /// --if-exists: a file already in the --to folder is left alone when identical (size and
    /// modification time) and else replaced (skip-identical, the default, as rclone copy and
    /// aws s3 sync do), always replaced (overwrite, as aws s3 cp), or always left alone (skip).
    WhenFileExists ifExists = WhenFileExists::SkipIdentical;
    bool followLinks = false;           ///< --follow-links: folders' links are followed (else the setting decides)
    bool quitWhenDone = false;
    QString screenshotFile;
    int screenshotAt = 50;              ///< percent of overall progress
    bool showHelp = false;
    bool showVersion = false;

    /// A command (files, a download, a picture or quitting when done), not a plain window start.
    bool scripted() const { return quitWhenDone || !screenshotFile.isEmpty() || !files.isEmpty() || download; }
};

/// Haul's command line: parsing (pure, no file system) and the help and version texts.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// Parses `arguments` (program name first). On error, a one-line message for stderr;
    /// the program then exits with status 2.
    static std::expected<LaunchOptions, QString> parse(const QStringList &arguments);
    /// Checks what parsing cannot: the files exist, --to DIR is a folder, the account exists
    /// (one of `accountNames`; with no --account and exactly one account, that one is used).
    static std::expected<LaunchOptions, QString> check(LaunchOptions options, const QStringList &accountNames);
    static QString helpText();
    static QString versionText();
};

/// Runs before QApplication exists: parses and checks the arguments with a QCoreApplication,
/// prints --help / --version / errors. Returns the exit status when the program should stop
/// (0 after help or version, 2 for bad arguments), else the options. Needs no display.
std::expected<LaunchOptions, int> preflight(int &argc, char **argv);

/// Sets the organisation and application names that settings and paths are derived from.
void setApplicationIdentity();

} // namespace haul
