#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace haul {

namespace {

const QString kHaulDir = QStringLiteral(":/haul/i18n");

struct Installed {
    QPointer<QTranslator> haul;
    QPointer<QTranslator> qt;
    QString request; ///< the `language` argument they were installed for
    QString result;  ///< the language Haul's strings are in
};

Installed &installed()
{
    static Installed state;
    return state;
}

void removeInstalled()
{
    for (QTranslator *t : {installed().haul.data(), installed().qt.data()}) {
        if (!t)
            continue;
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

/// Loads Haul's translation for `locale` (its uiLanguages, best first), else English.
QTranslator *loadHaul(const QLocale &locale, QObject *parent)
{
    auto *haul = new QTranslator(parent);
    if (haul->load(locale, QStringLiteral("haul"), QStringLiteral("_"), kHaulDir)
        || haul->load(QStringLiteral("haul_en"), kHaulDir))
        return haul;
    delete haul;
    return nullptr;
}

} // namespace

QStringList translatedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QLocale chooseLocale(const QString &language, const QLocale &system)
{
    if (language.isEmpty())
        return system;
    const QLocale wanted(language);
    return wanted.language() == system.language() ? system : wanted;
}

QString installTranslators(QCoreApplication *app, const QString &language)
{
    Installed &state = installed();
    if (state.haul && state.request == language)
        return state.result;
    const bool wasOverridden = state.haul && !state.request.isEmpty();
    removeInstalled();
    const QLocale locale = chooseLocale(language);
    if (!language.isEmpty() || wasOverridden)
        QLocale::setDefault(locale); // the system's locale is the default unless a test chose one
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    state.qt = qt;
    state.haul = loadHaul(locale, app);
    state.request = language;
    state.result = QStringLiteral("en");
    if (state.haul) {
        QCoreApplication::installTranslator(state.haul);
        state.result = QLocale(state.haul->language()).name().section(QLatin1Char('_'), 0, 0);
    }
    return state.result;
}

} // namespace haul
