#include "selection_json.h"

#include "api_limits.h"
#include "json_checks.h"
#include "selection.h"

#include <limits>

namespace lance {

namespace {

const QString kInvalidInput = QStringLiteral("Invalid input");

// Both endpoints: an optional list of UUIDs.
bool readExcluded(const QJsonObject &s, QStringList *out)
{
    const QJsonValue ex = s.value(QStringLiteral("excludedIds"));
    return ex.isUndefined() || ex.isNull() || (ex.isArray() && json::uuidList(ex.toArray(), out));
}

std::optional<ApiError> readManual(const QJsonObject &s, SelectionJson::Endpoint endpoint,
                                   QStringList *ids)
{
    const QJsonValue value = s.value(QStringLiteral("includedIds"));
    if (endpoint == SelectionJson::Endpoint::Estimate) {
        // An empty list is a valid question here: it costs nothing.
        if (!value.isArray() || !json::uuidList(value.toArray(), ids))
            return ApiError::validation(kInvalidInput);
        if (ids->size() > SelectionJson::kMaxEstimateIds)
            return ApiError::validation(QStringLiteral("Maximum %1 person IDs allowed per estimate")
                                            .arg(SelectionJson::kMaxEstimateIds));
        return std::nullopt;
    }
    if (!value.isArray() || value.toArray().isEmpty())
        return ApiError::validation(QStringLiteral("At least one person ID is required"));
    if (value.toArray().size() > api::kMaxBulkIds)
        return ApiError::validation(
            QStringLiteral("Maximum %1 person IDs allowed per request").arg(api::kMaxBulkIds));
    if (!json::uuidList(value.toArray(), ids))
        return ApiError::validation(kInvalidInput);
    return std::nullopt;
}

std::optional<ApiError> readRange(const QJsonObject &request, const QJsonObject &s,
                                  SelectionJson::Endpoint endpoint, SelectionJson *out)
{
    const bool bulk = endpoint == SelectionJson::Endpoint::Bulk;
    if (bulk) {
        qint64 target = 0;
        if (s.contains(QStringLiteral("startIndex")) &&
            !json::wholeNumber(s.value(QStringLiteral("startIndex")), 0,
                               std::numeric_limits<int>::max(), &out->startIndex))
            return ApiError::validation(QStringLiteral("startIndex must be 0 or more"));
        if (!json::wholeNumber(s.value(QStringLiteral("targetCount")), 1, api::kMaxBulkIds,
                               &target))
            return ApiError::validation(
                QStringLiteral("targetCount must be from 1 to %1").arg(api::kMaxBulkIds));
        out->targetCount = int(target);
    }
    if (!s.contains(QStringLiteral("filters")))
        return ApiError::validation(bulk ? QStringLiteral("filters is required")
                                         : QStringLiteral("filters must be an object"));
    QString why;
    if (!FilterSet::fromRequest(s, &out->filters, &why))
        return ApiError::validation(why);
    const QJsonValue sort = bulk && !s.contains(QStringLiteral("sort"))
                                ? request.value(QStringLiteral("sort"))
                                : s.value(QStringLiteral("sort"));
    if (!SortSpec::fromJson(sort, &out->sort, &why))
        return ApiError::validation(why);
    if (!readExcluded(s, &out->excludedIds))
        return ApiError::validation(kInvalidInput);
    return std::nullopt;
}

} // namespace

SelectionJson SelectionJson::manual(const QStringList &ids)
{
    SelectionJson s;
    s.includedIds = ids;
    return s;
}

SelectionJson SelectionJson::range(const FilterSet &filters, const SortSpec &sort,
                                   qint64 startIndex, int targetCount,
                                   const QStringList &excludedIds)
{
    SelectionJson s;
    s.mode = Mode::Range;
    s.filters = filters;
    s.sort = sort;
    s.startIndex = startIndex;
    s.targetCount = targetCount;
    s.excludedIds = excludedIds;
    return s;
}

SelectionJson SelectionJson::whole(const Selection &selection)
{
    if (selection.mode() == Selection::Mode::Manual)
        return manual(selection.ids());
    return range(selection.filters(), selection.sort(), 0, 0, selection.excludedIds());
}

QJsonObject SelectionJson::toJson() const
{
    if (mode == Mode::Manual)
        return {{QStringLiteral("mode"), QStringLiteral("manual")},
                {QStringLiteral("includedIds"), QJsonArray::fromStringList(includedIds)}};
    QJsonObject o{{QStringLiteral("mode"), QStringLiteral("bulk")},
                  {QStringLiteral("excludedIds"), QJsonArray::fromStringList(excludedIds)}};
    filters.writeTo(&o);
    if (!sort.isEmpty())
        o.insert(QStringLiteral("sort"), sort.toJson());
    if (targetCount > 0) {
        o.insert(QStringLiteral("startIndex"), startIndex);
        o.insert(QStringLiteral("targetCount"), targetCount);
    }
    return o;
}

std::optional<ApiError> SelectionJson::fromRequest(const QJsonObject &request, Endpoint endpoint,
                                                   SelectionJson *out)
{
    const QJsonValue value = request.value(QStringLiteral("selection"));
    if (endpoint == Endpoint::Bulk && !value.isObject())
        return ApiError::validation(QStringLiteral("selection is required"));
    const QJsonObject s = value.toObject();
    const QString mode = s.value(QStringLiteral("mode")).toString();
    SelectionJson result;
    std::optional<ApiError> e;
    if (mode == QLatin1String("manual")) {
        e = readManual(s, endpoint, &result.includedIds);
    } else if (mode == QLatin1String("bulk")) {
        result.mode = Mode::Range;
        e = readRange(request, s, endpoint, &result);
    } else {
        return ApiError::validation(
            endpoint == Endpoint::Bulk
                ? QStringLiteral("selection.mode must be \"manual\" or \"bulk\"")
                : QStringLiteral("selection mode must be manual or bulk"));
    }
    if (!e)
        *out = result;
    return e;
}

} // namespace lance
