// Story: what enrichment produced is seen everywhere. A rep enriches leads;
// a second window on the same server (another machine, or the app after a
// restart) shows each lead's own outcome, found or not found, and keeps
// "On file" for contact data that came with the lead.
#include "story_harness.h"

#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryOutcomeElsewhere : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-outcome-elsewhere"); }

    void secondWindowShowsEachOutcome()
    {
        DemoApp app(400);
        app.config.failureRate = 0;
        QVERIFY(app.start());
        const QList<int> rows{0, 1, 2, 3, 4, 5, 6, 7};
        for (int row : rows)
            app.clickRow(row, row == 0 ? Qt::NoModifier : Qt::ControlModifier);
        QTRY_COMPARE(app.model()->selection().count(), rows.size());
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        dialog->enrichButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(rows, LeadTableModel::EmailStatusColumn), 30000);

        LanceClient client;
        QVERIFY(client.setServer(app.engine.baseUrl(), app.engine.token()));
        MainWindow second(&client);
        second.show();
        second.showConnected(true);
        QTRY_VERIFY_WITH_TIMEOUT(second.leadModel()->leadAt(rows.last()), 30000);
        QStringList seen;
        for (int row : rows) {
            QCOMPARE(second.leadModel()->leadAt(row)->id, app.idAt(row));
            const QString first =
                app.model()->index(row, LeadTableModel::EmailStatusColumn).data().toString();
            QVERIFY(first == QLatin1String("Found") || first == QLatin1String("Not found"));
            QCOMPARE(
                second.leadModel()->index(row, LeadTableModel::EmailStatusColumn).data().toString(),
                first);
            seen << first;
        }
        // Both outcomes occur among eight demo leads (seeded), so both are
        // seen told apart.
        QVERIFY(seen.contains(QStringLiteral("Found")));
        QVERIFY(seen.contains(QStringLiteral("Not found")));
        second.close();
    }
};

QTEST_MAIN(TestStoryOutcomeElsewhere)
#include "test_story_outcome_elsewhere.moc"
