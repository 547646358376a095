// Selection and its split into API requests: what the rep picked is exactly
// what gets submitted, in requests the contract allows.
#include "selection.h"

#include <QtTest>

using namespace lance;

namespace {
QStringList idsFrom(int first, int count)
{
    QStringList out;
    for (int i = first; i < first + count; ++i)
        out << QStringLiteral("id-%1").arg(i);
    return out;
}
} // namespace

class TestSelection : public QObject
{
    Q_OBJECT
private slots:
    void manualPicksAreASetInPickOrder()
    {
        Selection s;
        QVERIFY(s.isEmpty());
        s.setSelected(QStringLiteral("b"), true);
        s.setSelected(QStringLiteral("a"), true);
        s.setSelected(QStringLiteral("b"), true); // twice is once
        QCOMPARE(s.count(), 2);
        QCOMPARE(s.ids(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        s.toggle(QStringLiteral("b"));
        QVERIFY(!s.isSelected(QStringLiteral("b")));
        QCOMPARE(s.ids(), QStringList{QStringLiteral("a")});
        s.setSelected(idsFrom(0, 5000), true);
        s.setSelected(idsFrom(1000, 3000), false);
        QCOMPARE(s.count(), 2001);
        QVERIFY(s.isSelected(QStringLiteral("id-999")));
        QVERIFY(!s.isSelected(QStringLiteral("id-1000")));
        QVERIFY(s.isSelected(QStringLiteral("id-4000")));
        QCOMPARE(s.mode(), Selection::Mode::Manual);
    }

    void allMatchingCountsExclusionsOnly()
    {
        Selection s;
        s.setSelected(QStringLiteral("x"), true);
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        s.selectAllMatching(f, {}, 12430);
        QCOMPARE(s.mode(), Selection::Mode::AllMatching);
        QCOMPARE(s.count(), 12430); // the earlier manual pick is replaced
        QVERIFY(s.isSelected(QStringLiteral("anything")));
        s.setSelected(QStringLiteral("u1"), false);
        s.setSelected(QStringLiteral("u2"), false);
        s.setSelected(QStringLiteral("u2"), false);
        QCOMPARE(s.count(), 12428);
        QCOMPARE(s.excludedIds(), (QStringList{QStringLiteral("u1"), QStringLiteral("u2")}));
        s.setSelected(QStringLiteral("u1"), true);
        QCOMPARE(s.count(), 12429);
        QCOMPARE(s.filters(), f);
        s.clear();
        QVERIFY(s.isEmpty());
        QCOMPARE(s.mode(), Selection::Mode::Manual);
    }

    void manualSelectionsGoOutInBatchesOfAHundred()
    {
        Selection s;
        s.setSelected(idsFrom(0, 250), true);
        const auto plan = planSubmission(s);
        QCOMPARE(plan.size(), 3);
        QStringList sent;
        for (const auto &r : plan) {
            QVERIFY(!r.isRange);
            QVERIFY(r.ids.size() <= PlannedRequest::kMaxBatchIds);
            sent += r.ids;
        }
        QCOMPARE(sent, s.ids()); // all of them, once, in order
        QVERIFY(planSubmission(Selection()).isEmpty());
    }

    void matchingSelectionsGoOutInRangesOfAThousand()
    {
        Selection s;
        FilterSet f;
        f.add(QStringLiteral("seniority"), QStringLiteral("Senior"));
        SortSpec sort{QStringLiteral("last_name"), true};
        s.selectAllMatching(f, sort, 2501);
        s.setSelected(QStringLiteral("gone"), false);
        const auto plan = planSubmission(s);
        QCOMPARE(plan.size(), 3);
        qint64 next = 0;
        for (const auto &r : plan) {
            QVERIFY(r.isRange);
            QCOMPARE(r.startIndex, next);
            QVERIFY(r.targetCount <= PlannedRequest::kMaxRange);
            QCOMPARE(r.filters, f);
            QCOMPARE(r.sort, sort);
            QCOMPARE(r.excludedIds, QStringList{QStringLiteral("gone")});
            next += r.targetCount;
        }
        QCOMPARE(next, 2501); // every position exactly once
    }
};

QTEST_GUILESS_MAIN(TestSelection)
#include "test_selection.moc"
