#pragma once

#include "credit_estimate.h"
#include "lance_client.h"
#include "selection.h"

#include <QObject>

#include <functional>

namespace lance {

// What enriching a selection would cost, from any server. The engine
// answers it in one request (/estimate); a plain Lance server has no such
// endpoint, so the estimate is put together from what it does have: the
// search (to list the leads of a filter), batch/query (which of them are
// already enriched or pending) and the balance. Past kMaxLookup leads that
// would take too many requests, so the estimate becomes an upper bound
// (CreditEstimate::exact is false) that the dialog labels as such.
class CreditEstimator : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxLookup = 5000;

    explicit CreditEstimator(LanceClient *client, QObject *parent = nullptr);
    // Decides between /estimate and the fallback, and gives the prices.
    void setServerMeta(const ServerMeta &meta) { m_meta = meta; }

    void estimate(const Selection &selection, ContactField field, int newIdsLimit, QObject *context,
                  std::function<void(const Result<CreditEstimate> &)> done);

    // The selection without the leads that already have the field on file
    // (feature on_file): picked ids minus the estimate's onFileIds; for all
    // that match, the same filters excluding has_email (has_phone) = true.
    static Selection withoutOnFile(const Selection &selection, ContactField field,
                                   const CreditEstimate &estimate);

private:
    struct Job;
    void lookUp(std::shared_ptr<Job> job);
    void finish(std::shared_ptr<Job> job);

    LanceClient *m_client;
    ServerMeta m_meta;
};

} // namespace lance
