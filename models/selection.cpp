#include "selection.h"

namespace lance {

qint64 Selection::count() const
{
    if (m_mode == Mode::Manual)
        return m_ids.size();
    return qMax<qint64>(0, m_total - m_excluded.size());
}

bool Selection::isSelected(const QString &id) const
{
    return m_mode == Mode::Manual ? m_ids.contains(id) : !m_excluded.contains(id);
}

void Selection::setSelected(const QString &id, bool selected)
{
    if (m_mode == Mode::AllMatching) {
        // Exclusions are ids the rep unticked; ticking one again restores it.
        if (!selected && !m_excluded.contains(id)) {
            m_excluded.insert(id);
            m_excludedOrder.append(id);
        } else if (selected && m_excluded.remove(id)) {
            m_excludedOrder.removeOne(id);
        }
        return;
    }
    if (selected && !m_ids.contains(id)) {
        m_ids.insert(id);
        m_order.append(id);
    } else if (!selected && m_ids.remove(id)) {
        m_order.removeOne(id);
    }
}

void Selection::setSelected(const QStringList &ids, bool selected)
{
    if (!selected && m_mode == Mode::Manual) {
        // One pass instead of a removeOne per id: deselecting a range of
        // thousands stays linear.
        const QSet<QString> drop(ids.cbegin(), ids.cend());
        for (const QString &id : drop)
            m_ids.remove(id);
        m_order.removeIf([&drop](const QString &id) { return drop.contains(id); });
        return;
    }
    for (const QString &id : ids)
        setSelected(id, selected);
}

void Selection::selectAllMatching(const FilterSet &filters, const SortSpec &sort, qint64 total)
{
    clear();
    m_mode = Mode::AllMatching;
    m_filters = filters;
    m_sort = sort;
    m_total = total;
}

void Selection::clear()
{
    *this = Selection();
}

bool Selection::operator==(const Selection &o) const
{
    if (m_mode != o.m_mode)
        return false;
    if (m_mode == Mode::Manual)
        return m_order == o.m_order;
    return m_filters == o.m_filters && m_sort == o.m_sort && m_total == o.m_total &&
           m_excludedOrder == o.m_excludedOrder;
}

QList<PlannedRequest> planSubmission(const Selection &selection)
{
    QList<PlannedRequest> out;
    if (selection.mode() == Selection::Mode::Manual) {
        const QStringList ids = selection.ids();
        for (qsizetype i = 0; i < ids.size(); i += PlannedRequest::kMaxBatchIds) {
            PlannedRequest r;
            r.ids = ids.mid(i, PlannedRequest::kMaxBatchIds);
            out.append(r);
        }
        return out;
    }
    const qint64 end = selection.matchingTotal();
    // Every range carries every exclusion: the engine drops those outside
    // the range, and the client cannot know which range holds an id.
    for (qint64 start = 0; start < end; start += PlannedRequest::kMaxRange) {
        PlannedRequest r;
        r.isRange = true;
        r.filters = selection.filters();
        r.sort = selection.sort();
        r.startIndex = start;
        r.targetCount = int(qMin<qint64>(PlannedRequest::kMaxRange, end - start));
        r.excludedIds = selection.excludedIds();
        out.append(r);
    }
    return out;
}

} // namespace lance
