// The lance-engine command line of architecture.md: every flag parsed, every
// bad value refused with a message naming the flag.
#include "engine_config.h"

#include <QtTest>

using lance::engine::EngineConfig;

class TestEngineConfig : public QObject
{
    Q_OBJECT
private slots:
    void defaultsMatchTheArchitecture()
    {
        EngineConfig c;
        QString msg;
        bool exitNow = true;
        QVERIFY(EngineConfig::fromArguments({}, &c, &msg, &exitNow));
        QVERIFY(!exitNow);
        QCOMPARE(c.host, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(c.port, quint16(8787));
        QCOMPARE(c.startingCredits, qint64(1000));
        QCOMPARE(c.latencyMinMs, 300);
        QCOMPARE(c.latencyMaxMs, 3000);
        QCOMPARE(c.hitRateEmails, 0.8);
        QCOMPARE(c.hitRatePhones, 0.5);
        QCOMPARE(c.failureRate, 0.02);
        QCOMPARE(c.costEmails, 10);
        QCOMPARE(c.costPhones, 50);
        QCOMPARE(c.maxAgeS, 800);
        QVERIFY(c.tokens.isEmpty());
    }

    void everyFlagIsParsed()
    {
        EngineConfig c;
        QString msg;
        bool exitNow = false;
        const QStringList args{
            QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"),
            QStringLiteral(":memory:"),
            QStringLiteral("--token"),
            QStringLiteral("a"),
            QStringLiteral("--token"),
            QStringLiteral("b:user2:org2"),
            QStringLiteral("--seed-demo"),
            QStringLiteral("5000"),
            QStringLiteral("--credits"),
            QStringLiteral("25"),
            QStringLiteral("--seed"),
            QStringLiteral("7"),
            QStringLiteral("--latency-ms"),
            QStringLiteral("5:20"),
            QStringLiteral("--hit-rate-emails"),
            QStringLiteral("0.25"),
            QStringLiteral("--hit-rate-phones"),
            QStringLiteral("1"),
            QStringLiteral("--failure-rate"),
            QStringLiteral("0"),
            QStringLiteral("--cost-emails"),
            QStringLiteral("3"),
            QStringLiteral("--cost-phones"),
            QStringLiteral("4"),
            QStringLiteral("--max-age-s"),
            QStringLiteral("2"),
            QStringLiteral("--max-in-flight"),
            QStringLiteral("9"),
            QStringLiteral("--rate-limit"),
            QStringLiteral("100"),
        };
        QVERIFY2(EngineConfig::fromArguments(args, &c, &msg, &exitNow), qPrintable(msg));
        QCOMPARE(c.port, quint16(0));
        QCOMPARE(c.dbPath, QStringLiteral(":memory:"));
        QCOMPARE(c.tokens.size(), 2);
        QCOMPARE(c.tokens[0].orgId, QStringLiteral("org_local"));
        QCOMPARE(c.tokens[1].userId, QStringLiteral("user2"));
        QCOMPARE(c.tokens[1].orgId, QStringLiteral("org2"));
        QCOMPARE(c.seedDemo, 5000);
        QCOMPARE(c.startingCredits, qint64(25));
        QCOMPARE(c.seed, quint64(7));
        QCOMPARE(c.latencyMinMs, 5);
        QCOMPARE(c.latencyMaxMs, 20);
        QCOMPARE(c.hitRateEmails, 0.25);
        QCOMPARE(c.hitRatePhones, 1.0);
        QCOMPARE(c.failureRate, 0.0);
        QCOMPARE(c.costEmails, 3);
        QCOMPARE(c.costPhones, 4);
        QCOMPARE(c.maxAgeS, 2);
        QCOMPARE(c.maxInFlight, 9);
        QCOMPARE(c.rateLimitPerSecond, 100);
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no port") << QStringList{QStringLiteral("--listen"),
                                                QStringLiteral("127.0.0.1")}
                                 << QStringLiteral("--listen");
        QTest::newRow("bad host") << QStringList{QStringLiteral("--listen"),
                                                 QStringLiteral("nohost:80")}
                                  << QStringLiteral("--listen");
        QTest::newRow("port range")
            << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
            << QStringLiteral("--listen");
        QTest::newRow("rate > 1") << QStringList{QStringLiteral("--hit-rate-emails"),
                                                 QStringLiteral("1.5")}
                                  << QStringLiteral("--hit-rate-emails");
        QTest::newRow("latency order")
            << QStringList{QStringLiteral("--latency-ms"), QStringLiteral("9:3")}
            << QStringLiteral("--latency-ms");
        QTest::newRow("token parts")
            << QStringList{QStringLiteral("--token"), QStringLiteral("a:b")}
            << QStringLiteral("--token");
        QTest::newRow("negative credits")
            << QStringList{QStringLiteral("--credits"), QStringLiteral("-1")}
            << QStringLiteral("--credits");
        QTest::newRow("zero max age")
            << QStringList{QStringLiteral("--max-age-s"), QStringLiteral("0")}
            << QStringLiteral("--max-age-s");
        QTest::newRow("unknown flag")
            << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("1")}
            << QStringLiteral("--frobnicate");
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("--db");
    }

    void badValuesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        EngineConfig c;
        QString msg;
        bool exitNow = false;
        QVERIFY(!EngineConfig::fromArguments(args, &c, &msg, &exitNow));
        QVERIFY2(msg.contains(mentions), qPrintable(msg));
    }

    void helpAndVersionExit()
    {
        EngineConfig c;
        QString msg;
        bool exitNow = false;
        QVERIFY(EngineConfig::fromArguments({QStringLiteral("--help")}, &c, &msg, &exitNow));
        QVERIFY(exitNow);
        for (const char *flag : {"--listen", "--db", "--token", "--seed-demo", "--credits",
                                 "--seed", "--latency-ms", "--hit-rate-emails", "--hit-rate-phones",
                                 "--failure-rate", "--cost-emails", "--cost-phones", "--max-age-s"})
            QVERIFY2(msg.contains(QLatin1String(flag)), flag);
        QVERIFY(EngineConfig::fromArguments({QStringLiteral("--version")}, &c, &msg, &exitNow));
        QVERIFY(exitNow);
        QVERIFY(msg.contains(QStringLiteral(LANCE_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestEngineConfig)
#include "test_engine_config.moc"
