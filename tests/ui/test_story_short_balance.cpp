// Story (c): the balance does not cover the selection. Enrich is disabled,
// the shortfall is said, and "enrich what I can afford" creates exactly
// that many.
#include "story_harness.h"

#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryShortBalance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-c"); }

    void enrichWhatICanAfford()
    {
        DemoApp app(500);
        app.config.startingCredits = 170; // phones cost 50: three fit, not eight
        app.config.latencyMinMs = app.config.latencyMaxMs = 600000;
        QVERIFY(app.start());
        app.window->setField(ContactField::Phones);
        // Picked bottom-up: "the first I can afford" still means the first
        // on screen, not the first clicked (issue 12, item 7).
        QStringList picked; // in screen order
        for (int row = 0; row < 8; ++row)
            picked << app.idAt(row);
        for (int row = 7; row >= 0; --row)
            app.clickRow(row, row == 7 ? Qt::NoModifier : Qt::ControlModifier);
        QTRY_COMPARE(app.model()->selection().count(), 8);

        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        QCOMPARE(app.estimateValue(dialog, "estimateNew"), QStringLiteral("8"));
        QCOMPARE(app.estimateValue(dialog, "estimateMaxCost"), QStringLiteral("400 credits"));
        QCOMPARE(app.estimateValue(dialog, "estimateBalance"), QStringLiteral("170 credits"));
        // The worst case is a floor, never an impossible "-230 credits"; the
        // shortfall is the note's to tell. What a screen reader reads for it:
        auto *after = dialog->findChild<QLabel *>(QStringLiteral("estimateBalanceAfter"));
        QCOMPARE(after->text(), QStringLiteral("0 credits"));
        QCOMPARE(after->accessibleName(),
                 QStringLiteral("Balance after, if every contact is found"));
        QVERIFY(!dialog->enrichButton()->isEnabled());
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("estimateNote"));
        QCOMPARE(note->text(),
                 QStringLiteral("Your balance is short by 230 credits for the maximum cost."));
        QVERIFY(dialog->affordableButton()->isVisible());
        QCOMPARE(dialog->affordableButton()->text(),
                 QStringLiteral("Enrich the first 3 I can afford"));

        QSignalSpy submitted(app.window->session(), &EnrichmentSession::submitted);
        dialog->affordableButton()->click();
        QVERIFY(submitted.wait(60000));
        const auto report = submitted.first().first().value<EnrichmentSession::Report>();
        QVERIFY(report.ok());
        QCOMPARE(report.started, 3);

        // Exactly three exist, the first three on screen; the rest untouched.
        Selection first3, rest;
        first3.setSelected(picked.mid(0, 3), true);
        rest.setSelected(picked.mid(3), true);
        QCOMPARE(app.estimate(first3, ContactField::Phones).pending, 3);
        QCOMPARE(app.estimate(rest, ContactField::Phones).fresh, 5);
        const Balance b = app.balance();
        QCOMPARE(b.held, 150);
        QCOMPARE(b.available, 20);
        for (int row = 0; row < 3; ++row)
            QTRY_COMPARE(
                app.model()->index(row, LeadTableModel::PhoneStatusColumn).data().toString(),
                QStringLiteral("Pending"));
        QCOMPARE(app.model()
                     ->index(3, LeadTableModel::PhoneStatusColumn)
                     .data(LeadTableModel::StatusRole)
                     .toInt(),
                 -1);
    }
};

QTEST_MAIN(TestStoryShortBalance)
#include "test_story_short_balance.moc"
