// Story: a rep on a laptop scrolls the lead table right to read Industry
// and City. The names stay in view at the left edge, painted from the same
// rows, and a click there picks that lead without throwing the table back
// to the left; widths the rep set survive every filter change. Issue 12
// item 12.
#include "story_harness.h"

#include <QScrollBar>

using namespace lance;
using lance::test::DemoApp;

class TestStoryWideTable : public QObject
{
    Q_OBJECT

    // The names column kept in view, when it shows.
    static QTableView *frozenNames(DemoApp &app)
    {
        auto *frozen = app.table()->findChild<QTableView *>(QStringLiteral("frozenNameColumn"));
        return frozen && frozen->isVisible() ? frozen : nullptr;
    }

private slots:
    void initTestCase() { lance::test::isolateSettings("story-wide-table"); }

    void theNameStaysInViewWhenScrollingRight()
    {
        DemoApp app(300);
        QVERIFY(app.start());
        app.window->resize(900, 600);
        QTableView *table = app.table();
        QScrollBar *across = table->horizontalScrollBar();
        QTRY_VERIFY(across->maximum() > 0);
        QVERIFY(!frozenNames(app)); // at the left edge the table's own column shows it

        across->setValue(across->maximum());
        QTRY_VERIFY(frozenNames(app));
        QTableView *frozen = frozenNames(app);
        // At the viewport's left edge, as wide as the Name column, over the
        // rows the table shows.
        QCOMPARE(frozen->geometry().left(), table->viewport()->geometry().left());
        QCOMPARE(frozen->columnWidth(LeadTableModel::NameColumn),
                 table->columnWidth(LeadTableModel::NameColumn));
        QCOMPARE(frozen->horizontalHeader()->isSortIndicatorShown(),
                 table->horizontalHeader()->isSortIndicatorShown());
        // Scrolled down too: the same rows, named as the model names them.
        table->verticalScrollBar()->setValue(120);
        QTRY_COMPARE(frozen->verticalScrollBar()->value(), 120);
        const int row = table->rowAt(table->viewport()->height() / 2);
        QTRY_VERIFY(app.model()->leadAt(row));
        const QPoint inFrozen(frozen->columnWidth(LeadTableModel::NameColumn) - 8,
                              frozen->visualRect(app.model()->index(row, 0)).center().y());
        QCOMPARE(frozen->indexAt(inFrozen).row(), row);
        QCOMPARE(frozen->indexAt(inFrozen).data().toString(),
                 app.model()->index(row, LeadTableModel::NameColumn).data().toString());

        // A click on a kept name picks that lead, and the table stays where
        // the rep scrolled it.
        QTest::mouseClick(frozen->viewport(), Qt::LeftButton, Qt::NoModifier, inFrozen);
        QCOMPARE(app.model()->selection().ids(), QStringList{app.idAt(row)});
        QCOMPARE(across->value(), across->maximum());
        QCOMPARE(app.find<QLabel>("selectionSize")->text(), QStringLiteral("1 selected"));

        // Back at the left edge, one Name column again.
        across->setValue(0);
        QTRY_VERIFY(!frozenNames(app));
    }

    void widthsTheRepSetSurviveFilterChanges()
    {
        DemoApp app(300);
        QVERIFY(app.start());
        QTableView *table = app.table();
        table->setColumnWidth(LeadTableModel::CompanyColumn, 333);
        table->setColumnWidth(LeadTableModel::NameColumn, 251);
        const QString country = app.pickFacet("country", app.model()->leadAt(0)->country);
        QVERIFY(!country.isEmpty());
        QTRY_VERIFY(app.model()->leadAt(0));
        QCOMPARE(table->columnWidth(LeadTableModel::CompanyColumn), 333);
        QCOMPARE(table->columnWidth(LeadTableModel::NameColumn), 251);
        // Ctrl+End goes to the last row and stays in the column it was in.
        table->setFocus();
        table->setCurrentIndex(app.model()->index(0, LeadTableModel::CompanyColumn));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(table->currentIndex().row(), app.model()->rowCount() - 1);
        QCOMPARE(table->currentIndex().column(), int(LeadTableModel::CompanyColumn));
    }
};

QTEST_MAIN(TestStoryWideTable)
#include "test_story_wide_table.moc"
