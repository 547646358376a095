#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace lance::engine {

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = QStringLiteral("%1 (in: %2)").arg(q.lastError().text(), sql.left(120));
        return false;
    }
    return true;
}

// Version 1: leads, organizations, the credit ledger, enrichments and the
// cross-organization result cache.
const char *const kVersion1[] = {
    // seq is the insertion order the contract's default search order uses.
    // Filter columns compare case-insensitively, as the contract's exact
    // match does, so their indexes serve "= ?" directly.
    R"(CREATE TABLE leads (
         seq INTEGER PRIMARY KEY,
         id TEXT NOT NULL UNIQUE,
         first_name TEXT NOT NULL COLLATE NOCASE,
         last_name TEXT NOT NULL COLLATE NOCASE,
         job_title TEXT NOT NULL COLLATE NOCASE,
         seniority TEXT NOT NULL COLLATE NOCASE,
         department TEXT NOT NULL COLLATE NOCASE,
         company TEXT NOT NULL COLLATE NOCASE,
         company_domain TEXT NOT NULL,
         industry TEXT NOT NULL COLLATE NOCASE,
         city TEXT NOT NULL COLLATE NOCASE,
         country TEXT NOT NULL COLLATE NOCASE,
         linkedin_url TEXT NOT NULL,
         emails TEXT NOT NULL DEFAULT '[]',
         phones TEXT NOT NULL DEFAULT '[]',
         has_email INTEGER NOT NULL DEFAULT 0,
         has_phone INTEGER NOT NULL DEFAULT 0,
         created_at TEXT NOT NULL,
         updated_at TEXT NOT NULL))",
    R"(CREATE TABLE organizations (
         id TEXT PRIMARY KEY,
         created_at TEXT NOT NULL))",
    // amount is signed: credit_added positive, credit_consumed negative, so
    // the balance is a plain SUM.
    R"(CREATE TABLE credit_transactions (
         seq INTEGER PRIMARY KEY,
         id TEXT NOT NULL UNIQUE,
         organization_id TEXT NOT NULL REFERENCES organizations(id),
         type TEXT NOT NULL CHECK (type IN ('credit_added', 'credit_consumed')),
         amount INTEGER NOT NULL,
         operation_type TEXT,
         source TEXT NOT NULL,
         reference_id TEXT,
         description TEXT NOT NULL,
         metadata TEXT NOT NULL DEFAULT '{}',
         created_at TEXT NOT NULL,
         updated_at TEXT NOT NULL))",
    "CREATE INDEX credit_transactions_org ON credit_transactions(organization_id, created_at)",
    R"(CREATE TABLE global_enrichments (
         id TEXT PRIMARY KEY,
         person_id TEXT NOT NULL,
         field TEXT NOT NULL,
         value TEXT NOT NULL,
         provider TEXT NOT NULL,
         created_at TEXT NOT NULL,
         UNIQUE (person_id, field)))",
    // cost is what the enrichment holds while pending; the held total of an
    // organization is the sum over its pending rows, so a hold can never
    // outlive the enrichment that made it.
    R"(CREATE TABLE enrichments (
         seq INTEGER PRIMARY KEY,
         id TEXT NOT NULL UNIQUE,
         org_id TEXT NOT NULL REFERENCES organizations(id),
         person_id TEXT NOT NULL,
         entity_type TEXT NOT NULL DEFAULT 'person',
         field TEXT NOT NULL CHECK (field IN ('emails', 'phones')),
         status TEXT NOT NULL CHECK (status IN ('pending', 'finished', 'failed', 'timeout', 'cancelled')),
         error TEXT,
         data_found INTEGER,
         created_by TEXT NOT NULL,
         global_enrichment_id TEXT,
         credit_transaction_id TEXT,
         value TEXT,
         cost INTEGER NOT NULL,
         created_ms INTEGER NOT NULL,
         created_at TEXT NOT NULL,
         updated_at TEXT NOT NULL))",
    // The contract's "one active enrichment per (organization, person,
    // field)", enforced by the database itself.
    R"(CREATE UNIQUE INDEX enrichments_one_reusable ON enrichments(org_id, person_id, field)
         WHERE status IN ('pending', 'finished'))",
    "CREATE INDEX enrichments_newest ON enrichments(org_id, person_id, field, seq)",
    "CREATE INDEX enrichments_pending ON enrichments(created_ms) WHERE status = 'pending'",
    "CREATE INDEX enrichments_org_status ON enrichments(org_id, status)",
};

} // namespace

bool migrateSchema(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion) {
        *error = QStringLiteral("database schema version %1 is newer than this engine (%2)")
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Each step runs in the same transaction as the version bump, so a crash
    // mid-migration leaves the previous version intact.
    if (version < 1) {
        for (const char *sql : kVersion1) {
            if (!exec(db, QString::fromUtf8(sql), error)) {
                db.rollback();
                return false;
            }
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool ensureIndexes(QSqlDatabase &db, QString *error)
{
    QStringList sql;
    // One index per filter key; the implicit trailing seq keeps each key's
    // matches in insertion order, so a one-key filter's first page is an
    // index range scan with no sort.
    for (const char *column : {"job_title", "seniority", "department", "company", "industry",
                               "city", "country", "has_email", "has_phone"}) {
        sql << QStringLiteral("CREATE INDEX IF NOT EXISTS leads_%1 ON leads(%1)")
                   .arg(QLatin1String(column));
    }
    // Sort keys with the contract's tie-break by id.
    for (const char *column : {"first_name", "last_name", "created_at"}) {
        sql << QStringLiteral("CREATE INDEX IF NOT EXISTS leads_sort_%1 ON leads(%1, id)")
                   .arg(QLatin1String(column));
    }
    // Substring search ("q") over name, job title and company. Trigram FTS
    // answers rare terms in a millisecond where LIKE '%x%' scans every row.
    // External content: the text lives once, in leads.
    bool created = false;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'leads_fts'"));
        created = !q.next();
    }
    if (created) {
        sql << QStringLiteral("CREATE VIRTUAL TABLE leads_fts USING fts5(name, job_title, company, "
                              "content='', tokenize='trigram')");
    }
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const QString &s : sql) {
        if (!exec(db, s, error)) {
            db.rollback();
            return false;
        }
    }
    if (created) {
        if (!exec(db,
                  QStringLiteral("INSERT INTO leads_fts(rowid, name, job_title, company) "
                                 "SELECT seq, first_name || ' ' || last_name, job_title, company "
                                 "FROM leads"),
                  error)) {
            db.rollback();
            return false;
        }
    }
    return db.commit() || (*error = db.lastError().text(), false);
}

} // namespace lance::engine
