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
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

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

QString encoded(const QJsonObject &o)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(lance::test::toJson(o))));
}

// The engine's SQLite file, read-only, on a connection of the baseline's
// own: what a straightforward engine would run, in process, without HTTP.
class NaiveSql
{
public:
    explicit NaiveSql(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            die(qPrintable(QStringLiteral("cannot open the engine's database: ") +
                           db.lastError().text()));
        // The engine's own page cache size, so neither side reads more
        // from the OS than the other.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -32768"));
    }
    ~NaiveSql() { QSqlDatabase::removeDatabase(kConnection); }
    // Runs `sql` to its last row; the time in milliseconds.
    double timed(const QString &sql, const QVariantList &binds)
    {
        return timedMs([&] {
            QSqlQuery q(QSqlDatabase::database(kConnection));
            q.setForwardOnly(true);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (!q.exec())
                die(qPrintable(q.lastError().text()));
            while (q.next()) {
            }
        });
    }

private:
    static inline const QString kConnection = QStringLiteral("naive");
};

// The most common values of a facet, most common first.
QStringList topValues(EngineProcess &engine, const QString &key, int n)
{
    QStringList out;
    const QJsonArray items =
        require(engine.get(QStringLiteral(
                               "/api/v1/operations/autocomplete/person-metadata?facet=%1&size=%2")
                               .arg(key)
                               .arg(n)))
            .array();
    for (const QJsonValue &v : items)
        out << v.toObject().value(QStringLiteral("key")).toString();
    return out;
}

// Facets in context: a facet's 25 most common values with counts under two
// other filters, each (facet, context) asked for the first time so the
// engine's facet cache does not answer; then the same again, cached. The
// baseline is the SQL GROUP BY a straightforward engine would run (SQLite
// picks one of the filter indexes and reads each matching row).
void facetsInContext(EngineProcess &engine, NaiveSql &naive, bool full)
{
    const QString facets = QStringLiteral("/api/v1/operations/autocomplete/person-metadata");
    const QStringList countries = topValues(engine, QStringLiteral("country"), 8);
    const QStringList seniorities = topValues(engine, QStringLiteral("seniority"), 5);
    const QStringList keys{QStringLiteral("job_title"), QStringLiteral("department"),
                           QStringLiteral("city"), QStringLiteral("industry")};
    QList<double> first, cached, baseline;
    int asked = 0;
    const int rounds = full ? 40 : 20;
    for (const QString &country : countries) {
        for (const QString &seniority : seniorities) {
            if (asked >= rounds)
                break;
            const QString key = keys.at(asked % keys.size());
            const QJsonObject context{{QStringLiteral("country"), QJsonArray{country}},
                                      {QStringLiteral("seniority"), QJsonArray{seniority}}};
            const QString path =
                facets + QStringLiteral("?facet=%1&size=25&filters=%2").arg(key, encoded(context));
            first << timedMs([&] { require(engine.get(path)); });
            cached << timedMs([&] { require(engine.get(path)); });
            baseline << naive.timed(
                QStringLiteral("SELECT %1, count(*) AS n FROM leads WHERE country = ? AND "
                               "seniority = ? GROUP BY %1 ORDER BY n DESC, %1 LIMIT 25")
                    .arg(key),
                {country, seniority});
            ++asked;
        }
    }
    bench("engine.facet_in_context_p95_ms", percentile(first, 0.95));
    bench("engine.facet_in_context_cached_p95_ms", percentile(cached, 0.95));
    bench("engine.facet_in_context_naive_sql_p95_ms", percentile(baseline, 0.95));
    bench("engine.facet_in_context_speedup_vs_naive_sql",
          percentile(baseline, 0.95) / percentile(first, 0.95));
}

// Type-ahead in a facet: substrings of job titles as a rep types them,
// under one other filter varied so that each ask is a first one. The
// baseline is LIKE '%text%' over the filter's rows.
void facetSubstring(EngineProcess &engine, NaiveSql &naive)
{
    const QString facets = QStringLiteral("/api/v1/operations/autocomplete/person-metadata");
    const QStringList countries = topValues(engine, QStringLiteral("country"), 20);
    const QStringList typed{QStringLiteral("sales"), QStringLiteral("eng"),  QStringLiteral("man"),
                            QStringLiteral("dir"),   QStringLiteral("of m"), QStringLiteral("data"),
                            QStringLiteral("sen"),   QStringLiteral("head"), QStringLiteral("vp"),
                            QStringLiteral("acc")};
    QList<double> first, baseline;
    for (int i = 0; i < countries.size(); ++i) {
        const QString text = typed.at(i % typed.size());
        const QJsonObject context{{QStringLiteral("country"), QJsonArray{countries.at(i)}}};
        first << timedMs([&] {
            require(
                engine.get(facets + QStringLiteral("?facet=job_title&size=25&search=%1&filters=%2")
                                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(text)),
                                             encoded(context))));
        });
        baseline << naive.timed(
            QStringLiteral("SELECT job_title, count(*) AS n FROM leads WHERE country = ? AND "
                           "job_title LIKE ? GROUP BY job_title ORDER BY n DESC LIMIT 25"),
            {countries.at(i), QStringLiteral("%%1%").arg(text)});
    }
    bench("engine.facet_substring_p95_ms", percentile(first, 0.95));
    bench("engine.facet_substring_naive_sql_p95_ms", percentile(baseline, 0.95));
    bench("engine.facet_substring_speedup_vs_naive_sql",
          percentile(baseline, 0.95) / percentile(first, 0.95));
}

// Outcome filters after `target` email enrichments have finished: the
// first page of leads whose newest email enrichment found nothing (and
// other outcomes, alone and with a country), without the total, as the
// table asks. The baseline finds the newest enrichment of each lead with a
// correlated max(seq) over enrichments.
void statusFilter(EngineProcess &engine, NaiveSql &naive, const QStringList &countries)
{
    const QString search = QStringLiteral("/api/v1/entities/prospects/person");
    QList<double> ours, baseline;
    const QStringList outcomes{QStringLiteral("not_found"), QStringLiteral("found"),
                               QStringLiteral("failed")};
    for (int i = 0; i < 24; ++i) {
        const QString outcome = i < 8 ? QStringLiteral("not_found") : outcomes.at(i % 3);
        QJsonObject filters{{QStringLiteral("email_status"), QJsonArray{outcome}}};
        const bool withCountry = i % 2 == 1;
        const QString country = countries.at(i % countries.size());
        if (withCountry)
            filters.insert(QStringLiteral("country"), QJsonArray{country});
        const int page = i < 8 ? i / 2 : 0;
        ours << timedMs([&] {
            require(engine.post(search, {{QStringLiteral("page"), page},
                                         {QStringLiteral("size"), 100},
                                         {QStringLiteral("withTotal"), false},
                                         {QStringLiteral("filters"), filters}}));
        });
        const QString status = outcome == QLatin1String("failed") ? QStringLiteral("failed")
                                                                  : QStringLiteral("finished");
        const QString found =
            outcome == QLatin1String("found")       ? QStringLiteral(" AND e.data_found = 1")
            : outcome == QLatin1String("not_found") ? QStringLiteral(" AND e.data_found = 0")
                                                    : QString();
        QVariantList binds{QStringLiteral("org_local"), status};
        if (withCountry)
            binds << country;
        binds << page * 100;
        baseline << naive.timed(
            QStringLiteral(
                "SELECT l.* FROM leads l JOIN enrichments e ON e.person_id = l.id WHERE "
                "e.org_id = ? AND e.field = 'emails' AND e.status = ?%1 AND e.seq = (SELECT "
                "max(seq) FROM enrichments e2 WHERE e2.org_id = e.org_id AND e2.person_id = "
                "e.person_id AND e2.field = e.field)%2 ORDER BY l.seq LIMIT 100 OFFSET ?")
                .arg(found, withCountry ? QStringLiteral(" AND l.country = ?") : QString()),
            binds);
    }
    bench("engine.search_status_filter_p95_ms", percentile(ours, 0.95));
    bench("engine.search_status_filter_naive_sql_p95_ms", percentile(baseline, 0.95));
    bench("engine.search_status_filter_speedup_vs_naive_sql",
          percentile(baseline, 0.95) / percentile(ours, 0.95));
}

qint64 totalOf(EngineProcess &engine, const QJsonObject &filters)
{
    return require(engine.post(QStringLiteral("/api/v1/entities/prospects/person"),
                               {{QStringLiteral("size"), 0}, {QStringLiteral("filters"), filters}}))
        .object()
        .value(QStringLiteral("totalElements"))
        .toInteger();
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

    NaiveSql naive(engine.dbPath());
    facetsInContext(engine, naive, full);
    facetSubstring(engine, naive);
    bench(full ? "engine.rss_1m_mb" : "engine.rss_mb", residentKb(engine.pid()) / 1024.0);

    // Outcome filters need finished enrichments: the engine starts again on
    // the same file with instant providers, finishes what was left pending
    // above (the bulk ranges' emails, the phones) and enriches emails of
    // further leads up to `target`.
    const int target = full ? 50'000 : 10'000;
    if (engine.terminate() != 0)
        die("lance-engine did not stop");
    if (!engine.restart({QStringLiteral("--credits"), QStringLiteral("1000000000000"),
                         QStringLiteral("--latency-ms"), QStringLiteral("0:0"),
                         QStringLiteral("--max-in-flight"), QStringLiteral("2000"),
                         QStringLiteral("--max-age-s"), QStringLiteral("100000")}))
        die("lance-engine did not start again");
    const QJsonObject emailsPending{
        {QStringLiteral("email_status"), QJsonArray{QStringLiteral("pending")}}};
    const QJsonObject phonesPending{
        {QStringLiteral("phone_status"), QJsonArray{QStringLiteral("pending")}}};
    const QJsonObject never{{QStringLiteral("email_status"), QJsonArray{QStringLiteral("none")}}};
    for (qint64 done = leads - totalOf(engine, never); done < target; done += 1000) {
        // The first thousand leads never enriched.
        require(engine.post(QStringLiteral("/api/v1/operations/enrichment/bulk"),
                            {{QStringLiteral("field"), QStringLiteral("emails")},
                             {QStringLiteral("selection"),
                              QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                          {QStringLiteral("startIndex"), 0},
                                          {QStringLiteral("targetCount"),
                                           int(std::min<qint64>(1000, target - done))},
                                          {QStringLiteral("filters"), never}}}}));
    }
    runUntil(
        [&] { return totalOf(engine, emailsPending) == 0 && totalOf(engine, phonesPending) == 0; },
        1'800'000, "enrichments did not finish");
    bench("engine.status_filter_enrichments", double(leads - totalOf(engine, never)));
    bench("engine.status_filter_not_found",
          double(totalOf(engine, {{QStringLiteral("email_status"),
                                   QJsonArray{QStringLiteral("not_found")}}})));
    statusFilter(engine, naive, topValues(engine, QStringLiteral("country"), 6));
    return engine.terminate() == 0 ? 0 : 1;
}
