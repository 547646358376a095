// Story (a): a rep filters by job title and country, Ctrl-clicks three
// leads, sees 3 new in the estimate, confirms, and watches all three reach
// a final status; the balance drops by exactly the cost of those found.
#include "filter_panel.h"
#include "story_harness.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBrowser>

using namespace lance;
using lance::test::DemoApp;

class TestStoryFilterSelectEnrich : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-a"); }

    void filterSelectThreeEnrichAndWatch()
    {
        DemoApp app(3000);
        QVERIFY(app.start());
        auto *panel = app.find<FilterPanel>("filterPanel");
        QVERIFY(panel && panel->isVisible());

        const QString title = app.pickFacet("job_title", QStringLiteral("Software"));
        QVERIFY2(title.startsWith(QStringLiteral("Software")), qPrintable(title));
        QTRY_VERIFY(app.model()->isTotalKnown());
        const qint64 byTitle = app.model()->total();
        const QString country = app.pickFacet("country", QStringLiteral("United"));
        QVERIFY2(country.startsWith(QStringLiteral("United")), qPrintable(country));
        QTRY_VERIFY(app.model()->isTotalKnown() && app.model()->total() < byTitle);
        QTRY_VERIFY(app.model()->leadAt(2));
        QVERIFY(app.model()->total() >= 3);
        // What the panel says matches what the table holds.
        auto *matchCount = app.find<QLabel>("matchCount");
        QTRY_VERIFY(matchCount->text().startsWith(QLocale().toString(app.model()->total())));
        // Every row shown is of that title and country.
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(app.model()->leadAt(row)->jobTitle, title);
            QCOMPARE(app.model()->leadAt(row)->country, country);
        }

        const qint64 before = app.balance().available;
        app.clickRow(0);
        app.clickRow(1, Qt::ControlModifier);
        app.clickRow(2, Qt::ControlModifier);
        QTRY_COMPARE(app.model()->selection().count(), 3);
        QCOMPARE(app.find<QLabel>("selectionSize")->text(), QStringLiteral("3 selected"));
        const QStringList picked{app.idAt(0), app.idAt(1), app.idAt(2)};
        QCOMPARE(app.model()->selection().ids(), picked);
        // The details pane shows the lead the rep clicked last.
        auto *details = app.find<QTextBrowser>("leadDetails");
        QTRY_VERIFY(details->toPlainText().contains(app.model()->leadAt(2)->fullName()));
        QTRY_VERIFY2(details->toPlainText().contains(QStringLiteral("Emails: never enriched")),
                     qPrintable(details->toPlainText()));

        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        QCOMPARE(app.estimateValue(dialog, "estimateSelected"), QStringLiteral("3"));
        QCOMPARE(app.estimateValue(dialog, "estimateNew"), QStringLiteral("3"));
        QCOMPARE(app.estimateValue(dialog, "estimateFinished"), QStringLiteral("0"));
        QCOMPARE(app.estimateValue(dialog, "estimateMaxCost"), QStringLiteral("30 credits"));
        QVERIFY(dialog->enrichButton()->isEnabled());
        dialog->enrichButton()->click();

        // Pending shows first, then every row ends final, live.
        const QList<int> rows{0, 1, 2};
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(rows, LeadTableModel::EmailStatusColumn), 30000);
        int found = 0;
        for (int row : rows) {
            QCOMPARE(app.idAt(row), picked[row]); // the rows did not move
            if (app.model()
                    ->index(row, LeadTableModel::EmailStatusColumn)
                    .data(LeadTableModel::DataFoundRole)
                    .toBool()) {
                ++found;
                // Found data shows on the lead itself.
                QTRY_VERIFY(!app.model()->leadAt(row)->emails.isEmpty());
            }
        }
        const Balance after = app.balance();
        QCOMPARE(after.held, 0);
        QCOMPARE(after.available, before - 10 * found);
        auto *balance = app.find<QLabel>("creditBalance");
        QTRY_COMPARE(balance->text(),
                     QStringLiteral("%1 credits").arg(QLocale().toString(after.available)));
        // Once every row is final the status bar says so: no "3 enrichments
        // on their way" left standing over it.
        int notFound = 0, failed = 0;
        for (int row : rows) {
            const QModelIndex status = app.model()->index(row, LeadTableModel::EmailStatusColumn);
            if (status.data(LeadTableModel::StatusRole).toInt() == int(EnrichmentStatus::Finished))
                notFound += status.data(LeadTableModel::DataFoundRole).toBool() ? 0 : 1;
            else
                ++failed;
        }
        QStringList done{QStringLiteral("%1 found").arg(found)};
        if (notFound > 0)
            done << QStringLiteral("%1 not found").arg(notFound);
        if (failed > 0)
            done << QStringLiteral("%1 failed").arg(failed);
        auto *progress = app.find<QLabel>("enrichmentProgress");
        QTRY_COMPARE(progress->text(), QStringLiteral("Done: ") + done.join(QStringLiteral(" · ")));
        // The details pane followed the shown lead's enrichment, live.
        const QModelIndex shown = app.model()->index(2, LeadTableModel::EmailStatusColumn);
        const QString outcome =
            shown.data(LeadTableModel::StatusRole).toInt() != int(EnrichmentStatus::Finished)
                ? QString()
            : shown.data(LeadTableModel::DataFoundRole).toBool()
                ? QStringLiteral("Emails: Found")
                : QStringLiteral("Emails: Not found");
        if (!outcome.isEmpty())
            QTRY_VERIFY2(details->toPlainText().contains(outcome + QStringLiteral(" (updated")),
                         qPrintable(details->toPlainText()));
        QTRY_VERIFY(progress->isVisible());
        QVERIFY2(
            !app.window->statusBar()->currentMessage().contains(QStringLiteral("on its way")) &&
                !app.window->statusBar()->currentMessage().contains(QStringLiteral("on their way")),
            qPrintable(app.window->statusBar()->currentMessage()));
    }

    // Issue 12, item 14: a filter that matches nothing says so and offers
    // the way back, instead of a blank white table.
    void noMatchSaysSoAndOffersToClearTheFilters()
    {
        DemoApp app(300);
        QVERIFY(app.start());
        QTRY_VERIFY(app.model()->isTotalKnown());
        const qint64 all = app.model()->total();
        auto *empty = app.find<QWidget>("emptyResult");
        QVERIFY(empty && !empty->isVisible());

        auto *freeText = app.find<QLineEdit>("freeText");
        QTest::keyClicks(freeText, QStringLiteral("zzqxjv"));
        QTest::keyClick(freeText, Qt::Key_Return);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(app.find<QLabel>("emptyResultText")->text(),
                 QStringLiteral("No leads match these filters."));
        QCOMPARE(app.find<QLabel>("leadTotal")->text(), QStringLiteral("0 leads"));

        auto *clear = app.find<QPushButton>("clearFiltersButton");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(app.model()->total(), all);
        QVERIFY(app.model()->filters().isEmpty());
        QTRY_VERIFY(!empty->isVisible());
        QTRY_VERIFY(app.model()->leadAt(0));
        QCOMPARE(app.model()->index(0, LeadTableModel::NameColumn).data().toString(),
                 app.model()->leadAt(0)->fullName());
    }
};

QTEST_MAIN(TestStoryFilterSelectEnrich)
#include "test_story_filter_select_enrich.moc"
