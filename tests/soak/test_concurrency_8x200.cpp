// Concurrency (lance-api.md, engine rules 5 and 6): 8 clients, each with its
// own connections, send 200 requests each at once for the same 120 leads
// and two organizations: batch, manual and range bulk, single, batch/query,
// balance, cancel, reads and some invalid requests. Every answer must be a
// 2xx of the right shape or the one error the contract allows there (402
// with its exact envelope, 404 for a cancel or read with nothing there, 400
// only for the invalid ones), and the ledger's invariants must hold right
// after the storm and again once all work is final.
//
// LANCE_SOAK_SEED changes the request mix (default 1; printed).
#include "bench_util.h"
#include "soak_traffic.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QtTest>

using namespace lance::soak;
using lance::test::LedgerCheck;
using lance::test::ledgerViolations;

namespace {
constexpr int kClients = 8;
constexpr int kRequestsPerClient = 200;
const QByteArray kTokenB = "conc-b";
} // namespace

class TestConcurrency8x200 : public QObject
{
    Q_OBJECT
private slots:
    void eightClientsTwoHundredRequestsEach()
    {
        bool seeded = false;
        const quint64 seed = qEnvironmentVariable("LANCE_SOAK_SEED").toULongLong(&seeded);
        qInfo("request mix seed %llu", seeded ? seed : 1);
        // 3000 credits per organization hold 60 phones or 300 emails; the
        // 120 leads would need 7200, so the storm runs into 402s while
        // holds are taken and released around it.
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("400"),
                              QStringLiteral("--credits"), QStringLiteral("3000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("50:400"),
                              QStringLiteral("--failure-rate"), QStringLiteral("0.05"),
                              QStringLiteral("--token"), QStringLiteral("conc-b:user_b:org_b")});
        QVERIFY(engine.start());
        const QStringList pool = engine.leadIds(120);
        QCOMPARE(pool.size(), 120);
        const QList<Caller> callers{{EngineProcess::kToken, QStringLiteral("org_local")},
                                    {kTokenB, QStringLiteral("org_b")}};

        TrafficGenerator traffic(seeded ? seed : 1, pool, callers, true);
        traffic.maxIds = 40;
        QList<QList<Call>> planned(kClients);
        for (QList<Call> &calls : planned)
            for (int i = 0; i < kRequestsPerClient; ++i)
                calls << traffic.next();

        QHash<QString, AnsweredEnrichment> answered;
        QStringList problems;
        QMap<int, int> byStatus;
        const Rules rules;
        int answers = 0;
        // Six calls under way per client: as many connections as a
        // QNetworkAccessManager opens to one host, so up to 48 at once.
        Clients clients(
            engine, kClients, 6,
            [&](int client) {
                return planned[client].isEmpty() ? std::nullopt
                                                 : std::optional<Call>(planned[client].takeFirst());
            },
            [&](int, const Call &call, const Reply &reply) {
                ++answers;
                ++byStatus[reply.status];
                // Nothing kills this engine: every call must get its answer.
                if (!reply.networkError.isEmpty())
                    problems << QStringLiteral("%1: %2").arg(call.describe(), reply.networkError);
                const QString why = checkAnswer(call, reply, rules);
                if (!why.isEmpty())
                    problems << why;
                recordAnswered(call, reply, &answered, &problems);
            });
        QElapsedTimer clock;
        clock.start();
        clients.start();
        QVERIFY(QTest::qWaitFor([&] { return clients.idle(); }, 300000));
        const qint64 stormMs = clock.elapsed();
        QStringList statuses;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            statuses << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        qInfo("%d answers in %lld ms, by status {%s}", answers, stormMs,
              qPrintable(statuses.join(QStringLiteral(", "))));
        QCOMPARE(answers, kClients * kRequestsPerClient);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QStringLiteral("\n"))));
        // The mix really raced money against money and cancels against
        // work: accepted, refused for credits, and nothing to cancel.
        QVERIFY(byStatus.value(200) > 0);
        QVERIFY(byStatus.value(402) > 0);
        QVERIFY(byStatus.value(404) > 0);
        QVERIFY(byStatus.value(400) > 0);

        LedgerCheck check;
        check.engine = &engine;
        check.tokens = {EngineProcess::kToken, kTokenB};
        QStringList violations = ledgerViolations(engine.dbPath(), check) +
                                 lance::test::answeredViolations(engine.dbPath(), answered);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("\n"))));

        // Once all work is final nothing is held, and it all still adds up.
        for (const QString &field : {QStringLiteral("emails"), QStringLiteral("phones")})
            QVERIFY(engine.waitUntilFinal(
                personsWithEnrichments(engine.dbPath(), QStringLiteral("org_local"), field), field,
                60000));
        QTRY_COMPARE_WITH_TIMEOUT(pendingInFile(engine.dbPath()), 0, 60000);
        violations = ledgerViolations(engine.dbPath(), check) +
                     lance::test::answeredViolations(engine.dbPath(), answered);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QStringLiteral("\n"))));
        for (const QByteArray &token : check.tokens) {
            qint64 held = -1;
            QVERIFY(engine.balance(&held, token) >= 0);
            QCOMPARE(held, qint64(0));
        }
        lance::bench::bench("reliability.concurrent_requests", answers);
        lance::bench::bench("reliability.concurrent_invariant_violations", violations.size());
    }
};

QTEST_GUILESS_MAIN(TestConcurrency8x200)
#include "test_concurrency_8x200.moc"
