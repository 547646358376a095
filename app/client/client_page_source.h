#pragma once

#include "lead_page_source.h"

namespace lance {

class LanceClient;

// Feeds LeadTableModel from the search endpoint.
class ClientPageSource : public LeadPageSource
{
    Q_OBJECT
public:
    explicit ClientPageSource(LanceClient *client, QObject *parent = nullptr);
    quint64 requestPage(const FilterSet &filters, const SortSpec &sort, int page,
                        int pageSize) override;
    // With a server that has "deferred_total", a first page is asked for
    // without its total, and the total in a second request at the same
    // time: the rows show as soon as they are read, the count follows.
    void setDeferredTotal(bool on) { m_deferredTotal = on; }
    // A server without "lead_status" sends leads without their newest
    // enrichments: each page's are then asked for with batch/query. Returns
    // true when this turns it on (pages already delivered lack them).
    bool setOutcomesByQuery(bool on)
    {
        const bool turnedOn = on && !m_outcomesByQuery;
        m_outcomesByQuery = on;
        return turnedOn;
    }

private:
    void deliver(quint64 id, int page, const QList<Lead> &leads, qint64 total);

    LanceClient *m_client;
    bool m_deferredTotal = false;
    bool m_outcomesByQuery = false;
    quint64 m_nextId = 1;
};

} // namespace lance
