#pragma once

#include <QWidget>

class QHBoxLayout;

namespace haul {

/// The path being shown as clickable buttons: "All buckets › bucket › folder › sub".
/// Clicking one emits locationClicked with the bucket and prefix it stands for.
class Breadcrumb : public QWidget {
    Q_OBJECT
public:
    explicit Breadcrumb(QWidget *parent = nullptr);

    /// Shows this location (empty bucket: the bucket list).
    void setLocation(const QString &bucket, const QString &prefix);
    /// The buttons' texts, for tests.
    QStringList texts() const;

Q_SIGNALS:
    void locationClicked(const QString &bucket, const QString &prefix);

private:
    void addButton(const QString &text, const QString &bucket, const QString &prefix, bool current);
    void addSeparator();

    QHBoxLayout *m_layout;
};

} // namespace haul
