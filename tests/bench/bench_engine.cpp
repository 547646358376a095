// Engine benchmark: starts the real lance-engine on a fresh database and
// measures it over HTTP on loopback, with the naive baseline (one POST per
// lead) in the same run. Small by default; LANCE_BENCH_FULL=1 runs it on
// 1,000,000 leads. Prints one "BENCH <metric> <value>" line per figure.
#include "bench_util.h"
#include "engine_harness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <functional>

using lance::test::EngineProcess;
using lance::test::Reply;
using lance::test::residentKb;

using namespace lance::bench;

namespace {

double timedMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

// A benchmark whose requests fail measures nothing: stop loudly.
Reply require(const Reply &r)
{
    if (r.status / 100 != 2) {
        std::fprintf(stderr, "bench: request failed: %d %s\n", r.status, r.body.constData());
        std::exit(1);
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool full = qEnvironmentVariable("LANCE_BENCH_FULL") == QLatin1String("1");
    const int leads = full ? 1'000'000 : 20'000;
    const QString search = QStringLiteral("/api/v1/entities/prospects/person");

    // Long latency keeps created enrichments pending: the figures are about
    // the API, not about the simulated providers.
    EngineProcess engine({QStringLiteral("--seed-demo"), QString::number(leads),
                          QStringLiteral("--credits"), QStringLiteral("1000000000000"),
                          QStringLiteral("--latency-ms"), QStringLiteral("3600000:3600000"),
                          QStringLiteral("--max-age-s"), QStringLiteral("100000")});
    QElapsedTimer started;
    started.start();
    if (!engine.start(3'600'000)) {
        std::fprintf(stderr, "bench: lance-engine did not start\n");
        return 1;
    }
    const double generateS = started.nsecsElapsed() / 1e9;
    bench("engine.leads", leads);
    bench("engine.generate_s", generateS);
    if (full)
        bench("engine.generate_1m_s", generateS);

    // One-key filters over every filter key, each value searched once, so
    // no answer comes from the engine's count cache.
    QList<QPair<QString, QString>> oneKey;
    for (const char *key :
         {"country", "job_title", "seniority", "department", "industry", "city", "company"}) {
        const QJsonArray items =
            require(
                engine.get(QStringLiteral(
                               "/api/v1/operations/autocomplete/person-metadata?facet=%1&size=15")
                               .arg(QLatin1String(key))))
                .array();
        for (const QJsonValue &v : items)
            oneKey.append(
                {QLatin1String(key), v.toObject().value(QStringLiteral("key")).toString()});
    }
    QList<double> filtered;
    for (const auto &f : oneKey) {
        const QJsonObject body{
            {QStringLiteral("page"), 0},
            {QStringLiteral("size"), 100},
            {QStringLiteral("filters"), QJsonObject{{f.first, QJsonArray{f.second}}}}};
        filtered << timedMs([&] { require(engine.post(search, body)); });
    }
    bench("engine.search_filtered_first_page_p95_ms", percentile(filtered, 0.95));

    // Substrings of real names and companies, as a rep types them.
    const QJsonArray sample =
        require(engine.post(search, {{QStringLiteral("page"), 3}, {QStringLiteral("size"), 40}}))
            .object()
            .value(QStringLiteral("content"))
            .toArray();
    QList<double> text;
    for (int i = 0; i < sample.size(); ++i) {
        const QString source =
            sample.at(i)
                .toObject()
                .value(i % 2 ? QStringLiteral("lastName") : QStringLiteral("company"))
                .toString();
        const QString q = source.left(std::min<int>(int(source.size()), 4 + i % 3));
        const QJsonObject body{
            {QStringLiteral("size"), 100},
            {QStringLiteral("filters"), QJsonObject{{QStringLiteral("q"), QJsonArray{q}}}}};
        text << timedMs([&] { require(engine.post(search, body)); });
    }
    bench("engine.search_text_first_page_p95_ms", percentile(text, 0.95));

    // Bulk ranges of 1,000 new leads each.
    QList<double> bulk;
    for (int i = 0; i < (full ? 30 : 8); ++i) {
        const QJsonObject body{{QStringLiteral("field"), QStringLiteral("emails")},
                               {QStringLiteral("selection"),
                                QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                            {QStringLiteral("startIndex"), i * 1000},
                                            {QStringLiteral("targetCount"), 1000},
                                            {QStringLiteral("filters"), QJsonObject{}}}}};
        bulk << timedMs([&] {
            require(engine.post(QStringLiteral("/api/v1/operations/enrichment/bulk"), body));
        });
    }
    bench("engine.bulk1000_p95_ms", percentile(bulk, 0.95));

    // The naive baseline in the same run: 1,000 leads' phones as one bulk
    // request, and another 1,000 as single POSTs (sent together; Qt keeps
    // six connections busy, as a browser would). Repeated on fresh leads
    // each round (a lead enriched once would be answered from what exists),
    // with the side that goes first alternating, and reported as the median
    // with its spread: one sample per side says little on a shared machine.
    constexpr int kRounds = 7;
    const QStringList ids = engine.leadIds(2000 * kRounds);
    if (ids.size() != 2000 * kRounds)
        die("too few leads for the bulk vs single rounds");
    QList<double> bulkRounds, singleRounds;
    for (int round = 0; round < kRounds; ++round) {
        const QStringList bulkIds = ids.mid(2000 * round, 1000);
        const QStringList singleIds = ids.mid(2000 * round + 1000, 1000);
        const auto bulkSide = [&] {
            bulkRounds << timedMs([&] {
                require(
                    engine.post(QStringLiteral("/api/v1/operations/enrichment/bulk"),
                                {{QStringLiteral("field"), QStringLiteral("phones")},
                                 {QStringLiteral("selection"),
                                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                                              {QStringLiteral("includedIds"),
                                               QJsonArray::fromStringList(bulkIds)}}}}));
            });
        };
        const auto singleSide = [&] {
            QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> singles;
            for (const QString &id : singleIds)
                singles << [&engine, id](QNetworkAccessManager &nam) {
                    return nam.post(
                        engine.request(
                            QStringLiteral("/api/v1/operations/enrichment/%1?field=phones")
                                .arg(id)),
                        QByteArray());
                };
            singleRounds << timedMs([&] {
                for (const Reply &r : engine.concurrent(singles))
                    require(r);
            });
        };
        if (round % 2 == 0) {
            bulkSide();
            singleSide();
        } else {
            singleSide();
            bulkSide();
        }
    }
    const auto [bulkMin, bulkMax] = std::minmax_element(bulkRounds.begin(), bulkRounds.end());
    const auto [singleMin, singleMax] =
        std::minmax_element(singleRounds.begin(), singleRounds.end());
    bench("engine.bulk_vs_single_rounds", kRounds);
    bench("engine.bulk1000_manual_ms", median(bulkRounds));
    bench("engine.bulk1000_manual_min_ms", *bulkMin);
    bench("engine.bulk1000_manual_max_ms", *bulkMax);
    bench("engine.single_posts1000_ms", median(singleRounds));
    bench("engine.single_posts1000_min_ms", *singleMin);
    bench("engine.single_posts1000_max_ms", *singleMax);
    // Median over median, the same rounds on both sides.
    bench("engine.bulk_vs_single_posts_speedup", median(singleRounds) / median(bulkRounds));

    // batch/query of 200 tasks, six in flight, for a fixed number of requests.
    QJsonArray tasks;
    for (const QString &id : ids.mid(0, 200))
        tasks.append(QJsonObject{{QStringLiteral("entityId"), id},
                                 {QStringLiteral("field"), QStringLiteral("phones")},
                                 {QStringLiteral("entityType"), QStringLiteral("person")}});
    const QByteArray queryBody = lance::test::toJson({{QStringLiteral("tasks"), tasks}});
    const int queries = full ? 3000 : 600;
    const double queryMs = timedMs([&] {
        int sent = 0, done = 0;
        QEventLoop loop;
        std::function<void()> next = [&] {
            QNetworkReply *r = engine.network().post(
                engine.request(QStringLiteral("/api/v1/operations/enrichment/batch/query")),
                queryBody);
            ++sent;
            QObject::connect(r, &QNetworkReply::finished, &loop, [&, r] {
                if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200 ||
                    QJsonDocument::fromJson(r->readAll()).array().size() != 200) {
                    std::fprintf(stderr, "bench: batch/query answered wrongly\n");
                    std::exit(1);
                }
                r->deleteLater();
                if (++done == queries)
                    loop.quit();
                else if (sent < queries)
                    next();
            });
        };
        for (int i = 0; i < 6; ++i)
            next();
        loop.exec();
    });
    bench("engine.batch_query200_rps", queries / (queryMs / 1000.0));
    bench(full ? "engine.rss_1m_mb" : "engine.rss_mb", residentKb(engine.pid()) / 1024.0);
    return engine.terminate() == 0 ? 0 : 1;
}
