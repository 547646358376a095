// Story (g): everything from the keyboard: filter, move, tick, extend,
// enrich, confirm. No mouse event is sent.
#include "story_harness.h"

#include <QLineEdit>
#include <QPushButton>

using namespace lance;
using lance::test::DemoApp;

class TestStoryKeyboardOnly : public QObject
{
    Q_OBJECT
private:
    // Keys go where a real keyboard sends them: the focused widget.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

private slots:
    void initTestCase() { lance::test::isolateSettings("story-g"); }

    // Issue 12, item 12: Ctrl+End is the last lead (in the same column,
    // the name stays in view), Ctrl+Home the first.
    void ctrlEndGoesToTheLastLead()
    {
        DemoApp app(500);
        QVERIFY(app.start());
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        app.table()->setFocus();
        app.table()->setCurrentIndex(app.model()->index(0, LeadTableModel::NameColumn));
        QTest::keyClick(app.table(), Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(app.table()->currentIndex().row(), 499);
        QCOMPARE(app.table()->currentIndex().column(), int(LeadTableModel::NameColumn));
        // What the rep sees there: the last lead's name, once its page is in.
        QTRY_VERIFY(app.model()->leadAt(499));
        QCOMPARE(app.table()->currentIndex().data().toString(),
                 app.model()->leadAt(499)->fullName());
        QTest::keyClick(app.table(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(app.table()->currentIndex().row(), 0);
        QCOMPARE(app.table()->currentIndex().column(), int(LeadTableModel::NameColumn));
    }

    void filterSelectEnrichWithoutAMouse()
    {
        DemoApp app(3000);
        QVERIFY(app.start());
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));

        // Ctrl+F: the free-text filter; type, Enter applies at once.
        press(Qt::Key_F, Qt::ControlModifier);
        auto *text = app.find<QLineEdit>("freeText");
        QTRY_COMPARE(QApplication::focusWidget(), text);
        QTest::keyClicks(text, QStringLiteral("Engineer"));
        press(Qt::Key_Return);
        QTRY_COMPARE(app.model()->filters().values(QStringLiteral("q")),
                     QStringList{QStringLiteral("Engineer")});
        QTRY_VERIFY(app.model()->isTotalKnown() && app.model()->leadAt(3));
        QVERIFY(app.model()->total() < 3000);

        // F6: the table, on its first row.
        press(Qt::Key_F6);
        QTRY_COMPARE(QApplication::focusWidget(), app.table());
        QCOMPARE(app.table()->currentIndex().row(), 0);
        press(Qt::Key_Space); // tick row 0
        press(Qt::Key_Down);  // move only
        QCOMPARE(app.model()->selection().count(), 1);
        press(Qt::Key_Space); // tick row 1
        press(Qt::Key_Down, Qt::ShiftModifier);
        press(Qt::Key_Down, Qt::ShiftModifier); // rows 1..3
        QTRY_COMPARE(app.model()->selection().count(), 4);
        QStringList expected;
        for (int row = 0; row < 4; ++row)
            expected << app.idAt(row);
        for (const QString &id : expected)
            QVERIFY(app.model()->selection().isSelected(id));
        press(Qt::Key_Space); // row 3 off again
        QCOMPARE(app.model()->selection().count(), 3);
        press(Qt::Key_Space); // and on
        QCOMPARE(app.model()->selection().count(), 4);

        // Ctrl+E, then Enter on the dialog's default button.
        press(Qt::Key_E, Qt::ControlModifier);
        CreditEstimateDialog *dialog = app.waitForEstimate();
        QVERIFY(dialog);
        QCOMPARE(app.estimateValue(dialog, "estimateNew"), QStringLiteral("4"));
        QVERIFY(dialog->enrichButton()->isDefault());
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!app.window->findChild<CreditEstimateDialog *>());
        const QList<int> rows{0, 1, 2, 3};
        QTRY_VERIFY_WITH_TIMEOUT(app.allFinal(rows, LeadTableModel::EmailStatusColumn), 30000);
        Selection picked;
        picked.setSelected(expected, true);
        const CreditEstimate after = app.estimate(picked, ContactField::Emails);
        QCOMPARE(after.fresh + after.pending + after.finished, 4);
        QVERIFY(after.fresh < 4); // enriched: only failed ones (if any) count as new again
    }
};

QTEST_MAIN(TestStoryKeyboardOnly)
#include "test_story_keyboard_only.moc"
