// Story: a rep starts enrichments that take a while and closes the window.
// The window says they carry on at the server and are tracked again at the
// next start, and lets the rep stay; with nothing on its way it just
// closes. Issue 12 item 14.
#include "story_harness.h"

#include <QMessageBox>
#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryQuitPending : public QObject
{
    Q_OBJECT

    static QMessageBox *quitNotice(DemoApp &app)
    {
        QMessageBox *box = nullptr;
        // A notice that never shows is the caller's QVERIFY to report.
        (void)QTest::qWaitFor(
            [&] {
                box = app.window->findChild<QMessageBox *>(QStringLiteral("quitWithPending"));
                return box && box->isVisible();
            },
            10000);
        return box && box->isVisible() ? box : nullptr;
    }

private slots:
    void initTestCase() { lance::test::isolateSettings("story-quit-pending"); }

    void quittingMidEnrichmentSaysTheyCarryOn()
    {
        DemoApp app(200);
        app.config.latencyMinMs = app.config.latencyMaxMs = 600000;
        QVERIFY(app.start());
        for (int row = 0; row < 3; ++row)
            app.clickRow(row, row == 0 ? Qt::NoModifier : Qt::ControlModifier);
        app.action("enrichAction")->trigger();
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        app.enrichThemToo(dialog);
        dialog->enrichButton()->click();
        QTRY_COMPARE(app.model()->index(2, LeadTableModel::EmailStatusColumn).data().toString(),
                     QStringLiteral("Pending"));

        // Ctrl+Q: asked, and "Keep open" keeps working.
        app.action("quitAction")->trigger();
        QMessageBox *box = quitNotice(app);
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("3 enrichments are still on their way."));
        QCOMPARE(box->informativeText(),
                 QStringLiteral("They carry on at the server without Lance Desk; their results "
                                "and charges are tracked again the next time you start it."));
        box->findChild<QPushButton *>(QStringLiteral("keepOpen"))->click();
        QTRY_VERIFY(!app.window->findChild<QMessageBox *>(QStringLiteral("quitWithPending")));
        QVERIFY(app.window->isVisible());

        // Quit: the window closes.
        app.window->close();
        box = quitNotice(app);
        QVERIFY(box);
        box->findChild<QPushButton *>(QStringLiteral("quitAnyway"))->click();
        QTRY_VERIFY(!app.window->isVisible());
    }

    void nothingOnItsWayClosesAtOnce()
    {
        DemoApp app(50);
        QVERIFY(app.start());
        QVERIFY(app.window->close());
        QVERIFY(!app.window->findChild<QMessageBox *>(QStringLiteral("quitWithPending")));
    }
};

QTEST_MAIN(TestStoryQuitPending)
#include "test_story_quit_pending.moc"
