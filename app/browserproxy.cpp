#include "browserproxy.h"

#include "browsermodel.h"

namespace haul {

BrowserProxy::BrowserProxy(BrowserModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(BrowserModel::SortRole); // for anyone sorting by role; lessThan() does not need it
}

bool BrowserProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const BrowserModel::Entry &a = m_source->entry(left.row());
    const BrowserModel::Entry &b = m_source->entry(right.row());
    const bool aFolder = a.kind != BrowserModel::Kind::Object;
    const bool bFolder = b.kind != BrowserModel::Kind::Object;
    switch (left.column()) {
    case BrowserModel::Size:
        if (aFolder != bFolder)
            return aFolder;
        if (a.size != b.size)
            return a.size < b.size;
        break;
    case BrowserModel::Modified:
        if (aFolder != bFolder)
            return aFolder;
        if (a.modified != b.modified)
            return a.modified < b.modified;
        break;
    default:
        break;
    }
    return a.sortName < b.sortName; // folders first, then by name
}

void BrowserProxy::setNameFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool BrowserProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_text.isEmpty() || m_source->entry(sourceRow).name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace haul
