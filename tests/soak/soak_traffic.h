#pragma once

// Traffic for the reliability stories: many clients, each with its own
// QNetworkAccessManager (its own connections, as separate app instances
// would have), sending a seeded mix of the enrichment API's calls for
// overlapping leads, and the rules every answer must follow.

#include "engine_harness.h"
#include "ledger_check.h"

#include <QHash>
#include <QMap>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <functional>
#include <memory>
#include <optional>

namespace lance::soak {

using lance::test::AnsweredEnrichment;
using lance::test::EngineProcess;
using lance::test::Reply;

struct Caller
{
    QByteArray token;
    QString orgId;
};

struct Call
{
    enum Kind
    {
        Batch,
        BulkManual,
        BulkRange,
        Single,
        Cancel,
        Query,
        Balance,
        GetOne,
        Invalid
    };
    Kind kind = Batch;
    QByteArray method;
    QString path;
    QByteArray body;
    Caller caller;
    QString field;
    // Enrichment requests: the persons the answer must name, in order and
    // once each (engine rule 3). Query: the persons asked about.
    QStringList persons;
    // Invalid requests: what makes them so, for failure messages.
    QString invalidWhy;
    // Unknown-person requests: the id the 400 must list in unknownIds.
    QString unknownId;

    QString describe() const;
};

// What the engine's contract says about each kind of answer.
struct Rules
{
    int costEmails = 10;
    int costPhones = 50;
};

// Empty when `reply` is a correct answer to `call`: a 2xx of the right
// shape, or the one error the contract allows there (402 with its exact
// envelope, 404 for a cancel or read with nothing there, 400 only for an
// invalid request). A reply with a networkError (no answer, or one cut
// off) is the caller's to judge.
QString checkAnswer(const Call &call, const Reply &reply, const Rules &rules);

// Remembers each enrichment a 200 answer named, with the most final status
// any answer gave; a final status answered twice must not change.
void recordAnswered(const Call &call, const Reply &reply,
                    QHash<QString, AnsweredEnrichment> *answered, QStringList *problems);

// Draws calls: enrichment requests over windows of `pool` (the leads in
// default search order, so a range selection's persons are known), both
// fields, the given callers, with cancels, reads and balance checks mixed in.
class TrafficGenerator
{
public:
    TrafficGenerator(quint64 seed, QStringList pool, QList<Caller> callers, bool withInvalid);
    Call next();
    // The person window and id sizes; smaller windows overlap more.
    int maxIds = 120;

private:
    QStringList window(int size);
    QRandomGenerator m_rng;
    QStringList m_pool;
    QList<Caller> m_callers;
    bool m_withInvalid;
};

// Clients sending calls from a source until it runs dry or they are told to
// stop; every finished call is handed to `onAnswer` with its reply.
class Clients
{
public:
    using Source = std::function<std::optional<Call>(int client)>;
    using OnAnswer = std::function<void(int client, const Call &, const Reply &)>;

    Clients(EngineProcess &engine, int clients, int depth, Source source, OnAnswer onAnswer);
    ~Clients();
    void start();
    // No new calls; the ones under way still finish (or fail).
    void stopIssuing() { m_issuing = false; }
    // Nothing under way: every call sent has its answer (or its error).
    bool idle() const { return m_outstanding == 0; }
    int sent() const { return m_sent; }

private:
    void issue(int client);
    EngineProcess &m_engine;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    int m_depth;
    Source m_source;
    OnAnswer m_onAnswer;
    bool m_issuing = true;
    int m_outstanding = 0;
    int m_sent = 0;
};

// Enrichments still pending in the file, and the persons with an enrichment
// of `field` for `orgId` (read-only, beside the engine).
int pendingInFile(const QString &dbPath);
// Enrichments in the file by status ("finished" split into "found" and
// "not found"): what the run really exercised.
QMap<QString, int> statusMix(const QString &dbPath);
QStringList personsWithEnrichments(const QString &dbPath, const QString &orgId,
                                   const QString &field);

} // namespace lance::soak
