#include "hidden_selection.h"

#include "api_limits.h"
#include "lance_client.h"

namespace lance {

HiddenSelection::HiddenSelection(LanceClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void HiddenSelection::setServerSupports(bool supports)
{
    if (supports == m_supported)
        return;
    m_supported = supports;
    m_matching.clear();
    m_hidden.clear();
    update(m_filters, m_ids);
}

void HiddenSelection::setVisibleProbe(std::function<bool(const QString &)> probe)
{
    m_visible = std::move(probe);
}

QStringList HiddenSelection::hiddenIds() const
{
    QStringList out;
    if (!m_known)
        return out;
    for (const QString &id : m_ids) {
        if (m_hidden.contains(id))
            out << id;
    }
    return out;
}

void HiddenSelection::update(const FilterSet &filters, const QStringList &ids)
{
    ++m_generation;
    if (filters != m_filters) {
        m_matching.clear();
        m_hidden.clear();
    }
    m_filters = filters;
    m_ids = ids;
    m_outstanding = 0;
    m_failed = false;

    QStringList unknown;
    for (const QString &id : ids) {
        if (m_matching.contains(id) || m_hidden.contains(id))
            continue;
        // No filter hides nothing; a loaded row is a match.
        if (filters.isEmpty() || (m_visible && m_visible(id)))
            m_matching.insert(id);
        else
            unknown << id;
    }
    if (unknown.isEmpty())
        return settle();
    m_known = false;
    if (!m_supported || ids.size() > kMaxChecked) {
        emit changed();
        return;
    }
    const quint64 generation = m_generation;
    for (qsizetype i = 0; i < unknown.size(); i += api::kMaxSearchPage) {
        const QStringList chunk = unknown.mid(i, api::kMaxSearchPage);
        FilterSet asked = filters;
        asked.set(QStringLiteral("ids"), chunk);
        ++m_outstanding;
        m_client->searchWithoutTotal(asked, SortSpec(), 0, int(chunk.size()), this,
                                     [this, chunk, generation](const Result<SearchPage> &r) {
                                         if (generation != m_generation)
                                             return;
                                         --m_outstanding;
                                         if (!r.ok()) {
                                             // Unknown, not "none hidden": the next change asks
                                             // again.
                                             m_failed = true;
                                         } else {
                                             QSet<QString> found;
                                             for (const Lead &lead : r.value->leads)
                                                 found.insert(lead.id);
                                             for (const QString &id : chunk) {
                                                 if (found.contains(id))
                                                     m_matching.insert(id);
                                                 else
                                                     m_hidden.insert(id);
                                             }
                                         }
                                         if (m_outstanding == 0)
                                             settle();
                                     });
    }
    emit changed();
}

void HiddenSelection::settle()
{
    m_known = !m_failed;
    if (!m_known) {
        // What failed is asked again next time.
        m_matching.clear();
        m_hidden.clear();
    }
    emit changed();
}

} // namespace lance
