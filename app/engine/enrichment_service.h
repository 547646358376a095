#pragma once

#include "api_error.h"
#include "credit_ledger.h"
#include "engine_config.h"
#include "enrichment.h"
#include "selection_estimator.h"
#include "selection_json.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace lance::engine {

class Store;

// Who is asking: resolved from the bearer token.
struct Caller
{
    QString userId;
    QString orgId;
};

// A pending enrichment the provider simulation must work on.
struct ProviderJob
{
    QString enrichmentId;
    QString personId;
    ContactField field = ContactField::Emails;
    int attempt = 0;     // earlier enrichments of this org, person and field
    QString cachedValue; // set when the global cache already has the result
    QString cachedGlobalId;
};

// What a provider waterfall concluded for one job.
struct ProviderOutcome
{
    QString enrichmentId;
    enum Kind
    {
        Found,
        NotFound,
        Failed
    } kind = NotFound;
    QString value;    // the found contact
    QString provider; // who found it, or who failed
    QString error;    // for Failed
    QString globalId; // reused global result, if any
};

// The enrichment rules of the contract: reuse, holds, capture, one reusable
// enrichment per (organization, person, field), timeouts, cancel and the
// global cache, over the credit ledger it owns. Every change is one SQLite
// transaction committed before the caller answers.
class EnrichmentService : public QObject
{
    Q_OBJECT
public:
    EnrichmentService(Store &store, const EngineConfig &config, QObject *parent = nullptr);

    CreditLedger &ledger() { return m_ledger; }

    // Returns one enrichment per distinct person (first place kept), reusing
    // pending or finished ones; creates the rest, all or nothing.
    std::optional<ApiError> request(const Caller &caller, const QStringList &personIds,
                                    ContactField field, QList<Enrichment> *out);
    // The same for a bulk selection: its ids, or the leads at its range's
    // positions minus its exclusions (none left: an empty answer).
    std::optional<ApiError> request(const Caller &caller, const SelectionJson &selection,
                                    ContactField field, QList<Enrichment> *out);
    // What request() would cost for the whole selection (SelectionEstimator).
    std::optional<ApiError> estimate(const Caller &caller, const SelectionJson &selection,
                                     ContactField field, int newIdsLimit, int onFileIdsLimit,
                                     CreditEstimate *out, OnFile *onFile)
    {
        return m_estimator.estimate(caller, selection, field, newIdsLimit, onFileIdsLimit, out,
                                    onFile);
    }
    // The newest enrichment of a person and field, or nullopt.
    bool newest(const Caller &caller, const QString &personId, ContactField field,
                std::optional<Enrichment> *out, QString *error);
    bool newestMany(const Caller &caller, const QList<QPair<QString, ContactField>> &tasks,
                    QList<Enrichment> *out, QString *error);
    // Cancels the pending enrichment; nullopt result means nothing pending.
    bool cancel(const Caller &caller, const QString &personId, ContactField field,
                std::optional<Enrichment> *out, QString *error);
    // Cancels what is pending among personIds, in one transaction; the
    // cancelled enrichments come back in request order, and ids with
    // nothing pending (finished meanwhile) are simply not among them.
    bool cancelMany(const Caller &caller, const QStringList &personIds, ContactField field,
                    QList<Enrichment> *cancelled, QString *error);

    // Marks every pending enrichment older than the maximum age as timeout.
    bool sweepTimeouts(QString *error);
    // Pending work after a restart, oldest first (after a sweep).
    QList<ProviderJob> pendingJobs();
    // Whether an enrichment still waits for its provider; cancelled and
    // timed-out ones do not, and must not hold a provider slot.
    bool isPending(const QString &enrichmentId);
    // Applies provider outcomes in one transaction; outcomes for enrichments
    // no longer pending (cancelled, timed out) are ignored.
    bool applyOutcomes(const QList<ProviderOutcome> &outcomes, QString *error);

signals:
    void jobsCreated(const QList<lance::engine::ProviderJob> &jobs);

private:
    bool readEnrichments(const QString &whereSql, const QVariantList &binds, QList<Enrichment> *out,
                         QString *error);
    qint64 nowMs() const;

    Store &m_store;
    const EngineConfig &m_config;
    CreditLedger m_ledger;
    SelectionEstimator m_estimator;
};

} // namespace lance::engine
