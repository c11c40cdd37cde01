#include "partbaraccessible.h"

#include <utility>

#include <QAccessibleValueInterface>
#include <QAccessibleWidget>
#include <QCoreApplication>

#include "partbar.h"

namespace haul {
namespace {

struct PartText {
    Q_DECLARE_TR_FUNCTIONS(PartBar)
};

/// PartBar as a progress bar: value = parts done, maximum = all parts.
class PartBarAccessible : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit PartBarAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::ProgressBar)
    {
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            return PartText::tr("Parts of the selected transfer");
        if (t == QAccessible::Description || t == QAccessible::Value)
            return partsDescription(bar()->parts());
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override { return countParts(bar()->parts()).done; }
    void setCurrentValue(const QVariant &) override {}
    QVariant maximumValue() const override { return countParts(bar()->parts()).total; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    const PartBar *bar() const { return static_cast<const PartBar *>(widget()); }
};

AccessibleAnnouncer g_announcer = &QAccessible::updateAccessibility;

QAccessibleInterface *partBarFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("haul::PartBar") && object && object->isWidgetType())
        return new PartBarAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

} // namespace

PartCounts countParts(const PartsSnapshot &parts)
{
    PartCounts c;
    c.total = int(parts.states.size());
    for (PartState s : parts.states) {
        c.done += s == PartState::Done;
        c.sending += s == PartState::Sending;
        c.retrying += s == PartState::Retrying;
        c.failed += s == PartState::Failed;
    }
    return c;
}

QString partsDescription(const PartsSnapshot &parts)
{
    const PartCounts c = countParts(parts);
    if (c.total == 0)
        return PartText::tr("No parts to show");
    QStringList words{PartText::tr("%1 of %n part(s) done", nullptr, c.total).arg(c.done)};
    if (c.sending > 0)
        words << PartText::tr("%n being sent", nullptr, c.sending);
    if (c.retrying > 0)
        words << PartText::tr("%n being retried", nullptr, c.retrying);
    if (c.failed > 0)
        words << PartText::tr("%n failed", nullptr, c.failed);
    return words.join(PartText::tr(", ", "between the parts of a description"));
}

void installPartBarAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(partBarFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void announcePartBar(PartBar *bar, const PartsSnapshot &before)
{
    if (!bar->isVisible())
        return; // as QProgressBar: a hidden bar announces nothing
    const PartsSnapshot &now = bar->parts();
    const int done = countParts(now).done;
    if (done != countParts(before).done || now.id != before.id) {
        QAccessibleValueChangeEvent event(bar, done);
        g_announcer(&event);
    }
    if (partsDescription(now) != partsDescription(before)) {
        QAccessibleEvent event(bar, QAccessible::DescriptionChanged);
        g_announcer(&event);
    }
}

AccessibleAnnouncer setPartBarAnnouncer(AccessibleAnnouncer announcer)
{
    return std::exchange(g_announcer, announcer ? announcer : &QAccessible::updateAccessibility);
}

} // namespace haul
