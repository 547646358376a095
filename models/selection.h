#pragma once

#include "api_limits.h"
#include "filter_set.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lance {

// What the rep has picked, as the API can be asked about it: either a set
// of lead ids (click, Ctrl-click, Shift-click, checkboxes, Space), or "all
// that match" a filter minus the ids unticked since. Never a row list: a
// selection of a million leads is a filter, a count and a few exclusions,
// and a manual one survives scrolling, page eviction and re-sorting because
// it is keyed by id.
class Selection
{
public:
    enum class Mode
    {
        Manual,
        AllMatching
    };

    Mode mode() const { return m_mode; }
    bool isEmpty() const { return count() == 0; }
    // Leads selected: the ids, or the matching total minus the exclusions.
    qint64 count() const;
    bool isSelected(const QString &id) const;

    // Manual picks. In AllMatching mode, unticking records an exclusion and
    // ticking takes it back.
    void setSelected(const QString &id, bool selected);
    void setSelected(const QStringList &ids, bool selected);
    void toggle(const QString &id) { setSelected(id, !isSelected(id)); }

    // "Select all 12,430 that match": remembers the filter, the sort (for
    // the order of bulk ranges) and the total the rep was shown.
    void selectAllMatching(const FilterSet &filters, const SortSpec &sort, qint64 total);
    // The filter's total changed (the table reloaded): keep counting right.
    void setMatchingTotal(qint64 total) { m_total = total; }
    void clear();

    // Manual: in the order they were picked.
    QStringList ids() const { return m_order; }
    // AllMatching:
    FilterSet filters() const { return m_filters; }
    SortSpec sort() const { return m_sort; }
    qint64 matchingTotal() const { return m_total; }
    QStringList excludedIds() const { return m_excludedOrder; }

    bool operator==(const Selection &o) const;
    bool operator!=(const Selection &o) const { return !(*this == o); }

private:
    Mode m_mode = Mode::Manual;
    QSet<QString> m_ids;
    QStringList m_order;
    FilterSet m_filters;
    SortSpec m_sort;
    qint64 m_total = 0;
    QSet<QString> m_excluded;
    QStringList m_excludedOrder;
};

// One request the API allows: a batch of at most 100 ids, or a bulk range
// of at most 1,000 search positions with the selection's filters, sort and
// exclusions.
struct PlannedRequest
{
    static constexpr int kMaxBatchIds = api::kMaxBatchIds;
    static constexpr int kMaxRange = api::kMaxBulkIds;

    QStringList ids; // batch
    bool isRange = false;
    FilterSet filters; // range
    SortSpec sort;
    qint64 startIndex = 0;
    int targetCount = 0;
    QStringList excludedIds;

    // How many leads this request may start: ids, or range positions minus
    // the exclusions that fall in it (unknown here, so the upper bound).
    qint64 size() const { return isRange ? targetCount : ids.size(); }
};

// Splits a selection into the requests that submit it, in order. ("Enrich
// what I can afford" submits a manual selection of the new leads the
// estimate named, so that exactly that many are created.)
QList<PlannedRequest> planSubmission(const Selection &selection);

} // namespace lance
