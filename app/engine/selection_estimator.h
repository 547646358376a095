#pragma once

#include "api_error.h"
#include "credit_estimate.h"
#include "selection_json.h"

#include <QStringList>

#include <optional>

namespace lance::engine {

class CreditLedger;
class Store;
struct Caller;

// Contacts already on file (feature on_file): selected leads that have
// contact data of the field and no enrichment of it by the organization, so
// the client can leave them out instead of paying to find what it has.
struct OnFile
{
    qint64 count = 0;
    QStringList ids; // the first ones, in selection order, up to the asked limit
};

// What an enrichment of a selection would cost, before anything is spent:
// the exact counts the confirmation dialog shows, from the same rules the
// batch and bulk endpoints apply (reusable enrichments are free).
class SelectionEstimator
{
public:
    SelectionEstimator(Store &store, CreditLedger &ledger);

    // Also names the first `newIdsLimit` leads that would be new, in
    // selection order, for "enrich what I can afford", and the first
    // `onFileIdsLimit` leads already on file.
    std::optional<ApiError> estimate(const Caller &caller, const SelectionJson &selection,
                                     ContactField field, int newIdsLimit, int onFileIdsLimit,
                                     CreditEstimate *out, OnFile *onFile);

private:
    std::optional<ApiError> countManual(const Caller &caller, const SelectionJson &selection,
                                        int newIdsLimit, int onFileIdsLimit, CreditEstimate *e,
                                        OnFile *onFile);
    std::optional<ApiError> countRange(const Caller &caller, const SelectionJson &selection,
                                       int newIdsLimit, int onFileIdsLimit, CreditEstimate *e,
                                       OnFile *onFile);

    Store &m_store;
    CreditLedger &m_ledger;
};

} // namespace lance::engine
