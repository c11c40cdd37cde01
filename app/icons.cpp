#include "icons.h"

#include <QGuiApplication>
#include <QHash>
#include <QPalette>

static void initHaulResources()
{
    Q_INIT_RESOURCE(haul);
}

namespace haul {

void initResources()
{
    static const bool done = [] {
        initHaulResources();
        return true;
    }();
    Q_UNUSED(done);
}

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QIcon icon(QStringView name)
{
    initResources();
    static QHash<QString, QIcon> cache;
    const QString key = (darkPalette() ? QStringLiteral("dark/") : QString()) + name;
    auto it = cache.find(key);
    if (it == cache.end()) {
        QIcon made(QStringLiteral(":/haul/icons/%1.svg").arg(key));
        // item views draw a selected row's icon in Selected mode, on the highlight colour
        made.addFile(QStringLiteral(":/haul/icons/selected/%1.svg").arg(name), {}, QIcon::Selected);
        it = cache.insert(key, made);
    }
    return *it;
}

} // namespace haul
