// Durability (lance-api.md, engine rule 9): what was answered was committed,
// and a killed or stopped engine comes back with its work and ledger intact:
// pending work resumes or times out, no credit is charged twice or lost.
#include "engine_harness.h"
#include "ledger_check.h"

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
    static QJsonArray tasks(const QStringList &ids)
    {
        QJsonArray t;
        for (const QString &id : ids)
            t.append(QJsonObject{{QStringLiteral("entityId"), id},
                                 {QStringLiteral("field"), QStringLiteral("emails")}});
        return t;
    }

    static int finalCount(EngineProcess &engine, const QStringList &ids)
    {
        int done = 0;
        for (const QJsonValue &e :
             engine
                 .post(QStringLiteral("/api/v1/operations/enrichment/batch/query"),
                       {{QStringLiteral("tasks"), tasks(ids)}})
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
            QVERIFY(e.value(QStringLiteral("status")) != QLatin1String("pending"));
            if (e.value(QStringLiteral("dataFound")).toBool()) {
                ++found;
                QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
                const QString id = e.value(QStringLiteral("creditTransactionId")).toString();
                QVERIFY(!id.isEmpty());
                QVERIFY2(!tx.contains(id), "two enrichments name the same transaction");
                tx.insert(id);
            } else {
                QVERIFY(e.value(QStringLiteral("creditTransactionId")).isNull());
            }
        }
        qint64 held = -1;
        QCOMPARE(engine.balance(&held), start - qint64(found) * price);
        QCOMPARE(held, qint64(0));
        // One consumed transaction per found enrichment, each named by it,
        // each for the price: nothing charged twice, nothing lost.
        QSet<QString> consumed;
        int added = 0;
        for (const QJsonObject &t : engine.transactions()) {
            if (t.value(QStringLiteral("type")) == QLatin1String("credit_consumed")) {
                const QString id = t.value(QStringLiteral("id")).toString();
                QVERIFY2(!consumed.contains(id), "a transaction listed twice");
                consumed.insert(id);
                QCOMPARE(t.value(QStringLiteral("amount")).toInteger(), qint64(-price));
            } else {
                ++added;
            }
        }
        QCOMPARE(added, 1);
        QCOMPARE(consumed.size(), found);
        QCOMPARE(consumed, tx);
        // And the same, plus every other ledger invariant, read from the file.
        QVERIFY(ledgerHolds(engine));
    }

private slots:
    void killNineMidProcessingLosesNothing()
    {
        const QStringList flags{QStringLiteral("--seed-demo"),     QStringLiteral("400"),
                                QStringLiteral("--credits"),       QStringLiteral("100000"),
                                QStringLiteral("--latency-ms"),    QStringLiteral("200:800"),
                                QStringLiteral("--max-in-flight"), QStringLiteral("16"),
                                QStringLiteral("--failure-rate"),  QStringLiteral("0.05")};
        EngineProcess engine(flags);
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(300);
        QCOMPARE(ids.size(), 300);
        QHash<QString, QString> submitted; // person -> enrichment id
        for (int i = 0; i < 300; i += 100) {
            const Reply r =
                engine.post(kBatch, batchBody(ids.mid(i, 100), QStringLiteral("emails")));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &e : r.array())
                submitted.insert(e.toObject().value(QStringLiteral("entityId")).toString(),
                                 e.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(submitted.size(), 300);
        // Let some finish, then kill while most are still pending.
        QTRY_VERIFY_WITH_TIMEOUT(finalCount(engine, ids.mid(0, 200)) >= 10, 20000);
        engine.kill();
        QVERIFY(engine.restart());
        // Nothing was lost: every person still has the enrichment it was given.
        int pendingAfterRestart = 0;
        for (int i = 0; i < 300; i += 150) {
            const Reply q = engine.post(QStringLiteral("/api/v1/operations/enrichment/batch/query"),
                                        {{QStringLiteral("tasks"), tasks(ids.mid(i, 150))}});
            QCOMPARE(q.array().size(), 150);
            for (const QJsonValue &v : q.array()) {
                const QJsonObject e = v.toObject();
                QCOMPARE(e.value(QStringLiteral("id")).toString(),
                         submitted.value(e.value(QStringLiteral("entityId")).toString()));
                pendingAfterRestart +=
                    e.value(QStringLiteral("status")) == QLatin1String("pending");
            }
        }
        QVERIFY2(pendingAfterRestart > 0, "the kill came too late to test resuming");
        // The restarted engine finishes the work it was given.
        QList<QJsonObject> finals;
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("emails"), 60000, &finals));
        QCOMPARE(finals.size(), 300);
        for (const QJsonObject &e : finals)
            QCOMPARE(e.value(QStringLiteral("id")).toString(),
                     submitted.value(e.value(QStringLiteral("entityId")).toString()));
        verifyLedger(engine, finals, 100000, 10);
        // Asking again after the restart reuses finished work, free; only
        // failed ones start again.
        const QStringList again = ids.mid(0, 100);
        const Reply r = engine.post(kBatch, batchBody(again, QStringLiteral("emails")));
        QCOMPARE(r.status, 200);
        int renewed = 0;
        for (const QJsonValue &v : r.array()) {
            const QJsonObject e = v.toObject();
            const QString old = submitted.value(e.value(QStringLiteral("entityId")).toString());
            renewed += e.value(QStringLiteral("id")).toString() != old;
        }
        int failedBefore = 0;
        for (const QJsonObject &e : finals)
            failedBefore += e.value(QStringLiteral("status")) != QLatin1String("finished") &&
                            again.contains(e.value(QStringLiteral("entityId")).toString());
        QCOMPARE(renewed, failedBefore);
        QList<QJsonObject> finalsAgain;
        QVERIFY(engine.waitUntilFinal(again, QStringLiteral("emails"), 60000, &finalsAgain));
        int newFinds = 0;
        for (const QJsonObject &e : finalsAgain)
            newFinds += e.value(QStringLiteral("id")).toString() !=
                            submitted.value(e.value(QStringLiteral("entityId")).toString()) &&
                        e.value(QStringLiteral("dataFound")).toBool();
        int oldFinds = 0;
        for (const QJsonObject &e : finals)
            oldFinds += e.value(QStringLiteral("dataFound")).toBool();
        qint64 held = -1;
        QCOMPARE(engine.balance(&held), 100000 - 10 * qint64(oldFinds + newFinds));
        QCOMPARE(held, qint64(0));
    }

    void answeredWorkSurvivesAnImmediateKill()
    {
        // Engine rule 9: every state change is committed before it is
        // answered. Kill -9 right after the answers; all of it is there.
        const QStringList flags{QStringLiteral("--seed-demo"), QStringLiteral("200"),
                                QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")};
        EngineProcess engine(flags);
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(60);
        QCOMPARE(ids.size(), 60);
        QHash<QString, QString> created;
        for (int i = 0; i < 50; i += 10) {
            const Reply r =
                engine.post(kBatch, batchBody(ids.mid(i, 10), QStringLiteral("emails")));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &e : r.array())
                created.insert(e.toObject().value(QStringLiteral("entityId")).toString(),
                               e.toObject().value(QStringLiteral("id")).toString());
        }
        const Reply single = engine.call(
            "POST", QStringLiteral("/api/v1/operations/enrichment/%1?field=phones").arg(ids[55]));
        QCOMPARE(single.status, 200);
        const Reply cancelled = engine.call(
            "DELETE", QStringLiteral("/api/v1/operations/enrichment/%1?field=emails").arg(ids[0]));
        QCOMPARE(cancelled.status, 200);
        qint64 held = -1;
        QCOMPARE(engine.balance(&held), qint64(1000 - 49 * 10 - 50));
        QCOMPARE(held, qint64(49 * 10 + 50));
        engine.kill();

        QVERIFY(engine.restart());
        const Reply q = engine.post(QStringLiteral("/api/v1/operations/enrichment/batch/query"),
                                    {{QStringLiteral("tasks"), tasks(ids.mid(0, 50))}});
        QCOMPARE(q.array().size(), 50);
        for (const QJsonValue &v : q.array()) {
            const QJsonObject e = v.toObject();
            const QString person = e.value(QStringLiteral("entityId")).toString();
            QCOMPARE(e.value(QStringLiteral("id")).toString(), created.value(person));
            QCOMPARE(e.value(QStringLiteral("status")).toString(),
                     person == ids[0] ? QStringLiteral("cancelled") : QStringLiteral("pending"));
        }
        const QJsonObject phone =
            engine.get(QStringLiteral("/api/v1/operations/enrichment/%1?field=phones").arg(ids[55]))
                .object();
        QCOMPARE(phone.value(QStringLiteral("id")), single.object().value(QStringLiteral("id")));
        QCOMPARE(engine.balance(&held), qint64(1000 - 49 * 10 - 50));
        QCOMPARE(held, qint64(49 * 10 + 50));
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

    void sigtermWithWorkInFlightThenResume()
    {
        const QStringList flags{QStringLiteral("--seed-demo"),     QStringLiteral("100"),
                                QStringLiteral("--credits"),       QStringLiteral("100000"),
                                QStringLiteral("--latency-ms"),    QStringLiteral("200:800"),
                                QStringLiteral("--max-in-flight"), QStringLiteral("8")};
        EngineProcess engine(flags);
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(60);
        QCOMPARE(engine.post(kBatch, batchBody(ids, QStringLiteral("emails"))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(finalCount(engine, ids) >= 5, 20000);
        // A stop in the middle of the work is still a clean one.
        QCOMPARE(engine.terminate(), 0);
        QVERIFY(engine.restart());
        QList<QJsonObject> finals;
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("emails"), 60000, &finals));
        QCOMPARE(finals.size(), 60);
        verifyLedger(engine, finals, 100000, 10);
    }
};

QTEST_GUILESS_MAIN(TestEngineDurability)
#include "test_engine_durability.moc"
