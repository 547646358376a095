// Engine benchmark: starts the real lance-engine on a fresh database and
// measures it over HTTP on loopback. Small by default; LANCE_BENCH_FULL=1
// runs it on 1,000,000 leads. Prints one "BENCH <metric> <value>" per figure.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QByteArray kToken = "bench-token";

void bench(const char *metric, double value)
{
    std::printf("BENCH %s %.2f\n", metric, value);
    std::fflush(stdout);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

class Client
{
public:
    explicit Client(const QUrl &base) : m_base(base) {}

    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QUrl url = m_base;
        const int q = path.indexOf(QLatin1Char('?'));
        url.setPath(QStringLiteral("/api/v1") + path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + kToken);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        // post()/get() rather than sendCustomRequest(): the custom path
        // uploads through a QBuffer and stalls on every request.
        if (method == "POST")
            return m_nam.post(req, body);
        if (method == "GET")
            return m_nam.get(req);
        return m_nam.sendCustomRequest(req, method, body);
    }

    // One request, waited for; aborts the benchmark on a non-2xx answer.
    QJsonDocument call(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkReply *r = send(method, path, body);
        wait({r});
        const QByteArray data = r->readAll();
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
        if (status / 100 != 2) {
            std::fprintf(stderr, "bench: %s %s -> %d %s\n", method.constData(), qPrintable(path),
                         status, data.constData());
            std::exit(1);
        }
        return QJsonDocument::fromJson(data);
    }

    static void wait(const QList<QNetworkReply *> &replies)
    {
        QEventLoop loop;
        int open = 0;
        for (QNetworkReply *r : replies) {
            if (!r->isFinished()) {
                ++open;
                QObject::connect(r, &QNetworkReply::finished, &loop, [&] {
                    if (--open == 0)
                        loop.quit();
                });
            }
        }
        if (open > 0)
            loop.exec();
    }

    double timed(const std::function<void()> &f)
    {
        QElapsedTimer t;
        t.start();
        f();
        return t.nsecsElapsed() / 1e6;
    }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool full = qEnvironmentVariable("LANCE_BENCH_FULL") == QLatin1String("1");
    const int leads = full ? 1'000'000 : 20'000;
    QTemporaryDir dir;

    // Long latency keeps created enrichments pending: the figures are about
    // the API, not about the simulated providers.
    QProcess engine;
    engine.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer started;
    started.start();
    engine.start(QStringLiteral(LANCE_ENGINE_BINARY),
                 {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("--token"),
                  QString::fromLatin1(kToken), QStringLiteral("--seed-demo"), QString::number(leads),
                  QStringLiteral("--credits"), QStringLiteral("1000000000000"),
                  QStringLiteral("--latency-ms"), QStringLiteral("3600000:3600000"),
                  QStringLiteral("--max-age-s"), QStringLiteral("100000")});
    QByteArray out;
    while (!out.contains('\n')) {
        if (!engine.waitForReadyRead(600'000)) {
            std::fprintf(stderr, "bench: lance-engine did not start\n");
            return 1;
        }
        out += engine.readAllStandardOutput();
    }
    const double generateS = started.nsecsElapsed() / 1e9;
    const QUrl base(QString::fromLatin1(out.left(out.indexOf('\n')).mid(int(strlen("listening on ")))));
    Client c(base);
    bench("engine.leads", leads);
    bench("engine.generate_s", generateS);
    if (full)
        bench("engine.generate_1m_s", generateS);

    // One-key filters over every filter key, each value searched once, so
    // no answer comes from the engine's count cache.
    QList<QPair<QString, QString>> oneKey;
    for (const char *key : {"country", "job_title", "seniority", "department", "industry", "city", "company"}) {
        const QJsonArray items = c.call("GET", QStringLiteral("/operations/autocomplete/person-metadata?facet=%1&size=15")
                                                  .arg(QLatin1String(key)))
                                     .array();
        for (const QJsonValue &v : items)
            oneKey.append({QLatin1String(key), v.toObject().value(QStringLiteral("key")).toString()});
    }
    QList<double> filtered;
    for (const auto &f : oneKey) {
        const QByteArray body = json({{QStringLiteral("page"), 0}, {QStringLiteral("size"), 100},
                                      {QStringLiteral("filters"), QJsonObject{{f.first, QJsonArray{f.second}}}}});
        filtered << c.timed([&] { c.call("POST", QStringLiteral("/entities/prospects/person"), body); });
    }
    bench("engine.search_filtered_first_page_p95_ms", percentile(filtered, 0.95));

    // Substrings of real names and companies, as a rep types them.
    const QJsonArray sample = c.call("POST", QStringLiteral("/entities/prospects/person"),
                                     json({{QStringLiteral("page"), 3}, {QStringLiteral("size"), 40}}))
                                  .object()
                                  .value(QStringLiteral("content"))
                                  .toArray();
    QList<double> text;
    for (int i = 0; i < sample.size(); ++i) {
        const QJsonObject lead = sample.at(i).toObject();
        const QString source = lead.value(i % 2 ? QStringLiteral("lastName") : QStringLiteral("company")).toString();
        const QString q = source.left(std::min<int>(int(source.size()), 4 + i % 3));
        const QByteArray body = json({{QStringLiteral("size"), 100},
                                      {QStringLiteral("filters"), QJsonObject{{QStringLiteral("q"), QJsonArray{q}}}}});
        text << c.timed([&] { c.call("POST", QStringLiteral("/entities/prospects/person"), body); });
    }
    bench("engine.search_text_first_page_p95_ms", percentile(text, 0.95));

    // Bulk ranges of 1,000 new leads each.
    const int bulkRuns = full ? 30 : 8;
    QList<double> bulk;
    for (int i = 0; i < bulkRuns; ++i) {
        const QByteArray body = json(
            {{QStringLiteral("field"), QStringLiteral("emails")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                          {QStringLiteral("startIndex"), i * 1000},
                          {QStringLiteral("targetCount"), 1000},
                          {QStringLiteral("filters"), QJsonObject{}}}}});
        bulk << c.timed([&] { c.call("POST", QStringLiteral("/operations/enrichment/bulk"), body); });
    }
    bench("engine.bulk1000_p95_ms", percentile(bulk, 0.95));

    // The naive baseline in the same run: the same 1,000 leads' worth of
    // phones, once as one bulk request, once as 1,000 single POSTs (sent
    // together; Qt keeps six connections busy, as a browser would).
    const QJsonArray page = [&] {
        QJsonArray ids;
        for (int p = 0; p < 20; ++p) {
            const QJsonArray content = c.call("POST", QStringLiteral("/entities/prospects/person"),
                                              json({{QStringLiteral("page"), p}, {QStringLiteral("size"), 100}}))
                                           .object()
                                           .value(QStringLiteral("content"))
                                           .toArray();
            for (const QJsonValue &l : content)
                ids.append(l.toObject().value(QStringLiteral("id")));
        }
        return ids;
    }();
    const QJsonArray bulkIds = QJsonArray::fromVariantList(page.toVariantList().mid(0, 1000));
    const QJsonArray singleIds = QJsonArray::fromVariantList(page.toVariantList().mid(1000, 1000));
    const double bulkMs = c.timed([&] {
        c.call("POST", QStringLiteral("/operations/enrichment/bulk"),
               json({{QStringLiteral("field"), QStringLiteral("phones")},
                     {QStringLiteral("selection"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                                                               {QStringLiteral("includedIds"), bulkIds}}}}));
    });
    const double singleMs = c.timed([&] {
        QList<QNetworkReply *> replies;
        for (const QJsonValue &id : singleIds)
            replies << c.send("POST", QStringLiteral("/operations/enrichment/%1?field=phones").arg(id.toString()));
        Client::wait(replies);
        for (QNetworkReply *r : replies) {
            if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                std::fprintf(stderr, "bench: single POST failed: %s\n", r->readAll().constData());
                std::exit(1);
            }
            r->deleteLater();
        }
    });
    bench("engine.bulk1000_manual_ms", bulkMs);
    bench("engine.single_posts1000_ms", singleMs);
    bench("engine.bulk_vs_single_posts_speedup", singleMs / bulkMs);

    // batch/query of 200 tasks, six in flight, for a fixed number of requests.
    QJsonArray tasks;
    for (int i = 0; i < 200; ++i)
        tasks.append(QJsonObject{{QStringLiteral("entityId"), bulkIds.at(i)},
                                 {QStringLiteral("field"), QStringLiteral("phones")},
                                 {QStringLiteral("entityType"), QStringLiteral("person")}});
    const QByteArray queryBody = json({{QStringLiteral("tasks"), tasks}});
    const int queries = full ? 3000 : 600;
    const double queryMs = c.timed([&] {
        int sent = 0, done = 0;
        QEventLoop loop;
        std::function<void()> next = [&] {
            QNetworkReply *r = c.send("POST", QStringLiteral("/operations/enrichment/batch/query"), queryBody);
            ++sent;
            QObject::connect(r, &QNetworkReply::finished, &loop, [&, r] {
                if (r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200
                    || QJsonDocument::fromJson(r->readAll()).array().size() != 200) {
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
    bench(full ? "engine.rss_1m_mb" : "engine.rss_mb", rssKb(engine.processId()) / 1024.0);

    engine.terminate();
    engine.waitForFinished(30'000);
    return engine.exitStatus() == QProcess::NormalExit && engine.exitCode() == 0 ? 0 : 1;
}
