#pragma once

#include <QtGlobal>

namespace lance::api {

// The request-size limits of the Lance API (shared/api/lance-api.md). The
// engine enforces them and the client plans its requests by them, so both
// read them from here: a limit changed on one side only would turn into
// 400s in production or untested paths in the engine.
inline constexpr int kMaxBatchIds = 100;      // POST …/batch: person ids per request
inline constexpr int kMaxBulkIds = 1000;      // POST …/bulk: manual ids, or a range's targetCount
inline constexpr int kMaxQueryTasks = 200;    // POST …/batch/query: tasks per request
inline constexpr int kMaxSearchPage = 100;    // POST …/search: `size`
inline constexpr int kMaxFacetValues = 100;   // GET …/facets: `size`
inline constexpr int kMaxHistoryLimit = 1000; // GET /credits/history: `limit`
inline constexpr qint64 kMaxBodyBytes = 1024 * 1024; // any request body

} // namespace lance::api
