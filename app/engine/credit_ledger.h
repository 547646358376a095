#pragma once

#include "engine_config.h"
#include "enrichment.h"

#include <QJsonArray>
#include <QSet>
#include <QString>

namespace lance::engine {

class Store;

// An organization's credits: its prices, its starting credits, what it has
// available (transactions summed, minus the holds of pending enrichments)
// and its transaction history.
class CreditLedger
{
public:
    CreditLedger(Store &store, const EngineConfig &config);

    // Credits a found contact of this field costs.
    int costOf(ContactField f) const;
    // Creates an organization with its starting credits the first time one of
    // its tokens is used.
    bool ensureOrganization(const QString &orgId, QString *error);
    bool balance(const QString &orgId, qint64 *available, qint64 *held, QString *error);
    bool history(const QString &orgId, int limit, int offset, const QString &startDate,
                 const QString &endDate, QJsonArray *transactions, qint64 *count, QString *error);

private:
    Store &m_store;
    const EngineConfig &m_config;
    QSet<QString> m_knownOrgs;
};

} // namespace lance::engine
