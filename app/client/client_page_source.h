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

private:
    LanceClient *m_client;
    quint64 m_nextId = 1;
};

} // namespace lance
