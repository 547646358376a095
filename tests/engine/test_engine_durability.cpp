// Credits are money: concurrent identical requests must charge once, and a
// killed engine must come back with its work and ledger intact.
#include "engine_harness.h"

#include <QNetworkReply>
#include <QSet>
#include <QtTest>

using namespace lance::test;

namespace {
const QString kBatch = QStringLiteral("/api/v1/operations/enrichment/batch");

QJsonObject batchBody(const QStringList &ids, const QString &field)
{
    return {{QStringLiteral("personIds"), QJsonArray::fromStringList(ids)},
            {QStringLiteral("field"), field}};
}
} // namespace

class TestEngineDurability : public QObject
{
    Q_OBJECT
private:
    static int finalCount(EngineProcess &engine, const QStringList &ids)
    {
        QJsonArray tasks;
        for (const QString &id : ids)
            tasks.append(QJsonObject{{QStringLiteral("entityId"), id},
                                     {QStringLiteral("field"), QStringLiteral("emails")}});
        int done = 0;
        for (const QJsonValue &e :
             engine
                 .post(QStringLiteral("/api/v1/operations/enrichment/batch/query"),
                       {{QStringLiteral("tasks"), tasks}})
                 .array())
            done += e.toObject().value(QStringLiteral("status")) != QLatin1String("pending");
        return done;
    }

    // Balance must equal the starting credits minus the price of every found
    // contact, with nothing held once all work is final and no transaction
    // shared by two enrichments.
    static void verifyLedger(EngineProcess &engine, const QList<QJsonObject> &finals, qint64 start,
                             int price)
    {
        int found = 0;
        QSet<QString> tx;
        for (const QJsonObject &e : finals) {
            if (e.value(QStringLiteral("dataFound")).toBool()) {
                ++found;
                const QString id = e.value(QStringLiteral("creditTransactionId")).toString();
                QVERIFY(!id.isEmpty());
                QVERIFY2(!tx.contains(id), "a transaction charged twice");
                tx.insert(id);
            }
        }
        qint64 held = -1;
        QCOMPARE(engine.balance(&held), start - qint64(found) * price);
        QCOMPARE(held, qint64(0));
        const QJsonObject history =
            engine.get(QStringLiteral("/api/v1/operations/credits/history?limit=1000")).object();
        QCOMPARE(history.value(QStringLiteral("count")).toInteger(), found + 1);
    }

private slots:
    void concurrentIdenticalBatchesChargeOnce()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("200"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(50);
        const QByteArray body = toJson(batchBody(ids, QStringLiteral("emails")));
        QList<std::function<QNetworkReply *(QNetworkAccessManager &)>> requests;
        for (int i = 0; i < 12; ++i)
            requests <<
                [&](QNetworkAccessManager &nam) { return nam.post(engine.request(kBatch), body); };
        const QList<Reply> replies = engine.concurrent(requests);
        QCOMPARE(replies.size(), 12);
        QStringList first;
        for (const QJsonValue &e : replies.first().array())
            first << e.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(first.size(), 50);
        QCOMPARE(QSet<QString>(first.begin(), first.end()).size(), 50);
        for (const Reply &r : replies) {
            QCOMPARE(r.status, 200);
            QStringList got;
            for (const QJsonValue &e : r.array())
                got << e.toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(got, first);
        }
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(1000 - 50 * 10));
        QCOMPARE(held, qint64(500));
    }

    void killNineMidProcessingLosesNothing()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("400"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("300:1500"),
                              QStringLiteral("--max-in-flight"), QStringLiteral("40"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0.05")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(300);
        for (int i = 0; i < 300; i += 100)
            QCOMPARE(
                engine.post(kBatch, batchBody(ids.mid(i, 100), QStringLiteral("emails"))).status,
                200);
        // Let some finish, then kill while most are still pending.
        QTRY_VERIFY_WITH_TIMEOUT(finalCount(engine, ids.mid(0, 200)) >= 10, 20000);
        int pendingBefore = 0;
        engine.kill();
        QVERIFY(engine.restart());
        // Nothing was lost: every person still has its enrichment.
        const Reply q = engine.post(
            QStringLiteral("/api/v1/operations/enrichment/batch/query"),
            {{QStringLiteral("tasks"), [&] {
                  QJsonArray t;
                  for (const QString &id : ids.mid(0, 200))
                      t.append(QJsonObject{{QStringLiteral("entityId"), id},
                                           {QStringLiteral("field"), QStringLiteral("emails")}});
                  return t;
              }()}});
        QCOMPARE(q.array().size(), 200);
        for (const QJsonValue &e : q.array())
            pendingBefore +=
                e.toObject().value(QStringLiteral("status")) == QLatin1String("pending");
        QVERIFY2(pendingBefore > 0, "the kill came too late to test resuming");
        // The restarted engine finishes the work it was given.
        QList<QJsonObject> finals;
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("emails"), 60000, &finals));
        QCOMPARE(finals.size(), 300);
        verifyLedger(engine, finals, 100000, 10);
        // Asking again after the restart reuses, never re-charges.
        const qint64 before = engine.balance();
        QCOMPARE(engine.post(kBatch, batchBody(ids.mid(0, 100), QStringLiteral("emails"))).status,
                 200);
        QVERIFY(engine.balance() <= before);
    }

    void restartAfterMaxAgeTimesOutStaleWork()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("50"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(5);
        QCOMPARE(engine.post(kBatch, batchBody(ids, QStringLiteral("phones"))).status, 200);
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(1000 - 5 * 50));
        QCOMPARE(held, qint64(250));
        engine.kill();
        // Back with a maximum age the work passes: it times out, and every
        // held credit comes back.
        QVERIFY(engine.restart({QStringLiteral("--max-age-s"), QStringLiteral("1"),
                                QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")}));
        QList<QJsonObject> finals;
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("phones"), 15000, &finals));
        QCOMPARE(finals.size(), 5);
        for (const QJsonObject &e : finals)
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("timeout"));
        QCOMPARE(engine.balance(&held), qint64(1000));
        QCOMPARE(held, qint64(0));
    }

    void sigtermShutsDownCleanly()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("20")});
        QVERIFY(engine.start());
        QCOMPARE(engine.get(QStringLiteral("/api/v1/meta")).status, 200);
        QCOMPARE(engine.terminate(), 0);
        // And the database opens again.
        QVERIFY(engine.restart());
        QCOMPARE(engine.leadIds(100).size(), 20);
    }
};

QTEST_GUILESS_MAIN(TestEngineDurability)
#include "test_engine_durability.moc"
