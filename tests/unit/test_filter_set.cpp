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
        QTest::newRow("unknown outcome")
            << QByteArray(R"({"f":{"email_status":["lost"]}})") << QStringLiteral("email_status");
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

    void exclusionsTravelBesideFilters()
    {
        FilterSet f;
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        f.exclude(QStringLiteral("country"), QStringLiteral("Germany"));
        // A value is included or excluded, never both.
        QVERIFY(!f.contains(QStringLiteral("country")));
        QCOMPARE(f.excluded(QStringLiteral("country")), QStringList{QStringLiteral("Germany")});
        f.add(QStringLiteral("seniority"), QStringLiteral("VP"));
        f.exclude(QStringLiteral("email_status"), QStringLiteral("found"));
        QVERIFY(!f.isEmpty() && f.hasExclusions());
        QJsonObject request;
        f.writeTo(&request);
        QCOMPARE(QJsonDocument(request).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"exclude":{"country":["Germany"],"email_status":["found"]},)"
                            R"("filters":{"seniority":["VP"]}})"));
        FilterSet back;
        QString err;
        QVERIFY2(FilterSet::fromRequest(request, &back, &err), qPrintable(err));
        QCOMPARE(back, f);
        // A facet of a key counts in the context of the others only.
        const FilterSet context = f.without(QStringLiteral("country"));
        QVERIFY(context.excluded(QStringLiteral("country")).isEmpty());
        QCOMPARE(context.values(QStringLiteral("seniority")), QStringList{QStringLiteral("VP")});
        // Including takes an exclusion back; clearing a key drops both.
        f.add(QStringLiteral("country"), QStringLiteral("Germany"));
        QVERIFY(f.excluded(QStringLiteral("country")).isEmpty());
        f.clear(QStringLiteral("email_status"));
        QVERIFY(!f.hasExclusions());
        // Malformed exclusions are refused with the key named.
        QVERIFY(!FilterSet::fromRequest(QJsonObject{{QStringLiteral("exclude"), 3}}, &back, &err));
        QVERIFY2(err.contains(QStringLiteral("exclude")), qPrintable(err));
        QVERIFY(!FilterSet::fromRequest(
            QJsonDocument::fromJson(R"({"exclude":{"planet":["Mars"]}})").object(), &back, &err));
        QVERIFY2(err.contains(QStringLiteral("planet")), qPrintable(err));
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
