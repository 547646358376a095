// Story (b): the rep selects every lead that matches (thousands), unticks
// two, confirms: exactly N - 2 enrichments exist in the engine, sent as
// requests of at most 1,000.
#include "story_harness.h"

#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStorySelectAllMatching : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-b"); }

    void allThatMatchMinusTwo()
    {
        DemoApp app(2700);
        app.config.startingCredits = 100000;
        // Long enough that every enrichment is still pending when counted.
        app.config.latencyMinMs = app.config.latencyMaxMs = 600000;
        QVERIFY(app.start());
        QTRY_COMPARE(app.model()->total(), 2700);
        const qint64 n = app.model()->total();

        // Ctrl+A selects what is visible; the banner offers all that match.
        app.table()->setFocus();
        app.action("selectVisibleAction")->trigger();
        auto *banner = app.find<QWidget>("selectionBanner");
        auto *selectAll = app.find<QPushButton>("selectAllMatching");
        QTRY_VERIFY(banner->isVisible() && selectAll->isVisible());
        QVERIFY(app.model()->selection().count() > 0);
        QCOMPARE(selectAll->text(),
                 QStringLiteral("Select all %1 that match").arg(QLocale().toString(n)));
        QTest::mouseClick(selectAll, Qt::LeftButton);
        QCOMPARE(app.model()->selection().mode(), Selection::Mode::AllMatching);
        QCOMPARE(app.find<QLabel>("selectionSize")->text(),
                 QStringLiteral("%1 selected").arg(QLocale().toString(n)));

        // Untick two with Space, one far down the list (never loaded yet).
        app.table()->setFocus();
        app.table()->setCurrentIndex(app.model()->index(5, 0));
        app.table()->selectionModel()->clearSelection();
        QTest::keyClick(app.table(), Qt::Key_Space);
        app.table()->scrollTo(app.model()->index(2600, 0));
        QTRY_VERIFY(app.model()->leadAt(2600));
        app.table()->setCurrentIndex(app.model()->index(2600, 0));
        app.table()->selectionModel()->clearSelection();
        QTest::keyClick(app.table(), Qt::Key_Space);
        const QStringList unticked{app.idAt(5), app.idAt(2600)};
        QCOMPARE(app.model()->selection().excludedIds(), unticked);
        QCOMPARE(app.model()->selection().count(), n - 2);
        // "All" counts every lead that matches; the unticked are told apart.
        QCOMPARE(app.find<QLabel>("selectionBannerText")->text(),
                 QStringLiteral("All %L1 leads that match are selected. 2 you unticked are left "
                                "out.")
                     .arg(n));

        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        QCOMPARE(app.estimateValue(dialog, "estimateNew"), QLocale().toString(n - 2));
        QSignalSpy submitted(app.window->session(), &EnrichmentSession::submitted);
        dialog->enrichButton()->click();
        QVERIFY(submitted.wait(60000));
        const auto report = submitted.first().first().value<EnrichmentSession::Report>();
        QVERIFY(report.ok());
        QCOMPARE(report.requests, int((n + 999) / 1000)); // ranges of at most 1,000
        QCOMPARE(report.started, n - 2);

        // The engine holds exactly those, and nothing for the unticked two.
        Selection everything;
        everything.selectAllMatching({}, {}, n);
        const CreditEstimate held = app.estimate(everything, ContactField::Emails);
        QCOMPARE(held.pending, n - 2);
        Selection two;
        two.setSelected(unticked, true);
        QCOMPARE(app.estimate(two, ContactField::Emails).fresh, 2);
        QCOMPARE(app.balance().held, (n - 2) * 10);
        // And the table says so, on rows loaded now and later.
        QTRY_COMPARE(app.model()->index(0, LeadTableModel::EmailStatusColumn).data().toString(),
                     QStringLiteral("Pending"));
        QCOMPARE(app.model()
                     ->index(5, LeadTableModel::EmailStatusColumn)
                     .data(LeadTableModel::StatusRole)
                     .toInt(),
                 -1);
    }
};

QTEST_MAIN(TestStorySelectAllMatching)
#include "test_story_select_all_matching.moc"
