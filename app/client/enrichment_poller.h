#pragma once

#include "api_limits.h"
#include "enrichment.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace lance {

class LanceClient;
class PendingStore;
struct ClientError;

// Keeps every (person, field) that is still pending and asks the server
// about all of them once per cycle: batch/query in chunks of at most 200,
// answers merged, then one enrichmentsUpdated() with only what changed. The
// interval is short right after new work arrives and grows while nothing
// changes; with nothing pending there are no requests at all. Failures back
// off with jitter (at least the server's Retry-After) and show as offline
// until a cycle succeeds. Servers without batch/query get one GET per task.
class EnrichmentPoller : public QObject
{
    Q_OBJECT
public:
    struct Intervals
    {
        int fastMs = 750;    // right after a submission or a change
        int slowMs = 10000;  // ceiling while work stays pending
        double growth = 1.5; // per cycle without changes
        int backoffBaseMs = 1000;
        int backoffMaxMs = 30000;
    };
    static constexpr int kMaxTasksPerRequest = api::kMaxQueryTasks;

    explicit EnrichmentPoller(LanceClient *client, QObject *parent = nullptr);
    void setIntervals(const Intervals &intervals) { m_intervals = intervals; }
    // Keeps the tracked set in `store` and resumes what it holds: an app
    // restarted mid-enrichment goes on tracking where it was.
    // nullptr stops keeping it (the connection changed).
    void setStore(PendingStore *store);
    // Forgets every tracked enrichment, without touching the store: they
    // belong to a server this app no longer talks to, and are resumed when
    // it connects there again.
    void clear();

    // Starts tracking the pending ones; the others are final already.
    void track(const QList<Enrichment> &enrichments);
    void untrack(const QString &personId, ContactField field);
    int pendingCount() const { return int(m_pending.size()); }
    bool isOffline() const { return m_offline; }
    bool usesSingleRequests() const { return m_singleRequests; }
    // Milliseconds to the next cycle, -1 when none is planned.
    int nextPollInMs() const;
    void pollNow();

signals:
    // Once per cycle, only enrichments whose status or data changed.
    void enrichmentsUpdated(const QList<lance::Enrichment> &changed);
    // Offline after a failed cycle, with the seconds until the next try.
    void offlineChanged(bool offline, int retryInSeconds);
    void pendingCountChanged(int pending);
    // After every cycle, changed or not: when the status was last confirmed
    // (the UI's "checked 3 s ago"), and where a benchmark stops its clock.
    void cycleFinished(bool succeeded);

private:
    using Key = QString; // enrichmentKey(): person id + field, cheap to hash
    void schedule(int ms);
    void cycle();
    void finishCycle();
    void merge(const QList<Enrichment> &answers);
    void fail(const ClientError &error);

    LanceClient *m_client;
    PendingStore *m_store = nullptr;
    Intervals m_intervals;
    QHash<Key, Enrichment> m_pending;
    QTimer m_timer;
    QElapsedTimer m_scheduledAt;
    int m_scheduledMs = -1;
    int m_intervalMs = 0;
    int m_failures = 0;
    bool m_offline = false;
    bool m_singleRequests = false;
    // The cycle in flight: requests still out, what changed, the first error.
    int m_outstanding = 0;
    QList<Enrichment> m_changed;
    bool m_cycleFailed = false;
    int m_retryAfterS = 0;
};

} // namespace lance
