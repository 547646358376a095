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

// The outcome of one enrichment row as the outcome filters and lead_status
// name it: "finished" splits into found / not_found.
QString outcomeOf(const QString &row)
{
    return QStringLiteral("CASE %1.status WHEN 'finished' THEN CASE WHEN %1.data_found = 1 "
                          "THEN 'found' ELSE 'not_found' END ELSE %1.status END")
        .arg(row);
}

// Version 2: each lead's newest outcome per organization and field, for the
// outcome filters (email_status, phone_status) and the per-lead status in
// search results. Finding "the newest enrichment" by max(seq) over
// enrichments costs a correlated subquery per lead; this table answers
// "which leads are not_found for this organization" from one index range.
// Triggers keep it exact whatever code path writes enrichments (submit,
// provider outcome, timeout sweep, cancel), inside the writer's transaction.
QStringList version2()
{
    // lead_seq is the lead's rowid: the outcome filters test `seq IN (…)`
    // from a covering index, with no lookup of the person's id. An older
    // enrichment changing never overwrites a newer one's outcome.
    const QString upsert =
        QStringLiteral(
            "INSERT INTO lead_outcomes(org_id, field, person_id, lead_seq, status, updated_at, "
            "enrichment_seq) VALUES (NEW.org_id, NEW.field, NEW.person_id, COALESCE((SELECT seq "
            "FROM leads WHERE id = NEW.person_id), 0), %1, NEW.updated_at, NEW.seq) "
            "ON CONFLICT(org_id, field, person_id) DO UPDATE SET status = excluded.status, "
            "updated_at = excluded.updated_at, enrichment_seq = excluded.enrichment_seq "
            "WHERE excluded.enrichment_seq >= lead_outcomes.enrichment_seq;")
            .arg(outcomeOf(QStringLiteral("NEW")));
    return {
        QStringLiteral(R"(CREATE TABLE lead_outcomes (
             org_id TEXT NOT NULL,
             field TEXT NOT NULL,
             person_id TEXT NOT NULL,
             lead_seq INTEGER NOT NULL,
             status TEXT NOT NULL,
             updated_at TEXT NOT NULL,
             enrichment_seq INTEGER NOT NULL,
             PRIMARY KEY (org_id, field, person_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX lead_outcomes_status ON lead_outcomes(org_id, field, status, "
                       "lead_seq)"),
        QStringLiteral("CREATE TRIGGER enrichments_outcome_insert AFTER INSERT ON enrichments "
                       "BEGIN %1 END")
            .arg(upsert),
        QStringLiteral("CREATE TRIGGER enrichments_outcome_update AFTER UPDATE ON enrichments "
                       "BEGIN %1 END")
            .arg(upsert),
        // A version 1 database already holds enrichments.
        QStringLiteral(
            "INSERT INTO lead_outcomes(org_id, field, person_id, lead_seq, status, updated_at, "
            "enrichment_seq) SELECT e.org_id, e.field, e.person_id, COALESCE((SELECT seq FROM "
            "leads WHERE id = e.person_id), 0), %1, e.updated_at, e.seq FROM enrichments e WHERE "
            "e.seq IN (SELECT max(seq) FROM enrichments GROUP BY org_id, field, person_id)")
            .arg(outcomeOf(QStringLiteral("e"))),
    };
}

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
    if (version < 2) {
        for (const QString &sql : version2()) {
            if (!exec(db, sql, error)) {
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
    // Free text that looks like an address or a domain also matches the
    // company's domain exactly, as a rep pastes it ("greengrid.fr").
    sql << QStringLiteral("CREATE INDEX IF NOT EXISTS leads_company_domain ON "
                          "leads(company_domain COLLATE NOCASE)");
    // ... and the emails on file and their domains. Emails live in a JSON
    // list on the lead; this side table makes "who has this address" an
    // index lookup instead of a scan of every list. Store::addContact adds
    // the ones enrichments find.
    bool contactsCreated = false;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'lead_contacts'"));
        contactsCreated = !q.next();
    }
    if (contactsCreated) {
        sql << QStringLiteral(
                   "CREATE TABLE lead_contacts (email TEXT NOT NULL COLLATE NOCASE, domain TEXT "
                   "NOT NULL COLLATE NOCASE, lead_seq INTEGER NOT NULL, PRIMARY KEY (email, "
                   "lead_seq)) WITHOUT ROWID")
            << QStringLiteral("INSERT OR IGNORE INTO lead_contacts(email, domain, lead_seq) "
                              "SELECT j.value, substr(j.value, instr(j.value, '@') + 1), l.seq "
                              "FROM leads l, json_each(l.emails) j WHERE l.has_email = 1 AND "
                              "j.type = 'text' AND instr(j.value, '@') > 0")
            << QStringLiteral("CREATE INDEX lead_contacts_domain ON lead_contacts(domain)");
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
