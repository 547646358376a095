// Story (f): the rep cancels pending enrichments; the rows say so and the
// held credits come back.
#include "story_harness.h"

#include <QMessageBox>
#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryCancelPending : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { lance::test::isolateSettings("story-f"); }

    void cancelPendingReleasesCredits()
    {
        DemoApp app(300);
        app.config.latencyMinMs = app.config.latencyMaxMs = 600000;
        QVERIFY(app.start());
        QAction *cancel = app.action("cancelPendingAction");
        QVERIFY(!cancel->isEnabled()); // nothing pending yet
        const qint64 before = app.balance().available;
        for (int row = 0; row < 4; ++row)
            app.clickRow(row, row == 0 ? Qt::NoModifier : Qt::ControlModifier);
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        dialog->enrichButton()->click();
        QTRY_COMPARE(app.model()->index(3, LeadTableModel::EmailStatusColumn).data().toString(),
                     QStringLiteral("Pending"));
        QTRY_COMPARE(app.balance().held, 40);
        QTRY_VERIFY(cancel->isEnabled());

        // Asked first; "Keep them" is the safe default and changes nothing.
        cancel->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = app.window->findChild<QMessageBox *>(
                         QStringLiteral("cancelPendingConfirm"))) &&
                    confirm->isVisible());
        QVERIFY(confirm->text().contains(QStringLiteral("Cancel 4 pending email")));
        confirm->findChild<QPushButton *>(QStringLiteral("keepPending"))->click();
        QTRY_VERIFY(!app.window->findChild<QMessageBox *>(QStringLiteral("cancelPendingConfirm")));
        QCOMPARE(app.balance().held, 40);

        cancel->trigger();
        QTRY_VERIFY((confirm = app.window->findChild<QMessageBox *>(
                         QStringLiteral("cancelPendingConfirm"))) &&
                    confirm->isVisible());
        confirm->findChild<QPushButton *>(QStringLiteral("confirmCancelPending"))->click();
        for (int row = 0; row < 4; ++row)
            QTRY_COMPARE(
                app.model()->index(row, LeadTableModel::EmailStatusColumn).data().toString(),
                QStringLiteral("Cancelled"));
        const Balance after = app.balance();
        QCOMPARE(after.held, 0);
        QCOMPARE(after.available, before);
        QTRY_VERIFY(!cancel->isEnabled());
        QTRY_VERIFY(
            app.find<QLabel>("enrichmentProgress")->text().contains(QStringLiteral("4 cancelled")));
        // Cancelled is not reusable: they can be enriched again, at full price.
        Selection four;
        for (int row = 0; row < 4; ++row)
            four.setSelected(app.idAt(row), true);
        QCOMPARE(app.estimate(four, ContactField::Emails).fresh, 4);
    }
};

QTEST_MAIN(TestStoryCancelPending)
#include "test_story_cancel_pending.moc"
