#include "client_page_source.h"

#include "lance_client.h"

namespace lance {

ClientPageSource::ClientPageSource(LanceClient *client, QObject *parent)
    : LeadPageSource(parent)
    , m_client(client)
{}

quint64 ClientPageSource::requestPage(const FilterSet &filters, const SortSpec &sort, int page,
                                      int pageSize)
{
    const quint64 id = m_nextId++;
    // A page of 100 leads is about 50 KB of JSON: decoding it here on the
    // GUI thread takes well under a millisecond.
    m_client->search(filters, sort, page, pageSize, this,
                     [this, id, page](const Result<SearchPage> &r) {
                         if (r.ok())
                             emit pageReady(id, page, r.value->leads, r.value->totalElements);
                         else
                             emit pageFailed(id, r.error->message);
                     });
    return id;
}

} // namespace lance
