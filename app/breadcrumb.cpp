#include "breadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "icons.h"

namespace haul {

Breadcrumb::Breadcrumb(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    setLocation({}, {});
}

void Breadcrumb::setLocation(const QString &bucket, const QString &prefix)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    addButton(tr("All buckets"), {}, {}, bucket.isEmpty());
    if (!bucket.isEmpty()) {
        addSeparator();
        addButton(bucket, bucket, {}, prefix.isEmpty());
    }
    // Every "/" ends a folder, even an empty-named one ("a//b" lies in "a/" then "a//", shown "/").
    QStringList folders = prefix.split(QLatin1Char('/'));
    if (folders.constLast().isEmpty())
        folders.removeLast(); // what follows the prefix's last "/"
    QString path;
    for (qsizetype i = 0; i < folders.size(); ++i) {
        path += folders.at(i) + QLatin1Char('/');
        addSeparator();
        addButton(folders.at(i).isEmpty() ? QStringLiteral("/") : folders.at(i), bucket, path, i == folders.size() - 1);
    }
    m_layout->addStretch(1);
}

QStringList Breadcrumb::texts() const
{
    QStringList result;
    for (const QToolButton *button : findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
        result.append(button->text());
    return result;
}

void Breadcrumb::addButton(const QString &text, const QString &bucket, const QString &prefix, bool current)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    if (bucket.isEmpty())
        button->setIcon(icon(u"account"));
    else if (prefix.isEmpty())
        button->setIcon(icon(u"bucket"));
    else
        button->setIcon(icon(u"folder"));
    if (current) {
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
    connect(button, &QToolButton::clicked, this, [this, bucket, prefix] {
        Q_EMIT locationClicked(bucket, prefix);
    });
    m_layout->addWidget(button);
}

void Breadcrumb::addSeparator()
{
    auto *label = new QLabel(QStringLiteral("›"), this);
    label->setContentsMargins(2, 0, 2, 0);
    label->setEnabled(false);
    m_layout->addWidget(label);
}

} // namespace haul
