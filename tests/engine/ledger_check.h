#pragma once

// The credit ledger's invariants (lance-api.md, engine rules 5, 6 and 9),
// written once and checked straight on the engine's SQLite file, so every
// story (durability, concurrency, the kill -9 soak) proves the same thing:
// nothing lost, nothing charged twice, no credit spent that was not there.
//
// The file is opened read-only on its own connection; in WAL mode that is a
// plain reader beside a running engine, or a reader of what a killed engine
// left behind. Everything is read in one transaction, so it is one snapshot.

#include <QByteArrayList>
#include <QHash>
#include <QString>
#include <QStringList>

namespace lance::test {

class EngineProcess;

struct LedgerCheck
{
    // When set, each token's GET /operations/credits/balance ("balance" and
    // "held") must agree with what the file says for its organization.
    EngineProcess *engine = nullptr;
    // Tokens to ask the engine about; empty means EngineProcess::kToken.
    QByteArrayList tokens;
    // When maxAgeS > 0: the engine swept overdue work at or after sweptAtMs
    // (ms since the epoch, this machine's clock), so nothing may still be
    // pending that was created more than maxAgeS before sweptAtMs.
    int maxAgeS = 0;
    qint64 sweptAtMs = 0;
};

// Human-readable violations; empty when every invariant holds.
QStringList ledgerViolations(const QString &dbPath, const LedgerCheck &check = {});

// The one-line form for stories: the engine's own file and default token;
// prints each violation with qWarning and returns whether there were none.
bool ledgerHolds(EngineProcess &engine);

// What the engine answered about an enrichment (from any 200 response).
struct AnsweredEnrichment
{
    QString orgId;
    QString personId;
    QString field;
    QString status;
    QString creditTransactionId;
};

// Engine rule 9, "committed before it is answered": every enrichment an
// answer named is in the file with the same organization, person and field,
// and one answered in a final status still has it (final is final).
QStringList answeredViolations(const QString &dbPath,
                               const QHash<QString, AnsweredEnrichment> &answered);

} // namespace lance::test
