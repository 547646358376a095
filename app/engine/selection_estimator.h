#pragma once

#include "api_error.h"
#include "credit_estimate.h"
#include "selection_json.h"

#include <optional>

namespace lance::engine {

class CreditLedger;
class Store;
struct Caller;

// What an enrichment of a selection would cost, before anything is spent:
// the exact counts the confirmation dialog shows, from the same rules the
// batch and bulk endpoints apply (reusable enrichments are free).
class SelectionEstimator
{
public:
    SelectionEstimator(Store &store, CreditLedger &ledger);

    // Also names the first `newIdsLimit` leads that would be new, in
    // selection order, for "enrich what I can afford".
    std::optional<ApiError> estimate(const Caller &caller, const SelectionJson &selection,
                                     ContactField field, int newIdsLimit, CreditEstimate *out);

private:
    std::optional<ApiError> countManual(const Caller &caller, const SelectionJson &selection,
                                        int newIdsLimit, CreditEstimate *e);
    std::optional<ApiError> countRange(const Caller &caller, const SelectionJson &selection,
                                       int newIdsLimit, CreditEstimate *e);

    Store &m_store;
    CreditLedger &m_ledger;
};

} // namespace lance::engine
