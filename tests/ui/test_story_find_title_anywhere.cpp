// Story (issue 13, 1): the rep wants sales leaders. Typing "sales" in Job
// title lists "VP of Sales" (the word is not at its start) with its count;
// ticking it filters the table to exactly the leads the list promised.
#include "story_harness.h"

#include <QLineEdit>
#include <QListWidget>

using namespace lance;
using lance::test::DemoApp;

class TestStoryFindTitleAnywhere : public QObject
{
    Q_OBJECT
private:
    static int rowNamed(const QListWidget *list, const QString &text)
    {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == text)
                return i;
        }
        return -1;
    }

private slots:
    void initTestCase() { lance::test::isolateSettings("story-find-title-anywhere"); }

    void salesFindsVpOfSalesWithItsCount()
    {
        DemoApp app(2000);
        QVERIFY(app.start());
        const QString vp = QStringLiteral("VP of Sales");
        const qint64 promised = app.searchTotal([&] {
            FilterSet f;
            f.set(QStringLiteral("job_title"), {vp});
            return f;
        }());
        QVERIFY2(promised > 1, "the demo leads have VPs of Sales");

        auto *edit = app.find<QLineEdit>("facetSearch_job_title");
        auto *list = app.find<QListWidget>("facetList_job_title");
        QVERIFY(edit && list);
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("sales"));
        // The row reads the title, and its count, as a screen reader says it.
        QTRY_VERIFY_WITH_TIMEOUT(rowNamed(list, vp) >= 0, 10000);
        QVERIFY(list->isVisible());
        QListWidgetItem *item = list->item(rowNamed(list, vp));
        QCOMPARE(item->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("%1, %2 leads").arg(vp, QLocale().toString(promised)));
        QCOMPARE(item->checkState(), Qt::Unchecked);
        // Everything listed has "sales" somewhere in it.
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(list->item(i)->text().contains(QStringLiteral("sales"), Qt::CaseInsensitive),
                     qPrintable(list->item(i)->text()));

        // Ticked with a click on its name: the table holds what was promised.
        list->scrollToItem(item);
        const QRect row = list->visualItemRect(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(row.left() + row.width() / 3, row.center().y()));
        QCOMPARE(item->checkState(), Qt::Checked);
        QCOMPARE(app.model()->filters().values(QStringLiteral("job_title")), QStringList{vp});
        QTRY_COMPARE(app.find<QLabel>("matchCount")->text(),
                     QStringLiteral("%1 leads match").arg(QLocale().toString(promised)));
        QTRY_COMPARE(app.find<QLabel>("leadTotal")->text(),
                     QStringLiteral("%1 leads").arg(QLocale().toString(promised)));
        QTRY_VERIFY(app.model()->leadAt(0));
        QCOMPARE(app.model()->leadAt(0)->jobTitle, vp);
        QCOMPARE(app.find<QLabel>("chipText_job_title_0")->text(),
                 QStringLiteral("Job title: VP of Sales"));
    }
};

QTEST_MAIN(TestStoryFindTitleAnywhere)
#include "test_story_find_title_anywhere.moc"
