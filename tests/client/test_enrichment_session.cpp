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
// The real engine with `leads` demo leads, a client on it and a session:
// what every case here starts from.
struct Rig
{
    Rig(int leads, qint64 credits, const char *latency, QStringList extra = {})
        : engine(QStringList{QStringLiteral("--seed-demo"), QString::number(leads),
                             QStringLiteral("--credits"), QString::number(credits),
                             QStringLiteral("--latency-ms"), QLatin1String(latency)} +
                 extra)
    {}
    bool start()
    {
        return engine.start() &&
               client.setServer(engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken));
    }
    EngineProcess engine;
    LanceClient client;
    EnrichmentSession session{&client};
    QSignalSpy submitted{&session, &EnrichmentSession::submitted};
};

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
        Rig rig(3000, 1000000, "600000:600000");
        QVERIFY(rig.start());
        QSignalSpy statuses(&rig.session, &EnrichmentSession::statusesChanged);

        // 250 picked by hand: three batches.
        const QStringList ids = rig.engine.leadIds(250);
        Selection manual;
        manual.setSelected(ids, true);
        rig.session.submit(manual, ContactField::Emails);
        QVERIFY(rig.session.isSubmitting());
        QVERIFY(rig.submitted.wait(60000));
        EnrichmentSession::Report report = lastReport(rig.submitted);
        QVERIFY(report.ok());
        QCOMPARE(report.requests, 3);
        QCOMPARE(report.started, 250);
        QCOMPARE(rig.session.tally().pending, 250);
        QCOMPARE(rig.session.poller()->pendingCount(), 250);
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(pendingAtEngine(rig.client, manual, ContactField::Emails), 250);

        // All 3,000 that match, minus two: four ranges, exactly N - 2 held.
        Selection all;
        all.selectAllMatching({}, {}, 3000);
        const QStringList more = rig.engine.leadIds(400).mid(300);
        all.setSelected(more.mid(0, 2), false);
        QSignalSpy progress(&rig.session, &EnrichmentSession::progress);
        rig.session.submit(all, ContactField::Phones);
        QVERIFY(rig.submitted.wait(60000));
        report = lastReport(rig.submitted);
        QVERIFY(report.ok());
        QCOMPARE(report.requests, 3);
        QCOMPARE(report.started, 2998);
        QCOMPARE(progress.last().at(0).toLongLong(), 2998);
        QCOMPARE(pendingAtEngine(rig.client, all, ContactField::Phones), 2998);
        Selection excludedOnly;
        excludedOnly.setSelected(more.mid(0, 2), true);
        QCOMPARE(pendingAtEngine(rig.client, excludedOnly, ContactField::Phones), 0);

        // Submitting the same again creates nothing and charges nothing.
        const qint64 balance = rig.engine.balance();
        rig.session.submit(manual, ContactField::Emails);
        QVERIFY(rig.submitted.wait(60000));
        QCOMPARE(lastReport(rig.submitted).started, 250);
        QCOMPARE(rig.engine.balance(), balance);

        // Cancel pending: every one of the 250 emails, through the rig.engine.
        QSignalSpy cancelled(&rig.session, &EnrichmentSession::cancelFinished);
        rig.session.cancelPending(ContactField::Emails);
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(cancelled.last().at(0).toInt(), 250);
        QCOMPARE(cancelled.last().at(1).toInt(), 0);
        QCOMPARE(rig.session.tally().cancelled, 250);
        QCOMPARE(rig.session.poller()->pendingCount(), 2998);
        QCOMPARE(pendingAtEngine(rig.client, manual, ContactField::Emails), 0);
    }

    // Cancelling thousands: a few batch requests at the server, not one per
    // lead, and the result tells apart what was cancelled from what had
    // finished meanwhile (here: ended from another machine of the same
    // organization while this one still believed it pending).
    void cancellingThousandsTakesFewRequests()
    {
        Rig rig(3000, 1000000, "600000:600000");
        QVERIFY(rig.start());
        // The poller stays quiet, so that what the server counts is the cancel.
        rig.session.poller()->setIntervals({3600000, 3600000, 1.5, 3600000, 3600000});
        rig.session.setCancelInBatches(true);
        Selection all;
        all.selectAllMatching({}, {}, 2500);
        rig.session.submit(all, ContactField::Emails);
        QVERIFY(rig.submitted.wait(60000));
        QCOMPARE(lastReport(rig.submitted).started, 2500);
        QCOMPARE(rig.session.pendingIds(ContactField::Emails).size(), 2500);

        LanceClient elsewhere;
        QVERIFY(
            elsewhere.setServer(rig.engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        const QStringList endedElsewhere =
            rig.session.pendingIds(ContactField::Emails).mid(100, 10);
        QVERIFY(lance::test::wait<CancelOutcome>([&](QObject *c, auto done) {
                    elsewhere.cancelEnrichments(endedElsewhere, ContactField::Emails, c, done);
                }).ok());

        const qint64 before = rig.engine.requestsServed();
        QSignalSpy cancelled(&rig.session, &EnrichmentSession::cancelFinished);
        rig.session.cancelPending(ContactField::Emails);
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(cancelled.last().at(0).toInt(), 2490);
        QCOMPARE(cancelled.last().at(1).toInt(), 10);
        QCOMPARE(cancelled.last().at(2).toString(), QString());
        // Three batches of at most 1,000, plus this count's own request.
        QCOMPARE(rig.engine.requestsServed() - before, qint64(3 + 1));
        QCOMPARE(rig.session.tally().cancelled, 2490);
        QCOMPARE(pendingAtEngine(rig.client, all, ContactField::Emails), 0);
    }

    void aRefusedRequestStopsTheRestAndSaysWhat()
    {
        // 1,000 credits, emails at 10: 100 new fit, the second batch does not.
        Rig rig(300, 1000, "600000:600000");
        QVERIFY(rig.start());
        Selection s;
        s.setSelected(rig.engine.leadIds(300), true);
        rig.session.submit(s, ContactField::Emails);
        QVERIFY(rig.submitted.wait(60000));
        const auto report = lastReport(rig.submitted);
        QVERIFY(!report.ok());
        QCOMPARE(report.started, 100);
        QCOMPARE(report.requestsSent, 2);
        QCOMPARE(report.failures.size(), 1);
        QCOMPARE(report.failures.first().leads, 100);
        QVERIFY(report.failures.first().reason.contains(QStringLiteral("credits")));
        QCOMPARE(report.leadsNotSubmitted, 100); // the third batch was never sent
        QCOMPARE(rig.session.tally().pending, 100);
    }

    void cancellingASubmissionStopsAfterTheRequestInFlight()
    {
        Rig rig(5000, 1000000, "600000:600000");
        QVERIFY(rig.start());
        connect(&rig.session, &EnrichmentSession::progress, &rig.session, [&rig](qint64 done) {
            if (done > 0)
                rig.session.cancelSubmission();
        });
        Selection all;
        all.selectAllMatching({}, {}, 5000);
        rig.session.submit(all, ContactField::Emails);
        QVERIFY(rig.submitted.wait(60000));
        const auto report = lastReport(rig.submitted);
        QVERIFY(report.cancelled);
        QCOMPARE(report.requestsSent, 1);
        QCOMPARE(report.started, 1000);
        QCOMPARE(report.leadsNotSubmitted, 4000);
        QCOMPARE(pendingAtEngine(rig.client, all, ContactField::Emails), 1000);
    }

    void failedOnesAreRetried()
    {
        Rig rig(100, 1000000, "5:20", {QStringLiteral("--failure-rate"), QStringLiteral("1")});
        QVERIFY(rig.start());
        EnrichmentPoller::Intervals fast;
        fast.fastMs = fast.slowMs = 50;
        rig.session.poller()->setIntervals(fast);
        const QStringList ids = rig.engine.leadIds(30);
        Selection s;
        s.setSelected(ids, true);
        rig.session.submit(s, ContactField::Phones);
        QVERIFY(rig.submitted.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(rig.session.tally().failed, 30, 60000);
        QCOMPARE(rig.session.tally().pending, 0);
        QCOMPARE(rig.session.failedIds(ContactField::Phones).size(), 30);
        QCOMPARE(rig.engine.balance(), 1000000); // failures cost nothing

        rig.session.retryFailed(ContactField::Phones);
        QVERIFY(rig.submitted.wait(60000));
        QCOMPARE(lastReport(rig.submitted).started, 30); // new enrichments, not the failed ones
        QTRY_COMPARE_WITH_TIMEOUT(rig.session.tally().failed, 30, 60000);
    }
};

QTEST_GUILESS_MAIN(TestEnrichmentSession)
#include "test_enrichment_session.moc"
