// "Additions for finding the right leads" in lance-api.md, end to end over
// HTTP: facets in context, exclusions, outcome filters, free text over
// emails and domains, each lead's own outcome, and contacts already on
// file. Expectations come from the engine's own answers (search totals,
// enrichments it ran), never from a copy of its rules.
#include "engine_harness.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <limits>

using namespace lance::test;

namespace {
const QString kSearch = QStringLiteral("/api/v1/entities/prospects/person");
const QString kBatch = QStringLiteral("/api/v1/operations/enrichment/batch");
const QString kBulk = QStringLiteral("/api/v1/operations/enrichment/bulk");
const QString kEstimate = QStringLiteral("/api/v1/estimate");
const QString kFacets = QStringLiteral("/api/v1/operations/autocomplete/person-metadata");
const QByteArray kOtherToken = "other-token";

QString encoded(const QJsonObject &o)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(toJson(o))));
}

QStringList idsOf(const QList<QJsonObject> &leads)
{
    QStringList out;
    for (const QJsonObject &l : leads)
        out << l.value(QStringLiteral("id")).toString();
    return out;
}

QJsonObject batchBody(const QStringList &ids, const QString &field)
{
    return {{QStringLiteral("personIds"), QJsonArray::fromStringList(ids)},
            {QStringLiteral("field"), field}};
}

// The engine's outcome name for an enrichment: finished splits by dataFound.
QString outcomeOf(const QJsonObject &e)
{
    const QString status = e.value(QStringLiteral("status")).toString();
    if (status != QLatin1String("finished"))
        return status;
    return e.value(QStringLiteral("dataFound")).toBool() ? QStringLiteral("found")
                                                         : QStringLiteral("not_found");
}
} // namespace

class TestEngineFinding : public QObject
{
    Q_OBJECT
private:
    // Quick, fallible providers: enrichments settle as found, not found or
    // failed within a test. A second organization shares the leads.
    EngineProcess m_engine{
        {QStringLiteral("--seed-demo"), QStringLiteral("600"), QStringLiteral("--seed"),
         QStringLiteral("23"), QStringLiteral("--credits"), QStringLiteral("1000000"),
         QStringLiteral("--latency-ms"), QStringLiteral("0:20"),
         QStringLiteral("--hit-rate-emails"), QStringLiteral("0.5"),
         QStringLiteral("--failure-rate"), QStringLiteral("0.15"), QStringLiteral("--token"),
         QString::fromLatin1(kOtherToken) + QStringLiteral(":u2:org_other")}};
    QList<QJsonObject> m_all; // every lead, in default order

    QJsonObject searchBody(const QJsonObject &filters, const QJsonObject &exclude = {}) const
    {
        QJsonObject body{{QStringLiteral("filters"), filters}};
        if (!exclude.isEmpty())
            body.insert(QStringLiteral("exclude"), exclude);
        return body;
    }

    qint64 total(const QJsonObject &filters, const QJsonObject &exclude = {},
                 const QByteArray &token = EngineProcess::kToken)
    {
        QJsonObject body = searchBody(filters, exclude);
        body.insert(QStringLiteral("size"), 0);
        const Reply r = m_engine.post(kSearch, body, token);
        if (r.status != 200)
            qWarning("search: %s", r.describe().constData());
        return r.object().value(QStringLiteral("totalElements")).toInteger(-1);
    }

    // Every lead matching, paging through the whole result.
    QList<QJsonObject> all(const QJsonObject &filters, const QJsonObject &exclude = {},
                           const QByteArray &token = EngineProcess::kToken)
    {
        QList<QJsonObject> out;
        for (int page = 0;; ++page) {
            QJsonObject body = searchBody(filters, exclude);
            body.insert(QStringLiteral("page"), page);
            body.insert(QStringLiteral("size"), 100);
            const Reply r = m_engine.post(kSearch, body, token);
            if (r.status != 200)
                qWarning("search: %s", r.describe().constData());
            const QJsonArray content = r.object().value(QStringLiteral("content")).toArray();
            for (const QJsonValue &v : content)
                out << v.toObject();
            if (content.size() < 100)
                return out;
        }
    }

    Reply facetReply(const QString &key, const QString &search, const QJsonObject &filters,
                     const QJsonObject &exclude = {}, int size = 100,
                     const QByteArray &token = EngineProcess::kToken)
    {
        QString path = kFacets + QStringLiteral("?facet=%1&size=%2&search=%3")
                                     .arg(key)
                                     .arg(size)
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(search)));
        if (!filters.isEmpty())
            path += QStringLiteral("&filters=") + encoded(filters);
        if (!exclude.isEmpty())
            path += QStringLiteral("&exclude=") + encoded(exclude);
        return m_engine.get(path, token);
    }

    QJsonArray facet(const QString &key, const QString &search, const QJsonObject &filters,
                     const QJsonObject &exclude = {}, int size = 100,
                     const QByteArray &token = EngineProcess::kToken)
    {
        const Reply r = facetReply(key, search, filters, exclude, size, token);
        if (r.status != 200 || !r.json.isArray())
            qWarning("facet %s: %s", qPrintable(key), r.describe().constData());
        return r.array();
    }

    QString fieldOf(const QString &key) const
    {
        static const QHash<QString, QString> fields{
            {QStringLiteral("job_title"), QStringLiteral("jobTitle")},
            {QStringLiteral("seniority"), QStringLiteral("seniority")},
            {QStringLiteral("department"), QStringLiteral("department")},
            {QStringLiteral("company"), QStringLiteral("company")},
            {QStringLiteral("industry"), QStringLiteral("industry")},
            {QStringLiteral("city"), QStringLiteral("city")},
            {QStringLiteral("country"), QStringLiteral("country")}};
        return fields.value(key);
    }

    // The newest outcome of each lead for `token`'s organization, as each
    // search result carries it (feature lead_status).
    QHash<QString, QJsonValue> leadStatuses(const QString &field,
                                            const QByteArray &token = EngineProcess::kToken)
    {
        QHash<QString, QJsonValue> out;
        for (const QJsonObject &l : all({}, {}, token))
            out.insert(l.value(QStringLiteral("id")).toString(),
                       l.value(QStringLiteral("enrichment")).toObject().value(field));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_engine.start());
        m_all = all({});
        QCOMPARE(m_all.size(), 600);
    }

    void metaListsTheAdditions()
    {
        const QJsonArray features = m_engine.get(QStringLiteral("/api/v1/meta"))
                                        .object()
                                        .value(QStringLiteral("features"))
                                        .toArray();
        for (const char *f :
             {"facets_in_context", "exclude", "status_filters", "lead_status", "on_file"})
            QVERIFY2(features.contains(QLatin1String(f)), f);
    }

    void facetCountsInContextAreWhatSearchTotals_data()
    {
        QTest::addColumn<QString>("key");
        for (const QString &key :
             {QStringLiteral("job_title"), QStringLiteral("seniority"),
              QStringLiteral("department"), QStringLiteral("company"), QStringLiteral("industry"),
              QStringLiteral("city"), QStringLiteral("country")})
            QTest::newRow(qPrintable(key)) << key;
    }

    // Contract: the count of a value in context is what a search with the
    // context and that value totals; the facet's own key is left out.
    void facetCountsInContextAreWhatSearchTotals()
    {
        QFETCH(QString, key);
        // Two other keys.
        QStringList others;
        for (const QString &k :
             {QStringLiteral("country"), QStringLiteral("seniority"), QStringLiteral("department")})
            if (k != key && others.size() < 2)
                others << k;
        // Each key's most common value, so the context holds enough leads
        // for an exclusion to leave some.
        QJsonObject context;
        for (const QString &k : others)
            context.insert(
                k, QJsonArray{facet(k, {}, {}).first().toObject().value(QStringLiteral("key"))});
        // The facet's own key in the context changes nothing.
        QJsonObject withOwnKey = context;
        withOwnKey.insert(key, QJsonArray{m_all.at(300).value(fieldOf(key))});
        // An exclusion that leaves out some of the context: its most common
        // value of a fourth key.
        const QString excludedKey = key == QLatin1String("industry") ? QStringLiteral("job_title")
                                                                     : QStringLiteral("industry");
        const QJsonObject exclude{
            {excludedKey,
             QJsonArray{
                 facet(excludedKey, {}, context).first().toObject().value(QStringLiteral("key"))}}};
        QVERIFY(total(context, exclude) < total(context));
        for (const bool excluding : {false, true}) {
            const QJsonObject ex = excluding ? exclude : QJsonObject();
            const QJsonArray items = facet(key, {}, withOwnKey, ex);
            QVERIFY(!items.isEmpty());
            QCOMPARE(facet(key, {}, context, ex), items);
            qint64 sum = 0, previous = std::numeric_limits<qint64>::max();
            for (const QJsonValue &v : items) {
                const QString value = v.toObject().value(QStringLiteral("key")).toString();
                const qint64 n = v.toObject().value(QStringLiteral("value")).toInteger();
                QVERIFY2(n > 0, qPrintable(value)); // values nobody in context has are absent
                QVERIFY(n <= previous);             // by count, highest first
                previous = n;
                QJsonObject filters = context;
                filters.insert(key, QJsonArray{value});
                QCOMPARE(n, total(filters, ex));
                sum += n;
            }
            // Every lead in context has exactly one value of the key.
            QCOMPARE(sum, total(context, ex));
        }
    }

    void facetSearchIsASubstringStartsFirst()
    {
        const QJsonArray items = facet(QStringLiteral("job_title"), QStringLiteral("sales"), {});
        QVERIFY(items.size() >= 3);
        bool starting = true, sawVpOfSales = false;
        for (const QJsonValue &v : items) {
            const QString value = v.toObject().value(QStringLiteral("key")).toString();
            QVERIFY2(value.contains(QStringLiteral("sales"), Qt::CaseInsensitive),
                     qPrintable(value));
            const bool starts = value.startsWith(QStringLiteral("sales"), Qt::CaseInsensitive);
            QVERIFY2(starting || !starts,
                     qPrintable(value + QStringLiteral(" after an inner match")));
            starting = starts;
            sawVpOfSales |= value == QLatin1String("VP of Sales");
        }
        QVERIFY(items.first()
                    .toObject()
                    .value(QStringLiteral("key"))
                    .toString()
                    .startsWith(QStringLiteral("Sales")));
        QVERIFY(sawVpOfSales);
        // In context, under another filter, with counts that search confirms.
        const QJsonObject context{
            {QStringLiteral("country"), QJsonArray{m_all.at(0).value(QStringLiteral("country"))}}};
        for (const QJsonValue &v :
             facet(QStringLiteral("job_title"), QStringLiteral("SALES"), context)) {
            QJsonObject filters = context;
            filters.insert(QStringLiteral("job_title"),
                           QJsonArray{v.toObject().value(QStringLiteral("key"))});
            QCOMPARE(v.toObject().value(QStringLiteral("value")).toInteger(), total(filters));
        }
        QVERIFY(facet(QStringLiteral("job_title"), QStringLiteral("zzqx"), context).isEmpty());
    }

    void exclusionsLeaveLeadsOut()
    {
        const QString country = m_all.at(0).value(QStringLiteral("country")).toString();
        const QString seniority = m_all.at(1).value(QStringLiteral("seniority")).toString();
        const QString lastName = m_all.at(2).value(QStringLiteral("lastName")).toString();
        const QString picked = m_all.at(3).value(QStringLiteral("id")).toString();
        const QJsonObject exclude{{QStringLiteral("country"), QJsonArray{country.toUpper()}},
                                  {QStringLiteral("seniority"), QJsonArray{seniority}},
                                  {QStringLiteral("q"), QJsonArray{lastName}},
                                  {QStringLiteral("ids"), QJsonArray{picked}}};
        QStringList want;
        for (const QJsonObject &l : m_all) {
            const QString name = l.value(QStringLiteral("firstName")).toString() +
                                 QLatin1Char(' ') + l.value(QStringLiteral("lastName")).toString();
            if (l.value(QStringLiteral("country")).toString() != country &&
                l.value(QStringLiteral("seniority")).toString() != seniority &&
                !name.contains(lastName, Qt::CaseInsensitive) &&
                !l.value(QStringLiteral("jobTitle"))
                     .toString()
                     .contains(lastName, Qt::CaseInsensitive) &&
                !l.value(QStringLiteral("company"))
                     .toString()
                     .contains(lastName, Qt::CaseInsensitive) &&
                l.value(QStringLiteral("id")).toString() != picked)
                want << l.value(QStringLiteral("id")).toString();
        }
        QVERIFY(want.size() > 50 && want.size() < 550);
        QCOMPARE(idsOf(all({}, exclude)), want);
        QCOMPARE(total({}, exclude), want.size());
        // With filters too: included minus excluded, in search order.
        const QJsonObject filters{
            {QStringLiteral("has_email"), QJsonArray{QStringLiteral("false")}}};
        QStringList withFilter;
        const QSet<QString> kept(want.cbegin(), want.cend());
        for (const QJsonObject &l : all(filters))
            if (kept.contains(l.value(QStringLiteral("id")).toString()))
                withFilter << l.value(QStringLiteral("id")).toString();
        QCOMPARE(idsOf(all(filters, exclude)), withFilter);
        // Excluding what is included leaves nobody; excluding nothing, everybody.
        QCOMPARE(total({{QStringLiteral("country"), QJsonArray{country}}},
                       {{QStringLiteral("country"), QJsonArray{country}}}),
                 0);
        QCOMPARE(total({}, {{QStringLiteral("country"), QJsonArray{}}}), 600);
        QCOMPARE(total({}, {{QStringLiteral("has_email"),
                             QJsonArray{QStringLiteral("true"), QStringLiteral("false")}}}),
                 0);
    }

    void freeTextMatchesEmailsAndDomains()
    {
        int domainsCheckedByCompany = 0;
        for (const QJsonObject &withEmail : m_all) {
            const QJsonArray emails = withEmail.value(QStringLiteral("emails")).toArray();
            if (emails.isEmpty())
                continue;
            const QString id = withEmail.value(QStringLiteral("id")).toString();
            const QString email = emails.first().toString();
            const QString domain = email.mid(email.indexOf(QLatin1Char('@')) + 1);
            // The address, pasted as is, in capitals, with stray spaces.
            for (const QString &q : {email, email.toUpper(), QStringLiteral("  %1 ").arg(email)})
                QVERIFY2(idsOf(all({{QStringLiteral("q"), QJsonArray{q}}})).contains(id),
                         qPrintable(q));
            // Whole addresses only: part of one matches no email.
            QVERIFY(!idsOf(all({{QStringLiteral("q"), QJsonArray{email.left(email.size() - 1)}}}))
                         .contains(id));
            // A domain finds the leads with an email there, and other leads
            // of the company by its domain (emails on file are at the
            // company's domain, one company per domain).
            QSet<QString> companies;
            QStringList byEmail;
            for (const QJsonObject &l : m_all) {
                for (const QJsonValue &e : l.value(QStringLiteral("emails")).toArray()) {
                    if (e.toString().endsWith(QLatin1Char('@') + domain, Qt::CaseInsensitive)) {
                        byEmail << l.value(QStringLiteral("id")).toString();
                        companies.insert(l.value(QStringLiteral("company")).toString());
                    }
                }
            }
            for (const QString &q : {domain, domain.toUpper(), QLatin1Char('@') + domain}) {
                const QList<QJsonObject> found = all({{QStringLiteral("q"), QJsonArray{q}}});
                const QStringList ids = idsOf(found);
                for (const QString &e : std::as_const(byEmail))
                    QVERIFY2(ids.contains(e), qPrintable(q));
                bool companyOnly = false;
                for (const QJsonObject &l : found) {
                    QVERIFY2(companies.contains(l.value(QStringLiteral("company")).toString()),
                             qPrintable(q));
                    companyOnly |= l.value(QStringLiteral("emails")).toArray().isEmpty();
                }
                if (companyOnly && q == domain)
                    ++domainsCheckedByCompany;
            }
            if (domainsCheckedByCompany >= 3)
                break;
        }
        // Some domains found leads with no email on file: by the company's domain.
        QVERIFY(domainsCheckedByCompany >= 3);
    }

    // Outcome filters on the engine's own enrichments, each lead's status in
    // search results, both per organization, across a restart and a
    // migration from schema version 1.
    void outcomeFiltersAndLeadStatus()
    {
        QStringList ids;
        for (int i = 100; i < 160; ++i)
            ids << m_all.at(i).value(QStringLiteral("id")).toString();
        QCOMPARE(m_engine.post(kBatch, batchBody(ids.mid(0, 60), QStringLiteral("emails"))).status,
                 200);
        QCOMPARE(m_engine.post(kBatch, batchBody(ids.mid(0, 20), QStringLiteral("phones"))).status,
                 200);
        QList<QJsonObject> finals;
        QVERIFY(m_engine.waitUntilFinal(ids, QStringLiteral("emails"), 60000, &finals));
        QVERIFY(m_engine.waitUntilFinal(ids.mid(0, 20), QStringLiteral("phones")));
        QHash<QString, QStringList> byOutcome;
        for (const QJsonObject &e : std::as_const(finals))
            byOutcome[outcomeOf(e)] << e.value(QStringLiteral("entityId")).toString();
        // Enough of each kind for the checks to mean something.
        QVERIFY(byOutcome.value(QStringLiteral("found")).size() >= 5);
        QVERIFY(byOutcome.value(QStringLiteral("not_found")).size() >= 5);
        QVERIFY(byOutcome.value(QStringLiteral("failed")).size() >= 1);

        const auto check = [&](const char *phase) {
            const QString where = QString::fromLatin1(phase);
            for (const QString &outcome :
                 {QStringLiteral("found"), QStringLiteral("not_found"), QStringLiteral("failed")}) {
                const QJsonObject filters{{QStringLiteral("email_status"), QJsonArray{outcome}}};
                QStringList got = idsOf(all(filters));
                QStringList want = byOutcome.value(outcome);
                got.sort();
                want.sort();
                QVERIFY2(got == want, qPrintable(where + QLatin1Char(' ') + outcome));
                QCOMPARE(total({}, filters), 600 - want.size());
            }
            QCOMPARE(total({{QStringLiteral("email_status"), QJsonArray{QStringLiteral("none")}}}),
                     600 - 60);
            QCOMPARE(total({{QStringLiteral("email_status"),
                             QJsonArray{QStringLiteral("none"), QStringLiteral("not_found")}}}),
                     600 - 60 + byOutcome.value(QStringLiteral("not_found")).size());
            QCOMPARE(total({{QStringLiteral("phone_status"), QJsonArray{QStringLiteral("none")}}}),
                     600 - 20);
            // Another organization has enriched nobody.
            QCOMPARE(total({{QStringLiteral("email_status"), QJsonArray{QStringLiteral("none")}}},
                           {}, kOtherToken),
                     600);
            // The outcome facet counts in context add up to the context.
            const QJsonObject context{
                {QStringLiteral("has_phone"), QJsonArray{QStringLiteral("false")}}};
            qint64 sum = 0;
            for (const QJsonValue &v : facet(QStringLiteral("email_status"), {}, context)) {
                const QString value = v.toObject().value(QStringLiteral("key")).toString();
                QJsonObject filters = context;
                filters.insert(QStringLiteral("email_status"), QJsonArray{value});
                QCOMPARE(v.toObject().value(QStringLiteral("value")).toInteger(), total(filters));
                sum += v.toObject().value(QStringLiteral("value")).toInteger();
            }
            QCOMPARE(sum, total(context));
            // Facets of other keys under an outcome filter and its exclusion.
            for (const QJsonObject &ctx :
                 {QJsonObject{{QStringLiteral("email_status"), QJsonArray{QStringLiteral("none")}}},
                  QJsonObject{{QStringLiteral("email_status"),
                               QJsonArray{QStringLiteral("found"), QStringLiteral("failed")}}}}) {
                for (const bool excluded : {false, true}) {
                    const QJsonObject in = excluded ? QJsonObject() : ctx;
                    const QJsonObject out = excluded ? ctx : QJsonObject();
                    for (const QJsonValue &v : facet(QStringLiteral("seniority"), {}, in, out)) {
                        QJsonObject filters = in;
                        filters.insert(QStringLiteral("seniority"),
                                       QJsonArray{v.toObject().value(QStringLiteral("key"))});
                        QCOMPARE(v.toObject().value(QStringLiteral("value")).toInteger(),
                                 total(filters, out));
                    }
                }
            }
            // Each lead carries its newest outcome, with its time.
            const QHash<QString, QJsonValue> statuses = leadStatuses(QStringLiteral("emails"));
            QCOMPARE(statuses.size(), 600);
            for (const QJsonObject &e : std::as_const(finals)) {
                const QJsonObject s =
                    statuses.value(e.value(QStringLiteral("entityId")).toString()).toObject();
                QCOMPARE(s.value(QStringLiteral("status")).toString(), outcomeOf(e));
                QCOMPARE(s.value(QStringLiteral("updatedAt")).toString(),
                         e.value(QStringLiteral("updatedAt")).toString());
            }
            QVERIFY(statuses.value(m_all.at(0).value(QStringLiteral("id")).toString()).isNull());
            QVERIFY(leadStatuses(QStringLiteral("phones"))
                        .value(ids.at(0))
                        .toObject()
                        .contains(QStringLiteral("status")));
            QVERIFY(leadStatuses(QStringLiteral("emails"), kOtherToken).value(ids.at(0)).isNull());
        };
        check("before restart");

        // A found email is searchable at once, by address and by domain.
        const QString found = byOutcome.value(QStringLiteral("found")).first();
        QString email;
        for (const QJsonObject &e : std::as_const(finals))
            if (e.value(QStringLiteral("entityId")).toString() == found)
                email = e.value(QStringLiteral("value"))
                            .toObject()
                            .value(QStringLiteral("emails"))
                            .toArray()
                            .first()
                            .toString();
        QVERIFY(email.contains(QLatin1Char('@')));
        QVERIFY(idsOf(all({{QStringLiteral("q"), QJsonArray{email}}})).contains(found));

        // Durable: the same answers after a restart…
        QCOMPARE(m_engine.terminate(), 0);
        QVERIFY(m_engine.restart());
        check("after restart");
        QVERIFY(idsOf(all({{QStringLiteral("q"), QJsonArray{email}}})).contains(found));

        // …and after a migration from version 1, which had no outcome table
        // and no contact table: both are rebuilt from what is stored.
        QCOMPARE(m_engine.terminate(), 0);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(m_engine.dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"DROP TRIGGER enrichments_outcome_insert",
                  "DROP TRIGGER enrichments_outcome_update", "DROP TABLE lead_outcomes",
                  "DROP TABLE lead_contacts", "PRAGMA user_version = 1"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        QVERIFY(m_engine.restart());
        check("after migrating from version 1");
        QVERIFY(idsOf(all({{QStringLiteral("q"), QJsonArray{email}}})).contains(found));
        m_all = all({}); // enrichment found contacts: has_email changed
    }

    // Pending, cancelled and timed-out outcomes, and exclusions in a bulk
    // range and in an estimate, with providers that never answer.
    void pendingCancelledTimeoutAndExclusionsInSelections()
    {
        EngineProcess engine({QStringLiteral("--seed-demo"), QStringLiteral("300"),
                              QStringLiteral("--credits"), QStringLiteral("1000000"),
                              QStringLiteral("--latency-ms"), QStringLiteral("600000:600000")});
        QVERIFY(engine.start());
        const auto totalOf = [&](const QJsonObject &filters, const QJsonObject &exclude) {
            QJsonObject body{{QStringLiteral("size"), 0}, {QStringLiteral("filters"), filters}};
            if (!exclude.isEmpty())
                body.insert(QStringLiteral("exclude"), exclude);
            return engine.post(kSearch, body)
                .object()
                .value(QStringLiteral("totalElements"))
                .toInteger(-1);
        };
        const QStringList ids = engine.leadIds(300);
        QCOMPARE(engine.post(kBatch, batchBody(ids.mid(0, 10), QStringLiteral("emails"))).status,
                 200);
        const QJsonObject pending{
            {QStringLiteral("email_status"), QJsonArray{QStringLiteral("pending")}}};
        QCOMPARE(totalOf(pending, {}), 10);
        // Cancelled through the single route and the batch route.
        QCOMPARE(engine
                     .call("DELETE", QStringLiteral("/api/v1/operations/enrichment/%1?field=emails")
                                         .arg(ids.at(0)))
                     .status,
                 200);
        QCOMPARE(engine
                     .post(QStringLiteral("/api/v1/operations/enrichment/batch/cancel"),
                           batchBody(ids.mid(1, 2), QStringLiteral("emails")))
                     .status,
                 200);
        const QJsonObject cancelled{
            {QStringLiteral("email_status"), QJsonArray{QStringLiteral("cancelled")}}};
        QCOMPARE(totalOf(cancelled, {}), 3);
        QCOMPARE(totalOf(pending, {}), 7);
        // A new request after a cancel is the newest: pending again.
        QCOMPARE(engine.post(kBatch, batchBody({ids.at(0)}, QStringLiteral("emails"))).status, 200);
        QCOMPARE(totalOf(cancelled, {}), 2);
        QCOMPARE(totalOf(pending, {}), 8);
        const Reply page = engine.post(kSearch, {{QStringLiteral("filters"), cancelled}});
        for (const QJsonValue &l : page.object().value(QStringLiteral("content")).toArray())
            QCOMPARE(l.toObject()
                         .value(QStringLiteral("enrichment"))
                         .toObject()
                         .value(QStringLiteral("emails"))
                         .toObject()
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("cancelled"));

        // A bulk range skips excluded leads: the same leads as the search.
        const QJsonObject exclude{
            {QStringLiteral("email_status"),
             QJsonArray{QStringLiteral("pending"), QStringLiteral("cancelled")}},
            {QStringLiteral("ids"), QJsonArray{ids.at(20)}}};
        QStringList expected;
        for (const QJsonValue &l : engine
                                       .post(kSearch, {{QStringLiteral("size"), 30},
                                                       {QStringLiteral("filters"), QJsonObject()},
                                                       {QStringLiteral("exclude"), exclude}})
                                       .object()
                                       .value(QStringLiteral("content"))
                                       .toArray())
            expected << l.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(expected.size(), 30);
        QVERIFY(!expected.contains(ids.at(0)) && !expected.contains(ids.at(20)));
        const QJsonObject range{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                {QStringLiteral("startIndex"), 0},
                                {QStringLiteral("targetCount"), 30},
                                {QStringLiteral("filters"), QJsonObject()},
                                {QStringLiteral("exclude"), exclude}};
        const QJsonObject estimateSelection{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                            {QStringLiteral("filters"), QJsonObject()},
                                            {QStringLiteral("exclude"), exclude}};
        const QJsonObject estimate =
            engine
                .post(kEstimate, {{QStringLiteral("field"), QStringLiteral("emails")},
                                  {QStringLiteral("selection"), estimateSelection}})
                .object();
        QCOMPARE(estimate.value(QStringLiteral("selected")).toInteger(), totalOf({}, exclude));
        QCOMPARE(estimate.value(QStringLiteral("selected")).toInteger(), 300 - 10 - 1);
        QCOMPARE(estimate.value(QStringLiteral("pending")).toInteger(), 0);
        const Reply bulk = engine.post(kBulk, {{QStringLiteral("field"), QStringLiteral("emails")},
                                               {QStringLiteral("selection"), range}});
        QCOMPARE(bulk.status, 200);
        QStringList enriched;
        for (const QJsonValue &e : bulk.array())
            enriched << e.toObject().value(QStringLiteral("entityId")).toString();
        QCOMPARE(enriched, expected);

        // Timed out: restarted with a short maximum age, overdue work times out.
        QCOMPARE(engine.terminate(), 0);
        QVERIFY(engine.restart({QStringLiteral("--latency-ms"), QStringLiteral("600000:600000"),
                                QStringLiteral("--max-age-s"), QStringLiteral("1")}));
        // The periodic sweep times out what was younger than a second.
        QTRY_COMPARE_WITH_TIMEOUT(
            totalOf({{QStringLiteral("email_status"), QJsonArray{QStringLiteral("timeout")}}}, {}),
            8 + 30, 20000);
        QCOMPARE(totalOf(pending, {}), 0);
    }

    // Feature on_file: selected leads with an email on file that this
    // organization never enriched, counted and named in selection order.
    void contactsAlreadyOnFile()
    {
        // A few leads with an email on file enriched by this organization:
        // no longer "on file", whatever the outcome.
        QStringList enrichNow;
        for (int i = 400; i < 600 && enrichNow.size() < 3; ++i)
            if (!m_all.at(i).value(QStringLiteral("emails")).toArray().isEmpty())
                enrichNow << m_all.at(i).value(QStringLiteral("id")).toString();
        QCOMPARE(m_engine.post(kBatch, batchBody(enrichNow, QStringLiteral("emails"))).status, 200);
        QVERIFY(m_engine.waitUntilFinal(enrichNow, QStringLiteral("emails")));
        m_all = all({});
        const QString field = QStringLiteral("emails");
        QStringList onFile, enrichedWithEmail, without;
        const QHash<QString, QJsonValue> statuses = leadStatuses(field);
        for (const QJsonObject &l : std::as_const(m_all)) {
            const QString id = l.value(QStringLiteral("id")).toString();
            const bool hasEmail = !l.value(QStringLiteral("emails")).toArray().isEmpty();
            if (hasEmail && statuses.value(id).isNull())
                onFile << id;
            else if (hasEmail)
                enrichedWithEmail << id;
            else
                without << id;
        }
        QVERIFY(onFile.size() >= 20);
        QVERIFY(!enrichedWithEmail.isEmpty());
        // Manual: in request order, duplicates once, up to the limit.
        const QStringList picked{without.at(0), onFile.at(5), enrichedWithEmail.at(0),
                                 onFile.at(1),  onFile.at(5), onFile.at(9),
                                 without.at(1)};
        const auto estimate = [&](const QJsonObject &selection, const QJsonValue &limit) {
            QJsonObject body{{QStringLiteral("field"), field},
                             {QStringLiteral("selection"), selection}};
            if (!limit.isUndefined())
                body.insert(QStringLiteral("onFileIdsLimit"), limit);
            return m_engine.post(kEstimate, body);
        };
        const QJsonObject manual{
            {QStringLiteral("mode"), QStringLiteral("manual")},
            {QStringLiteral("includedIds"), QJsonArray::fromStringList(picked)}};
        Reply r = estimate(manual, 2);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("onFile")).toInteger(), 3);
        QCOMPARE(r.object().value(QStringLiteral("onFileIds")).toArray(),
                 QJsonArray::fromStringList({onFile.at(5), onFile.at(1)}));
        QVERIFY(r.object().value(QStringLiteral("onFile")).toInteger() <=
                r.object().value(QStringLiteral("new")).toInteger());
        // Without a limit: the count, no ids.
        r = estimate(manual, QJsonValue(QJsonValue::Undefined));
        QCOMPARE(r.object().value(QStringLiteral("onFile")).toInteger(), 3);
        QVERIFY(r.object().value(QStringLiteral("onFileIds")).toArray().isEmpty());

        // Range: the engine's own filters say which leads are on file.
        const QString country = m_all.at(0).value(QStringLiteral("country")).toString();
        const QJsonObject filters{{QStringLiteral("country"), QJsonArray{country}}};
        const QJsonObject onFileFilters{
            {QStringLiteral("country"), QJsonArray{country}},
            {QStringLiteral("has_email"), QJsonArray{QStringLiteral("true")}},
            {QStringLiteral("email_status"), QJsonArray{QStringLiteral("none")}}};
        const QStringList inOrder = idsOf(all(onFileFilters));
        QVERIFY(inOrder.size() >= 4);
        const QJsonObject range{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                {QStringLiteral("filters"), filters},
                                {QStringLiteral("excludedIds"), QJsonArray{inOrder.at(1)}}};
        r = estimate(range, 3);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("onFile")).toInteger(), inOrder.size() - 1);
        QCOMPARE(r.object().value(QStringLiteral("onFileIds")).toArray(),
                 QJsonArray::fromStringList({inOrder.at(0), inOrder.at(2), inOrder.at(3)}));
        // Leaving them out as the client does: nothing on file remains.
        const QJsonObject leftOut{
            {QStringLiteral("mode"), QStringLiteral("bulk")},
            {QStringLiteral("filters"),
             QJsonObject{{QStringLiteral("country"), QJsonArray{country}},
                         {QStringLiteral("has_email"), QJsonArray{QStringLiteral("false")}}}}};
        QCOMPARE(estimate(leftOut, 5).object().value(QStringLiteral("onFile")).toInteger(), 0);
        // Phones are their own field.
        r = m_engine.post(kEstimate, {{QStringLiteral("field"), QStringLiteral("phones")},
                                      {QStringLiteral("selection"), range}});
        QCOMPARE(r.object().value(QStringLiteral("onFile")).toInteger(),
                 total({{QStringLiteral("country"), QJsonArray{country}},
                        {QStringLiteral("has_phone"), QJsonArray{QStringLiteral("true")}},
                        {QStringLiteral("phone_status"), QJsonArray{QStringLiteral("none")}}},
                       {{QStringLiteral("ids"), QJsonArray{inOrder.at(1)}}}));
    }

    void malformedAdditionsAre400()
    {
        const auto expect400 = [](const Reply &r, const char *mentions) {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
            QVERIFY2(r.errorMessage().contains(QLatin1String(mentions)), r.body.constData());
        };
        // Facets: malformed or non-object JSON, unknown keys, bad values.
        for (const char *param : {"filters", "exclude"}) {
            for (const QByteArray &bad :
                 {QByteArray("%7Bnot-json"), QByteArray("%5B%5D"), QByteArray("42")}) {
                expect400(m_engine.get(kFacets +
                                       QStringLiteral("?facet=city&%1=%2")
                                           .arg(QLatin1String(param), QString::fromLatin1(bad))),
                          param);
            }
            expect400(
                m_engine.get(kFacets + QStringLiteral("?facet=city&%1=%2")
                                           .arg(QLatin1String(param),
                                                encoded({{QStringLiteral("shoe_size"),
                                                          QJsonArray{QStringLiteral("9")}}}))),
                "shoe_size");
        }
        expect400(
            facetReply(QStringLiteral("city"), {},
                       {{QStringLiteral("email_status"), QJsonArray{QStringLiteral("lost")}}}),
            "email_status");
        expect400(m_engine.get(kFacets + QStringLiteral("?facet=linkedin_url")), "facet");
        // Search: exclude must have the filters' shape, outcome values are known.
        expect400(m_engine.post(kSearch, {{QStringLiteral("exclude"), QJsonArray{}}}), "exclude");
        expect400(
            m_engine.post(kSearch,
                          {{QStringLiteral("exclude"),
                            QJsonObject{{QStringLiteral("country"), QStringLiteral("France")}}}}),
            "country");
        for (const char *key : {"email_status", "phone_status"}) {
            for (const char *where : {"filters", "exclude"}) {
                expect400(
                    m_engine.post(kSearch, {{QLatin1String(where),
                                             QJsonObject{{QLatin1String(key),
                                                          QJsonArray{QStringLiteral("found"),
                                                                     QStringLiteral("Found")}}}}}),
                    key);
            }
        }
        // Estimate: onFileIdsLimit is a whole number from 0 to 100,000.
        const QJsonObject selection{{QStringLiteral("mode"), QStringLiteral("manual")},
                                    {QStringLiteral("includedIds"), QJsonArray{}}};
        for (const QJsonValue &bad : {QJsonValue(-1), QJsonValue(100001), QJsonValue(1.5),
                                      QJsonValue(QStringLiteral("10")), QJsonValue(true)}) {
            expect400(m_engine.post(kEstimate, {{QStringLiteral("field"), QStringLiteral("emails")},
                                                {QStringLiteral("selection"), selection},
                                                {QStringLiteral("onFileIdsLimit"), bad}}),
                      "onFileIdsLimit");
        }
        QCOMPARE(m_engine
                     .post(kEstimate, {{QStringLiteral("field"), QStringLiteral("emails")},
                                       {QStringLiteral("selection"), selection},
                                       {QStringLiteral("onFileIdsLimit"), 100000}})
                     .status,
                 200);
        // Estimate and bulk ranges check their exclusions too.
        expect400(m_engine.post(kEstimate,
                                {{QStringLiteral("field"), QStringLiteral("emails")},
                                 {QStringLiteral("selection"),
                                  QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                              {QStringLiteral("filters"), QJsonObject()},
                                              {QStringLiteral("exclude"),
                                               QJsonObject{{QStringLiteral("phone_status"),
                                                            QJsonArray{QStringLiteral("x")}}}}}}}),
                  "phone_status");
    }
};

QTEST_GUILESS_MAIN(TestEngineFinding)
#include "test_engine_finding.moc"
