#pragma once

#include <QString>

class QCoreApplication;

namespace haul {

/// Loads Haul's translation for the system locale (and Qt's own), falling back to English,
/// whose only job is the plural forms ("1 file", "3 files"). `language` ("de", "fr", …: the
/// Settings dialog's choice, Preferences::language) overrides the system locale; empty follows
/// it. Safe to call more than once (only the first call counts).
void installTranslators(QCoreApplication *app, const QString &language = {});

} // namespace haul
