// The simulated provider waterfall: repeatable for a seed, person, field and
// attempt, and true to the configured rates and latency range.
#include "engine_config.h"
#include "provider_simulator.h"

#include <QUuid>
#include <QtTest>

using lance::ContactField;
using lance::engine::EngineConfig;
using lance::engine::ProviderOutcome;
using lance::engine::ProviderSimulator;

class TestProviderPlan : public QObject
{
    Q_OBJECT
private:
    static QString personId(int i)
    {
        // Stable ids, so the rates below are a fixed sample, not a new draw.
        return QUuid::createUuidV5(QUuid(), QString::number(i)).toString(QUuid::WithoutBraces);
    }

private slots:
    void sameInputsSamePlan()
    {
        EngineConfig c;
        for (int i = 0; i < 200; ++i) {
            const auto a = ProviderSimulator::plan(c, personId(i), ContactField::Emails, 0);
            const auto b = ProviderSimulator::plan(c, personId(i), ContactField::Emails, 0);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.latencyMs, b.latencyMs);
            QCOMPARE(a.providerIndex, b.providerIndex);
            QCOMPARE(a.variant, b.variant);
        }
    }

    void seedAndAttemptChangeThePlan()
    {
        EngineConfig c;
        EngineConfig other = c;
        other.seed = 2;
        int differentSeed = 0, differentAttempt = 0;
        for (int i = 0; i < 200; ++i) {
            const auto a = ProviderSimulator::plan(c, personId(i), ContactField::Phones, 0);
            differentSeed +=
                a.variant !=
                ProviderSimulator::plan(other, personId(i), ContactField::Phones, 0).variant;
            differentAttempt +=
                a.variant !=
                ProviderSimulator::plan(c, personId(i), ContactField::Phones, 1).variant;
        }
        QCOMPARE(differentSeed, 200);
        QCOMPARE(differentAttempt, 200);
    }

    void ratesAndLatencyFollowTheFlags()
    {
        EngineConfig c;
        c.hitRateEmails = 0.8;
        c.hitRatePhones = 0.3;
        c.failureRate = 0.1;
        c.latencyMinMs = 300;
        c.latencyMaxMs = 3000;
        const int n = 20000;
        int found[2] = {0, 0}, failed = 0;
        for (int i = 0; i < n; ++i) {
            for (int f = 0; f < 2; ++f) {
                const auto field = f == 0 ? ContactField::Emails : ContactField::Phones;
                const auto p = ProviderSimulator::plan(c, personId(i), field, 0);
                QVERIFY(p.latencyMs >= 0 && p.latencyMs <= c.latencyMaxMs + 2);
                if (p.kind == ProviderOutcome::Found)
                    ++found[f];
                if (p.kind == ProviderOutcome::Failed && f == 0)
                    ++failed;
                if (p.kind == ProviderOutcome::NotFound)
                    QCOMPARE(p.providerIndex, int(ProviderSimulator::providerNames().size()) - 1);
            }
        }
        // The hit rate applies to the enrichments that did not fail.
        QVERIFY2(qAbs(found[0] / double(n) - 0.9 * 0.8) < 0.03,
                 qPrintable(QString::number(found[0])));
        QVERIFY2(qAbs(found[1] / double(n) - 0.9 * 0.3) < 0.03,
                 qPrintable(QString::number(found[1])));
        QVERIFY2(qAbs(failed / double(n) - 0.1) < 0.02, qPrintable(QString::number(failed)));
    }

    void extremesAreExact()
    {
        EngineConfig c;
        c.failureRate = 0;
        c.hitRateEmails = 1;
        c.hitRatePhones = 0;
        for (int i = 0; i < 500; ++i) {
            QCOMPARE(ProviderSimulator::plan(c, personId(i), ContactField::Emails, 0).kind,
                     ProviderOutcome::Found);
            QCOMPARE(ProviderSimulator::plan(c, personId(i), ContactField::Phones, 0).kind,
                     ProviderOutcome::NotFound);
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderPlan)
#include "test_provider_plan.moc"
