#include "commandline.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSettings>

#include "accountregistry.h"
#include "appsettings.h"
#include "creds/accountstore.h"
#include "translations.h"

namespace haul {
namespace {

QCommandLineOption option(const QString &name, const QString &valueName = {})
{
    return valueName.isEmpty() ? QCommandLineOption(name) : QCommandLineOption(name, QString(), valueName);
}

/// "" stays "", "folder" becomes "folder/".
QString asPrefix(QString key)
{
    if (!key.isEmpty() && !key.endsWith(QLatin1Char('/')))
        key += QLatin1Char('/');
    return key;
}

std::expected<LaunchOptions, QString> fail(const QString &message)
{
    return std::unexpected(message);
}

/// --if-exists WHAT.
std::optional<WhenFileExists> parseIfExists(const QString &value)
{
    if (value == QLatin1String("skip-identical"))
        return WhenFileExists::SkipIdentical;
    if (value == QLatin1String("overwrite"))
        return WhenFileExists::Overwrite;
    if (value == QLatin1String("skip"))
        return WhenFileExists::Skip;
    return std::nullopt;
}

/// Reads --to into options; `to` is either an s3:// URL or a local folder.
std::expected<void, QString> readTo(const QString &to, LaunchOptions &options)
{
    if (to.isEmpty())
        return {};
    if (!to.startsWith(QLatin1String("s3:"), Qt::CaseInsensitive)) {
        options.toDir = to;
        return {};
    }
    std::optional<S3Location> location = parseS3Url(to);
    if (!location)
        return std::unexpected(CommandLine::tr("“%1” is not an S3 address. Write it as s3://bucket/folder/.").arg(to));
    location->key = asPrefix(location->key);
    options.toS3 = location;
    return {};
}

/// The rules between options that parsing alone cannot express.
std::expected<LaunchOptions, QString> checkCombination(LaunchOptions o)
{
    if (o.download && o.toDir.isEmpty())
        return fail(CommandLine::tr("--download needs --to FOLDER: the folder to save into."));
    if (o.download && !o.files.isEmpty())
        return fail(CommandLine::tr("Give either files to upload or --download, not both."));
    if (!o.files.isEmpty() && !o.toDir.isEmpty())
        return fail(CommandLine::tr("Files are uploaded to a bucket: use --to s3://bucket/folder/."));
    if (!o.toDir.isEmpty() && !o.download)
        return fail(CommandLine::tr("--to FOLDER is only used with --download."));
    if (o.followLinks && o.files.isEmpty())
        return fail(CommandLine::tr("--follow-links is for folders to upload: give them as FILES."));
    if (o.quitWhenDone && !o.download && o.files.isEmpty())
        return fail(CommandLine::tr("--quit-when-done needs files to upload or --download."));
    if (o.quitWhenDone && !o.files.isEmpty() && !o.toS3)
        return fail(CommandLine::tr("--quit-when-done needs --to s3://bucket/folder/ to know where the files go."));
    if (!o.screenshotFile.isEmpty() && (o.screenshotAt < 0 || o.screenshotAt > 100))
        return fail(CommandLine::tr("--screenshot-at takes a percentage from 0 to 100."));
    return o;
}

} // namespace

std::optional<S3Location> parseS3Url(const QString &text)
{
    static const QLatin1String scheme("s3://");
    if (!text.startsWith(scheme, Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = text.mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    S3Location location{rest.left(slash), slash < 0 ? QString() : rest.mid(slash + 1)};
    const bool badBucket = location.bucket.isEmpty() || location.bucket.contains(QLatin1Char('\\'))
        || std::any_of(location.bucket.cbegin(), location.bucket.cend(), [](QChar c) { return c.isSpace(); });
    if (badBucket)
        return std::nullopt;
    return location;
}

std::expected<LaunchOptions, QString> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    const QCommandLineOption version(QStringList{QStringLiteral("version"), QStringLiteral("v")});
    const auto account = option(QStringLiteral("account"), QStringLiteral("NAME"));
    const auto to = option(QStringLiteral("to"), QStringLiteral("DEST"));
    const auto download = option(QStringLiteral("download"), QStringLiteral("URL"));
    const auto quit = option(QStringLiteral("quit-when-done"));
    const auto shot = option(QStringLiteral("screenshot"), QStringLiteral("FILE"));
    const auto shotAt = option(QStringLiteral("screenshot-at"), QStringLiteral("PERCENT"));
    const auto ifExists = option(QStringLiteral("if-exists"), QStringLiteral("WHAT"));
    const auto followLinks = option(QStringLiteral("follow-links"));
    parser.addOptions({help, version, account, to, download, quit, shot, shotAt, ifExists, followLinks});
    if (!parser.parse(arguments))
        return fail(parser.errorText());

    LaunchOptions o;
    o.showHelp = parser.isSet(help);
    o.showVersion = parser.isSet(version);
    if (o.showHelp || o.showVersion)
        return o;
    o.files = parser.positionalArguments();
    o.account = parser.value(account);
    o.quitWhenDone = parser.isSet(quit);
    o.followLinks = parser.isSet(followLinks);
    if (parser.values(to).size() > 1 || parser.values(download).size() > 1)
        return fail(tr("Give --to and --download at most once each."));
    if (auto r = readTo(parser.value(to), o); !r)
        return fail(r.error());
    if (parser.isSet(download)) {
        o.download = parseS3Url(parser.value(download));
        if (!o.download)
            return fail(tr("“%1” is not an S3 address. Write it as s3://bucket/key or s3://bucket/folder/.")
                            .arg(parser.value(download)));
    }
    if (parser.isSet(ifExists)) {
        const auto policy = parseIfExists(parser.value(ifExists));
        if (!policy)
            return fail(tr("--if-exists takes skip-identical, overwrite or skip."));
        o.ifExists = *policy;
    }
    o.screenshotFile = parser.value(shot);
    if (parser.isSet(shotAt)) {
        bool ok = false;
        o.screenshotAt = parser.value(shotAt).toInt(&ok);
        if (!ok || o.screenshotFile.isEmpty())
            return fail(tr("--screenshot-at takes a percentage and goes with --screenshot FILE."));
    }
    return checkCombination(std::move(o));
}

std::expected<LaunchOptions, QString> CommandLine::check(LaunchOptions o, const QStringList &accountNames)
{
    for (QString &file : o.files) {
        const QFileInfo info(file);
        if (!info.exists() && file.contains(QChar::ReplacementCharacter)) // bytes that are not UTF-8
            return fail(tr("The name of “%1” is not valid text on this system, so Haul cannot open the file. Rename it, then try again.").arg(file));
        if (!info.exists())
            return fail(tr("The file “%1” does not exist.").arg(file));
        file = info.absoluteFilePath();
    }
    if (!o.toDir.isEmpty() && QFileInfo(o.toDir).exists() && !QFileInfo(o.toDir).isDir())
        return fail(tr("“%1” is a file, not a folder. Give --to the folder to save into.").arg(o.toDir));
    const bool needsAccount = o.toS3 || o.download;
    if (o.account.isEmpty() && needsAccount && accountNames.size() == 1)
        o.account = accountNames.first();
    if (o.account.isEmpty() && needsAccount)
        return fail(accountNames.isEmpty()
            ? tr("There is no account yet. Start Haul without arguments to add one, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY and use --account environment.")
            : tr("Name the account with --account (one of: %1).").arg(accountNames.join(QStringLiteral(", "))));
    if (!o.account.isEmpty() && !accountNames.contains(o.account))
        return fail(accountNames.isEmpty()
            ? tr("There is no account named “%1”.").arg(o.account)
            : tr("There is no account named “%1”. Known accounts: %2.").arg(o.account, accountNames.join(QStringLiteral(", "))));
    // A folder that is not there yet is made, as aws-cli and rclone do (once the rest is right).
    if (!o.toDir.isEmpty() && !QFileInfo(o.toDir).isDir() && !QDir().mkpath(o.toDir))
        return fail(tr("The folder “%1” cannot be made. Check the path, and that you may write there.").arg(o.toDir));
    return o;
}

QString CommandLine::versionText()
{
    return tr("Haul %1").arg(QStringLiteral(HAUL_VERSION));
}

QString CommandLine::helpText()
{
    return tr("Usage: haul [FILES…] [options]\n"
              "Moves large files to and from S3 storage, verified.\n\n"
              "  FILES…                        files or folders to upload (as if dropped on the window)\n"
              "  --account NAME                the account to use (\"environment\": the AWS_* variables)\n"
              "  --to s3://bucket/folder/      where FILES go\n"
              "  --download s3://bucket/key    download an object, or a whole folder (ending in /)\n"
              "  --to FOLDER                   where --download saves\n"
              "  --if-exists WHAT              a file already in FOLDER: skip-identical (default:\n"
              "                                keep it when size and time match, else replace it),\n"
              "                                overwrite, or skip (always keep it)\n"
              "  --follow-links                follow links inside folders to upload (default: skip\n"
              "                                them, or as the window's settings say)\n"
              "  --quit-when-done              exit when the queue is finished: status 0 if every\n"
              "                                transfer was verified, 1 if one failed (reasons on\n"
              "                                stderr), 3 if the store gave nothing to verify one\n"
              "                                against\n"
              "  --screenshot FILE             save a picture of the window …\n"
              "  --screenshot-at PERCENT       … once overall progress passes PERCENT (default 50)\n"
              "  --version                     print the version and exit\n"
              "  --help                        print this help and exit\n\n"
              "Bad arguments exit with status 2.\n")
        + tr("While another Haul runs for this user, a new one exits with status 4.\n");
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Haul"));
    QCoreApplication::setApplicationName(QStringLiteral("Haul"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HAUL_VERSION));
}

std::expected<LaunchOptions, int> preflight(int &argc, char **argv)
{
    QCoreApplication core(argc, argv);
    setApplicationIdentity();
    QSettings settings;
    // Help and errors in the language the window will speak (the Settings choice or the system's).
    installTranslators(&core, AppSettings(&settings).preferences().language);
    auto print = [](FILE *stream, const QString &text) {
        std::fputs(text.toLocal8Bit().constData(), stream);
        std::fflush(stream);
    };
    auto parsed = CommandLine::parse(QCoreApplication::arguments());
    if (parsed && (parsed->showHelp || parsed->showVersion)) {
        print(stdout, parsed->showHelp ? CommandLine::helpText() : CommandLine::versionText() + QLatin1Char('\n'));
        return std::unexpected(0);
    }
    AccountStore store(&settings);
    QStringList names;
    for (const Account &a : store.accounts())
        names.append(a.name);
    if (environmentAccount(QProcessEnvironment::systemEnvironment()) && !names.contains(AccountRegistry::environmentName()))
        names.append(AccountRegistry::environmentName());
    if (parsed)
        parsed = CommandLine::check(std::move(*parsed), names);
    if (!parsed) {
        print(stderr, CommandLine::tr("haul: %1\n").arg(parsed.error()));
        return std::unexpected(2);
    }
    return *parsed;
}

} // namespace haul
