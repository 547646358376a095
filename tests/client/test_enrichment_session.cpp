// EnrichmentSession against the real engine: a selection goes out in the
// requests the API allows, what the server holds afterwards is exactly what
// was selected, and failures, cancels and retries are reported as they are.
#include "client_wait.h"
#include "engine_harness.h"
#include "enrichment_poller.h"
#include "enrichment_session.h"

#include <QSignalSpy>
#include <QtTest>

using namespace lance;
using lance::test::EngineProcess;

namespace {
EnrichmentSession::Report lastReport(const QSignalSpy &spy)
{
    return spy.last().at(0).value<EnrichmentSession::Report>();
}

// Pending enrichments of `field` the engine holds for the organization.
qint64 pendingAtEngine(LanceClient &client, const Selection &selection, ContactField field)
{
    const auto r = lance::test::wait<CreditEstimate>(
        [&](QObject *c, auto done) { client.estimate(selection, field, 0, c, done); });
    return r.ok() ? r.value->pending : -1;
}
} // namespace

class TestEnrichmentSession : public QObject
{
    Q_OBJECT
private slots:
    void manualAndMatchingSelectionsArriveExactly()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("3000"),
                              QStringLiteral("--credits"), QStringLiteral("1000000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        EnrichmentSession session(&client);
        QSignalSpy submitted(&session, &EnrichmentSession::submitted);
        QSignalSpy statuses(&session, &EnrichmentSession::statusesChanged);

        // 250 picked by hand: three batches.
        const QStringList ids = engine.leadIds(250);
        Selection manual;
        manual.setSelected(ids, true);
        session.submit(manual, ContactField::Emails);
        QVERIFY(session.isSubmitting());
        QVERIFY(submitted.wait(60000));
        EnrichmentSession::Report report = lastReport(submitted);
        QVERIFY(report.ok());
        QCOMPARE(report.requests, 3);
        QCOMPARE(report.started, 250);
        QCOMPARE(session.tally().pending, 250);
        QCOMPARE(session.poller()->pendingCount(), 250);
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(pendingAtEngine(client, manual, ContactField::Emails), 250);

        // All 3,000 that match, minus two: four ranges, exactly N - 2 held.
        Selection all;
        all.selectAllMatching({}, {}, 3000);
        const QStringList more = engine.leadIds(400).mid(300);
        all.setSelected(more.mid(0, 2), false);
        QSignalSpy progress(&session, &EnrichmentSession::progress);
        session.submit(all, ContactField::Phones);
        QVERIFY(submitted.wait(60000));
        report = lastReport(submitted);
        QVERIFY(report.ok());
        QCOMPARE(report.requests, 3);
        QCOMPARE(report.started, 2998);
        QCOMPARE(progress.last().at(0).toLongLong(), 2998);
        QCOMPARE(pendingAtEngine(client, all, ContactField::Phones), 2998);
        Selection excludedOnly;
        excludedOnly.setSelected(more.mid(0, 2), true);
        QCOMPARE(pendingAtEngine(client, excludedOnly, ContactField::Phones), 0);

        // Submitting the same again creates nothing and charges nothing.
        const qint64 balance = engine.balance();
        session.submit(manual, ContactField::Emails);
        QVERIFY(submitted.wait(60000));
        QCOMPARE(lastReport(submitted).started, 250);
        QCOMPARE(engine.balance(), balance);

        // Cancel pending: every one of the 250 emails, through the engine.
        QSignalSpy cancelled(&session, &EnrichmentSession::cancelFinished);
        session.cancelPending(ContactField::Emails);
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(cancelled.last().at(0).toInt(), 250);
        QCOMPARE(session.tally().cancelled, 250);
        QCOMPARE(session.poller()->pendingCount(), 2998);
        QCOMPARE(pendingAtEngine(client, manual, ContactField::Emails), 0);
    }

    void aRefusedRequestStopsTheRestAndSaysWhat()
    {
        // 1,000 credits, emails at 10: 100 new fit, the second batch does not.
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("300"),
                              QStringLiteral("--credits"), QStringLiteral("1000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        EnrichmentSession session(&client);
        QSignalSpy submitted(&session, &EnrichmentSession::submitted);
        Selection s;
        s.setSelected(engine.leadIds(300), true);
        session.submit(s, ContactField::Emails);
        QVERIFY(submitted.wait(60000));
        const auto report = lastReport(submitted);
        QVERIFY(!report.ok());
        QCOMPARE(report.started, 100);
        QCOMPARE(report.requestsSent, 2);
        QCOMPARE(report.failures.size(), 1);
        QCOMPARE(report.failures.first().leads, 100);
        QVERIFY(report.failures.first().reason.contains(QStringLiteral("credits")));
        QCOMPARE(report.leadsNotSubmitted, 100); // the third batch was never sent
        QCOMPARE(session.tally().pending, 100);
    }

    void cancellingASubmissionStopsAfterTheRequestInFlight()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("5000"),
                              QStringLiteral("--credits"), QStringLiteral("1000000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        EnrichmentSession session(&client);
        QSignalSpy submitted(&session, &EnrichmentSession::submitted);
        connect(&session, &EnrichmentSession::progress, &session, [&session](qint64 done) {
            if (done > 0)
                session.cancelSubmission();
        });
        Selection all;
        all.selectAllMatching({}, {}, 5000);
        session.submit(all, ContactField::Emails);
        QVERIFY(submitted.wait(60000));
        const auto report = lastReport(submitted);
        QVERIFY(report.cancelled);
        QCOMPARE(report.requestsSent, 1);
        QCOMPARE(report.started, 1000);
        QCOMPARE(report.leadsNotSubmitted, 4000);
        QCOMPARE(pendingAtEngine(client, all, ContactField::Emails), 1000);
    }

    void failedOnesAreRetried()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("100"),
                              QStringLiteral("--credits"), QStringLiteral("1000000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("5:20"),
                              QStringLiteral("--failure-rate"), QStringLiteral("1")});
        QVERIFY(engine.start());
        LanceClient client;
        QVERIFY(client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        EnrichmentSession session(&client);
        EnrichmentPoller::Intervals fast;
        fast.fastMs = fast.slowMs = 50;
        session.poller()->setIntervals(fast);
        QSignalSpy submitted(&session, &EnrichmentSession::submitted);
        const QStringList ids = engine.leadIds(30);
        Selection s;
        s.setSelected(ids, true);
        session.submit(s, ContactField::Phones);
        QVERIFY(submitted.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(session.tally().failed, 30, 60000);
        QCOMPARE(session.tally().pending, 0);
        QCOMPARE(session.failedIds(ContactField::Phones).size(), 30);
        QCOMPARE(engine.balance(), 1000000); // failures cost nothing

        session.retryFailed(ContactField::Phones);
        QVERIFY(submitted.wait(60000));
        QCOMPARE(lastReport(submitted).started, 30); // new enrichments, not the failed ones
        QTRY_COMPARE_WITH_TIMEOUT(session.tally().failed, 30, 60000);
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentSession)
#include "test_enrichment_session.moc"
