// Cancel pending: EnrichmentSession::cancelPending with the engine's batch
// cancel (cancel_batch, 1,000 ids per request) against the naive baseline,
// one DELETE per lead, in the same run on the same engine build. Each side
// gets a fresh engine with N pending enrichments; what is printed is the
// time until the session reports the outcome, and the requests the engine
// counted for it. Small by default, N = 5,575 (the figure) with
// LANCE_BENCH_FULL=1.
#include "bench_util.h"
#include "engine_harness.h"
#include "enrichment_poller.h"
#include "enrichment_session.h"
#include "lance_client.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using lance::ContactField;
using lance::EnrichmentSession;
using lance::LanceClient;
using lance::Selection;
using lance::test::EngineProcess;
using namespace lance::bench;

namespace {

struct Run
{
    double ms = 0;
    qint64 requests = 0;
    int cancelled = 0;
};

Run cancelAll(int pending, bool inBatches)
{
    EngineProcess engine({QStringLiteral("--seed-demo"), QString::number(pending),
                          QStringLiteral("--credits"), QStringLiteral("100000000"),
                          QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
    if (!engine.start())
        die("engine did not start");
    LanceClient client;
    if (!client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)))
        die("client refused the engine's address");
    EnrichmentSession session(&client);
    // Quiet poller: what the engine counts is the cancel.
    session.poller()->setIntervals({3600000, 3600000, 1.5, 3600000, 3600000});
    session.setCancelInBatches(inBatches);

    bool submitted = false;
    QObject::connect(&session, &EnrichmentSession::submitted, [&] { submitted = true; });
    Selection all;
    all.selectAllMatching({}, {}, pending);
    session.submit(all, ContactField::Emails);
    runUntil([&] { return submitted; }, 600000, "submission");
    if (session.pendingIds(ContactField::Emails).size() != pending)
        die("not every enrichment started");

    Run run;
    bool finished = false;
    QObject::connect(&session, &EnrichmentSession::cancelFinished,
                     [&](int cancelled, int, const QString &error) {
                         if (!error.isEmpty())
                             die("cancel failed");
                         run.cancelled = cancelled;
                         finished = true;
                     });
    const qint64 before = engine.requestsServed();
    QElapsedTimer timer;
    timer.start();
    session.cancelPending(ContactField::Emails);
    runUntil([&] { return finished; }, 1800000, "cancel");
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    // Minus the /meta that reads the count.
    run.requests = engine.requestsServed() - before - 1;
    if (before < 0 || run.cancelled != pending)
        die("not every enrichment was cancelled");
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pending = qEnvironmentVariableIsSet("LANCE_BENCH_FULL") ? 5575 : 2000;
    bench("cancel_pending", pending);
    const Run perLead = cancelAll(pending, false);
    const Run batched = cancelAll(pending, true);
    bench("cancel_per_lead_ms", perLead.ms);
    bench("cancel_per_lead_requests", double(perLead.requests));
    bench("cancel_batch_ms", batched.ms);
    bench("cancel_batch_requests", double(batched.requests));
    bench("cancel_speedup_x", perLead.ms / std::max(batched.ms, 0.001));
    bench("cancel_request_ratio_x",
          double(perLead.requests) / double(std::max<qint64>(batched.requests, 1)));
    return 0;
}
