// Story (f): the rep cancels pending enrichments; the rows say so and the
// held credits come back.
#include "story_harness.h"

#include "client_wait.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

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
        app.enrichThemToo(dialog);
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

    // Enrichments keep ending while the rep decides: the question counts
    // what is still pending, live, and the answer says what really
    // happened, cancelled apart from finished meanwhile. (Here they end
    // from another machine of the same organization, the one way a test
    // can end them on cue; to this window it is the same as finishing.)
    void theQuestionCountsLiveAndTheAnswerSaysWhatHappened()
    {
        DemoApp app(300);
        app.config.latencyMinMs = app.config.latencyMaxMs = 600000;
        QVERIFY(app.start());
        for (int row = 0; row < 6; ++row)
            app.clickRow(row, row == 0 ? Qt::NoModifier : Qt::ControlModifier);
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        dialog->enrichButton()->click();
        QTRY_COMPARE(app.window->session()->pendingIds(ContactField::Emails).size(), 6);

        app.action("cancelPendingAction")->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = app.window->findChild<QMessageBox *>(
                         QStringLiteral("cancelPendingConfirm"))) &&
                    confirm->isVisible());
        QVERIFY2(confirm->text().contains(QStringLiteral("Cancel 6 pending email")),
                 qPrintable(confirm->text()));

        LanceClient elsewhere;
        QVERIFY(elsewhere.setServer(app.engine.baseUrl(), app.engine.token()));
        const auto endElsewhere = [&](const QStringList &ids) {
            return lance::test::wait<CancelOutcome>([&](QObject *c, auto done) {
                       elsewhere.cancelEnrichments(ids, ContactField::Emails, c, done);
                   })
                .ok();
        };
        // Two end while the question is open: it says 4 now.
        QVERIFY(endElsewhere({app.idAt(0), app.idAt(1)}));
        QTRY_VERIFY2(confirm->text().contains(QStringLiteral("Cancel 4 pending email")),
                     qPrintable(confirm->text()));

        // One more ends just before the click, before this window hears of
        // it: the poller is made to wait after its next round.
        EnrichmentPoller *poller = app.window->session()->poller();
        QSignalSpy rounds(poller, &EnrichmentPoller::cycleFinished);
        poller->setIntervals({3600000, 3600000, 1.5, 3600000, 3600000});
        QVERIFY(rounds.wait(10000));
        QVERIFY(endElsewhere({app.idAt(2)}));
        QVERIFY(confirm->text().contains(QStringLiteral("Cancel 4 pending email")));
        confirm->findChild<QPushButton *>(QStringLiteral("confirmCancelPending"))->click();
        QTRY_VERIFY2(app.window->statusBar()->currentMessage().contains(
                         QStringLiteral("3 pending enrichments cancelled")),
                     qPrintable(app.window->statusBar()->currentMessage()));
        QVERIFY2(app.window->statusBar()->currentMessage().contains(
                     QStringLiteral("1 had finished meanwhile")),
                 qPrintable(app.window->statusBar()->currentMessage()));
        QCOMPARE(app.balance().held, 0);
    }

    // Nothing left to cancel while the question is open: it says so and
    // offers nothing to confirm.
    void everythingEndsWhileTheQuestionIsOpen()
    {
        DemoApp app(300);
        app.config.latencyMinMs = app.config.latencyMaxMs = 600000;
        QVERIFY(app.start());
        app.clickRow(0);
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        dialog->enrichButton()->click();
        QTRY_COMPARE(app.window->session()->pendingIds(ContactField::Emails).size(), 1);
        app.action("cancelPendingAction")->trigger();
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = app.window->findChild<QMessageBox *>(
                         QStringLiteral("cancelPendingConfirm"))) &&
                    confirm->isVisible());
        LanceClient elsewhere;
        QVERIFY(elsewhere.setServer(app.engine.baseUrl(), app.engine.token()));
        QVERIFY(lance::test::wait<CancelOutcome>([&](QObject *c, auto done) {
                    elsewhere.cancelEnrichments({app.idAt(0)}, ContactField::Emails, c, done);
                }).ok());
        QTRY_VERIFY2(confirm->text().contains(QStringLiteral("Nothing is pending any more")),
                     qPrintable(confirm->text()));
        QVERIFY(!confirm->findChild<QPushButton *>(QStringLiteral("confirmCancelPending"))
                     ->isEnabled());
    }
};

QTEST_MAIN(TestStoryCancelPending)
#include "test_story_cancel_pending.moc"
