// The one retry backoff the client and the poller share (models/backoff.h).
#include "backoff.h"

#include <QtTest>

#include <limits>

using namespace lance;

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void theCeilingDoublesUpToTheMaximum()
    {
        // With the highest draw the delay is the ceiling itself.
        QCOMPARE(retryDelayMs(1, 500, 8000, 0, 1.0), 500);
        QCOMPARE(retryDelayMs(2, 500, 8000, 0, 1.0), 1000);
        QCOMPARE(retryDelayMs(3, 500, 8000, 0, 1.0), 2000);
        QCOMPARE(retryDelayMs(5, 500, 8000, 0, 1.0), 8000);
        QCOMPARE(retryDelayMs(6, 500, 8000, 0, 1.0), 8000);
    }

    void theJitterNeverGoesBelowHalfTheCeiling()
    {
        // A retry is never instant, and many clients spread out.
        QCOMPARE(retryDelayMs(1, 500, 8000, 0, 0.0), 250);
        QCOMPARE(retryDelayMs(4, 500, 8000, 0, 0.0), 2000);
        for (int i = 0; i < 100; ++i) {
            const int d = retryDelayMs(4, 500, 8000, 0);
            QVERIFY2(d >= 2000 && d <= 4000, qPrintable(QString::number(d)));
        }
    }

    void retryAfterIsAFloor()
    {
        QCOMPARE(retryDelayMs(1, 500, 8000, 3, 1.0), 3000);
        // A shorter Retry-After than the backoff does not hurry it.
        QCOMPARE(retryDelayMs(5, 500, 8000, 1, 1.0), 8000);
    }

    void aLongOutageNeitherOverflowsNorGoesNegative()
    {
        QCOMPARE(retryDelayMs(10000, 500, 60000, 0, 1.0), 60000);
        QCOMPARE(retryDelayMs(std::numeric_limits<int>::max(), 1000, 30000, 0, 1.0), 30000);
        QCOMPARE(retryDelayMs(1, 500, 8000, std::numeric_limits<int>::max(), 1.0),
                 std::numeric_limits<int>::max());
        QVERIFY(retryDelayMs(0, 500, 8000, -5, 0.5) >= 0);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "test_backoff.moc"
