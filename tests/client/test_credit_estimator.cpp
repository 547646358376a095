// CreditEstimator against the real engine: on a server without /estimate
// (a plain Lance server) it puts the same numbers together from search,
// batch/query and balance; they must equal what the engine's own /estimate
// says. Past kMaxLookup leads it says it is an upper bound.
#include "client_wait.h"
#include "credit_estimator.h"
#include "engine_harness.h"

#include <QtTest>

using namespace lance;
using lance::test::EngineProcess;

namespace {
ServerMeta plainLance()
{
    return ServerMeta{}; // what LanceClient::meta gives for a 404
}

ServerMeta engineMeta(LanceClient &client)
{
    const auto r =
        lance::test::wait<ServerMeta>([&](QObject *c, auto done) { client.meta(c, done); });
    return r.ok() ? *r.value : ServerMeta{};
}

Result<CreditEstimate> estimateWith(CreditEstimator &estimator, const Selection &s, ContactField f,
                                    int newIdsLimit)
{
    return lance::test::wait<CreditEstimate>(
        [&](QObject *c, auto done) { estimator.estimate(s, f, newIdsLimit, c, done); });
}

// The fallback and the engine agree, number for number.
void compare(const CreditEstimate &fallback, const CreditEstimate &engine)
{
    QVERIFY(fallback.exact);
    QCOMPARE(fallback.selected, engine.selected);
    QCOMPARE(fallback.finished, engine.finished);
    QCOMPARE(fallback.pending, engine.pending);
    QCOMPARE(fallback.fresh, engine.fresh);
    QCOMPARE(fallback.costPerFound, engine.costPerFound);
    QCOMPARE(fallback.maxCost, engine.maxCost);
    QCOMPARE(fallback.balance, engine.balance);
    QCOMPARE(fallback.held, engine.held);
    QCOMPARE(fallback.newIds, engine.newIds);
}
} // namespace

class TestCreditEstimator : public QObject
{
    Q_OBJECT
private slots:
    void fallbackEqualsTheEngineWithPendingAndFinished()
    {
        // Fast providers that always find: enrichments end finished.
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("400"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("5:20"),
                              QStringLiteral("--hit-rate-emails"), QStringLiteral("1"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0")});
        QVERIFY(engine.start());
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        const QStringList ids = engine.leadIds(400);
        QCOMPARE(
            engine
                .post(QStringLiteral("/api/v1/operations/enrichment/batch"),
                      {{QStringLiteral("field"), QStringLiteral("emails")},
                       {QStringLiteral("personIds"), QJsonArray::fromStringList(ids.mid(0, 10))}})
                .status,
            200);
        QVERIFY(engine.waitUntilFinal(ids.mid(0, 10), QStringLiteral("emails")));

        CreditEstimator fallback(&client), server(&client);
        fallback.setServerMeta(plainLance());
        server.setServerMeta(engineMeta(client));

        Selection manual;
        manual.setSelected(ids.mid(5, 20), true); // 5 finished, 15 new
        auto a = estimateWith(fallback, manual, ContactField::Emails, 6);
        auto b = estimateWith(server, manual, ContactField::Emails, 6);
        REQUIRE_OK(a);
        REQUIRE_OK(b);
        QCOMPARE(a.value->finished, 5);
        compare(*a.value, *b.value);

        Selection all;
        FilterSet filters;
        filters.set(QStringLiteral("seniority"),
                    {QStringLiteral("Entry"), QStringLiteral("Senior"), QStringLiteral("Manager")});
        all.selectAllMatching(filters, {QStringLiteral("last_name"), false}, 0);
        all.setSelected(ids.mid(0, 3), false);
        a = estimateWith(fallback, all, ContactField::Emails, 10);
        b = estimateWith(server, all, ContactField::Emails, 10);
        REQUIRE_OK(a);
        REQUIRE_OK(b);
        compare(*a.value, *b.value);
        // Phones: other prices, none enriched.
        a = estimateWith(fallback, all, ContactField::Phones, 0);
        b = estimateWith(server, all, ContactField::Phones, 0);
        REQUIRE_OK(a);
        REQUIRE_OK(b);
        QCOMPARE(a.value->costPerFound, 50);
        compare(*a.value, *b.value);
    }

    void fallbackCountsPendingAndBoundsLargeSelections()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("6000"),
                              QStringLiteral("--credits"), QStringLiteral("100000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        const QStringList ids = engine.leadIds(300);
        QCOMPARE(
            engine
                .post(QStringLiteral("/api/v1/operations/enrichment/batch"),
                      {{QStringLiteral("field"), QStringLiteral("phones")},
                       {QStringLiteral("personIds"), QJsonArray::fromStringList(ids.mid(0, 7))}})
                .status,
            200);
        CreditEstimator fallback(&client), server(&client);
        fallback.setServerMeta(plainLance());
        server.setServerMeta(engineMeta(client));
        Selection manual;
        manual.setSelected(ids.mid(0, 250), true);
        const auto a = estimateWith(fallback, manual, ContactField::Phones, 3);
        const auto b = estimateWith(server, manual, ContactField::Phones, 3);
        REQUIRE_OK(a);
        REQUIRE_OK(b);
        QCOMPARE(a.value->pending, 7);
        compare(*a.value, *b.value);

        // 6,000 leads: more than kMaxLookup, so an upper bound that says so.
        Selection all;
        all.selectAllMatching({}, {}, 6000);
        all.setSelected(ids.mid(0, 2), false);
        const auto big = estimateWith(fallback, all, ContactField::Phones, 4);
        REQUIRE_OK(big);
        QVERIFY(!big.value->exact);
        QCOMPARE(big.value->selected, 5998);
        QCOMPARE(big.value->fresh, 5998); // the 5 pending among them counted as new
        QCOMPARE(big.value->maxCost, 5998 * 50);
        QCOMPARE(big.value->newIds, ids.mid(2, 4));
        const auto exact = estimateWith(server, all, ContactField::Phones, 0);
        REQUIRE_OK(exact);
        QVERIFY(big.value->maxCost >= exact.value->maxCost);
    }
};

QTEST_GUILESS_MAIN(TestCreditEstimator)
#include "test_credit_estimator.moc"
