#include "appsettings.h"

#include <QSettings>

#include "engine/snapshot.h"
#include "state/savefile.h"
#include "transfermanager.h"

namespace haul {
namespace {

const QString kGroup = QStringLiteral("preferences");

QString checksumName(ChecksumMode mode)
{
    switch (mode) {
    case ChecksumMode::Crc32c: return QStringLiteral("crc32c");
    case ChecksumMode::Md5: return QStringLiteral("md5");
    case ChecksumMode::Off: return QStringLiteral("off");
    case ChecksumMode::Auto: break;
    }
    return QStringLiteral("auto");
}

ChecksumMode checksumFromName(const QString &name)
{
    if (name == QLatin1String("crc32c"))
        return ChecksumMode::Crc32c;
    if (name == QLatin1String("md5"))
        return ChecksumMode::Md5;
    if (name == QLatin1String("off"))
        return ChecksumMode::Off;
    return ChecksumMode::Auto;
}

int boundedInt(const QSettings &settings, const QString &key, int low, int high)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : 0;
}

const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};

} // namespace

QString existingFileName(ExistingFile policy)
{
    switch (policy) {
    case ExistingFile::Overwrite: return QStringLiteral("overwrite");
    case ExistingFile::SkipIfIdentical: return QStringLiteral("skip-identical");
    case ExistingFile::Ask: break;
    }
    return QStringLiteral("ask");
}

ExistingFile existingFileFromName(const QString &name)
{
    if (name == QLatin1String("overwrite"))
        return ExistingFile::Overwrite;
    if (name == QLatin1String("skip-identical"))
        return ExistingFile::SkipIfIdentical;
    return ExistingFile::Ask;
}

Preferences loadPreferences(const QSettings &settings)
{
    const auto key = [](const char *name) -> QString { return kGroup + QLatin1Char('/') + QLatin1String(name); };
    Preferences p;
    p.connections = boundedInt(settings, key("connections"), 1, 64);
    p.bandwidthMiBps = boundedInt(settings, key("bandwidthMiBps"), 1, 100000);
    p.partSizeMiB = boundedInt(settings, key("partSizeMiB"), 5, 5120);
    p.checksum = checksumFromName(settings.value(key("checksum")).toString());
    p.storageClass = settings.value(key("storageClass")).toString();
    if (!storageClasses().contains(p.storageClass))
        p.storageClass.clear();
    p.existingFile = existingFileFromName(settings.value(preferenceKeys::existingFile()).toString());
    p.followLinks = settings.value(key("followLinks"), false).toBool();
    p.notifications = settings.value(key("notifications"), true).toBool();
    p.language = settings.value(preferenceKeys::language()).toString();
    if (!kLanguages.contains(p.language))
        p.language.clear();
    p.trayWhileRunning = settings.value(key("trayWhileRunning"), false).toBool();
    return p;
}

Result<void> savePreferences(QSettings &settings, const Preferences &p)
{
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("connections"), p.connections);
    settings.setValue(QStringLiteral("bandwidthMiBps"), p.bandwidthMiBps);
    settings.setValue(QStringLiteral("partSizeMiB"), p.partSizeMiB);
    settings.setValue(QStringLiteral("checksum"), checksumName(p.checksum));
    settings.setValue(QStringLiteral("storageClass"), p.storageClass);
    settings.setValue(QStringLiteral("followLinks"), p.followLinks);
    settings.setValue(QStringLiteral("notifications"), p.notifications);
    settings.setValue(QStringLiteral("trayWhileRunning"), p.trayWhileRunning);
    settings.endGroup();
    settings.setValue(preferenceKeys::existingFile(), existingFileName(p.existingFile));
    settings.setValue(preferenceKeys::language(), p.language);
    return syncSettings(settings);
}

WhenFileExists whenFileExists(ExistingFile preference)
{
    switch (preference) {
    case ExistingFile::Overwrite: return WhenFileExists::Overwrite;
    case ExistingFile::SkipIfIdentical: return WhenFileExists::SkipIdentical;
    case ExistingFile::Ask: break;
    }
    return WhenFileExists::Ask;
}

void applyPreferences(const Preferences &p, EngineOptions &options)
{
    options.maxConnections = p.effectiveConnections();
    options.bytesPerSecond = p.bytesPerSecond();
    options.partSize = p.partSizeBytes();
    options.whenFileExists = whenFileExists(p.existingFile);
    options.storageClass = p.storageClass;
}

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_preferences(settings ? loadPreferences(*settings) : Preferences())
{
}

Result<void> AppSettings::setPreferences(const Preferences &preferences)
{
    const Result<void> saved = m_settings ? savePreferences(*m_settings, preferences) : Result<void>();
    if (preferences != m_preferences) {
        m_preferences = preferences;
        Q_EMIT changed(m_preferences);
    }
    return saved;
}

} // namespace haul
