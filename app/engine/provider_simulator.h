#pragma once

#include "enrichment_service.h"

#include <QElapsedTimer>
#include <QObject>
#include <QQueue>
#include <QTimer>

#include <vector>

namespace lance::engine {

class Store;

// A simulated waterfall of contact-data providers. Each job tries the
// providers in order; its latency, outcome and provider are a pure function
// of (engine seed, person, field, attempt), so runs are repeatable. At most
// `maxInFlight` provider calls run at once; the rest wait in order.
//
// A provider call is waiting, not computing, so the calls are timers on the
// engine thread rather than threads; outcomes that fall due together are
// committed in one transaction.
class ProviderSimulator : public QObject
{
    Q_OBJECT
public:
    ProviderSimulator(Store &store, EnrichmentService &service, const EngineConfig &config,
                      QObject *parent = nullptr);

    void submit(const QList<ProviderJob> &jobs);

    struct Plan
    {
        ProviderOutcome::Kind kind = ProviderOutcome::NotFound;
        int providerIndex = 0; // the provider that answered last
        int latencyMs = 0;
        quint64 variant = 0; // which plausible contact form
    };
    // Exposed for tests: the deterministic plan of one job.
    static Plan plan(const EngineConfig &config, const QString &personId, ContactField field,
                     int attempt);
    static const QStringList &providerNames();

private:
    struct Call
    {
        qint64 dueMs;
        ProviderJob job;
        Plan plan;
        bool operator>(const Call &o) const { return dueMs > o.dueMs; }
    };
    void startQueued();
    void onTimer();
    void arm();

    Store &m_store;
    EnrichmentService &m_service;
    const EngineConfig &m_config;
    QQueue<ProviderJob> m_queue;
    std::vector<Call> m_inFlight; // a min-heap on dueMs
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace lance::engine
