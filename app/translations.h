#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace haul {

/// Languages Haul is translated into ("en" holds only the English plural forms), as stored in
/// Preferences::language. The .ts files are translations/haul_<code>.ts.
QStringList translatedLanguages();

/// The locale Haul speaks and formats numbers and dates in: `language` ("de", "fr", …: the
/// Settings dialog's override) or, when it is empty, `system` (the desktop's locale). An override
/// in the system's own language keeps the system locale (de_AT stays de_AT for "de").
QLocale chooseLocale(const QString &language, const QLocale &system = QLocale::system());

/// Installs Haul's translation and Qt's own (qtbase: dialog buttons, …) for
/// chooseLocale(language); an override also becomes the default QLocale, so sizes, speeds,
/// times and dates are written for the language the window speaks (following the system again
/// after an override restores the system's locale as the default). A language Haul has no translation for falls back to
/// English (plural forms: "1 file", "3 files"); a missing qtbase file leaves Qt's strings in
/// English. Replaces the translators of an earlier call; calling again with the same language
/// does nothing. Returns the language Haul's strings are now in ("de", …, "en").
QString installTranslators(QCoreApplication *app, const QString &language = {});

} // namespace haul
