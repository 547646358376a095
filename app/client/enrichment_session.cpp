#include "enrichment_session.h"

#include "enrichment_poller.h"
#include "lance_client.h"
#include "pending_store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <memory>

namespace lance {

EnrichmentSession::EnrichmentSession(LanceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_poller(new EnrichmentPoller(client, this))
{
    qRegisterMetaType<lance::EnrichmentSession::Report>();
    qRegisterMetaType<lance::EnrichmentSession::Tally>();
    connect(m_poller, &EnrichmentPoller::enrichmentsUpdated, this, &EnrichmentSession::learn);
}

EnrichmentSession::~EnrichmentSession() = default;

void EnrichmentSession::setStore(PendingStore *store)
{
    // What an earlier run left pending counts as this run's work: the rep
    // sees it in the tally and can cancel it.
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (store)
        connect(store, &PendingStore::loaded, this, &EnrichmentSession::learn);
    m_poller->setStore(store);
}

void EnrichmentSession::reset()
{
    // A submission under way stops, and its answers (from the old server)
    // are dropped by generation.
    ++m_generation;
    if (m_submitting) {
        m_submitting = false;
        m_plan.clear();
    }
    m_poller->clear();
    m_known.clear();
    if (!(m_tally == Tally())) {
        m_tally = Tally();
        emit tallyChanged(m_tally);
    }
}

void EnrichmentSession::learn(const QList<Enrichment> &enrichments)
{
    if (enrichments.isEmpty())
        return;
    QList<Enrichment> changed;
    changed.reserve(enrichments.size());
    for (const Enrichment &e : enrichments) {
        auto it = m_known.find(enrichmentKey(e.entityId, e.field));
        if (it != m_known.end() && it->id == e.id && it->status == e.status &&
            it->dataFound == e.dataFound)
            continue;
        if (it == m_known.end())
            m_known.insert(enrichmentKey(e.entityId, e.field), e);
        else
            *it = e;
        changed.append(e);
    }
    if (changed.isEmpty())
        return;
    Tally t;
    for (const Enrichment &e : std::as_const(m_known)) {
        switch (e.status) {
        case EnrichmentStatus::Pending:
            ++t.pending;
            break;
        case EnrichmentStatus::Finished:
            ++(e.dataFound == 1 ? t.found : t.notFound);
            break;
        case EnrichmentStatus::Failed:
        case EnrichmentStatus::Timeout:
            ++t.failed;
            break;
        case EnrichmentStatus::Cancelled:
            ++t.cancelled;
            break;
        }
    }
    emit statusesChanged(changed);
    if (!(t == m_tally)) {
        m_tally = t;
        emit tallyChanged(t);
    }
}

void EnrichmentSession::submit(const Selection &selection, ContactField field)
{
    if (m_submitting)
        return;
    m_submitting = true;
    m_cancelRequested = false;
    m_field = field;
    m_plan = planSubmission(selection);
    m_next = 0;
    m_leadsDone = 0;
    m_report = Report();
    m_report.requests = int(m_plan.size());
    m_report.leadsAsked = selection.count();
    emit progress(0, m_report.leadsAsked);
    sendNext();
}

void EnrichmentSession::cancelSubmission()
{
    m_cancelRequested = true;
}

void EnrichmentSession::sendNext()
{
    if (m_next >= m_plan.size() || m_cancelRequested || !m_report.failures.isEmpty()) {
        // What was never sent is reported as such, not as failed: the rep
        // can submit it again and nothing of it was charged.
        for (int i = m_next; i < m_plan.size(); ++i)
            m_report.leadsNotSubmitted += m_plan[i].size();
        // A range counts its positions; exclusions inside it are not sent.
        m_report.leadsNotSubmitted = qMin(m_report.leadsNotSubmitted, m_report.leadsAsked);
        m_report.cancelled = m_cancelRequested && m_next < m_plan.size();
        m_submitting = false;
        m_plan.clear();
        emit submitted(m_report);
        return;
    }
    const PlannedRequest &request = m_plan[m_next++];
    ++m_report.requestsSent;
    auto done = [this, leads = request.size(),
                 generation = m_generation](const Result<LanceClient::Enrichments> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            failRequest(*r.error);
        } else {
            for (const Enrichment &e : *r.value)
                ++(e.status == EnrichmentStatus::Finished ? m_report.alreadyDone
                                                          : m_report.started);
            learn(*r.value);
            m_poller->track(*r.value);
        }
        m_leadsDone += leads;
        emit progress(qMin(m_leadsDone, m_report.leadsAsked), m_report.leadsAsked);
        sendNext();
    };
    if (request.isRange) {
        BulkRange range;
        range.filters = request.filters;
        range.sort = request.sort;
        range.startIndex = request.startIndex;
        range.targetCount = request.targetCount;
        range.excludedIds = request.excludedIds;
        m_client->enrichBulk(range, m_field, this, done);
    } else {
        m_client->enrichBatch(request.ids, m_field, this, done);
    }
}

void EnrichmentSession::failRequest(const ClientError &error)
{
    const PlannedRequest &request = m_plan[m_next - 1];
    FailedRequest f;
    const QLocale locale;
    if (request.isRange) {
        f.what = QCoreApplication::translate("EnrichmentSession", "leads %1–%2 of the filter")
                     .arg(locale.toString(request.startIndex + 1),
                          locale.toString(request.startIndex + request.targetCount));
    } else {
        f.what = QCoreApplication::translate("EnrichmentSession", "%Ln selected lead(s)", nullptr,
                                             int(request.ids.size()));
    }
    f.leads = request.size();
    f.reason = error.message;
    m_report.failures.append(f);
}

QStringList EnrichmentSession::failedIds(ContactField field) const
{
    QStringList out;
    for (const Enrichment &e : m_known)
        if (e.field == field &&
            (e.status == EnrichmentStatus::Failed || e.status == EnrichmentStatus::Timeout))
            out << e.entityId;
    return out;
}

QStringList EnrichmentSession::pendingIds(ContactField field) const
{
    QStringList out;
    for (const Enrichment &e : m_known)
        if (e.field == field && e.status == EnrichmentStatus::Pending)
            out << e.entityId;
    return out;
}

void EnrichmentSession::retryFailed(ContactField field)
{
    Selection again;
    again.setSelected(failedIds(field), true);
    if (!again.isEmpty())
        submit(again, field);
}

void EnrichmentSession::cancelPending(ContactField field, const QStringList &onlyIds)
{
    QStringList ids = pendingIds(field);
    if (!onlyIds.isEmpty()) {
        const QSet<QString> wanted(onlyIds.cbegin(), onlyIds.cend());
        ids.removeIf([&wanted](const QString &id) { return !wanted.contains(id); });
    }
    if (ids.isEmpty()) {
        emit cancelFinished(0, 0, QString());
        return;
    }
    struct Progress
    {
        int outstanding = 0;
        int cancelled = 0;
        int notPending = 0;
        QString error;
    };
    auto state = std::make_shared<Progress>();
    const quint64 generation = m_generation;
    // Each answer: what it cancelled goes to the rows at once (and stops
    // being polled); what was no longer pending is the poller's to report.
    auto answered = [this, state, generation, field](const QList<Enrichment> &cancelled,
                                                     int notPending, const QString &error) {
        if (generation != m_generation)
            return; // another connection since: these rows mean nothing now
        state->cancelled += int(cancelled.size());
        state->notPending += notPending;
        if (state->error.isEmpty())
            state->error = error;
        for (const Enrichment &e : cancelled)
            m_poller->untrack(e.entityId, field);
        if (!cancelled.isEmpty())
            learn(cancelled);
        if (--state->outstanding == 0)
            emit cancelFinished(state->cancelled, state->notPending, state->error);
    };
    if (m_cancelInBatches) {
        QList<QStringList> chunks;
        for (qsizetype i = 0; i < ids.size(); i += LanceClient::kMaxCancelIds)
            chunks << ids.mid(i, LanceClient::kMaxCancelIds);
        state->outstanding = int(chunks.size());
        for (const QStringList &chunk : std::as_const(chunks)) {
            m_client->cancelEnrichments(
                chunk, field, this, [answered, chunk](const Result<CancelOutcome> &r) {
                    if (!r.ok())
                        return answered({}, 0, r.error->message);
                    answered(r.value->cancelled, int(r.value->notPending.size()), QString());
                });
        }
        return;
    }
    state->outstanding = int(ids.size());
    for (const QString &id : std::as_const(ids)) {
        m_client->cancelEnrichment(id, field, this,
                                   [answered](const Result<std::optional<Enrichment>> &r) {
                                       if (!r.ok())
                                           return answered({}, 0, r.error->message);
                                       // A 404: nothing pending, it finished meanwhile.
                                       if (!r.value->has_value())
                                           return answered({}, 1, QString());
                                       answered({r.value->value()}, 0, QString());
                                   });
    }
}

} // namespace lance
