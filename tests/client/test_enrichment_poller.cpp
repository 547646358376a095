// EnrichmentPoller: live status that stays right. Against the real engine,
// every tracked enrichment reaches the status the engine holds, reported
// once; against a broken server it goes offline, backs off, and recovers
// without losing anything.
#include "client_wait.h"
#include "engine_harness.h"
#include "enrichment_poller.h"
#include "fault_server.h"
#include "lance_client.h"
#include "pending_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace lance;
using lance::test::EngineProcess;
using lance::test::Fault;
using lance::test::FaultServer;
using lance::test::wait;

namespace {
QString personId(int i)
{
    return QStringLiteral("6f1e7c5e-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

Enrichment pending(int i)
{
    Enrichment e;
    e.id = QStringLiteral("e-%1").arg(i);
    e.entityId = personId(i);
    e.field = ContactField::Emails;
    e.status = EnrichmentStatus::Pending;
    return e;
}

// What a server answers for a batch/query body: every task finished.
QByteArray finishedFor(const QByteArray &queryBody)
{
    QJsonArray out;
    for (const QJsonValue &t :
         QJsonDocument::fromJson(queryBody).object().value(QStringLiteral("tasks")).toArray()) {
        const QString id = t.toObject().value(QStringLiteral("entityId")).toString();
        Enrichment e = pending(id.right(12).toInt());
        e.status = EnrichmentStatus::Finished;
        e.dataFound = 1;
        out.append(e.toJson());
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

int taskCount(const QByteArray &queryBody)
{
    return int(QJsonDocument::fromJson(queryBody)
                   .object()
                   .value(QStringLiteral("tasks"))
                   .toArray()
                   .size());
}
} // namespace

class TestEnrichmentPoller : public QObject
{
    Q_OBJECT
private:
    static EnrichmentPoller::Intervals quick()
    {
        EnrichmentPoller::Intervals i;
        i.fastMs = 20;
        i.slowMs = 200;
        i.backoffBaseMs = 50;
        i.backoffMaxMs = 400;
        return i;
    }

private slots:
    void everyEnrichmentReachesTheEnginesStatusOnce()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("500"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("30:600"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0.1")});
        QVERIFY(engine.start());
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        EnrichmentPoller poller(&client);
        poller.setIntervals(quick());
        QSignalSpy updates(&poller, &EnrichmentPoller::enrichmentsUpdated);
        const QStringList ids = engine.leadIds(450);
        for (int i = 0; i < ids.size(); i += 100) {
            const auto r = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
                client.enrichBatch(ids.mid(i, 100), ContactField::Emails, c, done);
            });
            REQUIRE_OK(r);
            poller.track(*r.value);
        }
        QVERIFY(poller.pendingCount() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(poller.pendingCount(), 0, 60000);
        // Reported once per final status, and exactly what the engine holds.
        QHash<QString, QString> finalStatus;
        QSet<QString> reported;
        for (const QList<QVariant> &signal : updates) {
            for (const Enrichment &e : signal.at(0).value<QList<Enrichment>>()) {
                const QString key = e.id + statusName(e.status);
                QVERIFY2(!reported.contains(key), "the same change reported twice");
                reported.insert(key);
                if (e.status != EnrichmentStatus::Pending)
                    finalStatus.insert(e.entityId, statusName(e.status));
            }
        }
        QList<QJsonObject> truth;
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("emails"), 1000, &truth));
        QCOMPARE(finalStatus.size(), 450);
        for (const QJsonObject &e : truth)
            QCOMPARE(finalStatus.value(e.value(QStringLiteral("entityId")).toString()),
                     e.value(QStringLiteral("status")).toString());
        // Nothing pending: nothing planned.
        QCOMPARE(poller.nextPollInMs(), -1);
    }

    void cyclesAreChunksOfAtMost200()
    {
        FaultServer server;
        QVERIFY(server.start());
        QList<int> sizes;
        server.setHandler([&](const QByteArray &, const QByteArray &, const QByteArray &body) {
            sizes << taskCount(body);
            return Fault::json(200, "[]");
        });
        LanceClient client;
        QVERIFY(client.setServer(server.url(), QStringLiteral("t")));
        EnrichmentPoller poller(&client);
        poller.setIntervals(quick());
        QList<Enrichment> work;
        for (int i = 0; i < 450; ++i)
            work << pending(i);
        poller.track(work);
        QTRY_VERIFY(sizes.size() >= 3);
        std::sort(sizes.begin(), sizes.begin() + 3);
        QCOMPARE(sizes.mid(0, 3), (QList<int>{50, 200, 200}));
        QCOMPARE(poller.pendingCount(), 450); // no answer is not an answer
    }

    void offlineThenBackLosesNothing()
    {
        FaultServer server;
        QVERIFY(server.start());
        bool up = false;
        server.setHandler([&](const QByteArray &, const QByteArray &, const QByteArray &body) {
            if (!up)
                return Fault{Fault::Respond,
                             503,
                             "<html>503 Service Unavailable</html>",
                             {{"Content-Type", "text/html"}}};
            return Fault::json(200, finishedFor(body));
        });
        LanceClient client;
        client.setRetryPolicy({1, 10, 10});
        QVERIFY(client.setServer(server.url(), QStringLiteral("t")));
        EnrichmentPoller poller(&client);
        poller.setIntervals(quick());
        QSignalSpy offline(&poller, &EnrichmentPoller::offlineChanged);
        QSignalSpy updates(&poller, &EnrichmentPoller::enrichmentsUpdated);
        poller.track({pending(1), pending(2), pending(3)});
        QTRY_VERIFY(!offline.isEmpty());
        QCOMPARE(offline.first().at(0).toBool(), true);
        QVERIFY(offline.first().at(1).toInt() >= 1);
        QVERIFY(poller.isOffline());
        QCOMPARE(poller.pendingCount(), 3);
        // Still failing: the poller keeps trying, with growing waits.
        QTRY_VERIFY(offline.size() >= 3);
        up = true;
        QTRY_COMPARE_WITH_TIMEOUT(poller.pendingCount(), 0, 10000);
        QVERIFY(!poller.isOffline());
        QCOMPARE(offline.last().at(0).toBool(), false);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().at(0).value<QList<Enrichment>>().size(), 3);
    }

    void retryAfterIsHonoured()
    {
        FaultServer server;
        QVERIFY(server.start());
        Fault limited =
            Fault::json(429, R"({"error":{"code":"RATE_LIMITED","message":"slow down"}})");
        limited.headers.append({QByteArray("Retry-After"), QByteArray("3")});
        server.setDefault(limited);
        LanceClient client;
        client.setRetryPolicy({1, 10, 10});
        QVERIFY(client.setServer(server.url(), QStringLiteral("t")));
        EnrichmentPoller poller(&client);
        poller.setIntervals(quick()); // our own backoff would be under a second
        QSignalSpy offline(&poller, &EnrichmentPoller::offlineChanged);
        poller.track({pending(1)});
        QTRY_VERIFY(!offline.isEmpty());
        QVERIFY(offline.first().at(1).toInt() >= 3);
        QVERIFY(poller.nextPollInMs() > 2000);
    }

    void serversWithoutBatchQueryGetOneRequestPerTask()
    {
        FaultServer server;
        QVERIFY(server.start());
        server.setHandler([&](const QByteArray &method, const QByteArray &path,
                              const QByteArray &) {
            if (path.endsWith("/batch/query"))
                return Fault::json(404, R"({"error":{"code":"NOT_FOUND","message":"Not found"}})");
            Enrichment e =
                pending(QByteArray(path.split('/').last().split('?').first()).right(12).toInt());
            e.status = EnrichmentStatus::Finished;
            e.dataFound = 0;
            return method == "GET" ? Fault::json(200, QJsonDocument(e.toJson()).toJson())
                                   : Fault::json(405, "{}");
        });
        LanceClient client;
        QVERIFY(client.setServer(server.url(), QStringLiteral("t")));
        EnrichmentPoller poller(&client);
        poller.setIntervals(quick());
        poller.track({pending(7), pending(8)});
        QTRY_COMPARE(poller.pendingCount(), 0);
        QVERIFY(poller.usesSingleRequests());
        QVERIFY(server.paths().contains(QByteArray("/api/v1/operations/enrichment/") +
                                        personId(7).toLatin1() + "?field=emails"));
    }

    void trackingSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pending.sqlite"));
        FaultServer server;
        QVERIFY(server.start());
        bool finished = false;
        server.setHandler([&](const QByteArray &, const QByteArray &, const QByteArray &body) {
            return Fault::json(200, finished ? finishedFor(body) : QByteArray("[]"));
        });
        {
            // First run: three enrichments tracked, still pending at quit.
            LanceClient client;
            QVERIFY(client.setServer(server.url(), QStringLiteral("t")));
            PendingStore store(path);
            EnrichmentPoller poller(&client);
            poller.setIntervals(quick());
            poller.setStore(&store);
            poller.track({pending(1), pending(2), pending(3)});
            QTRY_VERIFY(server.requests() >= 1);
            QCOMPARE(poller.pendingCount(), 3);
        }
        finished = true;
        {
            // Second run: the poller resumes them from the file by itself.
            LanceClient client;
            QVERIFY(client.setServer(server.url(), QStringLiteral("t")));
            PendingStore store(path);
            EnrichmentPoller poller(&client);
            poller.setIntervals(quick());
            QSignalSpy updates(&poller, &EnrichmentPoller::enrichmentsUpdated);
            poller.setStore(&store);
            QTRY_COMPARE(updates.size(), 1);
            QCOMPARE(updates.first().at(0).value<QList<Enrichment>>().size(), 3);
            QCOMPARE(poller.pendingCount(), 0);
        }
        // Third run: nothing left to resume.
        PendingStore store(path);
        QSignalSpy loaded(&store, &PendingStore::loaded);
        store.load();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.first().at(0).value<QList<Enrichment>>().isEmpty());
    }

    void nothingPendingMeansNoRequests()
    {
        FaultServer server;
        QVERIFY(server.start());
        LanceClient client;
        QVERIFY(client.setServer(server.url(), QStringLiteral("t")));
        EnrichmentPoller poller(&client);
        poller.track({});
        Enrichment done = pending(1);
        done.status = EnrichmentStatus::Finished;
        poller.track({done}); // already final: nothing to ask
        QCOMPARE(poller.nextPollInMs(), -1);
        poller.pollNow();
        QTRY_COMPARE(poller.nextPollInMs(), -1);
        QCOMPARE(server.requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentPoller)
#include "test_enrichment_poller.moc"
