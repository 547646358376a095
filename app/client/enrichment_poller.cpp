#include "enrichment_poller.h"

#include "backoff.h"

#include "lance_client.h"
#include "pending_store.h"

namespace lance {

EnrichmentPoller::EnrichmentPoller(LanceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EnrichmentPoller::cycle);
}

void EnrichmentPoller::setStore(PendingStore *store)
{
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (store) {
        connect(store, &PendingStore::loaded, this, &EnrichmentPoller::track);
        store->load();
    }
}

void EnrichmentPoller::track(const QList<Enrichment> &enrichments)
{
    const int before = pendingCount();
    QList<Enrichment> added;
    for (const Enrichment &e : enrichments) {
        if (e.status == EnrichmentStatus::Pending) {
            m_pending.insert(enrichmentKey(e.entityId, e.field), e);
            added.append(e);
        }
    }
    if (m_store)
        m_store->save(added);
    if (pendingCount() == before)
        return;
    emit pendingCountChanged(pendingCount());
    // New work: look soon, unless a failed server asked us to wait.
    m_intervalMs = m_intervals.fastMs;
    if (!m_offline && m_outstanding == 0 && (m_scheduledMs < 0 || nextPollInMs() > m_intervalMs))
        schedule(m_intervalMs);
}

void EnrichmentPoller::clear()
{
    m_timer.stop();
    m_scheduledMs = -1;
    m_failures = 0;
    const bool hadWork = !m_pending.isEmpty();
    m_pending.clear();
    if (m_offline) {
        m_offline = false;
        emit offlineChanged(false, 0);
    }
    if (hadWork)
        emit pendingCountChanged(0);
}

void EnrichmentPoller::untrack(const QString &personId, ContactField field)
{
    const auto it = m_pending.constFind(enrichmentKey(personId, field));
    if (it == m_pending.constEnd())
        return;
    if (m_store)
        m_store->remove({*it});
    m_pending.erase(it);
    emit pendingCountChanged(pendingCount());
}

int EnrichmentPoller::nextPollInMs() const
{
    if (!m_timer.isActive())
        return -1;
    return int(qMax<qint64>(0, m_scheduledMs - m_scheduledAt.elapsed()));
}

void EnrichmentPoller::pollNow()
{
    if (m_outstanding == 0)
        schedule(0);
}

void EnrichmentPoller::schedule(int ms)
{
    m_scheduledMs = ms;
    m_scheduledAt.start();
    m_timer.start(ms);
}

void EnrichmentPoller::cycle()
{
    m_timer.stop();
    if (m_pending.isEmpty()) {
        m_scheduledMs = -1; // nothing to ask about: no requests at all
        return;
    }
    m_changed.clear();
    m_cycleFailed = false;
    m_retryAfterS = 0;
    const QList<Enrichment> tracked = m_pending.values();
    if (m_singleRequests) {
        m_outstanding = int(tracked.size());
        for (const Enrichment &e : tracked) {
            m_client->enrichment(e.entityId, e.field, this,
                                 [this](const Result<std::optional<Enrichment>> &r) {
                                     if (!r.ok())
                                         fail(*r.error);
                                     else if (r.value->has_value())
                                         merge({r.value->value()});
                                     finishCycle();
                                 });
        }
        return;
    }
    m_outstanding = int((tracked.size() + kMaxTasksPerRequest - 1) / kMaxTasksPerRequest);
    for (int i = 0; i < tracked.size(); i += kMaxTasksPerRequest) {
        QList<QPair<QString, ContactField>> tasks;
        for (const Enrichment &e : tracked.mid(i, kMaxTasksPerRequest))
            tasks.append({e.entityId, e.field});
        m_client->queryEnrichments(tasks, this, [this](const Result<LanceClient::Enrichments> &r) {
            if (!r.ok())
                fail(*r.error);
            else
                merge(*r.value);
            finishCycle();
        });
    }
}

void EnrichmentPoller::merge(const QList<Enrichment> &answers)
{
    for (const Enrichment &e : answers) {
        auto it = m_pending.find(enrichmentKey(e.entityId, e.field));
        if (it == m_pending.end())
            continue; // untracked meanwhile
        // A newer enrichment (say, after a cancel elsewhere) replaces the
        // tracked one; the same one matters only when its status moved.
        if (it->id == e.id && it->status == e.status)
            continue;
        m_changed.append(e);
        if (e.status == EnrichmentStatus::Pending)
            *it = e;
        else
            m_pending.erase(it);
    }
}

void EnrichmentPoller::fail(const ClientError &error)
{
    // A server without batch/query: ask one task at a time from now on.
    if (!m_singleRequests && error.kind == ClientError::Kind::Api && error.httpStatus == 404 &&
        error.api.code == QLatin1String(ApiError::NotFound)) {
        m_singleRequests = true;
    }
    m_cycleFailed = true;
    m_retryAfterS = qMax(m_retryAfterS, error.retryAfterS);
}

void EnrichmentPoller::finishCycle()
{
    if (--m_outstanding > 0)
        return;
    // What did arrive is reported even when part of the cycle failed.
    if (m_store) {
        QList<Enrichment> finished;
        for (const Enrichment &e : m_changed)
            if (e.status != EnrichmentStatus::Pending)
                finished.append(e);
        m_store->remove(finished);
    }
    if (!m_changed.isEmpty()) {
        emit enrichmentsUpdated(m_changed);
        emit pendingCountChanged(pendingCount());
    }
    emit cycleFinished(!m_cycleFailed);
    if (m_cycleFailed && m_singleRequests && m_failures == 0 && m_changed.isEmpty()) {
        // Just learned to ask one by one: do so at once, not after a backoff.
        ++m_failures;
        schedule(0);
        return;
    }
    if (m_cycleFailed) {
        ++m_failures;
        const int delay = retryDelayMs(m_failures, m_intervals.backoffBaseMs,
                                       m_intervals.backoffMaxMs, m_retryAfterS);
        // Emitted on every failed cycle: the countdown the UI shows changes.
        m_offline = true;
        emit offlineChanged(true, (delay + 999) / 1000);
        schedule(delay);
        return;
    }
    m_failures = 0;
    if (m_offline) {
        m_offline = false;
        emit offlineChanged(false, 0);
    }
    if (m_pending.isEmpty()) {
        m_scheduledMs = -1;
        return;
    }
    m_intervalMs = m_changed.isEmpty()
                       ? qMin(m_intervals.slowMs,
                              int(qMax(m_intervalMs, m_intervals.fastMs) * m_intervals.growth))
                       : m_intervals.fastMs;
    schedule(m_intervalMs);
}

} // namespace lance
