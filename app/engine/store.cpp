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

Store::Where Store::buildWhere(const FilterSet &filters) const
{
    Where w;
    QStringList clauses;
    for (const QString &key : filters.keys()) {
        const QStringList values = filters.values(key);
        if (values.isEmpty()) {
            // An OR over no values matches nothing.
            clauses << QStringLiteral("0");
            continue;
        }
        if (key == QLatin1String("q")) {
            QStringList any;
            for (const QString &v : values) {
                if (v.isEmpty()) {
                    any << QStringLiteral("1");
                } else if (v.contains(QChar(0)) || !v.isValidUtf16()) {
                    // No lead holds a NUL, and FTS5 would read the phrase
                    // only up to it (found by fuzzing): nothing matches.
                    any << QStringLiteral("0");
                } else if (v.size() >= 3) {
                    // Trigram FTS matches any substring of three or more
                    // characters, case-insensitively; quoting makes the text
                    // a literal phrase, never FTS syntax.
                    QString phrase = v;
                    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
                    any << QStringLiteral(
                        "seq IN (SELECT rowid FROM leads_fts WHERE leads_fts MATCH ?)");
                    w.binds << QStringLiteral("\"%1\"").arg(phrase);
                } else {
                    // Trigrams cannot answer one or two characters.
                    any << QStringLiteral(
                        "(first_name || ' ' || last_name LIKE ? ESCAPE '\\' OR job_title LIKE ? "
                        "ESCAPE '\\' OR company LIKE ? ESCAPE '\\')");
                    const QString pattern =
                        QStringLiteral("%") + escapeLike(v) + QStringLiteral("%");
                    w.binds << pattern << pattern << pattern;
                }
            }
            clauses << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
        } else if (key == QLatin1String("has_email") || key == QLatin1String("has_phone")) {
            const bool yes = values.contains(QStringLiteral("true"));
            const bool no = values.contains(QStringLiteral("false"));
            if (yes != no)
                clauses << QStringLiteral("%1 = %2").arg(key, yes ? QStringLiteral("1")
                                                                  : QStringLiteral("0"));
        } else {
            const QString column = sqlColumnForKey(key);
            if (column.isEmpty()) {
                // FilterSet rejects unknown keys before this; should one get
                // here, it matches nothing rather than reaching SQL text.
                clauses << QStringLiteral("0");
                continue;
            }
            QStringList marks;
            for (const QString &v : values) {
                marks << QStringLiteral("?");
                w.binds << v;
            }
            clauses << QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
        }
    }
    w.sql = clauses.isEmpty() ? QString()
                              : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    return w;
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

bool Store::searchIds(const FilterSet &filters, const SortSpec &sort, qint64 offset, int limit,
                      QStringList *ids, QString *error)
{
    const Where w = buildWhere(filters);
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

bool Store::search(const FilterSet &filters, const SortSpec &sort, qint64 offset, int limit,
                   QJsonArray *leads, QString *error)
{
    if (limit <= 0)
        return true;
    const Where w = buildWhere(filters);
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
    while (q.next())
        leads->append(leadFromRow(q));
    return true;
}

bool Store::count(const FilterSet &filters, qint64 *total, QString *error)
{
    // has_email / has_phone change as enrichments find contacts: never cached.
    const bool cacheable = !filters.contains(QStringLiteral("has_email")) &&
                           !filters.contains(QStringLiteral("has_phone"));
    const QString key =
        QString::fromUtf8(QJsonDocument(filters.toJson()).toJson(QJsonDocument::Compact));
    if (cacheable) {
        auto it = m_countCache.constFind(key);
        if (it != m_countCache.constEnd()) {
            *total = *it;
            return true;
        }
    }
    const Where w = buildWhere(filters);
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

bool Store::facet(const QString &key, const QString &prefix, int size, int page, QJsonArray *items,
                  QString *error)
{
    const QString column = sqlColumnForKey(key);
    if (column.isEmpty() || !FilterSet::exactKeys().contains(key)) {
        *error = QStringLiteral("Unknown facet");
        return false;
    }
    auto it = m_facetCache.find(key);
    if (it == m_facetCache.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // Grouping by the NOCASE column folds "sales" and "Sales" into one
        // value, as the filter's match does.
        q.prepare(QStringLiteral("SELECT %1, count(*) AS n FROM leads GROUP BY %1 "
                                 "ORDER BY n DESC, %1")
                      .arg(column));
        if (!run(q, error))
            return false;
        QList<QPair<QString, qint64>> values;
        while (q.next())
            values.append({q.value(0).toString(), q.value(1).toLongLong()});
        it = m_facetCache.insert(key, values);
    }
    const qint64 skip = qint64(size) * page;
    qint64 seen = 0;
    for (const auto &v : *it) {
        if (!prefix.isEmpty() && !v.first.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        if (seen++ < skip)
            continue;
        if (items->size() >= size)
            break;
        items->append(
            QJsonObject{{QStringLiteral("key"), v.first}, {QStringLiteral("value"), v.second}});
    }
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
    const Where w = buildWhere(filters);
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
    if (limit <= 0)
        return true;
    const Where w = buildWhere(filters);
    QSqlQuery &q = cached(
        QStringLiteral("SELECT id FROM leads%1 %2 NOT EXISTS (SELECT 1 FROM enrichments e WHERE "
                       "e.org_id = ? AND e.person_id = leads.id AND e.field = ? AND e.%3)%4 "
                       "LIMIT ?")
            .arg(w.sql, w.sql.isEmpty() ? QStringLiteral("WHERE") : QStringLiteral("AND"),
                 QLatin1String(kReusable), orderBy(sort, QString())));
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

bool Store::matchingIds(const FilterSet &filters, const QStringList &ids, QStringList *matching,
                        QString *error)
{
    const Where w = buildWhere(filters);
    for (qsizetype i = 0; i < ids.size(); i += kIdChunk) {
        const QStringList chunk = ids.mid(i, kIdChunk);
        QSqlQuery &q = cached(
            QStringLiteral("SELECT id FROM leads%1 %2 id IN (%3)")
                .arg(w.sql, w.sql.isEmpty() ? QStringLiteral("WHERE") : QStringLiteral("AND"),
                     marks(chunk.size())));
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
    q.prepare(QStringLiteral("SELECT %1 FROM leads WHERE id = ?")
                  .arg(emails ? QStringLiteral("emails") : QStringLiteral("phones")));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return false;
    QJsonArray list = QJsonDocument::fromJson(q.value(0).toByteArray()).array();
    q.finish();
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
    return u.exec();
}

} // namespace lance::engine
