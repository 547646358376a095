// The enrichment rules and the credit ledger of lance-api.md, end to end:
// reuse, hold then capture, all-or-nothing 402, bulk ranges, cancel,
// timeout and the global cache.
#include "engine_harness.h"

#include <QSet>
#include <QtTest>

using namespace lance::test;

namespace {
const QString kBatch = QStringLiteral("/api/v1/operations/enrichment/batch");
const QString kBulk = QStringLiteral("/api/v1/operations/enrichment/bulk");
const QString kQuery = QStringLiteral("/api/v1/operations/enrichment/batch/query");
const QString kSearch = QStringLiteral("/api/v1/entities/prospects/person");

QJsonObject batchBody(const QStringList &ids, const QString &field)
{
    return {{QStringLiteral("personIds"), QJsonArray::fromStringList(ids)},
            {QStringLiteral("field"), field}};
}

QStringList entityIds(const QJsonArray &enrichments)
{
    QStringList out;
    for (const QJsonValue &e : enrichments)
        out << e.toObject().value(QStringLiteral("entityId")).toString();
    return out;
}

QStringList enrichmentIds(const QJsonArray &enrichments)
{
    QStringList out;
    for (const QJsonValue &e : enrichments)
        out << e.toObject().value(QStringLiteral("id")).toString();
    return out;
}

QString singlePath(const QString &person, const QString &field)
{
    return QStringLiteral("/api/v1/operations/enrichment/%1?field=%2").arg(person, field);
}
} // namespace

class TestEngineEnrichment : public QObject
{
    Q_OBJECT
private slots:
    void batchAnswersInRequestOrderAndReuses()
    {
        // Slow providers: everything stays pending during this test.
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("100"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(3);
        const QStringList request{ids[2], ids[0], ids[2], ids[1]};
        const Reply first = engine.post(kBatch, batchBody(request, QStringLiteral("emails")));
        QCOMPARE(first.status, 200);
        QCOMPARE(entityIds(first.array()), (QStringList{ids[2], ids[0], ids[1]}));
        for (const QJsonValue &v : first.array()) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
            QVERIFY(e.value(QStringLiteral("dataFound")).isNull());
            QVERIFY(e.value(QStringLiteral("creditTransactionId")).isNull());
            QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("emails"));
            QCOMPARE(e.value(QStringLiteral("entityType")).toString(), QStringLiteral("person"));
            QCOMPARE(e.value(QStringLiteral("createdBy")).toString(), QStringLiteral("user_local"));
            QCOMPARE(e.value(QStringLiteral("orgId")).toString(), QStringLiteral("org_local"));
            QVERIFY(e.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
        }
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(1000 - 30));
        QCOMPARE(held, qint64(30));

        // The same request again: the same enrichments, nothing charged.
        const Reply again = engine.post(kBatch, batchBody(request, QStringLiteral("emails")));
        QCOMPARE(enrichmentIds(again.array()), enrichmentIds(first.array()));
        QCOMPARE(engine.balance(&held), qint64(970));
        QCOMPARE(held, qint64(30));
        // Phones are a separate field: new enrichments, held at the phone price.
        QCOMPARE(engine.post(kBatch, batchBody({ids[0]}, QStringLiteral("phones"))).status, 200);
        QCOMPARE(engine.balance(&held), qint64(920));
        QCOMPARE(held, qint64(80));

        // batch/query: newest per task, tasks without one left out, summary accepted.
        const QString nobody = engine.leadIds(10).last();
        const Reply q = engine.post(
            kQuery,
            {{QStringLiteral("tasks"),
              QJsonArray{QJsonObject{{QStringLiteral("entityId"), ids[0]},
                                     {QStringLiteral("field"), QStringLiteral("emails")},
                                     {QStringLiteral("entityType"), QStringLiteral("person")}},
                         QJsonObject{{QStringLiteral("entityId"), nobody},
                                     {QStringLiteral("field"), QStringLiteral("emails")}},
                         QJsonObject{{QStringLiteral("entityId"), ids[0]},
                                     {QStringLiteral("field"), QStringLiteral("summary")}},
                         QJsonObject{{QStringLiteral("entityId"), ids[0]},
                                     {QStringLiteral("field"), QStringLiteral("phones")}}}}});
        QCOMPARE(q.status, 200);
        QCOMPARE(q.array().size(), 2);
        QCOMPARE(entityIds(q.array()), (QStringList{ids[0], ids[0]}));
    }

    void insufficientCreditsCreateNothing()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("200"),
                              QStringLiteral("--credits"), QStringLiteral("100"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(12);
        const Reply r = engine.post(kBatch, batchBody(ids.mid(0, 11), QStringLiteral("emails")));
        QCOMPARE(r.status, 402);
        QCOMPARE(r.errorCode(), QStringLiteral("INSUFFICIENT_CREDITS"));
        QCOMPARE(r.errorMessage(),
                 QStringLiteral("Insufficient credits for 11 enrichments. Required: 110 credits."));
        QCOMPARE(r.errorDetails(),
                 (QJsonObject{{QStringLiteral("operationType"), QStringLiteral("enrichment_email")},
                              {QStringLiteral("count"), 11},
                              {QStringLiteral("required"), 110}}));
        qint64 held = -1;
        QCOMPARE(engine.balance(&held), qint64(100));
        QCOMPARE(held, qint64(0));
        QVERIFY(engine
                    .post(kQuery, {{QStringLiteral("tasks"),
                                    QJsonArray{QJsonObject{
                                        {QStringLiteral("entityId"), ids[0]},
                                        {QStringLiteral("field"), QStringLiteral("emails")}}}}})
                    .array()
                    .isEmpty());

        // Bulk is all or nothing too; phones cost 50 each.
        const Reply bulk =
            engine.post(kBulk, {{QStringLiteral("field"), QStringLiteral("phones")},
                                {QStringLiteral("selection"),
                                 QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                             {QStringLiteral("startIndex"), 0},
                                             {QStringLiteral("targetCount"), 3},
                                             {QStringLiteral("filters"), QJsonObject{}}}}});
        QCOMPARE(bulk.status, 402);
        QCOMPARE(bulk.errorDetails().value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(bulk.errorDetails().value(QStringLiteral("required")).toInteger(), 150);
        QCOMPARE(bulk.errorDetails().value(QStringLiteral("operationType")).toString(),
                 QStringLiteral("enrichment_phone"));

        // Exactly what the balance covers goes through; reused ones are free.
        QCOMPARE(engine.post(kBatch, batchBody(ids.mid(0, 10), QStringLiteral("emails"))).status,
                 200);
        QCOMPARE(engine.balance(&held), qint64(0));
        QCOMPARE(held, qint64(100));
        QCOMPARE(engine.post(kBatch, batchBody(ids.mid(0, 10), QStringLiteral("emails"))).status,
                 200);
        const Reply oneMore =
            engine.post(kBatch, batchBody(ids.mid(0, 11), QStringLiteral("emails")));
        QCOMPARE(oneMore.status, 402);
        QCOMPARE(oneMore.errorDetails().value(QStringLiteral("count")).toInteger(), 1);
    }

    void ledgerAfterMixedOutcomes()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("300"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("5:40"),
                              QStringLiteral("--hit-rate-emails"), QStringLiteral("0.5"),
                              QStringLiteral("--hit-rate-phones"), QStringLiteral("0.5"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0.2")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(300);
        const QStringList emailIds = ids.mid(0, 200), phoneIds = ids.mid(100, 100);
        QCOMPARE(engine
                     .post(kBulk, {{QStringLiteral("field"), QStringLiteral("emails")},
                                   {QStringLiteral("selection"),
                                    QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                                                {QStringLiteral("includedIds"),
                                                 QJsonArray::fromStringList(emailIds)}}}})
                     .status,
                 200);
        QCOMPARE(engine.post(kBatch, batchBody(phoneIds, QStringLiteral("phones"))).status, 200);
        qint64 held = 0;
        const qint64 during = engine.balance(&held);
        QVERIFY(held > 0 || during < 100000);

        QList<QJsonObject> emails, phones;
        QVERIFY(engine.waitUntilFinal(emailIds, QStringLiteral("emails"), 60000, &emails));
        QVERIFY(engine.waitUntilFinal(phoneIds, QStringLiteral("phones"), 60000, &phones));
        int found = 0, notFound = 0, failed = 0;
        qint64 cost = 0;
        QSet<QString> txIds;
        QHash<QString, QString> foundContact; // person -> contact, from the enrichment's value
        for (const QJsonObject &e : emails + phones) {
            const QString status = e.value(QStringLiteral("status")).toString();
            const bool hit = e.value(QStringLiteral("dataFound")).toBool();
            if (status == QLatin1String("failed")) {
                ++failed;
                QVERIFY(!e.value(QStringLiteral("error")).toString().isEmpty());
                QVERIFY(e.value(QStringLiteral("creditTransactionId")).isNull());
            } else if (hit) {
                ++found;
                QCOMPARE(status, QStringLiteral("finished"));
                const QString tx = e.value(QStringLiteral("creditTransactionId")).toString();
                QVERIFY(!tx.isEmpty() && !txIds.contains(tx));
                txIds.insert(tx);
                const bool isEmail = e.value(QStringLiteral("field")) == QLatin1String("emails");
                cost += isEmail ? 10 : 50;
                if (isEmail)
                    foundContact.insert(e.value(QStringLiteral("entityId")).toString(),
                                        e.value(QStringLiteral("value"))
                                            .toObject()
                                            .value(QStringLiteral("emails"))
                                            .toArray()
                                            .first()
                                            .toString());
            } else {
                ++notFound;
                QCOMPARE(status, QStringLiteral("finished"));
                QCOMPARE(e.value(QStringLiteral("dataFound")).toBool(true), false);
                QVERIFY(e.value(QStringLiteral("creditTransactionId")).isNull());
            }
        }
        QCOMPARE(found + notFound + failed, 300);
        QVERIFY(found > 0 && notFound > 0 && failed > 0); // a real mix
        QCOMPARE(engine.balance(&held), 100000 - cost);
        QCOMPARE(held, qint64(0));

        // The history: one consumed transaction per found contact, plus the bonus.
        const Reply history =
            engine.get(QStringLiteral("/api/v1/operations/credits/history?limit=1000"));
        QCOMPARE(history.object().value(QStringLiteral("count")).toInteger(), found + 1);
        qint64 consumed = 0;
        for (const QJsonValue &t :
             history.object().value(QStringLiteral("transactions")).toArray()) {
            const QJsonObject tx = t.toObject();
            if (tx.value(QStringLiteral("type")) == QLatin1String("credit_consumed")) {
                QVERIFY(txIds.contains(tx.value(QStringLiteral("id")).toString()));
                consumed -= tx.value(QStringLiteral("amount")).toInteger();
            } else {
                QCOMPARE(tx.value(QStringLiteral("source")).toString(),
                         QStringLiteral("signup_bonus"));
                QCOMPARE(tx.value(QStringLiteral("amount")).toInteger(), 100000);
            }
        }
        QCOMPARE(consumed, cost);

        // Found emails were written onto the leads, following the company domain.
        int checked = 0;
        for (int page = 0; page < 3; ++page) {
            const QJsonArray leads =
                engine
                    .post(kSearch, {{QStringLiteral("page"), page}, {QStringLiteral("size"), 100}})
                    .object()
                    .value(QStringLiteral("content"))
                    .toArray();
            for (const QJsonValue &v : leads) {
                const QJsonObject lead = v.toObject();
                const QString id = lead.value(QStringLiteral("id")).toString();
                if (!foundContact.contains(id))
                    continue;
                QVERIFY(lead.value(QStringLiteral("emails"))
                            .toArray()
                            .contains(foundContact.value(id)));
                ++checked;
            }
        }
        QCOMPARE(checked, foundContact.size());
    }

    void bulkRangesFollowTheSearch()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("400"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        // Those the range should select: positions 5..34 of a filtered, sorted search, minus two.
        const QJsonObject filters{{QStringLiteral("seniority"),
                                   QJsonArray{QStringLiteral("Entry"), QStringLiteral("Senior")}}};
        const QJsonObject sort{{QStringLiteral("key"), QStringLiteral("last_name")},
                               {QStringLiteral("direction"), QStringLiteral("desc")}};
        QStringList ordered;
        for (int page = 0; page < 5; ++page) {
            const QJsonArray content = engine
                                           .post(kSearch, {{QStringLiteral("page"), page},
                                                           {QStringLiteral("size"), 100},
                                                           {QStringLiteral("filters"), filters},
                                                           {QStringLiteral("sort"), sort}})
                                           .object()
                                           .value(QStringLiteral("content"))
                                           .toArray();
            for (const QJsonValue &v : content)
                ordered << v.toObject().value(QStringLiteral("id")).toString();
        }
        QStringList want = ordered.mid(5, 30);
        const QStringList excluded{want[3], want[17]};
        want.removeAll(excluded[0]);
        want.removeAll(excluded[1]);
        const Reply r = engine.post(
            kBulk,
            {{QStringLiteral("field"), QStringLiteral("emails")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                          {QStringLiteral("startIndex"), 5},
                          {QStringLiteral("targetCount"), 30},
                          {QStringLiteral("excludedIds"), QJsonArray::fromStringList(excluded)},
                          {QStringLiteral("filters"), filters},
                          {QStringLiteral("sort"), sort}}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(entityIds(r.array()), want);
        qint64 held = 0;
        engine.balance(&held);
        QCOMPARE(held, qint64(28 * 10));

        // A range past the end is cut at the end; an empty one is [].
        const Reply tail = engine.post(
            kBulk, {{QStringLiteral("field"), QStringLiteral("phones")},
                    {QStringLiteral("selection"),
                     QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                 {QStringLiteral("startIndex"), int(ordered.size()) - 4},
                                 {QStringLiteral("targetCount"), 100},
                                 {QStringLiteral("filters"), filters},
                                 {QStringLiteral("sort"), sort}}}});
        QCOMPARE(entityIds(tail.array()), ordered.mid(ordered.size() - 4));
        const Reply empty =
            engine.post(kBulk, {{QStringLiteral("field"), QStringLiteral("phones")},
                                {QStringLiteral("selection"),
                                 QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                             {QStringLiteral("startIndex"), 100000},
                                             {QStringLiteral("targetCount"), 10},
                                             {QStringLiteral("filters"), QJsonObject{}}}}});
        QCOMPARE(empty.status, 200);
        QVERIFY(empty.array().isEmpty());
        // Limits: 1 to 1000, filters required, ids checked.
        for (const QJsonObject &sel :
             {QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                          {QStringLiteral("targetCount"), 1001},
                          {QStringLiteral("filters"), QJsonObject{}}},
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                          {QStringLiteral("targetCount"), 0},
                          {QStringLiteral("filters"), QJsonObject{}}},
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                          {QStringLiteral("targetCount"), 10}},
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                          {QStringLiteral("targetCount"), 10},
                          {QStringLiteral("startIndex"), -1},
                          {QStringLiteral("filters"), QJsonObject{}}},
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray()}},
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray{QStringLiteral("x")}}},
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("everything")}}}) {
            const Reply bad =
                engine.post(kBulk, {{QStringLiteral("field"), QStringLiteral("emails")},
                                    {QStringLiteral("selection"), sel}});
            QCOMPARE(bad.status, 400);
            QCOMPARE(bad.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        }
    }

    void singleEnrichmentAndCancel()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("50"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QString person = engine.leadIds(1).first();
        const Reply created = engine.call("POST", singlePath(person, QStringLiteral("phones")));
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(engine.call("POST", singlePath(person, QStringLiteral("phones")))
                     .object()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
        QCOMPARE(engine.get(singlePath(person, QStringLiteral("phones")))
                     .object()
                     .value(QStringLiteral("id"))
                     .toString(),
                 id);
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(950));

        const Reply cancelled = engine.call("DELETE", singlePath(person, QStringLiteral("phones")));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(cancelled.object().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(engine.balance(&held), qint64(1000));
        QCOMPARE(held, qint64(0));
        QCOMPARE(engine.call("DELETE", singlePath(person, QStringLiteral("phones"))).status, 404);
        // Cancelled is not reusable: a new request makes a new enrichment.
        const Reply again = engine.call("POST", singlePath(person, QStringLiteral("phones")));
        QVERIFY(again.object().value(QStringLiteral("id")).toString() != id);
        QCOMPARE(engine.get(singlePath(person, QStringLiteral("phones")))
                     .object()
                     .value(QStringLiteral("id")),
                 again.object().value(QStringLiteral("id")));
    }

    void pendingTooLongTimesOut()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("50"),
                              QStringLiteral("--max-age-s"), QStringLiteral("1"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(3);
        QCOMPARE(engine.post(kBatch, batchBody(ids, QStringLiteral("emails"))).status, 200);
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(970));
        // The hold goes back once the enrichment passes the maximum age.
        QTRY_COMPARE_WITH_TIMEOUT(engine.get(singlePath(ids[0], QStringLiteral("emails")))
                                      .object()
                                      .value(QStringLiteral("status"))
                                      .toString(),
                                  QStringLiteral("timeout"), 10000);
        QList<QJsonObject> finals;
        QVERIFY(engine.waitUntilFinal(ids, QStringLiteral("emails"), 10000, &finals));
        for (const QJsonObject &e : finals)
            QCOMPARE(e.value(QStringLiteral("status")).toString(), QStringLiteral("timeout"));
        QCOMPARE(engine.balance(&held), qint64(1000));
        QCOMPARE(held, qint64(0));
        // A timed-out enrichment is not reused.
        const Reply retry = engine.post(kBatch, batchBody({ids[0]}, QStringLiteral("emails")));
        QCOMPARE(retry.array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        QVERIFY(retry.array().first().toObject().value(QStringLiteral("id")) !=
                finals.first().value(QStringLiteral("id")));
    }

    void globalCacheServesOtherOrganizations()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("50"),
                              QStringLiteral("--latency-ms"), QStringLiteral("5:20"),
                              QStringLiteral("--hit-rate-emails"), QStringLiteral("1"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0"),
                              QStringLiteral("--token"), QStringLiteral("other:user2:org2")});
        QVERIFY(engine.start());
        const QString person = engine.leadIds(1).first();
        QCOMPARE(engine.post(kBatch, batchBody({person}, QStringLiteral("emails"))).status, 200);
        QList<QJsonObject> first;
        QVERIFY(engine.waitUntilFinal({person}, QStringLiteral("emails"), 20000, &first));
        const QString global = first.first().value(QStringLiteral("globalEnrichmentId")).toString();
        QVERIFY(!global.isEmpty());

        const Reply other =
            engine.post(kBatch, batchBody({person}, QStringLiteral("emails")), "other");
        QCOMPARE(other.status, 200);
        QCOMPARE(other.array().first().toObject().value(QStringLiteral("orgId")).toString(),
                 QStringLiteral("org2"));
        QTRY_VERIFY_WITH_TIMEOUT(engine.get(singlePath(person, QStringLiteral("emails")), "other")
                                         .object()
                                         .value(QStringLiteral("status")) ==
                                     QLatin1String("finished"),
                                 10000);
        const QJsonObject served =
            engine.get(singlePath(person, QStringLiteral("emails")), "other").object();
        QCOMPARE(served.value(QStringLiteral("globalEnrichmentId")).toString(), global);
        QCOMPARE(served.value(QStringLiteral("dataFound")).toBool(), true);
        QCOMPARE(served.value(QStringLiteral("value")).toObject().value(QStringLiteral("emails")),
                 first.first()
                     .value(QStringLiteral("value"))
                     .toObject()
                     .value(QStringLiteral("emails")));
        // Still charged, to its own organization only.
        QCOMPARE(engine.balance(nullptr, "other"), qint64(990));
        QCOMPARE(engine.balance(), qint64(990));
    }
};

QTEST_GUILESS_MAIN(TestEngineEnrichment)
#include "test_engine_enrichment.moc"
