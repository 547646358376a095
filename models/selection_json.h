#pragma once

#include "api_error.h"
#include "filter_set.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace lance {

class Selection;

// The `selection` object of POST …/enrichment/bulk and of the engine's
// POST /estimate (shared/api/lance-api.md): the client writes it and the
// engine reads it, both through this one definition of its shape.
//   {"mode": "manual", "includedIds": [uuid, ...]}
//   {"mode": "bulk", "filters": {...}, "sort"?: {...}, "excludedIds"?: [uuid, ...],
//    "startIndex"?: n, "targetCount": n}      (…/bulk: a range of positions)
struct SelectionJson
{
    // /estimate takes a manual selection this large at most.
    static constexpr int kMaxEstimateIds = 20000;

    enum class Mode
    {
        Manual, // "manual"
        Range   // "bulk": the leads a search finds, minus excludedIds
    };
    Mode mode = Mode::Manual;
    QStringList includedIds; // Manual, in request order
    FilterSet filters;       // Range
    SortSpec sort;
    QStringList excludedIds;
    // …/bulk: positions startIndex .. startIndex+targetCount-1 of the search.
    // /estimate covers every match: no positions (targetCount 0).
    qint64 startIndex = 0;
    int targetCount = 0;

    static SelectionJson manual(const QStringList &ids);
    static SelectionJson range(const FilterSet &filters, const SortSpec &sort, qint64 startIndex,
                               int targetCount, const QStringList &excludedIds);
    // All of a selection, as /estimate takes it.
    static SelectionJson whole(const Selection &selection);

    QJsonObject toJson() const;

    // The endpoints that read a selection differ in what they require and
    // in the wording of their errors (…/bulk words them as Lance does).
    enum class Endpoint
    {
        Bulk,
        Estimate
    };
    // Reads request["selection"] (…/bulk also takes the request's own
    // "sort" for a range without one). Ids come back lower-cased.
    static std::optional<ApiError> fromRequest(const QJsonObject &request, Endpoint endpoint,
                                               SelectionJson *out);
};

} // namespace lance
