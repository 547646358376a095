// Story (d): enriching leads that are already enriched shows them as free
// and creates nothing: no new enrichment, no credit moves.
#include "story_harness.h"

#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryReenrichFree : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-d"); }

    void finishedLeadsAreFree()
    {
        DemoApp app(400);
        app.config.failureRate = 0; // every one ends finished, found or not
        QVERIFY(app.start());
        for (int row = 0; row < 5; ++row)
            app.clickRow(row, row == 0 ? Qt::NoModifier : Qt::ControlModifier);
        QTRY_COMPARE(app.model()->selection().count(), 5);
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *first = app.waitForEstimate();
        QVERIFY(first);
        app.enrichThemToo(first);
        first->enrichButton()->click();
        const QList<int> rows{0, 1, 2, 3, 4};
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(rows, LeadTableModel::EmailStatusColumn), 30000);
        QTRY_COMPARE(app.balance().held, 0);
        const qint64 balance = app.balance().available;
        QTRY_VERIFY(!app.window->findChild<CreditEstimateDialog *>());

        // The same five again.
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *again = app.waitForEstimate();
        QVERIFY(again);
        app.enrichThemToo(again);
        QCOMPARE(app.estimateValue(again, "estimateFinished"), QStringLiteral("5"));
        QCOMPARE(app.estimateValue(again, "estimateNew"), QStringLiteral("0"));
        QCOMPARE(app.estimateValue(again, "estimateMaxCost"), QStringLiteral("0 credits"));
        QCOMPARE(app.estimateValue(again, "estimateBalanceAfter"),
                 QStringLiteral("%1 credits").arg(QLocale().toString(balance)));
        QVERIFY(again->findChild<QLabel *>(QStringLiteral("estimateNote"))
                    ->text()
                    .startsWith(QStringLiteral("Nothing new to enrich")));
        QSignalSpy submitted(app.window->session(), &EnrichmentSession::submitted);
        again->enrichButton()->click();
        QVERIFY(submitted.wait(30000));
        const auto report = submitted.first().first().value<EnrichmentSession::Report>();
        QCOMPARE(report.started, 0);
        QCOMPARE(report.alreadyDone, 5);
        const Balance after = app.balance();
        QCOMPARE(after.available, balance);
        QCOMPARE(after.held, 0);
        // The rows keep their final status; none went back to pending.
        QVERIFY(app.allFinal(rows, LeadTableModel::EmailStatusColumn));
    }
};

QTEST_MAIN(TestStoryReenrichFree)
#include "test_story_reenrich_free.moc"
