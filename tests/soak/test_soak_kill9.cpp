// Kill -9 soak (lance-api.md, engine rules 5, 6 and 9): several clients send
// a seeded mix of batch, bulk (manual and range), single, cancel and read
// calls for overlapping leads and both fields, for two organizations, while
// the engine is killed with SIGKILL at random moments and restarted on the
// same file. After every kill and every restart the ledger's invariants
// must hold and every answer the engine gave must still be in the file;
// once all work is final (finished or timed out) they are checked again.
//
// LANCE_SOAK_ITERATIONS (default 25) sets the number of kills,
// LANCE_SOAK_SEED repeats a run (the seed is printed).
#include "bench_util.h"
#include "soak_traffic.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QTimer>
#include <QtTest>

using namespace lance::soak;
using lance::test::LedgerCheck;
using lance::test::ledgerViolations;

namespace {
constexpr int kLeads = 3000;
constexpr int kMaxAgeS = 5;
constexpr qint64 kCredits = 90000;
const QByteArray kTokenB = "soak-b";

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 v = qEnvironmentVariable(name).toULongLong(&ok);
    return ok ? v : fallback;
}
} // namespace

class TestSoakKill9 : public QObject
{
    Q_OBJECT
private:
    int m_violations = 0;
    int m_iterations = 0;

    void printFigures() const
    {
        lance::bench::bench("reliability.kill9_iterations", m_iterations);
        lance::bench::bench("reliability.invariant_violations", m_violations);
    }

    // Counts and reports violations; true when there were none.
    bool clean(const QStringList &violations, const QString &when)
    {
        if (violations.isEmpty())
            return true;
        m_violations += int(violations.size());
        qWarning("%s: %d violation(s):\n  %s", qPrintable(when), int(violations.size()),
                 qPrintable(violations.join(QStringLiteral("\n  "))));
        printFigures();
        return false;
    }

private slots:
    void killNineAtRandomMomentsKeepsTheLedger()
    {
        const quint64 seed = envNumber("LANCE_SOAK_SEED", QRandomGenerator::system()->generate());
        const int iterations = int(qMax<quint64>(1, envNumber("LANCE_SOAK_ITERATIONS", 25)));
        qInfo("soak seed %llu, %d kills (LANCE_SOAK_SEED=%llu repeats this run)", seed, iterations,
              seed);
        QRandomGenerator rng(seed);

        // Short provider latency and a small maximum age, so every final
        // status happens within the run: found, not found, failed (10%),
        // cancelled, and timed out (see the slow phases below).
        const QStringList flags{
            QStringLiteral("--seed-demo"),     QString::number(kLeads),
            QStringLiteral("--seed"),          QString::number(seed % 1000000),
            QStringLiteral("--credits"),       QString::number(kCredits),
            QStringLiteral("--latency-ms"),    QStringLiteral("50:400"),
            QStringLiteral("--failure-rate"),  QStringLiteral("0.1"),
            QStringLiteral("--max-in-flight"), QStringLiteral("128"),
            QStringLiteral("--max-age-s"),     QString::number(kMaxAgeS),
            QStringLiteral("--token"),         QStringLiteral("soak-b:user_b:org_b")};
        // Every fifth run between two kills has slow providers (4 to 8 s
        // against the 5 s maximum age) and lasts longer: answers race the
        // timeout sweep, work is cancelled while pending, and pending work
        // outlives a kill to be timed out by the next start.
        auto flagsFor = [&](bool slow) {
            QStringList f = flags;
            f[f.indexOf(QStringLiteral("--latency-ms")) + 1] =
                slow ? QStringLiteral("4000:8000") : QStringLiteral("50:400");
            return f;
        };
        auto isSlow = [](int iteration) { return iteration % 5 == 4; };
        EngineProcess engine(flagsFor(isSlow(0)));
        QVERIFY(engine.start());
        const QStringList pool = engine.leadIds(kLeads);
        QCOMPARE(pool.size(), kLeads);
        const QList<Caller> callers{{EngineProcess::kToken, QStringLiteral("org_local")},
                                    {kTokenB, QStringLiteral("org_b")}};
        LedgerCheck withEngine;
        withEngine.engine = &engine;
        withEngine.tokens = {EngineProcess::kToken, kTokenB};
        withEngine.maxAgeS = kMaxAgeS;

        TrafficGenerator traffic(rng.generate64(), pool, callers, false);
        traffic.maxIds = 15;
        QHash<QString, AnsweredEnrichment> answered;
        QStringList problems;
        QMap<int, int> byStatus; // HTTP status -> answers
        int cut = 0;             // calls the kill cut off: their outcome is unknown
        bool killed = false;
        const Rules rules;
        auto onAnswer = [&](int, const Call &call, const Reply &reply) {
            if (!reply.networkError.isEmpty() || reply.status == 0) {
                if (killed)
                    ++cut;
                else
                    problems << QStringLiteral("%1: no answer before any kill (%2)")
                                    .arg(call.describe(), reply.networkError);
                return;
            }
            ++byStatus[reply.status];
            const QString why = checkAnswer(call, reply, rules);
            if (!why.isEmpty())
                problems << why;
            recordAnswered(call, reply, &answered, &problems);
        };

        QElapsedTimer total;
        total.start();
        for (int i = 0; i < iterations; ++i) {
            // The kill lands anywhere from the first requests to well into
            // processing; one time in four the clients fall silent first,
            // so the kill finds only provider work and sweeps.
            const bool slow = isSlow(i);
            const int killAfterMs =
                slow ? 5500 + int(rng.bounded(2000)) : 50 + int(rng.bounded(1500));
            const int trafficMs =
                rng.bounded(4) == 0 ? int(rng.bounded(quint32(killAfterMs))) : killAfterMs;
            killed = false;
            QElapsedTimer clock;
            clock.start();
            Clients clients(
                engine, 4, 2,
                [&](int) {
                    return clock.elapsed() < trafficMs ? std::optional<Call>(traffic.next())
                                                       : std::nullopt;
                },
                onAnswer);
            QTimer killer;
            killer.setSingleShot(true);
            connect(&killer, &QTimer::timeout, this, [&] {
                killed = true;
                clients.stopIssuing();
                engine.kill();
            });
            killer.start(killAfterMs);
            clients.start();
            // Until the kill, and until every call under way got its answer
            // or its connection error.
            QVERIFY2(QTest::qWaitFor([&] { return killed && clients.idle(); }, 120000),
                     "calls still under way long after the kill");
            ++m_iterations;
            QVERIFY2(problems.isEmpty(),
                     qPrintable(problems.mid(0, 20).join(QStringLiteral("\n"))));

            // What the dead engine left: consistent, and holding everything
            // it answered.
            const QString when = QStringLiteral("kill %1 of %2 (after %3 ms, seed %4)")
                                     .arg(i + 1)
                                     .arg(iterations)
                                     .arg(killAfterMs)
                                     .arg(seed);
            QVERIFY(clean(ledgerViolations(engine.dbPath()) +
                              lance::test::answeredViolations(engine.dbPath(), answered),
                          when));

            // The restart sweeps overdue work before it serves; then the
            // file and the engine's balance must agree.
            withEngine.sweptAtMs = QDateTime::currentMSecsSinceEpoch();
            // The last restart serves the final phase with quick providers.
            QVERIFY2(engine.restart(flagsFor(i + 1 < iterations && isSlow(i + 1))),
                     engine.errorOutput().right(2000).constData());
            QVERIFY(clean(ledgerViolations(engine.dbPath(), withEngine),
                          when + QStringLiteral(", after the restart")));
            qInfo("kill %d/%d after %d ms (traffic %d ms%s): %d calls, %d cut off, %lld "
                  "enrichments answered so far",
                  i + 1, iterations, killAfterMs, trafficMs, slow ? ", slow providers" : "",
                  clients.sent(), cut, qint64(answered.size()));
        }

        // All work becomes final: resumed work finishes, overdue work times
        // out. Through the API for one organization, then the file for all.
        withEngine.sweptAtMs = QDateTime::currentMSecsSinceEpoch();
        for (const QString &field : {QStringLiteral("emails"), QStringLiteral("phones")}) {
            const QStringList persons =
                personsWithEnrichments(engine.dbPath(), QStringLiteral("org_local"), field);
            QVERIFY(engine.waitUntilFinal(persons, field, 120000));
        }
        QTRY_COMPARE_WITH_TIMEOUT(pendingInFile(engine.dbPath()), 0, 60000);
        QVERIFY(clean(ledgerViolations(engine.dbPath(), withEngine) +
                          lance::test::answeredViolations(engine.dbPath(), answered),
                      QStringLiteral("all work final (seed %1)").arg(seed)));
        for (const QByteArray &token : withEngine.tokens) {
            qint64 held = -1;
            QVERIFY(engine.balance(&held, token) >= 0);
            QCOMPARE(held, qint64(0));
        }

        QStringList statuses, mix;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            statuses << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        const QMap<QString, int> outcomes = statusMix(engine.dbPath());
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            mix << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        qInfo("enrichments in the file: {%s}", qPrintable(mix.join(QStringLiteral(", "))));
        qInfo("%d kills in %lld s; answers by status {%s}, %d cut off by kills, %lld "
              "enrichments answered",
              m_iterations, total.elapsed() / 1000, qPrintable(statuses.join(QStringLiteral(", "))),
              cut, qint64(answered.size()));
        // The soak proves something only if work was really accepted and
        // really interrupted.
        QVERIFY(byStatus.value(200) > 0);
        QVERIFY(cut > 0);
        printFigures();
        lance::bench::bench("reliability.kill9_enrichments_answered", answered.size());
        lance::bench::bench("reliability.kill9_calls_cut", cut);
    }
};

QTEST_GUILESS_MAIN(TestSoakKill9)
#include "test_soak_kill9.moc"
