#pragma once

#include <QIcon>
#include <QStringView>

namespace haul {

/// Makes the icons compiled into the haulapp static library available (Q_INIT_RESOURCE).
/// Called by MainWindow; safe to call more than once.
void initResources();

/// One of Haul's own SVG icons (resources/icons/<name>.svg), e.g. icon(u"upload").
QIcon icon(QStringView name);

} // namespace haul
