#pragma once

#include <QString>

#include "engine/snapshot.h"

class QAccessibleEvent;

namespace haul {

class PartBar;

/// How many parts of a transfer are in each state.
struct PartCounts {
    int total = 0;
    int done = 0;
    int sending = 0;
    int retrying = 0;
    int failed = 0;
};
PartCounts countParts(const PartsSnapshot &parts);

/// The per-part bar in words, for screen readers (and anyone who cannot tell the colours
/// apart): "12 of 80 parts done, 4 being sent, 1 being retried".
QString partsDescription(const PartsSnapshot &parts);

/// Gives every PartBar an accessible interface with the progress-bar role whose value is the
/// number of parts done (of all parts) and whose description is partsDescription(). Called by
/// PartBar's constructor; installing twice does nothing.
void installPartBarAccessibility();

/// Tells assistive technology that the bar's parts changed: a value-changed event when the
/// number of parts done changed, a description-changed event when the words did.
void announcePartBar(PartBar *bar, const PartsSnapshot &before);

/// Where announcePartBar() sends its events: QAccessible::updateAccessibility unless a test
/// records them (Qt drops events when no screen reader is active, as offscreen). Returns the
/// previous one; nullptr restores the default.
using AccessibleAnnouncer = void (*)(QAccessibleEvent *event);
AccessibleAnnouncer setPartBarAnnouncer(AccessibleAnnouncer announcer);

} // namespace haul
