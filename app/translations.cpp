#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace haul {

void installTranslators(QCoreApplication *app, const QString &language)
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *haul = new QTranslator(app);
    const QString dir = QStringLiteral(":/haul/i18n");
    if (haul->load(locale, QStringLiteral("haul"), QStringLiteral("_"), dir)
        || haul->load(QStringLiteral("haul_en"), dir))
        QCoreApplication::installTranslator(haul);
}

} // namespace haul
