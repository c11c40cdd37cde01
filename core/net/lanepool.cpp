#include "lanepool.h"

#include <algorithm>

#include <QNetworkAccessManager>

namespace haul {

LanePool::LanePool(int maxConnections, QObject *parent)
    : QObject(parent)
{
    setMaxConnections(maxConnections);
}

LanePool::~LanePool() = default; // the managers are children

void LanePool::setMaxConnections(int maxConnections)
{
    const int wanted = std::max(1, (maxConnections + ConnectionsPerLane - 1) / ConnectionsPerLane);
    while (int(m_lanes.size()) < wanted) {
        auto *manager = new QNetworkAccessManager(this);
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        m_lanes.push_back({manager, 0});
    }
}

QNetworkAccessManager *LanePool::acquire()
{
    auto it = std::min_element(m_lanes.begin(), m_lanes.end(),
                               [](const Lane &a, const Lane &b) { return a.inFlight < b.inFlight; });
    ++it->inFlight;
    return it->manager;
}

void LanePool::release(QNetworkAccessManager *lane)
{
    for (Lane &l : m_lanes) {
        if (l.manager == lane) {
            --l.inFlight;
            return;
        }
    }
}

} // namespace haul
