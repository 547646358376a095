// Story (issue 13, 2): the rep narrows to Germany; the Seniority section's
// counts become those within Germany, and ticking Director then finds
// exactly the number the list showed beside it.
#include "story_harness.h"

#include <QListWidget>

using namespace lance;
using lance::test::DemoApp;

class TestStoryCountsInContext : public QObject
{
    Q_OBJECT
private:
    // What the rows say, as a screen reader reads them: "Director, 81 leads".
    static QStringList spoken(const QListWidget *list)
    {
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->data(Qt::AccessibleTextRole).toString();
        rows.sort();
        return rows;
    }

    // Every seniority the engine has under `filters`, read the same way,
    // counted by searches (not by the facet endpoint the panel uses).
    static QStringList expected(DemoApp &app, const FilterSet &filters)
    {
        QStringList rows;
        for (const char *s : {"Entry", "Senior", "Manager", "Director", "VP", "C-Level", "Owner"}) {
            FilterSet f = filters;
            f.add(QStringLiteral("seniority"), QString::fromLatin1(s));
            const qint64 n = app.searchTotal(f);
            if (n > 0)
                rows << QStringLiteral("%1, %2 leads")
                            .arg(QString::fromLatin1(s), QLocale().toString(n));
        }
        rows.sort();
        return rows;
    }

private slots:
    void initTestCase() { lance::test::isolateSettings("story-counts-in-context"); }

    void germanyNarrowsTheSeniorityCounts()
    {
        DemoApp app(2000);
        QVERIFY(app.start());
        auto *list = app.find<QListWidget>("facetList_seniority");
        QVERIFY(list);
        // Open at start, with the counts over every lead.
        const QStringList everywhere = expected(app, FilterSet());
        QTRY_COMPARE(spoken(list), everywhere);

        QCOMPARE(app.pickFacet("country", QStringLiteral("Germany")), QStringLiteral("Germany"));
        FilterSet germany;
        germany.set(QStringLiteral("country"), {QStringLiteral("Germany")});
        const QStringList inGermany = expected(app, germany);
        QVERIFY(inGermany != everywhere);
        QTRY_COMPARE(spoken(list), inGermany);

        // Director's count is what ticking it finds.
        int director = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text() == QStringLiteral("Director"))
                director = i;
        }
        QVERIFY(director >= 0);
        const QString said = list->item(director)->data(Qt::AccessibleTextRole).toString();
        const QString count = said.section(QStringLiteral(", "), 1).section(QLatin1Char(' '), 0, 0);
        list->scrollToItem(list->item(director));
        const QRect row = list->visualItemRect(list->item(director));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(row.left() + row.width() / 3, row.center().y()));
        QTRY_COMPARE(app.find<QLabel>("matchCount")->text(),
                     QStringLiteral("%1 leads match").arg(count));
        QTRY_VERIFY(app.model()->isTotalKnown());
        QCOMPARE(QLocale().toString(app.model()->total()), count);
        // Its own key's counts stay those of the other filters: Director is
        // ticked, the other seniorities still say what they would add.
        QCOMPARE(spoken(list), inGermany);
    }
};

QTEST_MAIN(TestStoryCountsInContext)
#include "test_story_counts_in_context.moc"
