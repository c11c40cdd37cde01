#pragma once

#include <QImage>
#include <QWidget>

#include "engine/snapshot.h"

namespace haul {

/// The colour of a part in the per-part bar. Sending parts show `partColor(Sending)` for the
/// bytes sent and sendingBacklogColor() for the rest of the part.
QColor partColor(PartState state);
QColor sendingBacklogColor();
/// Drawn between parts when they are wide enough to tell apart.
QColor partSeparatorColor();

/// Renders the parts as a strip `width` pixels wide and one pixel high.
///
/// With fewer parts than pixels each part gets an equal run of columns (a separator column
/// between runs of 6 pixels or more; a sending part filled from the left by its fill). With more
/// parts than pixels each column stands for a group of parts: red if any failed, else orange if
/// any is retrying, else blue if any is being sent, else a blend of waiting and done by the
/// share of parts done.
QImage renderPartStrip(const PartsSnapshot &parts, int width);

/// A segmented bar for one transfer's parts (TransferManager::partsUpdated), painted from a
/// cached image that is rebuilt only when the parts or the width change and the bar is visible.
class PartBar : public QWidget {
    Q_OBJECT
public:
    explicit PartBar(QWidget *parent = nullptr);

    /// Shows these parts; ignored unless the id matches the transfer set by setTransfer().
    void setParts(const haul::PartsSnapshot &parts);
    /// Which transfer the bar is for (0: none: the bar is empty).
    void setTransfer(TransferId id);
    TransferId transfer() const { return m_parts.id; }
    const PartsSnapshot &parts() const { return m_parts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    PartsSnapshot m_parts;
    QImage m_cache;
    bool m_dirty = true;
};

} // namespace haul
