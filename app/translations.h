#pragma once

class QCoreApplication;

namespace haul {

/// Loads Haul's translation for the system locale (and Qt's own), falling back to English,
/// whose only job is the plural forms ("1 file", "3 files"). Safe to call more than once.
void installTranslators(QCoreApplication *app);

} // namespace haul
