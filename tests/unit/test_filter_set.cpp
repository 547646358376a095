// FilterSet is what both the table and a bulk request resolve: its JSON must
// round-trip and reject what the engine rejects, with the key named.
#include "filter_set.h"

#include <QJsonDocument>
#include <QtTest>

using lance::FilterSet;
using lance::SortSpec;

class TestFilterSet : public QObject
{
    Q_OBJECT
private:
    static QJsonValue parse(const char *json)
    {
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("f"));
    }

private slots:
    void roundTrips()
    {
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        f.add(QStringLiteral("country"), QStringLiteral("France"));
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        f.set(QStringLiteral("q"), {QStringLiteral("ann")});
        QCOMPARE(f.values(QStringLiteral("country")).size(), 2);
        FilterSet back;
        QString err;
        QVERIFY(FilterSet::fromJson(f.toJson(), &back, &err));
        QCOMPARE(back, f);
        f.remove(QStringLiteral("country"), QStringLiteral("Germany"));
        f.remove(QStringLiteral("country"), QStringLiteral("France"));
        QVERIFY(!f.contains(QStringLiteral("country")));
        f.set(QStringLiteral("q"), {});
        QVERIFY(f.isEmpty());
    }

    void rejectsWhatTheContractRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown key")
            << QByteArray(R"({"f":{"colour":["red"]}})") << QStringLiteral("colour");
        QTest::newRow("not a list")
            << QByteArray(R"({"f":{"country":"Germany"}})") << QStringLiteral("country");
        QTest::newRow("number in list")
            << QByteArray(R"({"f":{"city":[1]}})") << QStringLiteral("city");
        QTest::newRow("bad boolean")
            << QByteArray(R"({"f":{"has_email":["yes"]}})") << QStringLiteral("has_email");
        QTest::newRow("not an object") << QByteArray(R"({"f":[1]})") << QStringLiteral("object");
    }

    void rejectsWhatTheContractRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        FilterSet f;
        QString err;
        QVERIFY(!FilterSet::fromJson(parse(json.constData()), &f, &err));
        QVERIFY2(err.contains(mentions), qPrintable(err));
    }

    void emptyObjectMatchesEverything()
    {
        FilterSet f;
        QString err;
        QVERIFY(FilterSet::fromJson(parse(R"({"f":{}})"), &f, &err));
        QVERIFY(f.isEmpty());
    }

    void sortSpec()
    {
        SortSpec s;
        QString err;
        QVERIFY(SortSpec::fromJson(QJsonValue(), &s, &err));
        QVERIFY(s.isEmpty());
        QVERIFY(
            SortSpec::fromJson(parse(R"({"f":{"key":"last_name","direction":"desc"}})"), &s, &err));
        QCOMPARE(s.key, QStringLiteral("last_name"));
        QVERIFY(s.descending);
        QVERIFY(!SortSpec::fromJson(parse(R"({"f":{"key":"emails"}})"), &s, &err));
        QVERIFY(!SortSpec::fromJson(parse(R"({"f":{"key":"city","direction":"up"}})"), &s, &err));
    }
};

QTEST_GUILESS_MAIN(TestFilterSet)
#include "test_filter_set.moc"
