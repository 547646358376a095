// Story: a rep hand-picks leads, then narrows the filters. The picks stay
// picked (they are people, not positions), and the window says how many of
// them the filters now hide, in the banner and in the estimate, with ways
// to show or untick them; "all that match" ending on a filter change is
// said, not silent. Issue 12 item 10.
#include "story_harness.h"

#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStorySelectionFilters : public QObject
{
    Q_OBJECT

    // Ctrl-clicks the first `n` rows; returns their leads.
    static QList<Lead> pickFirstRows(DemoApp &app, int n)
    {
        QList<Lead> picked;
        for (int row = 0; row < n; ++row) {
            app.clickRow(row, row == 0 ? Qt::NoModifier : Qt::ControlModifier);
            picked << *app.model()->leadAt(row);
        }
        return picked;
    }
    // How many of `leads` a country filter of `country` hides.
    static int hiddenBy(const QList<Lead> &leads, const QString &country)
    {
        int hidden = 0;
        for (const Lead &l : leads)
            hidden += l.country.compare(country, Qt::CaseInsensitive) != 0;
        return hidden;
    }
    static QString text(DemoApp &app, const char *label) { return app.find<QLabel>(label)->text(); }

private slots:
    void initTestCase() { lance::test::isolateSettings("story-selection-filters"); }

    void hiddenPicksAreNamedInTheBannerAndTheEstimate()
    {
        DemoApp app(400);
        QVERIFY(app.start());
        const QList<Lead> picked = pickFirstRows(app, 12);
        QCOMPARE(text(app, "selectionSize"), QStringLiteral("12 selected"));

        // Narrow to the first pick's country: the others from elsewhere hide.
        const QString country = app.pickFacet("country", picked.first().country);
        QVERIFY(!country.isEmpty());
        const int hidden = hiddenBy(picked, country);
        QVERIFY2(hidden > 0 && hidden < 12, "the demo leads span several countries");
        QTRY_COMPARE(text(app, "selectionBannerText"),
                     QStringLiteral("12 leads selected. %1 of them hidden by the filters; Enrich "
                                    "includes them.")
                         .arg(hidden));
        QVERIFY(app.find<QWidget>("selectionBanner")->isVisible());
        QCOMPARE(text(app, "selectionSize"), QStringLiteral("12 selected"));

        // The estimate counts them, and says they are there.
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        QCOMPARE(app.estimateValue(dialog, "estimateSelected"), QStringLiteral("12"));
        QCOMPARE(app.estimateValue(dialog, "estimateHidden"),
                 hidden == 1 ? QStringLiteral("1 of the selected leads is hidden by the current "
                                              "filters; it is enriched too.")
                             : QStringLiteral("%1 of the selected leads are hidden by the current "
                                              "filters; they are enriched too.")
                                   .arg(hidden));
        dialog->cancelButton()->click();
        QTRY_VERIFY(!dialog->isVisible());

        // Untick them: only what the filters show stays picked.
        QTest::mouseClick(app.find<QPushButton>("untickHiddenPicks"), Qt::LeftButton);
        QCOMPARE(text(app, "selectionSize"), QStringLiteral("%1 selected").arg(12 - hidden));
        QTRY_VERIFY2(!app.find<QWidget>("selectionBanner")->isVisible(),
                     qPrintable(text(app, "selectionBannerText")));
        app.action("enrichAction")->trigger();
        dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        QCOMPARE(app.estimateValue(dialog, "estimateSelected"), QString::number(12 - hidden));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("estimateHidden"))->isVisible());
        dialog->cancelButton()->click();
    }

    void showThemFiltersToThePicks()
    {
        DemoApp app(400);
        QVERIFY(app.start());
        const QList<Lead> picked = pickFirstRows(app, 12);
        const QString country = app.pickFacet("country", picked.last().country);
        QVERIFY(hiddenBy(picked, country) > 0);
        auto *show = app.find<QPushButton>("showHiddenPicks");
        QTRY_VERIFY(show->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);

        // Exactly the twelve, under one chip that says what it is.
        QTRY_COMPARE(app.model()->total(), 12);
        QTRY_VERIFY(app.model()->leadAt(11));
        QStringList shown;
        for (int row = 0; row < 12; ++row)
            shown << app.idAt(row);
        QStringList ids;
        for (const Lead &l : picked)
            ids << l.id;
        std::sort(shown.begin(), shown.end());
        std::sort(ids.begin(), ids.end());
        QCOMPARE(shown, ids);
        bool chip = false;
        for (auto *b : app.window->findChildren<QAbstractButton *>())
            chip = chip || b->accessibleName() == QStringLiteral("Remove filter Picked leads (12)");
        QVERIFY(chip);
        QTRY_VERIFY(!app.find<QWidget>("selectionBanner")->isVisible());
    }

    void allThatMatchEndsWithTheFilterAndSaysSo()
    {
        DemoApp app(400);
        QVERIFY(app.start());
        app.table()->setFocus();
        app.action("selectVisibleAction")->trigger();
        auto *selectAll = app.find<QPushButton>("selectAllMatching");
        QTRY_VERIFY(selectAll->isVisible());
        QTest::mouseClick(selectAll, Qt::LeftButton);
        QCOMPARE(text(app, "selectionSize"), QStringLiteral("400 selected"));

        QVERIFY(!app.pickFacet("country", app.model()->leadAt(0)->country).isEmpty());
        QTRY_COMPARE(text(app, "selectionBannerText"),
                     QStringLiteral("The filters changed, so the selection of all 400 leads that "
                                    "matched the previous filters ended: nothing is selected."));
        QVERIFY(text(app, "selectionSize").isEmpty()); // nothing selected, nothing said
        QTest::mouseClick(app.find<QPushButton>("dismissSelectionNotice"), Qt::LeftButton);
        QVERIFY(!app.find<QWidget>("selectionBanner")->isVisible());
    }
};

QTEST_MAIN(TestStorySelectionFilters)
#include "test_story_selection_filters.moc"
