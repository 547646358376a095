// LanceClient against the real engine on loopback: every call returns typed
// results, and every error the engine can give arrives as a typed error a
// rep can read.
#include "client_page_source.h"
#include "client_wait.h"
#include "engine_harness.h"
#include "lance_client.h"

#include <QtTest>

using namespace lance;
using lance::test::EngineProcess;
using lance::test::wait;

class TestClientEngine : public QObject
{
    Q_OBJECT
private:
    EngineProcess m_engine{{QStringLiteral("--seed-demo"), QStringLiteral("300"),
                            QStringLiteral("--credits"), QStringLiteral("200"),
                            QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")}};
    LanceClient m_client;
    QStringList m_ids;

private slots:
    void initTestCase()
    {
        QVERIFY(m_engine.start());
        QVERIFY(m_client.setServer(m_engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        m_ids = m_engine.leadIds(30);
    }

    void searchFacetsBalanceHistoryMeta()
    {
        FilterSet f;
        const auto facets = wait<QList<FacetValue>>([&](QObject *c, auto done) {
            m_client.facets(QStringLiteral("country"), QString(), FilterSet(), 5, 0, c, done);
        });
        REQUIRE_OK(facets);
        QCOMPARE(facets.value->size(), 5);
        f.add(QStringLiteral("country"), facets.value->first().key);
        const auto page = wait<SearchPage>(
            [&](QObject *c, auto done) { m_client.search(f, {}, 0, 100, c, done); });
        REQUIRE_OK(page);
        QCOMPARE(page.value->totalElements, facets.value->first().count);
        for (const Lead &l : page.value->leads)
            QCOMPARE(l.country, facets.value->first().key);
        const auto balance =
            wait<Balance>([&](QObject *c, auto done) { m_client.balance(c, done); });
        REQUIRE_OK(balance);
        QCOMPARE(balance.value->available, qint64(200));
        QCOMPARE(balance.value->organizationId, QStringLiteral("org_local"));
        const auto history =
            wait<CreditHistory>([&](QObject *c, auto done) { m_client.history(10, 0, c, done); });
        REQUIRE_OK(history);
        QCOMPARE(history.value->count, qint64(1));
        QCOMPARE(history.value->transactions.first().source, QStringLiteral("signup_bonus"));
        const auto meta = wait<ServerMeta>([&](QObject *c, auto done) { m_client.meta(c, done); });
        REQUIRE_OK(meta);
        QVERIFY(meta.value->isEngine);
        QVERIFY(meta.value->has("cancel") && meta.value->has("sort") && meta.value->has("facets"));
    }

    void enrichmentCallsRoundTrip()
    {
        using Maybe = std::optional<Enrichment>;
        const auto none = wait<Maybe>([&](QObject *c, auto done) {
            m_client.enrichment(m_ids[0], ContactField::Emails, c, done);
        });
        REQUIRE_OK(none);
        QVERIFY(!none.value->has_value());
        const auto batch = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBatch(m_ids.mid(0, 3), ContactField::Emails, c, done);
        });
        REQUIRE_OK(batch);
        QCOMPARE(batch.value->size(), 3);
        QCOMPARE(batch.value->at(1).entityId, m_ids[1]);
        QCOMPARE(batch.value->at(1).status, EnrichmentStatus::Pending);
        const auto one = wait<Enrichment>([&](QObject *c, auto done) {
            m_client.enrichOne(m_ids[0], ContactField::Emails, c, done);
        });
        REQUIRE_OK(one);
        QCOMPARE(one.value->id, batch.value->first().id); // reused, not created
        const auto manual = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBulk(m_ids.mid(3, 2), ContactField::Emails, c, done);
        });
        REQUIRE_OK(manual);
        QCOMPARE(manual.value->size(), 2);
        BulkRange range;
        range.startIndex = 5;
        range.targetCount = 4;
        range.excludedIds = {m_ids[6]};
        const auto ranged = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBulk(range, ContactField::Emails, c, done);
        });
        REQUIRE_OK(ranged);
        QCOMPARE(ranged.value->size(), 3);
        QCOMPARE(ranged.value->at(1).entityId, m_ids[7]);
        const auto queried = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.queryEnrichments(
                {{m_ids[0], ContactField::Emails}, {m_ids[29], ContactField::Emails}}, c, done);
        });
        REQUIRE_OK(queried);
        QCOMPARE(queried.value->size(), 1);
        const auto cancelled = wait<Maybe>([&](QObject *c, auto done) {
            m_client.cancelEnrichment(m_ids[0], ContactField::Emails, c, done);
        });
        REQUIRE_OK(cancelled);
        QCOMPARE(cancelled.value->value().status, EnrichmentStatus::Cancelled);
        const auto again = wait<Maybe>([&](QObject *c, auto done) {
            m_client.cancelEnrichment(m_ids[0], ContactField::Emails, c, done);
        });
        REQUIRE_OK(again);
        QVERIFY(!again.value->has_value());
    }

    void insufficientCreditsIsATypedError()
    {
        // 200 credits; phones cost 50: ten new ones need 500.
        const auto r = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBatch(m_ids.mid(10, 10), ContactField::Phones, c, done);
        });
        REQUIRE_ERROR(r);
        QCOMPARE(r.error->kind, ClientError::Kind::Api);
        QCOMPARE(r.error->httpStatus, 402);
        QVERIFY(r.error->isApi(ApiError::InsufficientCredits));
        QCOMPARE(r.error->api.details.value(QStringLiteral("required")).toInteger(), 500);
        QCOMPARE(r.error->api.details.value(QStringLiteral("count")).toInteger(), 10);
        QVERIFY(!r.error->message.isEmpty());
    }

    void estimateSaysWhatTheBalanceCovers()
    {
        // Leads no other case touches; phones cost 50 and the balance is
        // at most 200, so ten new ones are unaffordable.
        const QStringList ids = m_engine.leadIds(210).mid(200);
        Selection selection;
        selection.setSelected(ids, true);
        const qint64 available = m_engine.balance();
        const auto r = wait<CreditEstimate>([&](QObject *c, auto done) {
            m_client.estimate(selection, ContactField::Phones, 10, c, done);
        });
        REQUIRE_OK(r);
        const CreditEstimate &e = *r.value;
        QCOMPARE(e.selected, 10);
        QCOMPARE(e.fresh, 10);
        QCOMPARE(e.maxCost, 500);
        QCOMPARE(e.balance, available);
        QVERIFY(!e.isAffordable());
        QCOMPARE(e.shortfall(), 500 - available);
        QCOMPARE(e.affordableCount(), available / 50);
        QCOMPARE(e.newIds, ids);
        // "Enrich what I can afford" creates exactly that many.
        const int afford = int(e.affordableCount());
        QVERIFY(afford > 0);
        const auto created = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBatch(e.newIds.mid(0, afford), ContactField::Phones, c, done);
        });
        REQUIRE_OK(created);
        QCOMPARE(created.value->size(), afford);
        QCOMPARE(m_engine.balance(), available - afford * 50);
        const auto after = wait<CreditEstimate>([&](QObject *c, auto done) {
            m_client.estimate(selection, ContactField::Phones, 0, c, done);
        });
        REQUIRE_OK(after);
        QCOMPARE(after.value->pending, afford);
        QCOMPARE(after.value->fresh, 10 - afford);
    }

    void firstPagesCanComeBeforeTheirCount()
    {
        ClientPageSource source(&m_client);
        source.setDeferredTotal(true);
        QSignalSpy pages(&source, &LeadPageSource::pageReady);
        QSignalSpy totals(&source, &LeadPageSource::totalReady);
        const quint64 id = source.requestPage({}, {}, 0, 100);
        QVERIFY(pages.wait(30000));
        QCOMPARE(pages.first().at(0).toULongLong(), id);
        QCOMPARE(pages.first().at(2).value<QList<Lead>>().size(), 100);
        QCOMPARE(pages.first().at(3).toLongLong(), -1); // the count follows
        QVERIFY(totals.wait(30000));
        QCOMPARE(totals.first().at(0).toULongLong(), id);
        QCOMPARE(totals.first().at(1).toLongLong(), 300);

        // A short first page is the whole result: its total comes with it.
        pages.clear();
        totals.clear();
        FilterSet few;
        few.set(QStringLiteral("q"), {QStringLiteral("zzzz-no-such-lead")});
        source.requestPage(few, {}, 0, 100);
        QVERIFY(pages.wait(30000));
        QCOMPARE(pages.first().at(3).toLongLong(), 0);
        // Later pages carry their total as always (and no count was asked
        // for the short page: it would have answered before this one).
        pages.clear();
        source.requestPage({}, {}, 2, 100);
        QVERIFY(pages.wait(30000));
        QCOMPARE(pages.first().at(3).toLongLong(), 300);
        QVERIFY(totals.isEmpty());
    }

    void eachLeadCarriesItsOutcome()
    {
        const auto batch = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBatch({m_ids[25]}, ContactField::Emails, c, done);
        });
        REQUIRE_OK(batch);
        FilterSet two;
        two.set(QStringLiteral("ids"), {m_ids[25], m_ids[26]});
        // The engine sends each lead's newest enrichment with it.
        const auto page = wait<SearchPage>(
            [&](QObject *c, auto done) { m_client.search(two, {}, 0, 10, c, done); });
        REQUIRE_OK(page);
        QCOMPARE(page.value->leads.size(), 2);
        for (const Lead &lead : page.value->leads) {
            QVERIFY(lead.outcomeKnown);
            QCOMPARE(lead.emailOutcome,
                     lead.id == m_ids[25] ? QStringLiteral("pending") : QString());
        }
        // A plain server's pages get theirs by batch/query, after the rows.
        ClientPageSource source(&m_client);
        QVERIFY(source.setOutcomesByQuery(true));
        QVERIFY(!source.setOutcomesByQuery(true)); // already on
        QSignalSpy pages(&source, &LeadPageSource::pageReady);
        QSignalSpy outcomes(&source, &LeadPageSource::enrichmentsReady);
        source.requestPage(two, {}, 0, 100);
        QVERIFY(pages.wait(30000));
        QVERIFY(outcomes.wait(30000));
        const auto told = outcomes.first().first().value<QList<Enrichment>>();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().entityId, m_ids[25]);
        QCOMPARE(told.first().field, ContactField::Emails);
        QCOMPARE(told.first().status, EnrichmentStatus::Pending);
    }

    void validationAndAuthErrorsAreTyped()
    {
        const auto bad = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
            m_client.enrichBatch({QStringLiteral("not-a-uuid")}, ContactField::Emails, c, done);
        });
        REQUIRE_ERROR(bad);
        QVERIFY(bad.error->isApi(ApiError::ValidationError));
        QCOMPARE(bad.error->httpStatus, 400);
        LanceClient wrongToken;
        QVERIFY(wrongToken.setServer(m_engine.baseUrl(), QStringLiteral("wrong")));
        const auto denied =
            wait<Balance>([&](QObject *c, auto done) { wrongToken.balance(c, done); });
        REQUIRE_ERROR(denied);
        QVERIFY(denied.error->isApi(ApiError::Unauthorized));
    }

    void retriedBatchCreatesAndChargesNothingTwice()
    {
        // The same batch sent three times, as retries after lost answers would.
        const QStringList ids = m_ids.mid(20, 2);
        QStringList first;
        for (int i = 0; i < 3; ++i) {
            const auto r = wait<LanceClient::Enrichments>([&](QObject *c, auto done) {
                m_client.enrichBatch(ids, ContactField::Emails, c, done);
            });
            REQUIRE_OK(r);
            QStringList got;
            for (const Enrichment &e : *r.value)
                got << e.id;
            if (first.isEmpty())
                first = got;
            QCOMPARE(got, first);
        }
        qint64 held = 0;
        const qint64 available = m_engine.balance(&held);
        QCOMPARE(available + held, qint64(200));
    }

    void refusedConnectionIsTyped()
    {
        LanceClient client;
        client.setRetryPolicy({1, 10, 10});
        // Port 9 (discard) on loopback: nothing listens there in CI.
        QVERIFY(client.setServer(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("t")));
        const auto r = wait<Balance>([&](QObject *c, auto done) { client.balance(c, done); });
        REQUIRE_ERROR(r);
        QCOMPARE(r.error->kind, ClientError::Kind::Refused);
    }

    void remoteHttpIsRefused()
    {
        LanceClient client;
        QString why;
        QVERIFY(!client.setServer(QUrl(QStringLiteral("http://api.example.com")),
                                  QStringLiteral("t"), &why));
        QVERIFY(why.contains(QStringLiteral("https")));
        QVERIFY(
            client.setServer(QUrl(QStringLiteral("https://api.example.com")), QStringLiteral("t")));
        QVERIFY(
            client.setServer(QUrl(QStringLiteral("http://localhost:8787")), QStringLiteral("t")));
        QVERIFY(!client.setServer(QUrl(QStringLiteral("ftp://127.0.0.1")), QStringLiteral("t")));
    }
};

QTEST_GUILESS_MAIN(TestClientEngine)
#include "test_client_engine.moc"
