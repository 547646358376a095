#pragma once

#include "enrichment.h"

#include <QJsonObject>
#include <QStringList>

namespace lance {

// What enriching a selection would cost, before anything is spent, as the
// engine's /estimate answers it. Reusable enrichments (pending or finished)
// are free; only found contacts are charged, so the cost of the new ones is
// a maximum.
struct CreditEstimate
{
    ContactField field = ContactField::Emails;
    qint64 selected = 0;
    qint64 finished = 0; // already enriched: free
    qint64 pending = 0;  // already on its way: free
    qint64 fresh = 0;    // new enrichments the request would create
    qint64 costPerFound = 0;
    qint64 maxCost = 0;
    qint64 balance = 0; // available now (holds already taken off)
    qint64 held = 0;
    // The first new leads in selection order, for "enrich what I can afford".
    QStringList newIds;
    // Selected leads that already have contact data of this field without
    // any enrichment by this organization (feature on_file): new leads all
    // the same, charged if enriched. Their ids, up to the asked limit, let
    // the client leave them out. Both empty on a server that cannot tell.
    qint64 onFile = 0;
    QStringList onFileIds;
    // False when the counts are an upper bound: a server without the
    // engine's estimate, and a selection too large to look up lead by lead,
    // counts every lead as new (the ones already enriched stay free when
    // submitted, so the real cost can only be lower).
    bool exact = true;

    // Prices the counts: the selected leads neither pending nor finished are
    // new, and each of them may cost costPerFound. The engine's /estimate
    // and the client's fallback for plain Lance servers both price here.
    void price(qint64 costPerFoundContact);

    qint64 balanceAfterMax() const { return balance - maxCost; }
    bool isAffordable() const { return maxCost <= balance; }
    qint64 shortfall() const { return qMax<qint64>(0, maxCost - balance); }
    // How many new leads the balance covers even if every one is found.
    qint64 affordableCount() const
    {
        return costPerFound <= 0 ? fresh : qMin(fresh, balance / costPerFound);
    }

    // The engine's /estimate answer (without `exact`, which only the client
    // sets).
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, CreditEstimate *out, QString *error = nullptr);
};

} // namespace lance
