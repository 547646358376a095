// Credits are money: requests that race each other must still create one
// enrichment per (organization, person, field), hold its cost once, never
// spend credits the organization does not have, and release a hold once.
#include "engine_harness.h"

#include <QNetworkReply>
#include <QSet>
#include <QtTest>

using namespace lance::test;

namespace {
const QString kBatch = QStringLiteral("/api/v1/operations/enrichment/batch");
const QString kBulk = QStringLiteral("/api/v1/operations/enrichment/bulk");
const QString kQuery = QStringLiteral("/api/v1/operations/enrichment/batch/query");

QByteArray batchBody(const QStringList &ids, const QString &field)
{
    return toJson({{QStringLiteral("personIds"), QJsonArray::fromStringList(ids)},
                   {QStringLiteral("field"), field}});
}

QString singlePath(const QString &person, const QString &field)
{
    return QStringLiteral("/api/v1/operations/enrichment/%1?field=%2").arg(person, field);
}

QStringList idsOf(const QJsonArray &enrichments, const char *key = "id")
{
    QStringList out;
    for (const QJsonValue &e : enrichments)
        out << e.toObject().value(QLatin1String(key)).toString();
    return out;
}

// The newest enrichment of each person, by person.
QHash<QString, QString> newest(EngineProcess &engine, const QStringList &persons,
                               const QString &field)
{
    QJsonArray tasks;
    for (const QString &id : persons)
        tasks.append(
            QJsonObject{{QStringLiteral("entityId"), id}, {QStringLiteral("field"), field}});
    QHash<QString, QString> out;
    for (const QJsonValue &e : engine.post(kQuery, {{QStringLiteral("tasks"), tasks}}).array())
        out.insert(e.toObject().value(QStringLiteral("entityId")).toString(),
                   e.toObject().value(QStringLiteral("id")).toString());
    return out;
}
} // namespace

class TestEngineConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void concurrentIdenticalBatchesChargeOnce()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("200"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(50);
        QCOMPARE(ids.size(), 50);
        const QList<Reply> replies =
            engine.concurrentCalls(12, "POST", kBatch, batchBody(ids, QStringLiteral("emails")));
        QCOMPARE(replies.size(), 12);
        for (const Reply &r : replies)
            QVERIFY2(r.status == 200, r.describe().constData());
        const QStringList first = idsOf(replies.first().array());
        QCOMPARE(first.size(), 50);
        QCOMPARE(QSet<QString>(first.begin(), first.end()).size(), 50);
        QCOMPARE(idsOf(replies.first().array(), "entityId"), ids);
        for (const Reply &r : replies)
            QCOMPARE(idsOf(r.array()), first);
        // Exactly those 50 exist: each is its person's newest, and 50 holds are active.
        const QHash<QString, QString> stored = newest(engine, ids, QStringLiteral("emails"));
        QCOMPARE(stored.size(), 50);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(stored.value(ids[i]), first[i]);
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(1000 - 50 * 10));
        QCOMPARE(held, qint64(500));
        // Nothing was consumed: the bonus is the only transaction.
        QCOMPARE(engine.transactions().size(), 1);
    }

    void everyEndpointRacingSharesOneEnrichment()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("100"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(20);
        QCOMPARE(ids.size(), 20);
        const QByteArray batch = batchBody(ids, QStringLiteral("phones"));
        const QByteArray manual = toJson(
            {{QStringLiteral("field"), QStringLiteral("phones")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray::fromStringList(ids)}}}});
        // The first 20 leads in default order are the same 20 persons.
        const QByteArray range =
            toJson({{QStringLiteral("field"), QStringLiteral("phones")},
                    {QStringLiteral("selection"),
                     QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                 {QStringLiteral("startIndex"), 0},
                                 {QStringLiteral("targetCount"), 20},
                                 {QStringLiteral("filters"), QJsonObject{}}}}});
        QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> requests;
        for (int round = 0; round < 3; ++round) {
            requests <<
                [&](QNetworkAccessManager &nam) { return nam.post(engine.request(kBatch), batch); };
            requests <<
                [&](QNetworkAccessManager &nam) { return nam.post(engine.request(kBulk), manual); };
            requests <<
                [&](QNetworkAccessManager &nam) { return nam.post(engine.request(kBulk), range); };
            for (const QString &id : ids)
                requests << [&engine, id](QNetworkAccessManager &nam) {
                    return nam.post(engine.request(singlePath(id, QStringLiteral("phones"))),
                                    QByteArray());
                };
        }
        const QList<Reply> replies = engine.concurrent(requests);
        // person -> every enrichment id any answer gave for it
        QHash<QString, QSet<QString>> seen;
        for (const Reply &r : replies) {
            QVERIFY2(r.status == 200, r.describe().constData());
            const QJsonArray list = r.json.isArray() ? r.array() : QJsonArray{r.object()};
            for (const QJsonValue &v : list)
                seen[v.toObject().value(QStringLiteral("entityId")).toString()].insert(
                    v.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(seen.size(), 20);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key()));
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(100000 - 20 * 50));
        QCOMPARE(held, qint64(20 * 50));
    }

    void racingRequestsCannotOverspend()
    {
        // 100 credits pay for 10 emails. Eight requests of 10 different
        // persons each arrive at once: exactly one can be paid for.
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("100"),
                              QStringLiteral("--credits"), QStringLiteral("100"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(80);
        QCOMPARE(ids.size(), 80);
        QList<QByteArray> bodies;
        for (int i = 0; i < 8; ++i)
            bodies << batchBody(ids.mid(i * 10, 10), QStringLiteral("emails"));
        QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> requests;
        for (const QByteArray &body : bodies)
            requests << [&engine, body](QNetworkAccessManager &nam) {
                return nam.post(engine.request(kBatch), body);
            };
        const QList<Reply> replies = engine.concurrent(requests);
        int paid = -1, refused = 0;
        for (int i = 0; i < replies.size(); ++i) {
            const Reply &r = replies[i];
            if (r.status == 200) {
                QVERIFY2(paid < 0, "two requests spent the same credits");
                paid = i;
                QCOMPARE(idsOf(r.array(), "entityId"), ids.mid(i * 10, 10));
            } else {
                QVERIFY2(r.status == 402, r.describe().constData());
                QCOMPARE(r.errorCode(), QStringLiteral("INSUFFICIENT_CREDITS"));
                QCOMPARE(r.errorMessage(),
                         QStringLiteral("Insufficient credits for 10 enrichments. Required: 100 "
                                        "credits."));
                ++refused;
            }
        }
        QVERIFY2(paid >= 0, "no request was served although the credits covered one");
        QCOMPARE(refused, 7);
        qint64 held = -1;
        QCOMPARE(engine.balance(&held), qint64(0));
        QCOMPARE(held, qint64(100));
        // Only the paid request's persons have enrichments.
        const QHash<QString, QString> stored = newest(engine, ids, QStringLiteral("emails"));
        QCOMPARE(QSet<QString>(stored.keyBegin(), stored.keyEnd()),
                 QSet<QString>(ids.begin() + paid * 10, ids.begin() + paid * 10 + 10));
    }

    void racingCancelsReleaseTheHoldOnce()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("20"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QString person = engine.leadIds(1).first();
        const Reply created = engine.call("POST", singlePath(person, QStringLiteral("phones")));
        QCOMPARE(created.status, 200);
        qint64 held = -1;
        QCOMPARE(engine.balance(&held), qint64(950));
        QCOMPARE(held, qint64(50));
        const QList<Reply> replies =
            engine.concurrentCalls(10, "DELETE", singlePath(person, QStringLiteral("phones")));
        int cancelled = 0;
        for (const Reply &r : replies) {
            if (r.status == 200) {
                ++cancelled;
                QCOMPARE(r.object().value(QStringLiteral("id")),
                         created.object().value(QStringLiteral("id")));
                QCOMPARE(r.object().value(QStringLiteral("status")).toString(),
                         QStringLiteral("cancelled"));
            } else {
                // Once one cancel went through, nothing is pending any more.
                QVERIFY2(r.status == 404, r.describe().constData());
                QCOMPARE(r.errorCode(), QStringLiteral("NOT_FOUND"));
            }
        }
        QCOMPARE(cancelled, 1);
        QCOMPARE(engine.balance(&held), qint64(1000));
        QCOMPARE(held, qint64(0));
        QCOMPARE(engine.transactions().size(), 1);
    }

    void cancelRacingNewRequestsLeavesOneActive()
    {
        // A cancel and new requests for the same person at once: whatever
        // the order, at most one enrichment is active and the holds match.
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("20"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QString person = engine.leadIds(1).first();
        QCOMPARE(engine.call("POST", singlePath(person, QStringLiteral("emails"))).status, 200);
        const QString path = singlePath(person, QStringLiteral("emails"));
        QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> requests;
        for (int i = 0; i < 6; ++i) {
            requests << [&](QNetworkAccessManager &nam) {
                return nam.deleteResource(engine.request(path));
            };
            requests << [&](QNetworkAccessManager &nam) {
                return nam.post(engine.request(path), QByteArray());
            };
        }
        for (const Reply &r : engine.concurrent(requests))
            QVERIFY2(r.status == 200 || r.status == 404, r.describe().constData());
        const QJsonObject latest = engine.get(path).object();
        const QString status = latest.value(QStringLiteral("status")).toString();
        qint64 held = -1;
        const qint64 balance = engine.balance(&held);
        if (status == QLatin1String("pending")) {
            QCOMPARE(held, qint64(10));
            QCOMPARE(balance, qint64(990));
        } else {
            QCOMPARE(status, QStringLiteral("cancelled"));
            QCOMPARE(held, qint64(0));
            QCOMPARE(balance, qint64(1000));
        }
        // One more request reuses the pending one or starts exactly one.
        const Reply again = engine.call("POST", path);
        QCOMPARE(again.status, 200);
        if (status == QLatin1String("pending"))
            QCOMPARE(again.object().value(QStringLiteral("id")),
                     latest.value(QStringLiteral("id")));
        QCOMPARE(engine.balance(&held), qint64(990));
        QCOMPARE(held, qint64(10));
    }
};

QTEST_GUILESS_MAIN(TestEngineConcurrency)
#include "test_engine_concurrency.moc"
