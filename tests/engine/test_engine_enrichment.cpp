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

QStringList leadIdsOf(const QList<QJsonObject> &leads)
{
    QStringList out;
    for (const QJsonObject &l : leads)
        out << l.value(QStringLiteral("id")).toString();
    return out;
}

// Every lead, in search order (default, or `sort`).
QList<QJsonObject> leads(EngineProcess &engine, const QJsonObject &sort)
{
    QList<QJsonObject> out;
    for (int page = 0;; ++page) {
        QJsonObject body{{QStringLiteral("page"), page}, {QStringLiteral("size"), 100}};
        if (!sort.isEmpty())
            body.insert(QStringLiteral("sort"), sort);
        const QJsonArray content =
            engine.post(kSearch, body).object().value(QStringLiteral("content")).toArray();
        for (const QJsonValue &v : content)
            out << v.toObject();
        if (content.size() < 100)
            return out;
    }
}

// The ids of the first `pages` pages of 100 of a filtered, sorted search.
QStringList searchOrder(EngineProcess &engine, const QJsonObject &filters, const QJsonObject &sort,
                        int pages)
{
    QStringList ordered;
    for (int page = 0; page < pages; ++page) {
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
    return ordered;
}

QHash<QString, QJsonObject> byPerson(const QList<QJsonObject> &enrichments)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonObject &e : enrichments)
        out.insert(e.value(QStringLiteral("entityId")).toString(), e);
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
            QVERIFY(isUuidV4(e.value(QStringLiteral("id")).toString()));
            QVERIFY(isIsoTimeMs(e.value(QStringLiteral("createdAt")).toString()));
            QVERIFY(isIsoTimeMs(e.value(QStringLiteral("updatedAt")).toString()));
            QVERIFY(e.value(QStringLiteral("error")).isNull());
        }
        const QStringList firstIds = enrichmentIds(first.array());
        QCOMPARE(QSet<QString>(firstIds.begin(), firstIds.end()).size(), 3);
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

    void fullBatchAndManualBulkOrder()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("150"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QStringList ids = engine.leadIds(150);
        QCOMPARE(ids.size(), 150);
        // 100 ids is a whole batch, answered in order.
        const Reply full =
            engine.post(kBatch, batchBody(ids.mid(0, 100), QStringLiteral("emails")));
        QCOMPARE(full.status, 200);
        QCOMPARE(entityIds(full.array()), ids.mid(0, 100));
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(100000 - 1000));
        QCOMPARE(held, qint64(1000));

        // Manual bulk: includedIds order, duplicates at their first place,
        // existing enrichments returned rather than duplicated.
        const QStringList included{ids[120], ids[5], ids[120], ids[101], ids[6], ids[5]};
        const Reply manual = engine.post(
            kBulk,
            {{QStringLiteral("field"), QStringLiteral("emails")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray::fromStringList(included)}}}});
        QCOMPARE(manual.status, 200);
        QCOMPARE(entityIds(manual.array()), (QStringList{ids[120], ids[5], ids[101], ids[6]}));
        QCOMPARE(manual.array().at(1).toObject().value(QStringLiteral("id")),
                 full.array().at(5).toObject().value(QStringLiteral("id")));
        QCOMPARE(manual.array().at(3).toObject().value(QStringLiteral("id")),
                 full.array().at(6).toObject().value(QStringLiteral("id")));
        QCOMPARE(engine.balance(&held), qint64(100000 - 1020));
        QCOMPARE(held, qint64(1020));

        // Range bulk over work that exists already: the same enrichments, free.
        const Reply range =
            engine.post(kBulk, {{QStringLiteral("field"), QStringLiteral("emails")},
                                {QStringLiteral("selection"),
                                 QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                             {QStringLiteral("startIndex"), 0},
                                             {QStringLiteral("targetCount"), 100},
                                             {QStringLiteral("filters"), QJsonObject{}}}}});
        QCOMPARE(range.status, 200);
        QCOMPARE(enrichmentIds(range.array()), enrichmentIds(full.array()));
        QCOMPARE(engine.balance(&held), qint64(100000 - 1020));

        // Manual selections hold 1 to 1000 ids.
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const auto manualOf = [](const QJsonArray &list) {
            return QJsonObject{{QStringLiteral("field"), QStringLiteral("phones")},
                               {QStringLiteral("selection"),
                                QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                                            {QStringLiteral("includedIds"), list}}}};
        };
        const Reply tooMany = engine.post(kBulk, manualOf(many));
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        many.removeLast();
        // 1000 pass the size check and fail only as unknown persons.
        const Reply thousand = engine.post(kBulk, manualOf(many));
        QCOMPARE(thousand.status, 400);
        QCOMPARE(thousand.errorDetails().value(QStringLiteral("unknownIds")).toArray().size(),
                 1000);
        QCOMPARE(engine.balance(&held), qint64(100000 - 1020));
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
        QCOMPARE(bulk.errorMessage(),
                 QStringLiteral("Insufficient credits for 3 enrichments. Required: 150 credits."));
        const Reply manual = engine.post(
            kBulk,
            {{QStringLiteral("field"), QStringLiteral("emails")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray::fromStringList(ids)}}}});
        QCOMPARE(manual.status, 402);
        QCOMPARE(manual.errorCode(), QStringLiteral("INSUFFICIENT_CREDITS"));
        QCOMPARE(manual.errorDetails().value(QStringLiteral("count")).toInteger(), 12);
        QCOMPARE(manual.errorDetails().value(QStringLiteral("required")).toInteger(), 120);
        // Still nothing created and nothing held.
        QCOMPARE(engine.balance(&held), qint64(100));
        QCOMPARE(held, qint64(0));
        for (const QString &field : {QStringLiteral("emails"), QStringLiteral("phones")})
            QCOMPARE(engine.get(singlePath(ids[0], field)).status, 404);

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
        QCOMPARE(oneMore.errorDetails().value(QStringLiteral("required")).toInteger(), 10);
        QCOMPARE(engine.get(singlePath(ids[10], QStringLiteral("emails"))).status, 404);
        // The single endpoint checks credits too.
        const Reply single = engine.call("POST", singlePath(ids[11], QStringLiteral("phones")));
        QCOMPARE(single.status, 402);
        QCOMPARE(single.errorCode(), QStringLiteral("INSUFFICIENT_CREDITS"));
        QCOMPARE(single.errorDetails(),
                 (QJsonObject{{QStringLiteral("operationType"), QStringLiteral("enrichment_phone")},
                              {QStringLiteral("count"), 1},
                              {QStringLiteral("required"), 50}}));
        QCOMPARE(engine.get(singlePath(ids[11], QStringLiteral("phones"))).status, 404);
        QCOMPARE(engine.balance(&held), qint64(0));
        QCOMPARE(held, qint64(100));
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
        const QList<QJsonObject> before = leads(engine, {});
        QCOMPARE(before.size(), 300);
        const QStringList ids = leadIdsOf(before);
        const QJsonObject byName{{QStringLiteral("key"), QStringLiteral("last_name")},
                                 {QStringLiteral("direction"), QStringLiteral("asc")}};
        const QStringList nameOrder = leadIdsOf(leads(engine, byName));
        const QStringList emailIds = ids.mid(0, 200), phoneIds = ids.mid(100, 100);
        const Reply emailsSubmitted = engine.post(
            kBulk,
            {{QStringLiteral("field"), QStringLiteral("emails")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray::fromStringList(emailIds)}}}});
        QCOMPARE(emailsSubmitted.status, 200);
        QCOMPARE(entityIds(emailsSubmitted.array()), emailIds);
        const Reply phonesSubmitted =
            engine.post(kBatch, batchBody(phoneIds, QStringLiteral("phones")));
        QCOMPARE(phonesSubmitted.status, 200);
        QCOMPARE(entityIds(phonesSubmitted.array()), phoneIds);
        qint64 held = 0;
        const qint64 during = engine.balance(&held);
        QVERIFY(held > 0 || during < 100000);

        QList<QJsonObject> emails, phones;
        QVERIFY(engine.waitUntilFinal(emailIds, QStringLiteral("emails"), 60000, &emails));
        QVERIFY(engine.waitUntilFinal(phoneIds, QStringLiteral("phones"), 60000, &phones));
        int found = 0, notFound = 0, failed = 0;
        qint64 cost = 0;
        QSet<QString> txIds;
        // person -> the enrichment that found something, per field
        QHash<QString, QJsonObject> foundEmail, foundPhone;
        for (const QJsonObject &e : emails + phones) {
            const QString status = e.value(QStringLiteral("status")).toString();
            const bool hit = e.value(QStringLiteral("dataFound")).toBool();
            const bool isEmail = e.value(QStringLiteral("field")) == QLatin1String("emails");
            if (status == QLatin1String("failed")) {
                ++failed;
                QVERIFY(!e.value(QStringLiteral("error")).toString().isEmpty());
                QVERIFY(e.value(QStringLiteral("creditTransactionId")).isNull());
            } else if (hit) {
                ++found;
                QCOMPARE(status, QStringLiteral("finished"));
                QVERIFY(e.value(QStringLiteral("error")).isNull());
                const QString tx = e.value(QStringLiteral("creditTransactionId")).toString();
                QVERIFY(!tx.isEmpty() && !txIds.contains(tx));
                txIds.insert(tx);
                cost += isEmail ? 10 : 50;
                (isEmail ? foundEmail : foundPhone)
                    .insert(e.value(QStringLiteral("entityId")).toString(), e);
            } else {
                ++notFound;
                QCOMPARE(status, QStringLiteral("finished"));
                QCOMPARE(e.value(QStringLiteral("dataFound")).toBool(true), false);
                QVERIFY(e.value(QStringLiteral("error")).isNull());
                QVERIFY(e.value(QStringLiteral("creditTransactionId")).isNull());
            }
        }
        QCOMPARE(found + notFound + failed, 300);
        QVERIFY(found > 0 && notFound > 0 && failed > 0); // a real mix
        QCOMPARE(engine.balance(&held), 100000 - cost);
        QCOMPARE(held, qint64(0));

        // The history: one consumed transaction per found contact, plus the bonus.
        const QList<QJsonObject> history = engine.transactions();
        QCOMPARE(history.size(), found + 1);
        qint64 consumed = 0;
        QSet<QString> consumedIds;
        for (const QJsonObject &tx : history) {
            for (const char *key :
                 {"id", "organizationId", "type", "amount", "operationType", "source",
                  "referenceId", "description", "metadata", "createdAt", "updatedAt"})
                QVERIFY2(tx.contains(QLatin1String(key)), key);
            QVERIFY(isUuidV4(tx.value(QStringLiteral("id")).toString()));
            QVERIFY(isIsoTimeMs(tx.value(QStringLiteral("createdAt")).toString()));
            QCOMPARE(tx.value(QStringLiteral("organizationId")).toString(),
                     QStringLiteral("org_local"));
            if (tx.value(QStringLiteral("type")) == QLatin1String("credit_consumed")) {
                consumedIds.insert(tx.value(QStringLiteral("id")).toString());
                consumed -= tx.value(QStringLiteral("amount")).toInteger();
            } else {
                QCOMPARE(tx.value(QStringLiteral("type")).toString(),
                         QStringLiteral("credit_added"));
                QCOMPARE(tx.value(QStringLiteral("source")).toString(),
                         QStringLiteral("signup_bonus"));
                QCOMPARE(tx.value(QStringLiteral("amount")).toInteger(), 100000);
            }
        }
        // Exactly the transactions the found enrichments name.
        QCOMPARE(consumedIds, txIds);
        QCOMPARE(consumed, cost);

        // Enrichment moves no lead in the order.
        const QList<QJsonObject> after = leads(engine, {});
        QCOMPARE(leadIdsOf(after), ids);
        QCOMPARE(leadIdsOf(leads(engine, byName)), nameOrder);
        // Found contacts were written onto the leads; nothing else changed there.
        for (int i = 0; i < after.size(); ++i) {
            const QString id = ids[i];
            for (const bool isEmail : {true, false}) {
                const QString field = isEmail ? QStringLiteral("emails") : QStringLiteral("phones");
                const QJsonArray was = before[i].value(field).toArray();
                const QJsonArray now = after[i].value(field).toArray();
                const QHash<QString, QJsonObject> &hits = isEmail ? foundEmail : foundPhone;
                if (!hits.contains(id)) {
                    QVERIFY2(now == was, qPrintable(id + QLatin1Char(' ') + field));
                    continue;
                }
                QVERIFY2(!now.isEmpty(), qPrintable(id + QLatin1Char(' ') + field));
                // When the enrichment carries its payload, the lead shows it.
                const QJsonArray payload =
                    hits[id].value(QStringLiteral("value")).toObject().value(field).toArray();
                for (const QJsonValue &contact : payload)
                    QVERIFY2(now.contains(contact), qPrintable(contact.toString()));
            }
        }

        // A finished enrichment is not pending: nothing to cancel, nothing changes.
        const QString hitPerson =
            foundPhone.isEmpty() ? foundEmail.keys().first() : foundPhone.keys().first();
        const QString hitField =
            foundPhone.isEmpty() ? QStringLiteral("emails") : QStringLiteral("phones");
        const Reply cancel = engine.call("DELETE", singlePath(hitPerson, hitField));
        QCOMPARE(cancel.status, 404);
        QCOMPARE(cancel.errorCode(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(engine.get(singlePath(hitPerson, hitField))
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("finished"));
        QCOMPARE(engine.balance(&held), 100000 - cost);
        // Asking again for finished work reuses it, free.
        const Reply again = engine.post(kBatch, batchBody(phoneIds, QStringLiteral("phones")));
        QCOMPARE(again.status, 200);
        // batch/query does not promise an order: match by person.
        const QHash<QString, QJsonObject> phoneOf = byPerson(phones);
        int renewed = 0;
        for (int i = 0; i < phoneIds.size(); ++i) {
            const QJsonObject was = phoneOf.value(phoneIds[i]),
                              now = again.array().at(i).toObject();
            QCOMPARE(now.value(QStringLiteral("entityId")).toString(), phoneIds[i]);
            if (was.value(QStringLiteral("status")) == QLatin1String("finished")) {
                QCOMPARE(now.value(QStringLiteral("id")), was.value(QStringLiteral("id")));
            } else {
                QVERIFY(now.value(QStringLiteral("id")) != was.value(QStringLiteral("id")));
                ++renewed;
            }
        }
        QVERIFY(renewed > 0);
        // Once the renewed ones are final, only their finds were charged.
        QList<QJsonObject> phonesAgain;
        QVERIFY(engine.waitUntilFinal(phoneIds, QStringLiteral("phones"), 60000, &phonesAgain));
        qint64 extra = 0;
        for (const QJsonObject &e : phonesAgain)
            if (e.value(QStringLiteral("id")) !=
                phoneOf.value(e.value(QStringLiteral("entityId")).toString())
                    .value(QStringLiteral("id")))
                extra += e.value(QStringLiteral("dataFound")).toBool() ? 50 : 0;
        QCOMPARE(engine.balance(&held), 100000 - cost - extra);
        QCOMPARE(held, qint64(0));
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
        const QStringList ordered = searchOrder(engine, filters, sort, 5);
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

    void estimateMatchesWhatTheServerThenHolds()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("300"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const QString kEstimate = QStringLiteral("/api/v1/estimate");
        const QJsonObject filters{{QStringLiteral("seniority"),
                                   QJsonArray{QStringLiteral("Entry"), QStringLiteral("Senior")}}};
        const QJsonObject sort{{QStringLiteral("key"), QStringLiteral("last_name")},
                               {QStringLiteral("direction"), QStringLiteral("asc")}};
        const QStringList ordered = searchOrder(engine, filters, sort, 3);
        const qint64 matching = ordered.size();
        QVERIFY(matching > 40);
        // Ten already pending: free.
        QCOMPARE(
            engine.post(kBatch, batchBody(ordered.mid(4, 10), QStringLiteral("emails"))).status,
            200);
        const QStringList excluded{ordered[0], ordered[6]}; // one new, one pending
        const QJsonObject bulkSelection{
            {QStringLiteral("mode"), QStringLiteral("bulk")},
            {QStringLiteral("filters"), filters},
            {QStringLiteral("sort"), sort},
            {QStringLiteral("excludedIds"), QJsonArray::fromStringList(excluded)}};
        const Reply est =
            engine.post(kEstimate, {{QStringLiteral("field"), QStringLiteral("emails")},
                                    {QStringLiteral("newIdsLimit"), 3},
                                    {QStringLiteral("selection"), bulkSelection}});
        QCOMPARE(est.status, 200);
        const QJsonObject e = est.object();
        QCOMPARE(e.value(QStringLiteral("selected")).toInteger(), matching - 2);
        QCOMPARE(e.value(QStringLiteral("pending")).toInteger(), 9);
        QCOMPARE(e.value(QStringLiteral("finished")).toInteger(), 0);
        QCOMPARE(e.value(QStringLiteral("new")).toInteger(), matching - 2 - 9);
        QCOMPARE(e.value(QStringLiteral("costPerFound")).toInt(), 10);
        QCOMPARE(e.value(QStringLiteral("maxCost")).toInteger(), (matching - 11) * 10);
        QCOMPARE(e.value(QStringLiteral("balance")).toInteger(), 100000 - 100);
        // The first new ones in search order, skipping the excluded and the pending.
        QCOMPARE(e.value(QStringLiteral("newIds")).toArray().toVariantList(),
                 QJsonArray::fromStringList({ordered[1], ordered[2], ordered[3]}).toVariantList());

        // Submitting that selection holds exactly the estimated maximum.
        qint64 heldBefore = 0;
        const qint64 before = engine.balance(&heldBefore);
        for (qint64 start = 0; start < matching; start += 1000) {
            QJsonObject range = bulkSelection;
            range.insert(QStringLiteral("startIndex"), start);
            range.insert(QStringLiteral("targetCount"), 1000);
            QCOMPARE(engine
                         .post(kBulk, {{QStringLiteral("field"), QStringLiteral("emails")},
                                       {QStringLiteral("selection"), range}})
                         .status,
                     200);
        }
        qint64 heldAfter = 0;
        const qint64 after = engine.balance(&heldAfter);
        QCOMPARE(before - after, e.value(QStringLiteral("maxCost")).toInteger());
        QCOMPARE(heldAfter - heldBefore, e.value(QStringLiteral("maxCost")).toInteger());
        // Now everything selected is pending: nothing new, nothing to pay.
        const QJsonObject again =
            engine
                .post(kEstimate, {{QStringLiteral("field"), QStringLiteral("emails")},
                                  {QStringLiteral("selection"), bulkSelection}})
                .object();
        QCOMPARE(again.value(QStringLiteral("new")).toInteger(), 0);
        QCOMPARE(again.value(QStringLiteral("pending")).toInteger(), matching - 2);

        // Manual: duplicates once, phones priced as phones, unknown ids refused.
        const QStringList picked{ordered[0], ordered[5], ordered[0], ordered[20]};
        const QJsonObject manual =
            engine
                .post(kEstimate, {{QStringLiteral("field"), QStringLiteral("emails")},
                                  {QStringLiteral("newIdsLimit"), 10},
                                  {QStringLiteral("selection"),
                                   QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                                               {QStringLiteral("includedIds"),
                                                QJsonArray::fromStringList(picked)}}}})
                .object();
        QCOMPARE(manual.value(QStringLiteral("selected")).toInteger(), 3);
        QCOMPARE(manual.value(QStringLiteral("pending")).toInteger(), 2); // [5] and [20]
        QCOMPARE(manual.value(QStringLiteral("new")).toInteger(), 1);     // the excluded [0]
        QCOMPARE(manual.value(QStringLiteral("newIds")).toArray().toVariantList(),
                 QJsonArray{ordered[0]}.toVariantList());
        const Reply phones = engine.post(
            kEstimate,
            {{QStringLiteral("field"), QStringLiteral("phones")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray::fromStringList(picked)}}}});
        QCOMPARE(phones.object().value(QStringLiteral("maxCost")).toInteger(), 3 * 50);
        const Reply unknown = engine.post(
            kEstimate,
            {{QStringLiteral("field"), QStringLiteral("emails")},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"),
                           QJsonArray{QStringLiteral("00000000-0000-4000-8000-000000000000")}}}}});
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(
            engine.post(kEstimate, {{QStringLiteral("field"), QStringLiteral("faxes")}}).status,
            400);
        QCOMPARE(engine.call("POST", kEstimate, "{not json").status, 400);
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
        // The poller sees it cancelled too.
        QList<QJsonObject> seen;
        QVERIFY(engine.waitUntilFinal({person}, QStringLiteral("phones"), 5000, &seen));
        QCOMPARE(seen.first().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(seen.first().value(QStringLiteral("id")).toString(), id);
        // Cancelled is not reusable: a new request makes a new enrichment.
        const Reply again = engine.call("POST", singlePath(person, QStringLiteral("phones")));
        QVERIFY(again.object().value(QStringLiteral("id")).toString() != id);
        QCOMPARE(engine.get(singlePath(person, QStringLiteral("phones")))
                     .object()
                     .value(QStringLiteral("id")),
                 again.object().value(QStringLiteral("id")));
    }

    // Engine extension "cancel_batch": what is pending among many leads is
    // cancelled in one request and one transaction; ids with nothing
    // pending (finished meanwhile, never asked, unknown) are listed, not an
    // error, and their holds are untouched.
    void batchCancelReleasesWhatIsPending()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("50"),
                              QStringLiteral("--credits"), QStringLiteral("1000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        QVERIFY(engine.get(QStringLiteral("/api/v1/meta"))
                    .object()
                    .value(QStringLiteral("features"))
                    .toArray()
                    .contains(QStringLiteral("cancel_batch")));
        const QStringList ids = engine.leadIds(6);
        const QString path = QStringLiteral("/api/v1/operations/enrichment/batch/cancel");
        const auto body = [](const QStringList &personIds, const char *field) {
            return QJsonObject{{QStringLiteral("personIds"), QJsonArray::fromStringList(personIds)},
                               {QStringLiteral("field"), QLatin1String(field)}};
        };
        QCOMPARE(engine
                     .post(QStringLiteral("/api/v1/operations/enrichment/batch"),
                           body(ids.mid(0, 4), "emails"))
                     .status,
                 200);
        qint64 held = 0;
        QCOMPARE(engine.balance(&held), qint64(960));
        QCOMPARE(held, qint64(40));
        // One finished meanwhile (cancelled on its own here), one never
        // asked, an unknown id and a duplicate.
        QCOMPARE(engine.call("DELETE", singlePath(ids[3], QStringLiteral("emails"))).status, 200);
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-000000000000");
        const Reply r = engine.post(
            path, body({ids[2], ids[0], ids[3], ids[4], unknown, ids[0], ids[1]}, "emails"));
        QCOMPARE(r.status, 200);
        QStringList cancelled;
        for (const QJsonValue &v : r.object().value(QStringLiteral("cancelled")).toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("cancelled"));
            cancelled << v.toObject().value(QStringLiteral("entityId")).toString();
        }
        QCOMPARE(cancelled, (QStringList{ids[2], ids[0], ids[1]})); // request order, once each
        QCOMPARE(r.object().value(QStringLiteral("notPending")).toArray(),
                 QJsonArray::fromStringList({ids[3], ids[4], unknown}));
        QCOMPARE(engine.balance(&held), qint64(1000));
        QCOMPARE(held, qint64(0));
        // Again: nothing is pending any more, so nothing changes.
        const Reply again = engine.post(path, body(ids.mid(0, 3), "emails"));
        QCOMPARE(again.status, 200);
        QVERIFY(again.object().value(QStringLiteral("cancelled")).toArray().isEmpty());
        QCOMPARE(again.object().value(QStringLiteral("notPending")).toArray().size(), 3);

        // Bad input is a 400 and cancels nothing.
        QCOMPARE(engine
                     .post(QStringLiteral("/api/v1/operations/enrichment/batch"),
                           body({ids[5]}, "phones"))
                     .status,
                 200);
        QStringList tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany << ids[5];
        for (const QJsonObject &bad :
             {body({}, "phones"), body({ids[5]}, "faxes"), body({QStringLiteral("nope")}, "phones"),
              body(tooMany, "phones"),
              QJsonObject{{QStringLiteral("field"), QStringLiteral("phones")}},
              QJsonObject{{QStringLiteral("personIds"), ids[5]},
                          {QStringLiteral("field"), QStringLiteral("phones")}}}) {
            const Reply refused = engine.post(path, bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        }
        QCOMPARE(engine.call("POST", path, "{not json").status, 400);
        QCOMPARE(engine.call("GET", path).status, 405);
        QCOMPARE(engine.balance(&held), qint64(950));
        QCOMPARE(held, qint64(50));
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
        const QStringList tokens{
            QStringLiteral("--token"),           QStringLiteral("other:user2:org2"),
            QStringLiteral("--token"),           QStringLiteral("third:user3:org3"),
            QStringLiteral("--seed-demo"),       QStringLiteral("50"),
            QStringLiteral("--hit-rate-emails"), QStringLiteral("1"),
            QStringLiteral("--failure-rate"),    QStringLiteral("0")};
        EngineProcess engine(tokens +
                             QStringList{QStringLiteral("--latency-ms"), QStringLiteral("5:20")});
        QVERIFY(engine.start());
        const QStringList persons = engine.leadIds(2);
        const QString person = persons[0];
        QCOMPARE(engine.post(kBatch, batchBody({person}, QStringLiteral("emails"))).status, 200);
        QList<QJsonObject> first;
        QVERIFY(engine.waitUntilFinal({person}, QStringLiteral("emails"), 20000, &first));
        QCOMPARE(first.first().value(QStringLiteral("dataFound")).toBool(), true);
        const QString global = first.first().value(QStringLiteral("globalEnrichmentId")).toString();
        QVERIFY(!global.isEmpty());

        const Reply other =
            engine.post(kBatch, batchBody({person}, QStringLiteral("emails")), "other");
        QCOMPARE(other.status, 200);
        const QJsonObject created = other.array().first().toObject();
        QCOMPARE(created.value(QStringLiteral("orgId")).toString(), QStringLiteral("org2"));
        QCOMPARE(created.value(QStringLiteral("createdBy")).toString(), QStringLiteral("user2"));
        QVERIFY(created.value(QStringLiteral("id")) != first.first().value(QStringLiteral("id")));
        QTRY_VERIFY_WITH_TIMEOUT(engine.get(singlePath(person, QStringLiteral("emails")), "other")
                                         .object()
                                         .value(QStringLiteral("status")) ==
                                     QLatin1String("finished"),
                                 10000);
        const QJsonObject served =
            engine.get(singlePath(person, QStringLiteral("emails")), "other").object();
        QCOMPARE(served.value(QStringLiteral("globalEnrichmentId")).toString(), global);
        QCOMPARE(served.value(QStringLiteral("dataFound")).toBool(), true);
        // The same contact data (the payload's other keys, such as its source, may differ).
        QCOMPARE(served.value(QStringLiteral("value")).toObject().value(QStringLiteral("emails")),
                 first.first()
                     .value(QStringLiteral("value"))
                     .toObject()
                     .value(QStringLiteral("emails")));
        // Still charged, to its own organization only.
        qint64 held = -1;
        QCOMPARE(engine.balance(&held, "other"), qint64(990));
        QCOMPARE(held, qint64(0));
        QCOMPARE(engine.balance(), qint64(990));
        const QString tx = served.value(QStringLiteral("creditTransactionId")).toString();
        QVERIFY(!tx.isEmpty());
        QVERIFY(tx != first.first().value(QStringLiteral("creditTransactionId")).toString());
        int consumed = 0;
        for (const QJsonObject &t : engine.transactions("other")) {
            QCOMPARE(t.value(QStringLiteral("organizationId")).toString(), QStringLiteral("org2"));
            if (t.value(QStringLiteral("type")) == QLatin1String("credit_consumed")) {
                ++consumed;
                QCOMPARE(t.value(QStringLiteral("id")).toString(), tx);
                QCOMPARE(t.value(QStringLiteral("amount")).toInteger(), -10);
            }
        }
        QCOMPARE(consumed, 1);

        // Served without calling a provider: with providers that now take ten
        // minutes, a third organization still gets the shared result at once,
        // while a person nobody has found stays pending.
        engine.kill();
        QVERIFY(engine.restart(
            tokens + QStringList{QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")}));
        const Reply third =
            engine.post(kBatch, batchBody({person, persons[1]}, QStringLiteral("emails")), "third");
        QCOMPARE(third.status, 200);
        QCOMPARE(entityIds(third.array()), persons);
        QTRY_VERIFY_WITH_TIMEOUT(engine.get(singlePath(person, QStringLiteral("emails")), "third")
                                         .object()
                                         .value(QStringLiteral("status")) ==
                                     QLatin1String("finished"),
                                 10000);
        const QJsonObject cached =
            engine.get(singlePath(person, QStringLiteral("emails")), "third").object();
        QCOMPARE(cached.value(QStringLiteral("globalEnrichmentId")).toString(), global);
        QCOMPARE(cached.value(QStringLiteral("dataFound")).toBool(), true);
        QCOMPARE(engine.get(singlePath(persons[1], QStringLiteral("emails")), "third")
                     .object()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("pending"));
        QCOMPARE(engine.balance(&held, "third"), qint64(1000 - 10 - 10));
        QCOMPARE(held, qint64(10));
    }

    void historyPagesAndDates()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("20"),
                              QStringLiteral("--latency-ms"), QStringLiteral("5:20"),
                              QStringLiteral("--hit-rate-emails"), QStringLiteral("1"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0")});
        QVERIFY(engine.start());
        const QStringList persons = engine.leadIds(3);
        QCOMPARE(engine.post(kBatch, batchBody(persons, QStringLiteral("emails"))).status, 200);
        QVERIFY(engine.waitUntilFinal(persons, QStringLiteral("emails"), 20000));
        const QList<QJsonObject> all = engine.transactions();
        QCOMPARE(all.size(), 4); // the bonus and three finds
        const QString path = QStringLiteral("/api/v1/operations/credits/history?");
        // limit and offset page through the same list.
        QSet<QString> paged;
        for (int offset = 0; offset < 4; ++offset) {
            const Reply r = engine.get(path + QStringLiteral("limit=1&offset=%1").arg(offset));
            QCOMPARE(r.status, 200);
            const QJsonArray page = r.object().value(QStringLiteral("transactions")).toArray();
            QCOMPARE(page.size(), 1);
            paged.insert(page.first().toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(paged.size(), 4);
        QVERIFY(engine.get(path + QStringLiteral("limit=10&offset=4"))
                    .object()
                    .value(QStringLiteral("transactions"))
                    .toArray()
                    .isEmpty());
        // Dates: a window around now holds everything, one in the past or the future nothing.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto inWindow = [&](const QDateTime &from, const QDateTime &to) {
            const Reply r = engine.get(
                path + QStringLiteral("startDate=%1&endDate=%2")
                           .arg(from.toString(Qt::ISODateWithMs), to.toString(Qt::ISODateWithMs)));
            if (r.status != 200)
                qWarning("%s", r.describe().constData());
            return r.object().value(QStringLiteral("transactions")).toArray().size();
        };
        QCOMPARE(inWindow(now.addSecs(-3600), now.addSecs(3600)), 4);
        QCOMPARE(inWindow(now.addDays(-30), now.addDays(-29)), 0);
        QCOMPARE(inWindow(now.addSecs(3600), now.addSecs(7200)), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineEnrichment)
#include "test_engine_enrichment.moc"
