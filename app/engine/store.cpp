#include "store.h"

#include "demo_data.h"
#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <atomic>

namespace lance::engine {

namespace {

std::atomic<int> g_connectionCounter{0};

const char *const kLeadColumns =
    "id, first_name, last_name, job_title, seniority, department, company, industry, city, "
    "country, linkedin_url, emails, phones, created_at, updated_at";

QJsonObject leadFromRow(const QSqlQuery &q)
{
    auto list = [](const QVariant &v) { return QJsonDocument::fromJson(v.toByteArray()).array(); };
    return {
        {QStringLiteral("id"), q.value(0).toString()},
        {QStringLiteral("firstName"), q.value(1).toString()},
        {QStringLiteral("lastName"), q.value(2).toString()},
        {QStringLiteral("jobTitle"), q.value(3).toString()},
        {QStringLiteral("seniority"), q.value(4).toString()},
        {QStringLiteral("department"), q.value(5).toString()},
        {QStringLiteral("company"), q.value(6).toString()},
        {QStringLiteral("industry"), q.value(7).toString()},
        {QStringLiteral("city"), q.value(8).toString()},
        {QStringLiteral("country"), q.value(9).toString()},
        {QStringLiteral("linkedinUrl"), q.value(10).toString()},
        {QStringLiteral("emails"), list(q.value(11))},
        {QStringLiteral("phones"), list(q.value(12))},
        {QStringLiteral("createdAt"), q.value(13).toString()},
        {QStringLiteral("updatedAt"), q.value(14).toString()},
    };
}

QString sqlColumnForKey(const QString &key)
{
    // Filter keys are the column names, but for "ids" (picked leads, an
    // index lookup per id); anything else never reaches SQL text.
    if (key == QLatin1String("ids"))
        return QStringLiteral("id");
    return FilterSet::exactKeys().contains(key) || SortSpec::sortableKeys().contains(key)
               ? key
               : QString();
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// Whether free text could be an email address or a domain: only then does
// `q` also look at emails on file and company domains, so an ordinary name
// search keeps its plan.
bool looksLikeContact(const QString &text)
{
    return text.contains(QLatin1Char('@')) || text.contains(QLatin1Char('.'));
}

QString outcomeField(const QString &statusKey)
{
    return statusKey == QLatin1String("email_status") ? QStringLiteral("emails")
                                                      : QStringLiteral("phones");
}

// Whether what a filter matches can change as enrichments run: contacts
// found (has_*, an email in `q`) and outcomes. Everything else is fixed,
// since leads are append-only, so its counts can be kept.
bool dependsOnEnrichment(const FilterSet &f)
{
    for (const QStringList &keys : {f.keys(), f.excludedKeys()}) {
        for (const QString &key : keys) {
            if (key == QLatin1String("has_email") || key == QLatin1String("has_phone") ||
                FilterSet::statusKeys().contains(key))
                return true;
        }
    }
    for (const QStringList &values :
         {f.values(QStringLiteral("q")), f.excluded(QStringLiteral("q"))})
        for (const QString &v : values)
            if (looksLikeContact(v))
                return true;
    return false;
}

// A cache key for a filter and its exclusions.
QString filterKey(const FilterSet &f)
{
    return QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact)) +
           QLatin1Char('\n') +
           QString::fromUtf8(QJsonDocument(f.excludeJson()).toJson(QJsonDocument::Compact));
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

} // namespace

Store::Store()
    : m_connection(QStringLiteral("lance-engine-%1").arg(g_connectionCounter.fetch_add(1)))
{}

Store::~Store()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::open(const QString &path, QString *error)
{
    if (path != QLatin1String(":memory:")) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = QStringLiteral("cannot create the directory %1").arg(info.absolutePath());
            return false;
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    // WAL lets readers run beside the writer; synchronous=FULL makes every
    // commit durable before the engine answers, as the contract requires.
    const char *const pragmas[] = {
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 5000",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -32768",
        // Checkpoints keep the WAL short, but never shrink the file itself.
        "PRAGMA journal_size_limit = 67108864",
    };
    for (const char *p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(p))) {
            *error = QStringLiteral("%1: %2").arg(QString::fromLatin1(p), q.lastError().text());
            return false;
        }
    }
    return migrateSchema(m_db, error);
}

bool Store::prepareLeads(int demoCount, quint64 seed, const std::function<void(int, int)> &progress,
                         QString *error)
{
    bool generated = false;
    if (demoCount > 0 && leadCount() == 0) {
        // Bulk loading is several times faster with relaxed syncing; the
        // database is new, so a crash here loses nothing but demo data that
        // the next start creates again.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        DemoDataGenerator generator(seed);
        const bool ok = generator.generate(m_db, demoCount, progress, error);
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (!ok)
            return false;
        generated = true;
    }
    if (!ensureIndexes(m_db, error))
        return false;
    // Facets in context count from memory (FacetIndex).
    if (!m_facetIndex.load(m_db, error))
        return false;
    if (generated) {
        // Statistics let the planner pick the more selective index when a
        // search combines several filter keys.
        QSqlQuery(m_db).exec(QStringLiteral("ANALYZE"));
        // Index building went through the WAL; fold it into the database
        // and give the disk space back (hundreds of MB at a million leads).
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return true;
}

QSqlQuery &Store::cached(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // Bounded: statements with variable-length IN lists have many texts.
        if (m_statements.size() >= 256)
            m_statements.clear();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    it->finish();
    return *it;
}

qint64 Store::leadCount()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT count(*) FROM leads"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Store::Where Store::buildWhere(const QString &orgId, const FilterSet &filters) const
{
    Where w;
    QStringList clauses;
    for (const QString &key : filters.keys()) {
        const QString clause = keyClause(orgId, key, filters.values(key), &w.binds);
        if (clause != QLatin1String("1"))
            clauses << clause;
    }
    // Exclusions (feature exclude): a lead matching any excluded value of
    // any key is left out.
    for (const QString &key : filters.excludedKeys()) {
        const QStringList values = filters.excluded(key);
        if (values.isEmpty())
            continue; // excluding nothing leaves everybody in
        const QString clause = keyClause(orgId, key, values, &w.binds);
        clauses << (clause == QLatin1String("1") ? QStringLiteral("0")
                                                 : QStringLiteral("NOT (%1)").arg(clause));
    }
    w.cond = clauses.join(QStringLiteral(" AND "));
    w.sql = w.cond.isEmpty() ? QString() : QStringLiteral(" WHERE ") + w.cond;
    return w;
}

QString Store::keyClause(const QString &orgId, const QString &key, const QStringList &values,
                         QVariantList *binds) const
{
    // An OR over no values matches nothing.
    if (values.isEmpty())
        return QStringLiteral("0");
    if (key == QLatin1String("q")) {
        QStringList any;
        for (const QString &v : values) {
            if (v.isEmpty()) {
                any << QStringLiteral("1");
                continue;
            }
            if (v.contains(QChar(0)) || !v.isValidUtf16()) {
                // No lead holds a NUL, and FTS5 would read the phrase
                // only up to it (found by fuzzing): nothing matches.
                any << QStringLiteral("0");
                continue;
            }
            if (v.size() >= 3) {
                // Trigram FTS matches any substring of three or more
                // characters, case-insensitively; quoting makes the text
                // a literal phrase, never FTS syntax.
                QString phrase = v;
                phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
                any << QStringLiteral(
                    "seq IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)");
                *binds << QStringLiteral("\"%1\"").arg(phrase);
            } else {
                // Trigrams cannot answer one or two characters.
                any << QStringLiteral(
                    "(first_name || ' ' || last_name LIKE ? ESCAPE '\\' OR job_title LIKE ? "
                    "ESCAPE '\\' OR company LIKE ? ESCAPE '\\')");
                const QString pattern = QStringLiteral("%") + escapeLike(v) + QStringLiteral("%");
                *binds << pattern << pattern << pattern;
            }
            // What a rep pastes from a signature or a CRM: an email address
            // on file, or a domain (of an email on file or of the company),
            // matched whole and case-insensitively, each an index lookup.
            const QString contact = v.trimmed();
            if (!looksLikeContact(contact))
                continue;
            if (contact.startsWith(QLatin1Char('@')) || !contact.contains(QLatin1Char('@'))) {
                const QString domain =
                    contact.startsWith(QLatin1Char('@')) ? contact.mid(1) : contact;
                any << QStringLiteral(
                           "seq IN (SELECT lead_seq FROM lead_contacts WHERE domain = ?)")
                    << QStringLiteral("company_domain = ? COLLATE NOCASE");
                *binds << domain << domain;
            } else {
                any << QStringLiteral(
                    "seq IN (SELECT lead_seq FROM lead_contacts WHERE email = ?)");
                *binds << contact;
            }
        }
        return QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    if (key == QLatin1String("has_email") || key == QLatin1String("has_phone")) {
        const bool yes = values.contains(QStringLiteral("true"));
        const bool no = values.contains(QStringLiteral("false"));
        if (yes == no)
            return QStringLiteral("1");
        return QStringLiteral("%1 = %2").arg(key, yes ? QStringLiteral("1") : QStringLiteral("0"));
    }
    if (FilterSet::statusKeys().contains(key)) {
        // Outcome filters (feature status_filters), on the organization's
        // newest enrichment of the field, kept per lead in lead_outcomes;
        // "none" is a lead without a row there.
        const QString field = outcomeField(key);
        QStringList outcomes;
        for (const QString &v : values)
            if (v != QLatin1String("none") && !outcomes.contains(v))
                outcomes << v;
        QStringList any;
        if (!outcomes.isEmpty()) {
            any << QStringLiteral("seq IN (SELECT lead_seq FROM lead_outcomes WHERE org_id = ? "
                                  "AND field = ? AND status IN (%1))")
                       .arg(QStringList(outcomes.size(), QStringLiteral("?"))
                                .join(QLatin1Char(',')));
            *binds << orgId << field;
            for (const QString &v : std::as_const(outcomes))
                *binds << v;
        }
        if (values.contains(QStringLiteral("none"))) {
            any << QStringLiteral("seq NOT IN (SELECT lead_seq FROM lead_outcomes WHERE org_id = "
                                  "? AND field = ?)");
            *binds << orgId << field;
        }
        return QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    const QString column = sqlColumnForKey(key);
    if (column.isEmpty()) {
        // FilterSet rejects unknown keys before this; should one get
        // here, it matches nothing rather than reaching SQL text.
        return QStringLiteral("0");
    }
    for (const QString &v : values)
        *binds << v;
    return QStringLiteral("%1 IN (%2)")
        .arg(column, QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(',')));
}

QString Store::orderBy(const SortSpec &sort, const QString &table) const
{
    const QString prefix = table.isEmpty() ? QString() : table + QLatin1Char('.');
    if (sort.isEmpty())
        return QStringLiteral(" ORDER BY %1seq").arg(prefix);
    // Ties break by id in the same direction, so one (column, id) index
    // serves both directions without a sort step.
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY %1%2%3, %1id%3").arg(prefix, sqlColumnForKey(sort.key), dir);
}

bool Store::seqIsDense()
{
    // Leads are never deleted, so seq runs 1..N unless a load was cut short;
    // then position k of the default order is simply seq k+1.
    if (m_denseCount < 0) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT count(*), COALESCE(max(seq), 0) FROM leads"));
        if (q.next() && q.value(0).toLongLong() == q.value(1).toLongLong())
            m_denseCount = q.value(0).toLongLong();
        else
            m_denseCount = 0;
    }
    return m_denseCount > 0;
}

bool Store::searchIds(const QString &orgId, const FilterSet &filters, const SortSpec &sort,
                      qint64 offset, int limit, QStringList *ids, QString *error)
{
    const Where w = buildWhere(orgId, filters);
    QSqlQuery &q = cached(QStringLiteral("SELECT id FROM leads%1%2 LIMIT ? OFFSET ?")
                              .arg(w.sql, orderBy(sort, QString())));
    w.bindTo(q);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!run(q, error))
        return false;
    while (q.next())
        ids->append(q.value(0).toString());
    return true;
}

bool Store::search(const QString &orgId, const FilterSet &filters, const SortSpec &sort,
                   qint64 offset, int limit, QJsonArray *leads, QString *error)
{
    if (limit <= 0)
        return true;
    const Where w = buildWhere(orgId, filters);
    const bool dense = w.sql.isEmpty() && sort.isEmpty() && seqIsDense();
    // Skip `offset` rows inside the index only (seq is the rowid, so the
    // inner query never touches the table), then read the page's rows.
    QSqlQuery &q = cached(
        dense ? QStringLiteral("SELECT %1 FROM leads WHERE seq > ? ORDER BY seq LIMIT ?")
                    .arg(QLatin1String(kLeadColumns))
              : QStringLiteral("SELECT %1 FROM leads JOIN (SELECT seq AS page_seq FROM leads%2%3 "
                               "LIMIT ? OFFSET ?) ON seq = page_seq%4")
                    .arg(QLatin1String(kLeadColumns), w.sql, orderBy(sort, QString()),
                         orderBy(sort, QStringLiteral("leads"))));
    if (dense) {
        q.addBindValue(offset);
        q.addBindValue(limit);
    } else {
        w.bindTo(q);
        q.addBindValue(limit);
        q.addBindValue(offset);
    }
    if (!run(q, error))
        return false;
    QJsonArray page;
    while (q.next())
        page.append(leadFromRow(q));
    q.finish();
    if (!addOutcomes(orgId, &page, error))
        return false;
    for (const QJsonValue &lead : std::as_const(page))
        leads->append(lead);
    return true;
}

bool Store::addOutcomes(const QString &orgId, QJsonArray *leads, QString *error)
{
    // Feature lead_status: the organization's newest outcome of each field,
    // from lead_outcomes by primary key, one statement per page.
    QStringList ids;
    for (const QJsonValue &lead : std::as_const(*leads))
        ids << lead.toObject().value(QStringLiteral("id")).toString();
    QHash<QString, QJsonObject> outcomes; // person id -> {"emails": …, "phones": …}
    for (qsizetype i = 0; i < ids.size(); i += 500) {
        const QStringList chunk = ids.mid(i, 500);
        QSqlQuery &q = cached(
            QStringLiteral("SELECT person_id, field, status, updated_at FROM lead_outcomes WHERE "
                           "org_id = ? AND field IN ('emails', 'phones') AND person_id IN (%1)")
                .arg(QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        q.addBindValue(orgId);
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!run(q, error))
            return false;
        while (q.next())
            outcomes[q.value(0).toString()].insert(
                q.value(1).toString(),
                QJsonObject{{QStringLiteral("status"), q.value(2).toString()},
                            {QStringLiteral("updatedAt"), q.value(3).toString()}});
        q.finish();
    }
    for (qsizetype i = 0; i < leads->size(); ++i) {
        QJsonObject lead = leads->at(i).toObject();
        const QJsonObject found = outcomes.value(ids.at(i));
        QJsonObject enrichment;
        for (const QString &field : {QStringLiteral("emails"), QStringLiteral("phones")})
            enrichment.insert(field, found.contains(field) ? found.value(field)
                                                           : QJsonValue(QJsonValue::Null));
        lead.insert(QStringLiteral("enrichment"), enrichment);
        leads->replace(i, lead);
    }
    return true;
}

bool Store::count(const QString &orgId, const FilterSet &filters, qint64 *total, QString *error)
{
    // What enrichment changes (contacts found, outcomes) is never cached.
    const bool cacheable = !dependsOnEnrichment(filters);
    const QString key = filterKey(filters);
    if (cacheable) {
        auto it = m_countCache.constFind(key);
        if (it != m_countCache.constEnd()) {
            *total = *it;
            return true;
        }
    }
    const Where w = buildWhere(orgId, filters);
    QSqlQuery &q = cached(QStringLiteral("SELECT count(*) FROM leads%1").arg(w.sql));
    w.bindTo(q);
    if (!run(q, error) || !q.next()) {
        if (error->isEmpty())
            *error = q.lastError().text();
        return false;
    }
    *total = q.value(0).toLongLong();
    q.finish(); // ends the read snapshot of a reused statement
    if (cacheable) {
        if (m_countCache.size() > 4096)
            m_countCache.clear();
        m_countCache.insert(key, *total);
    }
    return true;
}

bool Store::facet(const QString &orgId, const QString &key, const QString &search,
                  const FilterSet &context, int size, int page, QJsonArray *items, QString *error)
{
    const bool outcome = FilterSet::statusKeys().contains(key);
    if (!outcome && !FilterSet::exactKeys().contains(key)) {
        *error = QStringLiteral("Unknown facet");
        return false;
    }
    QList<QPair<QString, qint64>> computed;
    const QList<QPair<QString, qint64>> *values = &computed;
    if (outcome) {
        if (!outcomeFacet(orgId, key, context, &computed, error))
            return false;
    } else {
        // A rep ticks a few values and types a few letters, so the same
        // context is asked again and again; what enrichment cannot change
        // is kept, bounded by the number of values held.
        const bool cacheable = !dependsOnEnrichment(context);
        const QString cacheKey = key + QLatin1Char('\n') + filterKey(context);
        auto it = cacheable ? m_facetCache.find(cacheKey) : m_facetCache.end();
        if (it == m_facetCache.end()) {
            if (!countValues(orgId, key, context, &computed, error))
                return false;
            if (cacheable) {
                if (m_facetCacheValues + computed.size() > 200'000) {
                    m_facetCache.clear();
                    m_facetCacheValues = 0;
                }
                m_facetCacheValues += computed.size();
                it = m_facetCache.insert(cacheKey, computed);
            }
        }
        if (it != m_facetCache.end())
            values = &*it;
    }
    // Values starting with the search text first, then those containing it
    // elsewhere; each group keeps the count order.
    const qint64 skip = qint64(size) * page;
    qint64 seen = 0;
    for (const bool starting : {true, false}) {
        for (const auto &v : *values) {
            if (items->size() >= size)
                return true;
            if (!search.isEmpty()) {
                const qsizetype at = v.first.indexOf(search, 0, Qt::CaseInsensitive);
                if (at < 0 || (at == 0) != starting)
                    continue;
            } else if (!starting) {
                return true;
            }
            if (seen++ < skip)
                continue;
            items->append(
                QJsonObject{{QStringLiteral("key"), v.first}, {QStringLiteral("value"), v.second}});
        }
    }
    return true;
}

bool Store::countValues(const QString &orgId, const QString &key, const FilterSet &context,
                        QList<QPair<QString, qint64>> *values, QString *error)
{
    if (!m_facetIndex.isLoaded()) {
        *error = QStringLiteral("facet counts before the leads were prepared");
        return false;
    }
    // The keys the in-memory index cannot answer (q, ids, outcomes) become
    // sets of leads, each one key's matches, which a lead must be in (an
    // included key) or not (an excluded one).
    QList<FacetIndex::SeqTest> tests;
    const auto addSet = [&](const QString &k, const QStringList &vals, bool in) {
        FacetIndex::SeqTest t;
        t.in = in;
        QStringList listed = vals;
        if (FilterSet::statusKeys().contains(k) && vals.contains(QStringLiteral("none"))) {
            // "none" is most leads; the outcomes not asked for are few (at
            // most the organization's enriched leads), so test against them.
            listed.clear();
            for (const QString &v : FilterSet::statusValues())
                if (v != QLatin1String("none") && !vals.contains(v))
                    listed << v;
            t.in = !in;
        }
        QVariantList binds;
        const QString clause = keyClause(orgId, k, listed, &binds);
        QSqlQuery &q = cached(QStringLiteral("SELECT seq FROM leads WHERE %1").arg(clause));
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        if (!run(q, error))
            return false;
        while (q.next())
            t.seqs.push_back(q.value(0).toLongLong());
        q.finish();
        tests.append(std::move(t));
        return true;
    };
    for (const QString &k : context.keys())
        if (!FacetIndex::answers(k) && !addSet(k, context.values(k), true))
            return false;
    for (const QString &k : context.excludedKeys())
        if (!FacetIndex::answers(k) && !context.excluded(k).isEmpty() &&
            !addSet(k, context.excluded(k), false))
            return false;
    *values = m_facetIndex.counts(key, context, tests);
    return true;
}

bool Store::outcomeFacet(const QString &orgId, const QString &key, const FilterSet &context,
                         QList<QPair<QString, qint64>> *values, QString *error)
{
    // Outcome counts come from lead_outcomes (the organization's enriched
    // leads, few next to all leads), each checked against the context by
    // primary key; "none" is what is left of the context.
    const Where w = buildWhere(orgId, context);
    QSqlQuery &q = cached(
        QStringLiteral("SELECT o.status, count(*) FROM lead_outcomes o WHERE o.org_id = ? AND "
                       "o.field = ?%1 GROUP BY o.status")
            .arg(w.cond.isEmpty()
                     ? QString()
                     : QStringLiteral(" AND EXISTS (SELECT 1 FROM leads WHERE leads.seq = "
                                      "o.lead_seq AND %1)")
                           .arg(w.cond)));
    q.addBindValue(orgId);
    q.addBindValue(outcomeField(key));
    w.bindTo(q);
    if (!run(q, error))
        return false;
    qint64 enriched = 0;
    while (q.next()) {
        values->append({q.value(0).toString(), q.value(1).toLongLong()});
        enriched += q.value(1).toLongLong();
    }
    q.finish();
    qint64 total = 0;
    if (!count(orgId, context, &total, error))
        return false;
    if (total > enriched)
        values->append({QStringLiteral("none"), total - enriched});
    std::sort(values->begin(), values->end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return true;
}

QStringList Store::unknownIds(const QStringList &ids)
{
    QStringList unknown;
    QSqlQuery &q = cached(QStringLiteral("SELECT 1 FROM leads WHERE id = ?"));
    for (const QString &id : ids) {
        q.bindValue(0, id);
        if (!q.exec() || !q.next())
            unknown << id;
        q.finish();
    }
    return unknown;
}

namespace {
// SQLite allows 32,766 bound values; chunks of 500 keep statements small
// and few distinct texts in the statement cache.
constexpr int kIdChunk = 500;
const char *const kReusable = "status IN ('pending', 'finished')";

QString marks(qsizetype n)
{
    QString out = QStringLiteral("?");
    for (qsizetype i = 1; i < n; ++i)
        out += QStringLiteral(",?");
    return out;
}
} // namespace

bool Store::reusableStatuses(const QString &orgId, const QString &field, const QStringList &ids,
                             QHash<QString, QString> *statuses, QString *error)
{
    for (qsizetype i = 0; i < ids.size(); i += kIdChunk) {
        const QStringList chunk = ids.mid(i, kIdChunk);
        QSqlQuery &q =
            cached(QStringLiteral("SELECT person_id, status FROM enrichments WHERE "
                                  "org_id = ? AND field = ? AND %1 AND person_id IN (%2)")
                       .arg(QLatin1String(kReusable), marks(chunk.size())));
        q.addBindValue(orgId);
        q.addBindValue(field);
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!run(q, error))
            return false;
        while (q.next())
            statuses->insert(q.value(0).toString(), q.value(1).toString());
        q.finish();
    }
    return true;
}

bool Store::reusableCounts(const QString &orgId, const QString &field, const FilterSet &filters,
                           qint64 *pending, qint64 *finished, QString *error)
{
    // Walks the organization's reusable enrichments (few) and checks each
    // lead against the filter, instead of materialising a filter that may
    // match a million leads.
    const Where w = buildWhere(orgId, filters);
    const QString leadMatches =
        w.sql.isEmpty()
            ? QStringLiteral("1")
            : QStringLiteral("EXISTS (SELECT 1 FROM leads%1 AND leads.id = enrichments.person_id)")
                  .arg(w.sql);
    QSqlQuery &q =
        cached(QStringLiteral("SELECT status, count(*) FROM enrichments WHERE org_id = ? "
                              "AND field = ? AND %1 AND %2 GROUP BY status")
                   .arg(QLatin1String(kReusable), leadMatches));
    q.addBindValue(orgId);
    q.addBindValue(field);
    w.bindTo(q);
    if (!run(q, error))
        return false;
    *pending = *finished = 0;
    while (q.next())
        (q.value(0).toString() == QLatin1String("pending") ? *pending : *finished) =
            q.value(1).toLongLong();
    q.finish();
    return true;
}

bool Store::firstNewIds(const QString &orgId, const QString &field, const FilterSet &filters,
                        const SortSpec &sort, int limit, QStringList *ids, QString *error)
{
    return firstIdsAlso(orgId, field, filters,
                        QStringLiteral("NOT EXISTS (SELECT 1 FROM enrichments e WHERE "
                                       "e.org_id = ? AND e.person_id = leads.id AND "
                                       "e.field = ? AND e.%1)")
                            .arg(QLatin1String(kReusable)),
                        sort, limit, ids, error);
}

bool Store::firstIdsAlso(const QString &orgId, const QString &field, const FilterSet &filters,
                         const QString &condition, const SortSpec &sort, int limit,
                         QStringList *ids, QString *error)
{
    if (limit <= 0)
        return true;
    const Where w = buildWhere(orgId, filters);
    QSqlQuery &q = cached(QStringLiteral("SELECT id FROM leads%1%2 LIMIT ?")
                              .arg(w.sqlAnd(condition), orderBy(sort, QString())));
    w.bindTo(q);
    q.addBindValue(orgId);
    q.addBindValue(field);
    q.addBindValue(limit);
    if (!run(q, error))
        return false;
    while (q.next())
        ids->append(q.value(0).toString());
    q.finish();
    return true;
}

bool Store::matchingIds(const QString &orgId, const FilterSet &filters, const QStringList &ids,
                        QStringList *matching, QString *error)
{
    const Where w = buildWhere(orgId, filters);
    for (qsizetype i = 0; i < ids.size(); i += kIdChunk) {
        const QStringList chunk = ids.mid(i, kIdChunk);
        QSqlQuery &q =
            cached(QStringLiteral("SELECT id FROM leads%1")
                       .arg(w.sqlAnd(QStringLiteral("id IN (%1)").arg(marks(chunk.size())))));
        w.bindTo(q);
        for (const QString &id : chunk)
            q.addBindValue(id);
        if (!run(q, error))
            return false;
        while (q.next())
            matching->append(q.value(0).toString());
        q.finish();
    }
    return true;
}

namespace {
// A lead with contact data of `field` that the organization never enriched
// (bound: organization, field).
QString onFileCondition(const QString &field)
{
    return QStringLiteral("%1 = 1 AND NOT EXISTS (SELECT 1 FROM lead_outcomes o WHERE "
                          "o.org_id = ? AND o.field = ? AND o.person_id = leads.id)")
        .arg(field == QLatin1String("emails") ? QStringLiteral("has_email")
                                              : QStringLiteral("has_phone"));
}
} // namespace

bool Store::onFileCount(const QString &orgId, const QString &field, const FilterSet &filters,
                        qint64 *count, QString *error)
{
    const Where w = buildWhere(orgId, filters);
    QSqlQuery &q = cached(
        QStringLiteral("SELECT count(*) FROM leads%1").arg(w.sqlAnd(onFileCondition(field))));
    w.bindTo(q);
    q.addBindValue(orgId);
    q.addBindValue(field);
    if (!run(q, error))
        return false;
    *count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return true;
}

bool Store::onFileIds(const QString &orgId, const QString &field, const FilterSet &filters,
                      const SortSpec &sort, int limit, QStringList *ids, QString *error)
{
    return firstIdsAlso(orgId, field, filters, onFileCondition(field), sort, limit, ids, error);
}

bool Store::onFileAmong(const QString &orgId, const QString &field, const QStringList &ids,
                        QSet<QString> *onFile, QString *error)
{
    for (qsizetype i = 0; i < ids.size(); i += kIdChunk) {
        const QStringList chunk = ids.mid(i, kIdChunk);
        QSqlQuery &q = cached(QStringLiteral("SELECT id FROM leads WHERE id IN (%1) AND %2")
                                  .arg(marks(chunk.size()), onFileCondition(field)));
        for (const QString &id : chunk)
            q.addBindValue(id);
        q.addBindValue(orgId);
        q.addBindValue(field);
        if (!run(q, error))
            return false;
        while (q.next())
            onFile->insert(q.value(0).toString());
        q.finish();
    }
    return true;
}

void Store::settleContacts(bool committed)
{
    if (committed)
        for (const auto &c : std::as_const(m_uncommittedContacts))
            m_facetIndex.setHasContact(c.first, c.second);
    m_uncommittedContacts.clear();
}

bool Store::identity(const QString &personId, LeadIdentity *out)
{
    QSqlQuery &q = cached(QStringLiteral(
        "SELECT first_name, last_name, company_domain, country FROM leads WHERE id = ?"));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return false;
    *out = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()};
    q.finish();
    return true;
}

bool Store::addContact(const QString &personId, const QString &field, const QString &value,
                       const QString &now)
{
    const bool emails = field == QLatin1String("emails");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, seq FROM leads WHERE id = ?")
                  .arg(emails ? QStringLiteral("emails") : QStringLiteral("phones")));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return false;
    QJsonArray list = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
    const qint64 seq = q.value(1).toLongLong();
    q.finish();
    // The in-memory flags follow once the caller's transaction commits.
    m_uncommittedContacts.append({seq, field});
    if (list.contains(value))
        return true;
    list.append(value);
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE leads SET %1 = ?, %2 = 1, updated_at = ? WHERE id = ?")
                  .arg(emails ? QStringLiteral("emails") : QStringLiteral("phones"),
                       emails ? QStringLiteral("has_email") : QStringLiteral("has_phone")));
    u.addBindValue(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    u.addBindValue(now);
    u.addBindValue(personId);
    if (!u.exec())
        return false;
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (!emails || at < 0)
        return true;
    // Free text finds the address and its domain from now on.
    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("INSERT OR IGNORE INTO lead_contacts(email, domain, lead_seq) "
                             "SELECT ?, ?, seq FROM leads WHERE id = ?"));
    c.addBindValue(value);
    c.addBindValue(value.mid(at + 1));
    c.addBindValue(personId);
    return c.exec();
}

} // namespace lance::engine
