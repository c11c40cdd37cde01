#pragma once

#include <vector>

#include <QObject>

class QNetworkAccessManager;

namespace haul {

/// A pool of QNetworkAccessManager "lanes". Qt 6.4 opens at most 6 connections per host per
/// manager, and each manager runs its HTTP work in a thread of its own, so reaching the
/// configured concurrency takes several. Lives in the engine thread; hands out the lane with the
/// fewest requests in flight.
class LanePool : public QObject {
    Q_OBJECT
public:
    static constexpr int ConnectionsPerLane = 6;

    explicit LanePool(int maxConnections, QObject *parent = nullptr);
    ~LanePool() override;

    /// Grows (never shrinks while requests run) to cover maxConnections.
    void setMaxConnections(int maxConnections);
    int laneCount() const { return int(m_lanes.size()); }

    /// The least busy lane; call release() with it when the request ends.
    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *lane);

private:
    struct Lane {
        QNetworkAccessManager *manager;
        int inFlight;
    };
    std::vector<Lane> m_lanes;
};

} // namespace haul
