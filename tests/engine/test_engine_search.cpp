// Lead search, filters, sort, facets and meta: what the filter panel and the
// table rely on, checked against lead data read back from the engine itself.
#include "engine_harness.h"

#include <QSet>
#include <QtTest>

using namespace lance::test;

class TestEngineSearch : public QObject
{
    Q_OBJECT
private:
    EngineProcess m_engine{{QStringLiteral("--seed-demo"), QStringLiteral("600"),
                            QStringLiteral("--seed"), QStringLiteral("11")}};
    QList<QJsonObject> m_all; // every lead, in default order

    QJsonObject search(const QJsonObject &body)
    {
        const Reply r = m_engine.post(QStringLiteral("/api/v1/entities/prospects/person"), body);
        if (r.status != 200)
            qWarning() << r.body;
        return r.object();
    }

    // Every lead matching `filters`, paging through the whole result.
    QList<QJsonObject> all(const QJsonObject &filters, const QJsonObject &sort = {})
    {
        QList<QJsonObject> out;
        for (int page = 0;; ++page) {
            QJsonObject body{{QStringLiteral("page"), page},
                             {QStringLiteral("size"), 100},
                             {QStringLiteral("filters"), filters}};
            if (!sort.isEmpty())
                body.insert(QStringLiteral("sort"), sort);
            const QJsonArray content = search(body).value(QStringLiteral("content")).toArray();
            for (const QJsonValue &v : content)
                out << v.toObject();
            if (content.size() < 100)
                return out;
        }
    }

    static QStringList ids(const QList<QJsonObject> &leads)
    {
        QStringList out;
        for (const QJsonObject &l : leads)
            out << l.value(QStringLiteral("id")).toString();
        return out;
    }

    // The same filter, applied by hand to the whole data set.
    QStringList expected(const std::function<bool(const QJsonObject &)> &match)
    {
        QStringList out;
        for (const QJsonObject &l : m_all)
            if (match(l))
                out << l.value(QStringLiteral("id")).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_engine.start());
        m_all = all({});
        QCOMPARE(m_all.size(), 600);
    }

    void pagingAndTotals()
    {
        const QJsonObject page =
            search({{QStringLiteral("page"), 2}, {QStringLiteral("size"), 50}});
        QCOMPARE(page.value(QStringLiteral("totalElements")).toInteger(), 600);
        QCOMPARE(page.value(QStringLiteral("totalPages")).toInteger(), 12);
        QCOMPARE(page.value(QStringLiteral("number")).toInteger(), 2);
        QCOMPARE(page.value(QStringLiteral("size")).toInteger(), 50);
        const QJsonArray content = page.value(QStringLiteral("content")).toArray();
        QCOMPARE(content.size(), 50);
        QCOMPARE(content.first().toObject().value(QStringLiteral("id")),
                 m_all.at(100).value(QStringLiteral("id")));
        for (const char *key : {"id", "firstName", "lastName", "jobTitle", "seniority",
                                "department", "company", "industry", "city", "country",
                                "linkedinUrl", "emails", "phones", "createdAt", "updatedAt"})
            QVERIFY2(content.first().toObject().contains(QLatin1String(key)), key);
        // size 0: totals only.
        const QJsonObject totals = search({{QStringLiteral("size"), 0}});
        QCOMPARE(totals.value(QStringLiteral("totalElements")).toInteger(), 600);
        QVERIFY(totals.value(QStringLiteral("content")).toArray().isEmpty());
        // Past the end: an empty page, not an error.
        QVERIFY(search({{QStringLiteral("page"), 99}, {QStringLiteral("size"), 100}})
                    .value(QStringLiteral("content"))
                    .toArray()
                    .isEmpty());
        // The default order is stable.
        QCOMPARE(ids(all({})), ids(m_all));
    }

    void exactKeysMatchCaseInsensitively_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        QTest::newRow("job_title") << QStringLiteral("job_title") << QStringLiteral("jobTitle");
        QTest::newRow("seniority") << QStringLiteral("seniority") << QStringLiteral("seniority");
        QTest::newRow("department") << QStringLiteral("department") << QStringLiteral("department");
        QTest::newRow("company") << QStringLiteral("company") << QStringLiteral("company");
        QTest::newRow("industry") << QStringLiteral("industry") << QStringLiteral("industry");
        QTest::newRow("city") << QStringLiteral("city") << QStringLiteral("city");
        QTest::newRow("country") << QStringLiteral("country") << QStringLiteral("country");
    }

    void exactKeysMatchCaseInsensitively()
    {
        QFETCH(QString, key);
        QFETCH(QString, field);
        const QString a = m_all.at(3).value(field).toString();
        const QString b = m_all.at(250).value(field).toString();
        // One value, typed in another case.
        QCOMPARE(ids(all({{key, QJsonArray{a.toUpper()}}})),
                 expected([&](const QJsonObject &l) { return l.value(field).toString() == a; }));
        // Two values are OR-ed.
        QCOMPARE(ids(all({{key, QJsonArray{a, b}}})), expected([&](const QJsonObject &l) {
                     return l.value(field).toString() == a || l.value(field).toString() == b;
                 }));
        // A value that nobody has.
        QCOMPARE(search({{QStringLiteral("filters"),
                          QJsonObject{{key, QJsonArray{QStringLiteral("zzz-nobody")}}}}})
                     .value(QStringLiteral("totalElements"))
                     .toInteger(),
                 0);
    }

    void keysAreAnded()
    {
        const QString country = m_all.at(0).value(QStringLiteral("country")).toString();
        const QString seniority = m_all.at(0).value(QStringLiteral("seniority")).toString();
        const QStringList want = expected([&](const QJsonObject &l) {
            return l.value(QStringLiteral("country")).toString() == country &&
                   l.value(QStringLiteral("seniority")).toString() == seniority;
        });
        QVERIFY(!want.isEmpty());
        QCOMPARE(ids(all({{QStringLiteral("country"), QJsonArray{country}},
                          {QStringLiteral("seniority"), QJsonArray{seniority}}})),
                 want);
    }

    void freeTextIsASubstringOfNameTitleOrCompany_data()
    {
        QTest::addColumn<QString>("q");
        const QJsonObject l = m_all.at(42);
        QTest::newRow("last name part")
            << l.value(QStringLiteral("lastName")).toString().mid(1, 4).toLower();
        QTest::newRow("company part")
            << l.value(QStringLiteral("company")).toString().left(5).toUpper();
        QTest::newRow("full name") << l.value(QStringLiteral("firstName")).toString() +
                                          QLatin1Char(' ') +
                                          l.value(QStringLiteral("lastName")).toString();
        QTest::newRow("title word") << QStringLiteral("engineer");
        QTest::newRow("two letters") << l.value(QStringLiteral("lastName")).toString().left(2);
        QTest::newRow("one letter") << QStringLiteral("z");
        QTest::newRow("nothing") << QStringLiteral("qqqxqqq");
        QTest::newRow("quote") << QStringLiteral("O'B");
    }

    void freeTextIsASubstringOfNameTitleOrCompany()
    {
        QFETCH(QString, q);
        const QStringList want = expected([&](const QJsonObject &l) {
            const QString name = l.value(QStringLiteral("firstName")).toString() +
                                 QLatin1Char(' ') + l.value(QStringLiteral("lastName")).toString();
            return name.contains(q, Qt::CaseInsensitive) ||
                   l.value(QStringLiteral("jobTitle"))
                       .toString()
                       .contains(q, Qt::CaseInsensitive) ||
                   l.value(QStringLiteral("company")).toString().contains(q, Qt::CaseInsensitive);
        });
        QCOMPARE(ids(all({{QStringLiteral("q"), QJsonArray{q}}})), want);
    }

    void hasEmailAndHasPhone()
    {
        for (const char *key : {"has_email", "has_phone"}) {
            const QString field = QLatin1String(key) == QLatin1String("has_email")
                                      ? QStringLiteral("emails")
                                      : QStringLiteral("phones");
            for (const bool yes : {true, false}) {
                const QStringList want = expected([&](const QJsonObject &l) {
                    return l.value(field).toArray().isEmpty() != yes;
                });
                QCOMPARE(
                    ids(all({{QLatin1String(key), QJsonArray{yes ? QStringLiteral("true")
                                                                 : QStringLiteral("false")}}})),
                    want);
            }
            QCOMPARE(ids(all({{QLatin1String(key),
                               QJsonArray{QStringLiteral("true"), QStringLiteral("false")}}}))
                         .size(),
                     600);
        }
    }

    void sortIsDeterministic()
    {
        for (const bool desc : {false, true}) {
            const QJsonObject sort{{QStringLiteral("key"), QStringLiteral("last_name")},
                                   {QStringLiteral("direction"),
                                    desc ? QStringLiteral("desc") : QStringLiteral("asc")}};
            const QList<QJsonObject> sorted = all({}, sort);
            QCOMPARE(sorted.size(), 600);
            for (int i = 1; i < sorted.size(); ++i) {
                const QString a = sorted[i - 1].value(QStringLiteral("lastName")).toString();
                const QString b = sorted[i].value(QStringLiteral("lastName")).toString();
                const int c = QString::compare(a, b, Qt::CaseInsensitive);
                QVERIFY2(desc ? c >= 0 : c <= 0, qPrintable(a + QLatin1String(" / ") + b));
                if (c == 0) { // ties break by id, in the same direction
                    const int t =
                        QString::compare(sorted[i - 1].value(QStringLiteral("id")).toString(),
                                         sorted[i].value(QStringLiteral("id")).toString());
                    QVERIFY(desc ? t > 0 : t < 0);
                }
            }
            QCOMPARE(ids(all({}, sort)), ids(sorted));
        }
    }

    void facetsCountRealValues()
    {
        const Reply r = m_engine.get(QStringLiteral(
            "/api/v1/operations/autocomplete/person-metadata?facet=country&size=100"));
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.array();
        QVERIFY(items.size() >= 10);
        qint64 total = 0;
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            const QString key = item.value(QStringLiteral("key")).toString();
            const qint64 n = item.value(QStringLiteral("value")).toInteger();
            QCOMPARE(n, qint64(expected([&](const QJsonObject &l) {
                                   return l.value(QStringLiteral("country")).toString() == key;
                               }).size()));
            if (i > 0) { // highest count first, ties by key
                const QJsonObject prev = items[i - 1].toObject();
                QVERIFY(prev.value(QStringLiteral("value")).toInteger() > n ||
                        (prev.value(QStringLiteral("value")).toInteger() == n &&
                         prev.value(QStringLiteral("key")).toString() < key));
            }
            total += n;
        }
        QCOMPARE(total, 600);
        // Prefix search, case-insensitive, and paging.
        const QString title = m_all.at(7).value(QStringLiteral("jobTitle")).toString();
        const QJsonArray prefixed =
            m_engine
                .get(
                    QStringLiteral(
                        "/api/v1/operations/autocomplete/person-metadata?facet=job_title&search=%1")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(title.left(4).toLower()))))
                .array();
        QVERIFY(!prefixed.isEmpty());
        for (const QJsonValue &v : prefixed)
            QVERIFY(v.toObject()
                        .value(QStringLiteral("key"))
                        .toString()
                        .startsWith(title.left(4), Qt::CaseInsensitive));
        const QJsonArray page0 =
            m_engine
                .get(QStringLiteral(
                    "/api/v1/operations/autocomplete/person-metadata?facet=city&size=3&page=0"))
                .array();
        const QJsonArray page1 =
            m_engine
                .get(QStringLiteral(
                    "/api/v1/operations/autocomplete/person-metadata?facet=city&size=3&page=1"))
                .array();
        QCOMPARE(page0.size(), 3);
        QVERIFY(page1.first() != page0.last());
    }

    void metaListsTheExtensions()
    {
        const Reply r = m_engine.get(QStringLiteral("/api/v1/meta"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("engine")).toString(),
                 QStringLiteral("lance-engine"));
        QVERIFY(!r.object().value(QStringLiteral("version")).toString().isEmpty());
        const QJsonArray features = r.object().value(QStringLiteral("features")).toArray();
        for (const char *f : {"cancel", "sort", "facets"})
            QVERIFY2(features.contains(QLatin1String(f)), f);
    }
};

QTEST_GUILESS_MAIN(TestEngineSearch)
#include "test_engine_search.moc"
