#pragma once

#include <QObject>
#include <QString>

#include "creds/account.h"
#include "engine/snapshot.h"

class QSettings;

namespace haul {

struct EngineOptions;

/// What a download does when its destination file already exists.
enum class ExistingFile {
    Ask,              ///< an identical file is left alone; about a different one the window asks
                      ///< (Overwrite / Skip) while the rest of the queue goes on (the default)
    Overwrite,        ///< replace the file
    SkipIfIdentical,  ///< leave the file alone when size and modification time match, else replace it
};

/// The engine's policy for a preference.
WhenFileExists whenFileExists(ExistingFile preference);

/// The user's preferences, as the Settings dialog shows them. Plain values; AppSettings keeps
/// them in QSettings. Secrets are never part of them.
struct Preferences {
    static constexpr int AutomaticConnections = 16;

    int connections = 0;        ///< parallel connections over all transfers; 0: automatic
    int bandwidthMiBps = 0;     ///< MiB/s over all transfers (as the speed column counts); 0: none
    int partSizeMiB = 0;        ///< multipart part size; 0: automatic (8 MiB, grown as needed)
    ChecksumMode checksum = ChecksumMode::Auto; ///< preset of new accounts
    QString storageClass;       ///< for uploads (storageClasses()); empty: the store's default
    ExistingFile existingFile = ExistingFile::Ask;
    bool followLinks = false;   ///< folder uploads follow links inside the folder (loops are cut)
    bool notifications = true;  ///< desktop notifications (queue finished, transfer failed)
    QString language;           ///< "" follows the system; else "en", "de", "fr" or "es"
    bool trayWhileRunning = false; ///< start minimised to the tray while transfers run

    int effectiveConnections() const { return connections > 0 ? connections : AutomaticConnections; }
    qint64 bytesPerSecond() const { return qint64(bandwidthMiBps) << 20; }
    qint64 partSizeBytes() const { return qint64(partSizeMiB) << 20; }
    bool operator==(const Preferences &) const = default;
};

/// The QSettings keys, for other parts of Haul that read a preference directly (the download
/// engine's "what to do when a file exists", the translator's language).
namespace preferenceKeys {
inline QString existingFile() { return QStringLiteral("preferences/whenFileExists"); }
inline QString language() { return QStringLiteral("preferences/language"); }
} // namespace preferenceKeys

/// The stored names of ExistingFile: "ask", "overwrite", "skip-identical".
QString existingFileName(ExistingFile policy);
ExistingFile existingFileFromName(const QString &name);

/// Reads Preferences from the group "preferences"; missing or unknown values give the defaults.
Preferences loadPreferences(const QSettings &settings);
/// Writes them (and syncs). Nothing else in the file is touched. Fails when the file could not
/// be written (see syncSettings()).
Result<void> savePreferences(QSettings &settings, const Preferences &preferences);
/// Sets the engine options the preferences decide (connections, bandwidth, part size, what a
/// download does with an existing file).
void applyPreferences(const Preferences &preferences, EngineOptions &options);

/// The preferences of this run: read at start, changed by the Settings dialog, announced to
/// whoever applies them (the transfer limits, notifications, the tray).
class AppSettings : public QObject {
    Q_OBJECT
public:
    /// Works on `settings` (not owned); null keeps the preferences in memory only (tests).
    explicit AppSettings(QSettings *settings = nullptr, QObject *parent = nullptr);

    const Preferences &preferences() const { return m_preferences; }
    /// The QSettings file the preferences live in (null: memory only), for other saved lists
    /// such as the sync pairs.
    QSettings *store() const { return m_settings; }
    /// Stores new preferences; emits changed() when they differ from the current ones. They
    /// apply either way; the error says when the file could not be written (they are then
    /// written at a later sync that works, or lost when Haul ends first).
    Result<void> setPreferences(const Preferences &preferences);

Q_SIGNALS:
    void changed(const haul::Preferences &preferences);

private:
    QSettings *m_settings;
    Preferences m_preferences;
};

} // namespace haul
