// Live-status benchmark: EnrichmentPoller against the real lance-engine on
// loopback, with the naive baseline (one GET per lead, as a quick client
// would poll) in the same run. Requests are counted at the server, through
// the engine's /api/v1/meta "requestsServed". Prints one
// "BENCH <metric> <value>" line per figure.
#include "bench_util.h"
#include "engine_harness.h"
#include "enrichment_poller.h"
#include "iso_time.h"
#include "lance_client.h"
#include "lead_table_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using lance::ContactField;
using lance::Enrichment;
using lance::EnrichmentPoller;
using lance::LanceClient;
using lance::Result;
using lance::test::EngineProcess;

using namespace lance::bench;

namespace {

constexpr int kPending = 10000;

// User plus system CPU of this process (the client; the engine is another
// process), in milliseconds.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

qint64 requestsServed(EngineProcess &engine)
{
    const qint64 served = engine.requestsServed();
    if (served < 0)
        die("meta failed");
    return served;
}

// Requests `count` enrichments in bulk ranges of 1,000 and returns them.
QList<Enrichment> enrichFirst(LanceClient &client, int count)
{
    QList<Enrichment> all;
    int answered = 0;
    const int ranges = (count + 999) / 1000;
    for (int i = 0; i < ranges; ++i) {
        lance::BulkRange range;
        range.startIndex = i * 1000;
        range.targetCount = std::min(1000, count - i * 1000);
        client.enrichBulk(range, ContactField::Emails, &client,
                          [&](const Result<LanceClient::Enrichments> &r) {
                              if (!r.ok())
                                  die(qPrintable(r.error->message));
                              all += *r.value;
                              ++answered;
                          });
    }
    runUntil([&] { return answered == ranges; }, 120000, "bulk enrichment did not answer");
    return all;
}

void pollingCost()
{
    // Providers that never answer during the run: all 10,000 stay pending.
    EngineProcess engine({QStringLiteral("--seed-demo"), QString::number(kPending),
                          QStringLiteral("--credits"), QStringLiteral("100000000"),
                          QStringLiteral("--latency-ms"), QStringLiteral("3600000:3600000"),
                          QStringLiteral("--max-age-s"), QStringLiteral("100000")});
    if (!engine.start())
        die("lance-engine did not start");
    LanceClient client;
    if (!client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)))
        die("bad server url");
    const QList<Enrichment> pending = enrichFirst(client, kPending);
    if (pending.size() != kPending)
        die("not every lead got an enrichment");

    EnrichmentPoller poller(&client);
    EnrichmentPoller::Intervals manual;
    manual.fastMs = manual.slowMs = 3600000; // cycles only when asked, so each is counted alone
    poller.setIntervals(manual);
    poller.track(pending);
    int cycles = 0;
    bool failed = false;
    QObject::connect(&poller, &EnrichmentPoller::cycleFinished, [&](bool ok) {
        ++cycles;
        failed |= !ok;
    });

    QList<double> requests, wallMs, cpu;
    for (int i = 0; i < 5; ++i) {
        const qint64 before = requestsServed(engine);
        const double cpuBefore = cpuMs();
        QElapsedTimer t;
        t.start();
        const int target = cycles + 1;
        poller.pollNow();
        runUntil([&] { return cycles == target; }, 120000, "poll cycle did not finish");
        wallMs << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - cpuBefore;
        // The second meta call counts itself too.
        requests << double(requestsServed(engine) - before - 1);
    }
    if (failed || poller.pendingCount() != kPending)
        die("a poll cycle failed or lost track of pending work");
    bench("poller.requests_per_cycle_10k", median(requests));
    bench("poller.cycle_ms_10k", median(wallMs));
    bench("poller.client_cpu_ms_per_cycle_10k", median(cpu));

    // The baseline: one GET per lead, all sent at once on the same client.
    QList<double> naiveRequests, naiveMs, naiveCpu;
    for (int i = 0; i < 2; ++i) {
        const qint64 before = requestsServed(engine);
        const double cpuBefore = cpuMs();
        QElapsedTimer t;
        t.start();
        int answered = 0;
        for (const Enrichment &e : pending) {
            client.enrichment(e.entityId, e.field, &client,
                              [&](const Result<std::optional<Enrichment>> &r) {
                                  if (!r.ok())
                                      die(qPrintable(r.error->message));
                                  ++answered;
                              });
        }
        runUntil([&] { return answered == kPending; }, 600000, "naive cycle did not finish");
        naiveMs << t.nsecsElapsed() / 1e6;
        naiveCpu << cpuMs() - cpuBefore;
        naiveRequests << double(requestsServed(engine) - before - 1);
    }
    bench("poller.naive_requests_per_cycle_10k", median(naiveRequests));
    bench("poller.naive_cycle_ms_10k", median(naiveMs));
    bench("poller.naive_client_cpu_ms_per_cycle_10k", median(naiveCpu));
    bench("poller.cycle_speedup_vs_naive", median(naiveMs) / median(wallMs));
    bench("poller.request_reduction_vs_naive", median(naiveRequests) / median(requests));
}

void statusLatency()
{
    // Real provider latencies; enough providers in flight that the 1,000
    // finish within seconds.
    constexpr int kLeads = 1000;
    EngineProcess engine({QStringLiteral("--seed-demo"), QString::number(kLeads),
                          QStringLiteral("--credits"), QStringLiteral("100000000"),
                          QStringLiteral("--latency-ms"), QStringLiteral("300:3000"),
                          QStringLiteral("--max-in-flight"), QStringLiteral("512")});
    if (!engine.start())
        die("lance-engine did not start");
    LanceClient client;
    if (!client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)))
        die("bad server url");

    EnrichmentPoller poller(&client);
    // The fastest interval throughout: the figure is the poller's delay, not
    // its back-off while nothing changes.
    EnrichmentPoller::Intervals fastest;
    fastest.slowMs = fastest.fastMs;
    poller.setIntervals(fastest);
    lance::LeadTableModel model;
    QList<double> latencies;
    QObject::connect(&poller, &EnrichmentPoller::enrichmentsUpdated, &model,
                     [&](const QList<Enrichment> &changed) {
                         model.applyEnrichments(changed);
                         const qint64 now = QDateTime::currentMSecsSinceEpoch();
                         for (const Enrichment &e : changed) {
                             if (e.status == lance::EnrichmentStatus::Pending)
                                 continue;
                             // updatedAt is when the engine finished it.
                             latencies << double(
                                 now - lance::fromIsoTime(e.updatedAt).toMSecsSinceEpoch());
                         }
                     });
    poller.track(enrichFirst(client, kLeads));
    runUntil([&] { return poller.pendingCount() == 0; }, 300000, "enrichments did not finish");
    if (latencies.size() != kLeads)
        die("not every enrichment reached the model");
    bench("poller.status_to_model_p50_ms", percentile(latencies, 0.5));
    bench("poller.status_to_model_p95_ms", percentile(latencies, 0.95));
    bench("poller.fast_interval_ms", fastest.fastMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    pollingCost();
    statusLatency();
    return 0;
}
