#pragma once

#include "core/Result.h"
#include "vsphere/Inventory.h"
#include "vsphere/VsphereClient.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace lifeboat::vsphere {

// The inventory kept current through the PropertyCollector's change feed: a collector and
// filter of its own over a container view of the whole tree, polled with WaitForUpdatesEx
// (maxWaitSeconds 0, so a poll never blocks). The first refresh transfers everything (the
// server's "enter" for every object); later ones only the objects that entered, changed or
// left since, which are applied to the inventory kept here.
//
// The collector, its filter and the version token belong to one server session, so the
// token lives in memory with the feed and is never stored: a new session starts over. When
// the feed cannot go on (the session was signed in again, the server refuses the version
// with InvalidCollectorVersion, the collector is gone) refresh() fails with
// "vsphere.feed_reset" and forgets its state; the caller reads the inventory in full
// (VsphereClient::listInventory) and the next refresh() starts a new feed.
class InventoryFeed : public std::enable_shared_from_this<InventoryFeed>
{
public:
    // `client` must be signed in; the feed signs it out when it goes away.
    static std::shared_ptr<InventoryFeed> create(std::shared_ptr<VsphereClient> client);
    ~InventoryFeed();
    InventoryFeed(const InventoryFeed&) = delete;
    InventoryFeed& operator=(const InventoryFeed&) = delete;

    // Signs in to an endpoint with a client of its own and makes a feed on it.
    static void open(const QUrl& sdkUrl, const QString& pinnedSha256, const QString& user,
                     const QString& password,
                     std::function<void(Result<std::shared_ptr<InventoryFeed>>)> done);

    // The inventory as it is now on the server.
    void refresh(std::function<void(Result<Inventory>)> done);

    struct Stats
    {
        bool incremental = false; // false: the feed (re)started and read everything
        int objects = 0;          // object updates in the replies
        int distinctObjects = 0;  // the objects they concern (vcsim sends one update per change)
        int entered = 0;
        int modified = 0;
        int left = 0;
        qint64 replyBytes = 0; // SOAP bodies received
    };
    const Stats& lastRefresh() const { return m_stats; }
    bool isStarted() const { return !m_state.version.isEmpty(); }
    VsphereClient& client() const { return *m_client; }

    // What a feed knows between polls; public with applyUpdates for tests with vCenter-shaped
    // replies (vcsim never sends some of what vCenter does: removals, truncated sets).
    struct State
    {
        QString version;
        Inventory inventory;
        QHash<QString, QStringList> datastoresOfDatacenter; // to name a VM's datacenter
        QSet<QString> touched;                              // the objects of this refresh's updates
    };
    // Applies one WaitForUpdatesEx reply to `state`, counting into `stats`; false when it is
    // not one. `truncated`: the server has more for the same version.
    static bool applyUpdates(const QByteArray& reply, State& state, Stats& stats, bool& truncated);

private:
    explicit InventoryFeed(std::shared_ptr<VsphereClient> client);
    void start(std::function<void(Result<Inventory>)> done);
    // Creates the view and the filter of the VMs (then of the containers).
    void watch(bool vms, std::function<void(Result<Inventory>)> done);
    void poll(std::function<void(Result<Inventory>)> done);
    void reset();
    Error resetError(const QString& why);

    std::shared_ptr<VsphereClient> m_client;
    QString m_sessionKey; // the session the collector belongs to
    QString m_collector;
    QStringList m_views;
    State m_state;
    Stats m_stats;
    QVector<std::function<void(Result<Inventory>)>> m_waiting;
};

} // namespace lifeboat::vsphere
