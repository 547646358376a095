#include "selection_estimator.h"

#include "credit_ledger.h"
#include "enrichment_service.h"
#include "store.h"

#include <QJsonArray>

namespace lance::engine {

SelectionEstimator::SelectionEstimator(Store &store, CreditLedger &ledger)
    : m_store(store)
    , m_ledger(ledger)
{}

std::optional<ApiError> SelectionEstimator::estimate(const Caller &caller,
                                                     const SelectionJson &selection,
                                                     ContactField field, int newIdsLimit,
                                                     int onFileIdsLimit, CreditEstimate *out,
                                                     OnFile *onFile)
{
    CreditEstimate e;
    e.field = field;
    OnFile files;
    const std::optional<ApiError> counted =
        selection.mode == SelectionJson::Mode::Manual
            ? countManual(caller, selection, newIdsLimit, onFileIdsLimit, &e, &files)
            : countRange(caller, selection, newIdsLimit, onFileIdsLimit, &e, &files);
    if (counted)
        return counted;
    QString why;
    if (!m_ledger.balance(caller.orgId, &e.balance, &e.held, &why))
        return ApiError::internal(why);
    e.price(m_ledger.costOf(field));
    *out = e;
    *onFile = files;
    return std::nullopt;
}

std::optional<ApiError> SelectionEstimator::countManual(const Caller &caller,
                                                        const SelectionJson &selection,
                                                        int newIdsLimit, int onFileIdsLimit,
                                                        CreditEstimate *e, OnFile *onFile)
{
    QStringList ids = selection.includedIds;
    ids.removeDuplicates();
    const QStringList unknown = m_store.unknownIds(ids);
    if (!unknown.isEmpty())
        return ApiError::validation(
            QStringLiteral("Unknown person IDs"),
            {{QStringLiteral("unknownIds"), QJsonArray::fromStringList(unknown)}});
    QHash<QString, QString> statuses;
    QString why;
    if (!m_store.reusableStatuses(caller.orgId, fieldName(e->field), ids, &statuses, &why))
        return ApiError::internal(why);
    e->selected = ids.size();
    for (const QString &status : std::as_const(statuses))
        ++(status == QLatin1String("pending") ? e->pending : e->finished);
    for (const QString &id : std::as_const(ids)) {
        if (e->newIds.size() >= newIdsLimit)
            break;
        if (!statuses.contains(id))
            e->newIds << id;
    }
    QSet<QString> onFileIds;
    if (!m_store.onFileAmong(caller.orgId, fieldName(e->field), ids, &onFileIds, &why))
        return ApiError::internal(why);
    onFile->count = onFileIds.size();
    for (const QString &id : std::as_const(ids)) {
        if (onFile->ids.size() >= onFileIdsLimit)
            break;
        if (onFileIds.contains(id))
            onFile->ids << id;
    }
    return std::nullopt;
}

std::optional<ApiError> SelectionEstimator::countRange(const Caller &caller,
                                                       const SelectionJson &selection,
                                                       int newIdsLimit, int onFileIdsLimit,
                                                       CreditEstimate *e, OnFile *onFile)
{
    const QString fieldText = fieldName(e->field);
    QStringList excluded = selection.excludedIds;
    excluded.removeDuplicates();
    // Only exclusions the filter matches change the counts.
    QStringList excludedMatching;
    qint64 total = 0, exPending = 0, exFinished = 0;
    QHash<QString, QString> exStatuses;
    QString why;
    if (!m_store.count(caller.orgId, selection.filters, &total, &why) ||
        !m_store.matchingIds(caller.orgId, selection.filters, excluded, &excludedMatching, &why) ||
        !m_store.reusableCounts(caller.orgId, fieldText, selection.filters, &e->pending,
                                &e->finished, &why) ||
        !m_store.reusableStatuses(caller.orgId, fieldText, excludedMatching, &exStatuses, &why))
        return ApiError::internal(why);
    for (const QString &status : std::as_const(exStatuses))
        ++(status == QLatin1String("pending") ? exPending : exFinished);
    e->selected = total - excludedMatching.size();
    e->pending -= exPending;
    e->finished -= exFinished;
    QStringList first;
    if (!m_store.firstNewIds(caller.orgId, fieldText, selection.filters, selection.sort,
                             int(newIdsLimit + excludedMatching.size()), &first, &why))
        return ApiError::internal(why);
    const QSet<QString> skip(excludedMatching.cbegin(), excludedMatching.cend());
    for (const QString &id : std::as_const(first)) {
        if (e->newIds.size() >= newIdsLimit)
            break;
        if (!skip.contains(id))
            e->newIds << id;
    }
    // On file: the same subtraction of the excluded ids the filter matches.
    QSet<QString> excludedOnFile;
    QStringList firstOnFile;
    if (!m_store.onFileCount(caller.orgId, fieldText, selection.filters, &onFile->count, &why) ||
        !m_store.onFileAmong(caller.orgId, fieldText, excludedMatching, &excludedOnFile, &why) ||
        !m_store.onFileIds(caller.orgId, fieldText, selection.filters, selection.sort,
                           onFileIdsLimit > 0 ? int(onFileIdsLimit + excludedOnFile.size()) : 0,
                           &firstOnFile, &why))
        return ApiError::internal(why);
    onFile->count -= excludedOnFile.size();
    for (const QString &id : std::as_const(firstOnFile)) {
        if (onFile->ids.size() >= onFileIdsLimit)
            break;
        if (!excludedOnFile.contains(id))
            onFile->ids << id;
    }
    return std::nullopt;
}

} // namespace lance::engine
