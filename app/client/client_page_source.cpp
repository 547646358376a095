#include "client_page_source.h"

#include "api_limits.h"
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
    if (m_deferredTotal && page == 0) {
        // The count is asked for once the page is in, not alongside it: the
        // engine answers one request at a time, and a count that arrived
        // first would hold the rows back for as long as it takes.
        m_client->searchWithoutTotal(
            filters, sort, page, pageSize, this,
            [this, id, page, pageSize, filters, sort](const Result<SearchPage> &r) {
                if (!r.ok())
                    return emit pageFailed(id, r.error->message);
                if (r.value->leads.size() < pageSize) {
                    // A short first page is the whole result: nothing to count.
                    return deliver(id, page, r.value->leads, r.value->leads.size());
                }
                deliver(id, page, r.value->leads, -1);
                // size 0: the contract's "totals only" search.
                m_client->search(filters, sort, 0, 0, this,
                                 [this, id](const Result<SearchPage> &total) {
                                     if (total.ok())
                                         emit totalReady(id, total.value->totalElements);
                                     else
                                         emit totalFailed(id, total.error->message);
                                 });
            });
        return id;
    }
    // A page of 100 leads is about 50 KB of JSON: decoding it here on the
    // GUI thread takes well under a millisecond.
    m_client->search(filters, sort, page, pageSize, this,
                     [this, id, page](const Result<SearchPage> &r) {
                         if (r.ok())
                             deliver(id, page, r.value->leads, r.value->totalElements);
                         else
                             emit pageFailed(id, r.error->message);
                     });
    return id;
}

void ClientPageSource::deliver(quint64 id, int page, const QList<Lead> &leads, qint64 total)
{
    // The rows first: their outcomes follow as status updates, so a slow
    // batch/query never holds the table back.
    emit pageReady(id, page, leads, total);
    if (!m_outcomesByQuery)
        return;
    QList<QPair<QString, ContactField>> tasks;
    for (const Lead &lead : leads)
        tasks << qMakePair(lead.id, ContactField::Emails)
              << qMakePair(lead.id, ContactField::Phones);
    for (qsizetype i = 0; i < tasks.size(); i += api::kMaxQueryTasks) {
        m_client->queryEnrichments(tasks.mid(i, api::kMaxQueryTasks), this,
                                   [this](const Result<LanceClient::Enrichments> &r) {
                                       // Without them the rows say only what they
                                       // have on file, as before; the poller still
                                       // follows what this run starts.
                                       if (r.ok() && !r.value->isEmpty())
                                           emit enrichmentsReady(*r.value);
                                   });
    }
}

} // namespace lance
