#include "provider_simulator.h"

#include "demo_data.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDebug>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lance::engine {

namespace {

// splitmix64: small, fast, and the same on every platform, unlike the
// standard library's distributions.
quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

double unit(quint64 &state)
{
    return double(splitmix(state) >> 11) * (1.0 / 9007199254740992.0);
}

} // namespace

const QStringList &ProviderSimulator::providerNames()
{
    static const QStringList names{QStringLiteral("Atlas"), QStringLiteral("Beacon"),
                                   QStringLiteral("Cobalt")};
    return names;
}

ProviderSimulator::Plan ProviderSimulator::plan(const EngineConfig &config, const QString &personId,
                                                ContactField field, int attempt)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(personId.toUtf8());
    h.addData(fieldName(field).toUtf8());
    const QByteArray digest = h.result();
    quint64 state = config.seed * 0x100000001B3ULL;
    for (int i = 0; i < 8; ++i)
        state ^= quint64(quint8(digest[i])) << (8 * i);
    state += quint64(attempt) * 0xD1B54A32D192ED03ULL;

    const int providers = int(providerNames().size());
    const double hitRate =
        field == ContactField::Emails ? config.hitRateEmails : config.hitRatePhones;
    // Each provider finds with the same chance p, chosen so that the whole
    // waterfall finds with the configured hit rate: 1 - (1 - p)^n = hitRate.
    const double perProvider = 1.0 - std::pow(1.0 - hitRate, 1.0 / providers);
    const int span = config.latencyMaxMs - config.latencyMinMs;

    Plan p;
    p.variant = splitmix(state);
    // A failed enrichment is one whose waterfall hit a provider error before
    // any provider found data, at a stage drawn uniformly; so exactly the
    // failure rate fail, and the hit rate applies to the rest.
    const int failAt = unit(state) < config.failureRate ? int(splitmix(state) % providers) : -1;
    for (int i = 0; i < providers; ++i) {
        // One call's latency is a share of the configured range, so a full
        // waterfall lands within MIN..MAX.
        const double latency = (config.latencyMinMs + unit(state) * span) / providers;
        p.latencyMs += int(std::lround(latency));
        p.providerIndex = i;
        if (i == failAt) {
            p.kind = ProviderOutcome::Failed;
            return p;
        }
        if (failAt < 0 && unit(state) < perProvider) {
            p.kind = ProviderOutcome::Found;
            return p;
        }
    }
    p.kind = ProviderOutcome::NotFound;
    return p;
}

ProviderSimulator::ProviderSimulator(Store &store, EnrichmentService &service,
                                     const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_service(service)
    , m_config(config)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ProviderSimulator::onTimer);
}

void ProviderSimulator::submit(const QList<ProviderJob> &jobs)
{
    for (const ProviderJob &job : jobs)
        m_queue.enqueue(job);
    startQueued();
    arm();
}

void ProviderSimulator::startQueued()
{
    const qint64 now = m_clock.elapsed();
    while (!m_queue.isEmpty() && int(m_inFlight.size()) < m_config.maxInFlight) {
        ProviderJob job = m_queue.dequeue();
        // Cancelled or timed out while queued: a provider call for it would
        // only keep live work waiting behind it.
        if (!m_service.isPending(job.enrichmentId))
            continue;
        Call call{now, job, {}};
        if (job.cachedGlobalId.isEmpty()) {
            call.plan = plan(m_config, job.personId, job.field, job.attempt);
            call.dueMs = now + call.plan.latencyMs;
        } else {
            // Served from the global cache: no provider is called.
            call.plan.kind = ProviderOutcome::Found;
        }
        m_inFlight.push_back(call);
        std::push_heap(m_inFlight.begin(), m_inFlight.end(), std::greater<>());
    }
}

void ProviderSimulator::arm()
{
    if (m_inFlight.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_inFlight.front().dueMs - m_clock.elapsed());
    m_timer.start(int(std::min<qint64>(wait, 60'000)));
}

void ProviderSimulator::onTimer()
{
    const qint64 now = m_clock.elapsed();
    QList<ProviderOutcome> outcomes;
    while (!m_inFlight.empty() && m_inFlight.front().dueMs <= now) {
        std::pop_heap(m_inFlight.begin(), m_inFlight.end(), std::greater<>());
        const Call call = m_inFlight.back();
        m_inFlight.pop_back();

        ProviderOutcome o;
        o.enrichmentId = call.job.enrichmentId;
        o.kind = call.plan.kind;
        o.provider = providerNames().at(call.plan.providerIndex);
        if (!call.job.cachedGlobalId.isEmpty()) {
            o.value = call.job.cachedValue;
            o.globalId = call.job.cachedGlobalId;
            o.provider = QStringLiteral("cache");
        } else if (o.kind == ProviderOutcome::Failed) {
            o.error = QStringLiteral("Provider %1 unavailable").arg(o.provider);
        } else if (o.kind == ProviderOutcome::Found) {
            LeadIdentity who;
            if (!m_store.identity(call.job.personId, &who)) {
                o.kind = ProviderOutcome::Failed;
                o.error = QStringLiteral("Lead not found");
            } else if (call.job.field == ContactField::Emails) {
                o.value =
                    demoEmailFor(who.firstName, who.lastName, who.companyDomain, call.plan.variant);
            } else {
                o.value = demoPhoneFor(who.country, call.plan.variant);
            }
        }
        outcomes << o;
    }
    if (!outcomes.isEmpty()) {
        QString error;
        if (!m_service.applyOutcomes(outcomes, &error)) {
            // The jobs stay pending in the database; the sweep times them out
            // and a restart resumes them, so nothing is charged wrongly.
            qWarning().noquote() << "lance-engine: cannot record provider results:" << error;
        }
    }
    startQueued();
    arm();
}

} // namespace lance::engine
