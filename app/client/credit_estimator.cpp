#include "credit_estimator.h"

#include "api_limits.h"

#include <QMap>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

namespace lance {

namespace {
// The largest pages the contract allows: fewest round trips.
constexpr int kPage = api::kMaxSearchPage;
constexpr int kQueryChunk = api::kMaxQueryTasks;
} // namespace

// One estimate under way on a server without /estimate.
struct CreditEstimator::Job
{
    Selection selection;
    ContactField field = ContactField::Emails;
    int newIdsLimit = 0;
    QPointer<QObject> context;
    std::function<void(const Result<CreditEstimate> &)> done;

    qint64 selected = 0;
    bool exact = true;
    QStringList ids;                  // looked-up leads, in selection order
    QHash<QString, QString> reusable; // id -> "pending" | "finished"
    QMap<int, QStringList> pages;     // search pages of a filter, by number
    std::optional<Balance> balance;
    std::optional<ClientError> error;
    int outstanding = 0;
};

CreditEstimator::CreditEstimator(LanceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void CreditEstimator::estimate(const Selection &selection, ContactField field, int newIdsLimit,
                               QObject *context,
                               std::function<void(const Result<CreditEstimate> &)> done)
{
    if (m_meta.has("estimate"))
        return m_client->estimate(selection, field, newIdsLimit, context, std::move(done));

    auto job = std::make_shared<Job>();
    job->selection = selection;
    job->field = field;
    job->newIdsLimit = newIdsLimit;
    job->context = context;
    job->done = std::move(done);
    if (selection.mode() == Selection::Mode::Manual) {
        job->selected = selection.count();
        job->ids = selection.ids();
        job->exact = job->ids.size() <= kMaxLookup;
        return lookUp(job);
    }
    // All that match: the current total first, then the leads themselves
    // while there are few enough to look up.
    m_client->search(
        selection.filters(), selection.sort(), 0, 0, this,
        [this, job](const Result<SearchPage> &r) {
            if (!r.ok()) {
                job->error = r.error;
                return finish(job);
            }
            const qint64 total = r.value->totalElements;
            const QStringList excluded = job->selection.excludedIds();
            job->selected = qMax<qint64>(0, total - excluded.size());
            job->exact = total <= kMaxLookup;
            // Inexact: only as many pages as "enrich what I can afford" needs.
            const qint64 wanted =
                job->exact ? total : qMin<qint64>(total, job->newIdsLimit + excluded.size());
            const int pages = int((wanted + kPage - 1) / kPage);
            if (pages == 0)
                return lookUp(job);
            job->outstanding = pages;
            for (int page = 0; page < pages; ++page) {
                m_client->search(job->selection.filters(), job->selection.sort(), page, kPage, this,
                                 [this, job, page](const Result<SearchPage> &p) {
                                     if (!p.ok())
                                         job->error = p.error;
                                     else
                                         for (const Lead &l : p.value->leads)
                                             job->pages[page] << l.id;
                                     if (--job->outstanding > 0)
                                         return;
                                     if (job->error)
                                         return finish(job);
                                     const QStringList ex = job->selection.excludedIds();
                                     const QSet<QString> skip(ex.cbegin(), ex.cend());
                                     for (const QStringList &ids : std::as_const(job->pages))
                                         for (const QString &id : ids)
                                             if (!skip.contains(id))
                                                 job->ids << id;
                                     if (job->exact)
                                         job->selected = job->ids.size(); // exclusions that match
                                     lookUp(job);
                                 });
            }
        });
}

Selection CreditEstimator::withoutOnFile(const Selection &selection, ContactField field,
                                         const CreditEstimate &estimate)
{
    Selection out;
    if (selection.mode() == Selection::Mode::Manual) {
        const QSet<QString> onFile(estimate.onFileIds.cbegin(), estimate.onFileIds.cend());
        QStringList kept;
        for (const QString &id : selection.ids())
            if (!onFile.contains(id))
                kept << id;
        out.setSelected(kept, true);
        return out;
    }
    if (estimate.onFileIds.size() == estimate.onFile) {
        // Few enough to name: left out by id, so exactly those leads go.
        out = selection;
        out.setSelected(estimate.onFileIds, false);
        return out;
    }
    // Too many to name: the same filters excluding has_email = true. An
    // exclusion, not has_email = false, narrows whatever the filters already
    // say about has_email instead of contradicting it. It also leaves out
    // leads whose email an earlier enrichment found, which would have been
    // free; the estimate of this selection counts exactly what is sent.
    FilterSet filters = selection.filters();
    filters.exclude(field == ContactField::Emails ? QStringLiteral("has_email")
                                                  : QStringLiteral("has_phone"),
                    QStringLiteral("true"));
    out.selectAllMatching(filters, selection.sort(),
                          qMax<qint64>(0, selection.matchingTotal() - estimate.onFile));
    out.setSelected(selection.excludedIds(), false);
    return out;
}

void CreditEstimator::lookUp(std::shared_ptr<Job> job)
{
    // batch/query says which leads already have a reusable enrichment; the
    // balance is read alongside.
    const QStringList ids = job->exact ? job->ids : QStringList();
    const int chunks = int((ids.size() + kQueryChunk - 1) / kQueryChunk);
    job->outstanding = chunks + 1;
    auto stepDone = [this, job] {
        if (--job->outstanding == 0)
            finish(job);
    };
    m_client->balance(this, [job, stepDone](const Result<Balance> &r) {
        if (r.ok())
            job->balance = *r.value;
        else
            job->error = r.error;
        stepDone();
    });
    for (int c = 0; c < chunks; ++c) {
        QList<QPair<QString, ContactField>> tasks;
        for (const QString &id : ids.mid(c * kQueryChunk, kQueryChunk))
            tasks.append({id, job->field});
        m_client->queryEnrichments(
            tasks, this, [job, stepDone](const Result<LanceClient::Enrichments> &r) {
                if (!r.ok()) {
                    job->error = r.error;
                } else {
                    for (const Enrichment &e : *r.value)
                        if (isReusable(e.status))
                            job->reusable.insert(e.entityId, statusName(e.status));
                }
                stepDone();
            });
    }
}

void CreditEstimator::finish(std::shared_ptr<Job> job)
{
    if (!job->context)
        return; // the asker is gone
    Result<CreditEstimate> r;
    if (job->error) {
        r.error = job->error;
        return job->done(r);
    }
    CreditEstimate e;
    e.field = job->field;
    e.selected = job->selected;
    e.exact = job->exact;
    for (const QString &status : std::as_const(job->reusable))
        ++(status == QLatin1String("pending") ? e.pending : e.finished);
    e.price(m_meta.costOf(job->field)); // as the engine's /estimate prices
    if (job->balance) {
        e.balance = job->balance->available;
        e.held = job->balance->held;
    }
    for (const QString &id : std::as_const(job->ids)) {
        if (e.newIds.size() >= job->newIdsLimit)
            break;
        if (!job->reusable.contains(id))
            e.newIds << id;
    }
    r.value = e;
    job->done(r);
}

} // namespace lance
