#pragma once

#include "enrichment.h"
#include "filter_set.h"
#include "lead.h"

#include <QList>
#include <QObject>

namespace lance {

// Where LeadTableModel gets its pages from. The model knows nothing of HTTP;
// the client layer implements this over the search endpoint.
class LeadPageSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Asks for one page; the answer comes later through pageReady or
    // pageFailed with the returned id.
    virtual quint64 requestPage(const FilterSet &filters, const SortSpec &sort, int page,
                                int pageSize) = 0;

signals:
    // totalElements is -1 when the source answers the first page before its
    // total (see totalReady).
    void pageReady(quint64 requestId, int page, const QList<lance::Lead> &leads,
                   qint64 totalElements);
    void pageFailed(quint64 requestId, const QString &message);
    // The total for a page that came without one, under the same id.
    void totalReady(quint64 requestId, qint64 totalElements);
    void totalFailed(quint64 requestId, const QString &message);
    // The newest enrichments of a page's leads, when the server does not
    // send them with the leads (a plain Lance server): asked for apart.
    void enrichmentsReady(const QList<lance::Enrichment> &enrichments);
};

} // namespace lance
