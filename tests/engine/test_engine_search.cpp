// Lead search, filters, sort, facets and meta: what the filter panel and the
// table rely on, checked against lead data read back from the engine itself.
#include "engine_harness.h"

#include <QMap>
#include <QSet>

#include <QtTest>
#include <algorithm>

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

    // The contract's `q`: a case-insensitive substring of the name, job title or company.
    static bool matchesText(const QJsonObject &l, const QString &q)
    {
        const QString name = l.value(QStringLiteral("firstName")).toString() + QLatin1Char(' ') +
                             l.value(QStringLiteral("lastName")).toString();
        return name.contains(q, Qt::CaseInsensitive) ||
               l.value(QStringLiteral("jobTitle")).toString().contains(q, Qt::CaseInsensitive) ||
               l.value(QStringLiteral("company")).toString().contains(q, Qt::CaseInsensitive);
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
        // The pages cover every lead exactly once, and the default order is stable.
        const QStringList every = ids(m_all);
        QCOMPARE(QSet<QString>(every.begin(), every.end()).size(), 600);
        QCOMPARE(ids(all({})), every);
        // A last, partial page.
        const QJsonObject last =
            search({{QStringLiteral("page"), 8}, {QStringLiteral("size"), 70}});
        QCOMPARE(last.value(QStringLiteral("totalPages")).toInteger(), 9);
        QCOMPARE(last.value(QStringLiteral("content")).toArray().size(), 40);
        QCOMPARE(last.value(QStringLiteral("content"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("id")),
                 m_all.last().value(QStringLiteral("id")));
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
        auto equals = [&](const QJsonObject &l, const QString &v) {
            return QString::compare(l.value(field).toString(), v, Qt::CaseInsensitive) == 0;
        };
        // One value, typed in another case.
        const QStringList justA = expected([&](const QJsonObject &l) { return equals(l, a); });
        QVERIFY(justA.contains(m_all.at(3).value(QStringLiteral("id")).toString()));
        QCOMPARE(ids(all({{key, QJsonArray{a.toUpper()}}})), justA);
        QCOMPARE(ids(all({{key, QJsonArray{a.toLower()}}})), justA);
        // Two values are OR-ed.
        QCOMPARE(ids(all({{key, QJsonArray{a, b}}})),
                 expected([&](const QJsonObject &l) { return equals(l, a) || equals(l, b); }));
        // Exact, not a substring: part of a value matches only leads with exactly that value.
        const QString part = a.left(a.size() - 1);
        QCOMPARE(ids(all({{key, QJsonArray{part}}})),
                 expected([&](const QJsonObject &l) { return equals(l, part); }));
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
        const QStringList want = expected([&](const QJsonObject &l) { return matchesText(l, q); });
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

    void freeTextValuesAreOred()
    {
        const QString a = m_all.at(10).value(QStringLiteral("lastName")).toString();
        const QString b = m_all.at(400).value(QStringLiteral("company")).toString();
        const QStringList want =
            expected([&](const QJsonObject &l) { return matchesText(l, a) || matchesText(l, b); });
        QVERIFY(want.size() >= 2);
        QCOMPARE(ids(all({{QStringLiteral("q"), QJsonArray{a, b}}})), want);
    }

    void everyKindOfKeyIsAnded()
    {
        const QJsonObject lead = m_all.at(20);
        const QString country = lead.value(QStringLiteral("country")).toString();
        const QString text = QStringLiteral("e");
        for (const bool hasEmail : {true, false}) {
            const QStringList want = expected([&](const QJsonObject &l) {
                return l.value(QStringLiteral("country")).toString() == country &&
                       matchesText(l, text) &&
                       l.value(QStringLiteral("emails")).toArray().isEmpty() != hasEmail;
            });
            QVERIFY(!want.isEmpty());
            const QJsonObject filters{
                {QStringLiteral("country"), QJsonArray{country.toLower()}},
                {QStringLiteral("q"), QJsonArray{text}},
                {QStringLiteral("has_email"),
                 QJsonArray{hasEmail ? QStringLiteral("true") : QStringLiteral("false")}}};
            QCOMPARE(ids(all(filters)), want);
            QCOMPARE(search({{QStringLiteral("size"), 0}, {QStringLiteral("filters"), filters}})
                         .value(QStringLiteral("totalElements"))
                         .toInteger(),
                     want.size());
        }
        // {} and no filters at all both match everybody.
        QCOMPARE(search({{QStringLiteral("size"), 0}, {QStringLiteral("filters"), QJsonObject()}})
                     .value(QStringLiteral("totalElements"))
                     .toInteger(),
                 600);
    }

    // Empty when `sorted` is ordered by last name under `cs`, ties by id.
    static QByteArray sortProblem(const QList<QJsonObject> &sorted, bool desc,
                                  Qt::CaseSensitivity cs)
    {
        int ties = 0, tieDirection = 0;
        for (int i = 1; i < sorted.size(); ++i) {
            const QString a = sorted[i - 1].value(QStringLiteral("lastName")).toString();
            const QString b = sorted[i].value(QStringLiteral("lastName")).toString();
            const int c = QString::compare(a, b, cs);
            if (desc ? c < 0 : c > 0)
                return (a + QLatin1String(" before ") + b).toUtf8();
            if (c != 0)
                continue;
            // Ties break by id: ascending for an ascending sort; for a
            // descending one the contract does not say which way, only that
            // it is the same way for every tie.
            const int t = QString::compare(sorted[i - 1].value(QStringLiteral("id")).toString(),
                                           sorted[i].value(QStringLiteral("id")).toString());
            ++ties;
            tieDirection += t > 0 ? 1 : -1;
            if (t == 0 || (!desc && t > 0))
                return "tie of " + a.toUtf8() + " not broken by ascending id";
        }
        if (ties == 0)
            return "demo data without equal last names cannot test the tie-break";
        if (qAbs(tieDirection) != ties)
            return "ties break by id in both directions";
        return {};
    }

    void sortIsDeterministic()
    {
        for (const bool desc : {false, true}) {
            const QJsonObject sort{{QStringLiteral("key"), QStringLiteral("last_name")},
                                   {QStringLiteral("direction"),
                                    desc ? QStringLiteral("desc") : QStringLiteral("asc")}};
            const QList<QJsonObject> sorted = all({}, sort);
            QCOMPARE(sorted.size(), 600);
            const QStringList sortedIds = ids(sorted), allIds = ids(m_all);
            QCOMPARE(QSet<QString>(sortedIds.begin(), sortedIds.end()),
                     QSet<QString>(allIds.begin(), allIds.end()));
            // The contract does not fix the collation: the whole list must be in
            // order under one of them, case-insensitive or plain code points.
            const QByteArray nocase = sortProblem(sorted, desc, Qt::CaseInsensitive);
            const QByteArray binary = sortProblem(sorted, desc, Qt::CaseSensitive);
            QVERIFY2(nocase.isEmpty() || binary.isEmpty(), (nocase + " / " + binary).constData());
            QCOMPARE(ids(all({}, sort)), ids(sorted));
            // A sorted, filtered search is the sorted list restricted to the filter.
            const QString country = m_all.at(5).value(QStringLiteral("country")).toString();
            QStringList want;
            for (const QJsonObject &l : sorted)
                if (l.value(QStringLiteral("country")).toString() == country)
                    want << l.value(QStringLiteral("id")).toString();
            QCOMPARE(ids(all({{QStringLiteral("country"), QJsonArray{country}}}, sort)), want);
        }
    }

    // What the facet endpoint should answer, computed from the leads: values
    // of `field` containing `search` (case-insensitive), with their counts;
    // those starting with it first, then highest count first, ties by key
    // (in the collation `tieOrder`: the contract does not fix one, so
    // answers are checked against both).
    QJsonArray expectedFacet(const QString &field, const QString &search, int page, int size,
                             Qt::CaseSensitivity tieOrder = Qt::CaseSensitive) const
    {
        QMap<QString, qint64> counts;
        for (const QJsonObject &l : m_all) {
            const QString v = l.value(field).toString();
            if (v.contains(search, Qt::CaseInsensitive))
                ++counts[v];
        }
        QList<QPair<QString, qint64>> items(counts.keyValueBegin(), counts.keyValueEnd());
        std::sort(items.begin(), items.end(), [&](const auto &x, const auto &y) {
            const bool xStarts = x.first.startsWith(search, Qt::CaseInsensitive);
            if (xStarts != y.first.startsWith(search, Qt::CaseInsensitive))
                return xStarts;
            if (x.second != y.second)
                return x.second > y.second;
            const int c = QString::compare(x.first, y.first, tieOrder);
            return c != 0 ? c < 0 : x.first < y.first;
        });
        QJsonArray out;
        for (const auto &item : items.mid(qsizetype(page) * size, size))
            out.append(QJsonObject{{QStringLiteral("key"), item.first},
                                   {QStringLiteral("value"), item.second}});
        return out;
    }

    // Where two facet lists part, for a readable failure.
    static QByteArray difference(const QJsonArray &got, const QJsonArray &want)
    {
        for (int i = 0; i < qMax(got.size(), want.size()); ++i) {
            if (got.at(i) != want.at(i))
                return "item " + QByteArray::number(i) + ": got " +
                       QJsonDocument(QJsonArray{got.at(i)}).toJson(QJsonDocument::Compact) +
                       ", want " +
                       QJsonDocument(QJsonArray{want.at(i)}).toJson(QJsonDocument::Compact) +
                       " (sizes " + QByteArray::number(got.size()) + "/" +
                       QByteArray::number(want.size()) + ")";
        }
        return {};
    }

    // Empty when `got` is the facet page computed by hand, under either collation.
    QByteArray facetProblem(const QJsonArray &got, const QString &field, const QString &search,
                            int page, int size) const
    {
        const QJsonArray binary = expectedFacet(field, search, page, size, Qt::CaseSensitive);
        const QJsonArray nocase = expectedFacet(field, search, page, size, Qt::CaseInsensitive);
        if (got == binary || got == nocase)
            return {};
        return difference(got, binary);
    }

    QJsonArray facet(const QString &query)
    {
        const Reply r = m_engine.get(
            QStringLiteral("/api/v1/operations/autocomplete/person-metadata?") + query);
        if (r.status != 200 || !r.json.isArray())
            qWarning("facet %s: %s", qPrintable(query), r.describe().constData());
        return r.array();
    }

    void facetsCountEveryValue_data()
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

    void facetsCountEveryValue()
    {
        QFETCH(QString, key);
        QFETCH(QString, field);
        auto check = [&](const QString &query, const QString &prefix, int page, int size) {
            const QByteArray problem = facetProblem(facet(query), field, prefix, page, size);
            return problem.isEmpty() ? QByteArray() : query.toUtf8() + ": " + problem;
        };
        QVERIFY(expectedFacet(field, {}, 0, 100).size() >= 3);
        QByteArray p;
        // The first 100 values, counted by hand, in count-then-key order.
        p = check(QStringLiteral("facet=%1&size=100&page=0").arg(key), {}, 0, 100);
        QVERIFY2(p.isEmpty(), p.constData());
        // Pages of three continue one another.
        p = check(QStringLiteral("facet=%1&size=3&page=0").arg(key), {}, 0, 3);
        QVERIFY2(p.isEmpty(), p.constData());
        p = check(QStringLiteral("facet=%1&size=3&page=1").arg(key), {}, 1, 3);
        QVERIFY2(p.isEmpty(), p.constData());
        // A prefix of some value, typed in upper case.
        const QString value = m_all.at(9).value(field).toString();
        const QString prefix = value.left(2).toUpper();
        QVERIFY(!expectedFacet(field, prefix, 0, 100).isEmpty());
        p = check(QStringLiteral("facet=%1&search=%2&size=100&page=0")
                      .arg(key, QString::fromLatin1(QUrl::toPercentEncoding(prefix))),
                  prefix, 0, 100);
        QVERIFY2(p.isEmpty(), p.constData());
        // A substring (feature facets_in_context): values starting with it first.
        const QString inner = value.mid(1, 3);
        p = check(QStringLiteral("facet=%1&search=%2&size=100&page=0")
                      .arg(key, QString::fromLatin1(QUrl::toPercentEncoding(inner))),
                  inner, 0, 100);
        QVERIFY2(p.isEmpty(), p.constData());
    }

    void facetSearchAsTheFilterPanelSendsIt()
    {
        // The request of lance-api.md, verbatim: job titles with "sen" ("Senior …" first).
        const QString field = QStringLiteral("jobTitle");
        QVERIFY(expectedFacet(field, QStringLiteral("sen"), 0, 25).size() >= 2);
        for (const char *search : {"sen", "SEN", "Sen"}) {
            const QJsonArray got = facet(QStringLiteral("facet=job_title&search=%1&size=25&page=0")
                                             .arg(QLatin1String(search)));
            const QByteArray p = facetProblem(got, field, QStringLiteral("sen"), 0, 25);
            QVERIFY2(p.isEmpty(), p.constData());
        }
        QVERIFY(facet(QStringLiteral("facet=job_title&search=zzzq&size=25&page=0")).isEmpty());
    }

    // Feature ids_filter: picked leads, by id, ANDed with the other keys, in
    // search order; ids that name no lead match nothing.
    void leadsById()
    {
        const QString country = m_all.at(0).value(QStringLiteral("country")).toString();
        QJsonArray picked;
        QStringList want;
        for (int i : {0, 3, 7, 150, 599}) {
            const QJsonObject l = m_all.at(i);
            picked.append(l.value(QStringLiteral("id")));
            if (l.value(QStringLiteral("country")).toString() == country)
                want << l.value(QStringLiteral("id")).toString();
        }
        picked.append(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QCOMPARE(ids(all({{QStringLiteral("ids"), picked}})).size(), 5);
        QCOMPARE(ids(all({{QStringLiteral("ids"), picked},
                          {QStringLiteral("country"), QJsonArray{country}}})),
                 want);
        QVERIFY(want.size() < 5);

        // 1 to 1,000 UUIDs, or a clear 400 that names the key.
        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(
                QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        for (const QJsonValue &bad : {QJsonValue(QJsonArray{}), QJsonValue(tooMany),
                                      QJsonValue(QJsonArray{QStringLiteral("42")}),
                                      QJsonValue(QJsonArray{1}), QJsonValue(QStringLiteral("x"))}) {
            const Reply r = m_engine.post(
                QStringLiteral("/api/v1/entities/prospects/person"),
                {{QStringLiteral("filters"), QJsonObject{{QStringLiteral("ids"), bad}}}});
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
            QVERIFY2(r.body.contains("ids"), r.body.constData());
        }
    }

    void aPageCanComeWithoutItsTotal()
    {
        const QString path = QStringLiteral("/api/v1/entities/prospects/person");
        const QJsonObject filters{
            {QStringLiteral("seniority"), QJsonArray{QStringLiteral("Senior")}}};
        const Reply full = m_engine.post(path, {{QStringLiteral("page"), 1},
                                                {QStringLiteral("size"), 50},
                                                {QStringLiteral("filters"), filters}});
        const Reply fast = m_engine.post(path, {{QStringLiteral("page"), 1},
                                                {QStringLiteral("size"), 50},
                                                {QStringLiteral("filters"), filters},
                                                {QStringLiteral("withTotal"), false}});
        QCOMPARE(fast.status, 200);
        QVERIFY(fast.object().value(QStringLiteral("totalElements")).isNull());
        QVERIFY(fast.object().value(QStringLiteral("totalPages")).isNull());
        // The same leads, in the same order: only the count is left out.
        QCOMPARE(fast.object().value(QStringLiteral("content")),
                 full.object().value(QStringLiteral("content")));
        QVERIFY(full.object().value(QStringLiteral("totalElements")).toInteger() > 50);
        const Reply bad =
            m_engine.post(path, {{QStringLiteral("withTotal"), QStringLiteral("no")}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.errorCode(), QStringLiteral("VALIDATION_ERROR"));
    }

    void metaListsTheExtensions()
    {
        const Reply r = m_engine.get(QStringLiteral("/api/v1/meta"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("engine")).toString(),
                 QStringLiteral("lance-engine"));
        QVERIFY(!r.object().value(QStringLiteral("version")).toString().isEmpty());
        const QJsonArray features = r.object().value(QStringLiteral("features")).toArray();
        for (const char *f :
             {"cancel", "sort", "facets", "estimate", "deferred_total", "ids_filter"})
            QVERIFY2(features.contains(QLatin1String(f)), f);
        // Every answered request counts, this one included; a 404 too.
        const qint64 before = r.object().value(QStringLiteral("requestsServed")).toInteger();
        QVERIFY(before > 0);
        QCOMPARE(m_engine.get(QStringLiteral("/no/such/path")).status, 404);
        QCOMPARE(m_engine.get(QStringLiteral("/api/v1/meta"))
                     .object()
                     .value(QStringLiteral("requestsServed"))
                     .toInteger(),
                 before + 2);
    }
};

QTEST_GUILESS_MAIN(TestEngineSearch)
#include "test_engine_search.moc"
