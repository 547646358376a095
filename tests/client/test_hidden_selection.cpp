// HiddenSelection: which hand-picked leads the filters hide, asked of the
// real engine (feature ids_filter) in requests of 100 ids, compared with the
// leads the engine's own search returns; "unknown", never "none", when the
// server cannot say or does not answer.
#include "engine_harness.h"
#include "hidden_selection.h"
#include "lance_client.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace lance;
using lance::test::EngineProcess;

class TestHiddenSelection : public QObject
{
    Q_OBJECT
    EngineProcess m_engine{{QStringLiteral("--seed-demo"), QStringLiteral("700")}};
    LanceClient m_client;

    // Waits for the check to end (known or not).
    static bool settled(HiddenSelection &h)
    {
        return QTest::qWaitFor([&h] { return !h.isChecking(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_engine.start());
        QVERIFY(m_client.setServer(m_engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
    }

    void theEngineSaysWhichPicksTheFiltersHide()
    {
        const QStringList picks = m_engine.leadIds(250);
        // The country of the first lead, read back from a search of it.
        const QJsonObject lead = m_engine
                                     .post(QStringLiteral("/api/v1/entities/prospects/person"),
                                           {{QStringLiteral("size"), 1}})
                                     .object()
                                     .value(QStringLiteral("content"))
                                     .toArray()
                                     .first()
                                     .toObject();
        const QString country = lead.value(QStringLiteral("country")).toString();
        const QStringList inCountry =
            m_engine.leadIds(700, {{QStringLiteral("country"), QJsonArray{country}}});
        QStringList want;
        for (const QString &id : picks) {
            if (!inCountry.contains(id))
                want << id;
        }
        QVERIFY(!want.isEmpty() && want.size() < picks.size());

        HiddenSelection hidden(&m_client);
        hidden.setServerSupports(true);
        FilterSet filters;
        filters.set(QStringLiteral("country"), {country});
        const qint64 before = m_engine.requestsServed();
        hidden.update(filters, picks);
        QVERIFY(hidden.isChecking());
        QCOMPARE(hidden.hiddenCount(), -1); // not "none" while asking
        QVERIFY(settled(hidden));
        QVERIFY(hidden.isKnown());
        QCOMPARE(hidden.hiddenIds(), want); // in pick order
        // 250 ids in three searches (+1: the /meta that counts them).
        QCOMPARE(m_engine.requestsServed() - before, 3 + 1);

        // One more pick under the same filters asks about that one only;
        // one the caller knows is on screen is not asked about at all.
        const QString extra = m_engine.leadIds(251).last();
        hidden.setVisibleProbe([&](const QString &id) { return id == extra; });
        const qint64 again = m_engine.requestsServed();
        hidden.update(filters, picks + QStringList{extra});
        QVERIFY(hidden.isKnown());
        QCOMPARE(hidden.hiddenIds(), want);
        QCOMPARE(m_engine.requestsServed() - again, 1); // the /meta only
        hidden.setVisibleProbe({});

        // The hidden ones unticked: nothing hidden is left, without a request.
        QStringList kept = picks;
        for (const QString &id : want)
            kept.removeAll(id);
        hidden.update(filters, kept);
        QVERIFY(hidden.isKnown());
        QCOMPARE(hidden.hiddenCount(), 0);
        QVERIFY(hidden.hiddenIds().isEmpty());

        // No filters hide nothing, without a request.
        hidden.update(FilterSet(), picks);
        QVERIFY(hidden.isKnown());
        QCOMPARE(hidden.hiddenCount(), 0);
    }

    void aServerThatCannotSayIsUnknownNotNone()
    {
        HiddenSelection hidden(&m_client);
        FilterSet filters;
        filters.set(QStringLiteral("seniority"), {QStringLiteral("Senior")});
        const qint64 before = m_engine.requestsServed();
        hidden.update(filters, m_engine.leadIds(5));
        QVERIFY(!hidden.isChecking());
        QVERIFY(!hidden.isKnown());
        QCOMPARE(hidden.hiddenCount(), -1);
        QVERIFY(hidden.hiddenIds().isEmpty());
        // leadIds asked once, and /meta counted once: nothing from `hidden`.
        QCOMPARE(m_engine.requestsServed() - before, 2);
    }

    void aServerThatDoesNotAnswerIsUnknownNotNone()
    {
        const QStringList picks = m_engine.leadIds(5);
        HiddenSelection hidden(&m_client);
        hidden.setServerSupports(true);
        m_engine.kill();
        FilterSet filters;
        filters.set(QStringLiteral("seniority"), {QStringLiteral("Senior")});
        QSignalSpy changed(&hidden, &HiddenSelection::changed);
        hidden.update(filters, picks);
        QVERIFY(settled(hidden));
        QVERIFY(!hidden.isKnown());
        QCOMPARE(hidden.hiddenCount(), -1);
        QVERIFY(changed.count() >= 2); // asking, then the failure
        // Back: the next check answers.
        QVERIFY(m_engine.restart());
        QVERIFY(m_client.setServer(m_engine.baseUrl(), QString::fromLatin1(EngineProcess::kToken)));
        hidden.update(filters, picks);
        QVERIFY(settled(hidden));
        QVERIFY(hidden.isKnown());
    }
};

QTEST_GUILESS_MAIN(TestHiddenSelection)
#include "test_hidden_selection.moc"
