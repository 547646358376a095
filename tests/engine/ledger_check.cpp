#include "ledger_check.h"

#include "engine_harness.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace lance::test {

namespace {

std::atomic<int> g_connections{0};

// A read-only connection of its own, removed again when the check ends, so
// checks can run beside the engine and each other.
class ReadOnlyDb
{
public:
    explicit ReadOnlyDb(const QString &path)
        : m_name(QStringLiteral("lance-ledger-check-%1").arg(g_connections.fetch_add(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        // The engine may be writing: wait for its locks rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (!QFileInfo::exists(path))
            m_error = QStringLiteral("no database file at %1").arg(path);
        else if (!db.open())
            m_error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
    }
    ~ReadOnlyDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

// Collects violations, at most kPerKind of one kind word for word (the rest
// counted), so a broken ledger gives a readable report, not megabytes.
class Report
{
public:
    static constexpr int kPerKind = 10;
    void add(const QString &kind, const QString &text)
    {
        if (++m_counts[kind] <= kPerKind)
            m_lines << QStringLiteral("%1: %2").arg(kind, text);
    }
    QStringList lines() const
    {
        QStringList out = m_lines;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            if (it.value() > kPerKind)
                out << QStringLiteral("%1: ... and %2 more")
                           .arg(it.key())
                           .arg(it.value() - kPerKind);
        return out;
    }

private:
    QStringList m_lines;
    QHash<QString, int> m_counts;
};

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, Report *report)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        report->add(QStringLiteral("query failed"),
                    QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(100)));
        return false;
    }
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        report->add(QStringLiteral("query failed"),
                    QStringLiteral("%1 (%2)").arg(q.lastError().text(), sql.left(100)));
        return false;
    }
    return true;
}

QString text(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString();
}

// The invariants that need only the file, read as one snapshot.
void checkFile(QSqlDatabase db, const LedgerCheck &check, Report *report)
{
    // One read transaction: in WAL mode every statement below sees the
    // same committed state, however much the engine writes meanwhile.
    if (!db.transaction()) {
        report->add(QStringLiteral("query failed"), db.lastError().text());
        return;
    }
    QSqlQuery q(db);

    // Per organization: available = added - consumed - held >= 0, with
    // held the cost of its pending enrichments, and one signup bonus.
    if (run(q,
            QStringLiteral("SELECT o.id,"
                           " (SELECT COALESCE(SUM(amount), 0) FROM credit_transactions t"
                           "   WHERE t.organization_id = o.id AND t.type = 'credit_added'),"
                           " (SELECT COALESCE(-SUM(amount), 0) FROM credit_transactions t"
                           "   WHERE t.organization_id = o.id AND t.type = 'credit_consumed'),"
                           " (SELECT COALESCE(SUM(cost), 0) FROM enrichments e"
                           "   WHERE e.org_id = o.id AND e.status = 'pending'),"
                           " (SELECT count(*) FROM credit_transactions t"
                           "   WHERE t.organization_id = o.id AND t.type = 'credit_added'"
                           "   AND t.source = 'signup_bonus')"
                           " FROM organizations o"),
            {}, report)) {
        while (q.next()) {
            const QString org = q.value(0).toString();
            const qint64 added = q.value(1).toLongLong();
            const qint64 consumed = q.value(2).toLongLong();
            const qint64 held = q.value(3).toLongLong();
            const qint64 available = added - consumed - held;
            if (available < 0)
                report->add(QStringLiteral("overspent"),
                            QStringLiteral("organization %1: added %2 - consumed %3 - held %4 = %5")
                                .arg(org)
                                .arg(added)
                                .arg(consumed)
                                .arg(held)
                                .arg(available));
            if (q.value(4).toInt() != 1)
                report->add(QStringLiteral("signup bonus"),
                            QStringLiteral("organization %1 has %2 signup_bonus transactions")
                                .arg(org)
                                .arg(q.value(4).toInt()));
        }
    }
    q.finish();

    // Signs: the balance is a plain SUM(amount) only if added is positive
    // and consumed negative.
    if (run(q,
            QStringLiteral("SELECT id, type, amount FROM credit_transactions WHERE "
                           "(type = 'credit_added' AND amount < 0) OR "
                           "(type = 'credit_consumed' AND amount > 0)"),
            {}, report)) {
        while (q.next())
            report->add(QStringLiteral("wrong sign"),
                        QStringLiteral("transaction %1 (%2) has amount %3")
                            .arg(q.value(0).toString(), q.value(1).toString())
                            .arg(q.value(2).toLongLong()));
    }
    q.finish();

    // Every credit_consumed names exactly one enrichment of its organization,
    // finished with data found, that names it back, for exactly its cost.
    if (run(q,
            QStringLiteral("SELECT t.id, t.organization_id, t.amount, t.reference_id, e.id, "
                           "e.org_id, e.status, e.data_found, e.credit_transaction_id, e.cost "
                           "FROM credit_transactions t LEFT JOIN enrichments e "
                           "ON e.id = t.reference_id WHERE t.type = 'credit_consumed'"),
            {}, report)) {
        while (q.next()) {
            const QString tx = q.value(0).toString();
            if (q.value(4).isNull()) {
                report->add(QStringLiteral("consumed without enrichment"),
                            QStringLiteral("transaction %1 references %2, no such enrichment")
                                .arg(tx, text(q.value(3))));
                continue;
            }
            const QString enrichment = q.value(4).toString();
            if (q.value(6).toString() != QLatin1String("finished") || q.value(7).isNull() ||
                q.value(7).toInt() != 1)
                report->add(QStringLiteral("charged for nothing"),
                            QStringLiteral("transaction %1 charges enrichment %2, which is %3 "
                                           "with data_found %4")
                                .arg(tx, enrichment, q.value(6).toString(), text(q.value(7))));
            if (q.value(8).toString() != tx)
                report->add(QStringLiteral("transaction not named back"),
                            QStringLiteral("transaction %1 charges enrichment %2, whose "
                                           "credit_transaction_id is %3")
                                .arg(tx, enrichment, text(q.value(8))));
            if (q.value(5).toString() != q.value(1).toString())
                report->add(QStringLiteral("wrong organization charged"),
                            QStringLiteral("transaction %1 of %2 charges enrichment %3 of %4")
                                .arg(tx, q.value(1).toString(), enrichment, q.value(5).toString()));
            if (q.value(2).toLongLong() != -q.value(9).toLongLong())
                report->add(QStringLiteral("wrong amount"),
                            QStringLiteral("transaction %1 amount %2, enrichment %3 cost %4")
                                .arg(tx)
                                .arg(q.value(2).toLongLong())
                                .arg(enrichment)
                                .arg(q.value(9).toLongLong()));
        }
    }
    q.finish();

    if (run(q,
            QStringLiteral("SELECT reference_id, count(*) FROM credit_transactions "
                           "WHERE type = 'credit_consumed' GROUP BY reference_id "
                           "HAVING count(*) > 1"),
            {}, report)) {
        while (q.next())
            report->add(QStringLiteral("charged twice"),
                        QStringLiteral("enrichment %1 has %2 credit_consumed transactions")
                            .arg(text(q.value(0)))
                            .arg(q.value(1).toInt()));
    }
    q.finish();

    // From the enrichment side: found means charged, and only found is
    // charged.
    if (run(q,
            QStringLiteral("SELECT e.id, e.status, e.data_found, e.credit_transaction_id, t.id, "
                           "t.type, t.reference_id FROM enrichments e LEFT JOIN "
                           "credit_transactions t ON t.id = e.credit_transaction_id "
                           "WHERE (e.status = 'finished' AND e.data_found = 1) "
                           "OR e.credit_transaction_id IS NOT NULL"),
            {}, report)) {
        while (q.next()) {
            const QString enrichment = q.value(0).toString();
            const bool found = q.value(1).toString() == QLatin1String("finished") &&
                               !q.value(2).isNull() && q.value(2).toInt() == 1;
            if (found && q.value(3).isNull()) {
                report->add(QStringLiteral("found but not charged"),
                            QStringLiteral("enrichment %1 is finished with data and has no "
                                           "credit_transaction_id")
                                .arg(enrichment));
            } else if (!found) {
                report->add(QStringLiteral("charged for nothing"),
                            QStringLiteral("enrichment %1 is %2 with data_found %3 but names "
                                           "transaction %4")
                                .arg(enrichment, q.value(1).toString(), text(q.value(2)),
                                     q.value(3).toString()));
            } else if (q.value(4).isNull()) {
                report->add(QStringLiteral("found but not charged"),
                            QStringLiteral("enrichment %1 names transaction %2, which does not "
                                           "exist")
                                .arg(enrichment, q.value(3).toString()));
            } else if (q.value(5).toString() != QLatin1String("credit_consumed") ||
                       q.value(6).toString() != enrichment) {
                report->add(QStringLiteral("transaction not named back"),
                            QStringLiteral("enrichment %1 names transaction %2 (%3, "
                                           "reference_id %4)")
                                .arg(enrichment, q.value(3).toString(), q.value(5).toString(),
                                     text(q.value(6))));
            }
        }
    }
    q.finish();

    if (run(q,
            QStringLiteral("SELECT credit_transaction_id, count(*) FROM enrichments "
                           "WHERE credit_transaction_id IS NOT NULL "
                           "GROUP BY credit_transaction_id HAVING count(*) > 1"),
            {}, report)) {
        while (q.next())
            report->add(QStringLiteral("transaction shared"),
                        QStringLiteral("transaction %1 is named by %2 enrichments")
                            .arg(q.value(0).toString())
                            .arg(q.value(1).toInt()));
    }
    q.finish();

    // dataFound is null while pending and on failed, timeout and cancelled
    // work; finished work knows whether it found something.
    if (run(q,
            QStringLiteral("SELECT id, status, data_found, cost FROM enrichments WHERE cost < 0 "
                           "OR (status = 'finished' AND (data_found IS NULL OR data_found NOT "
                           "IN (0, 1))) OR (status <> 'finished' AND data_found IS NOT NULL)"),
            {}, report)) {
        while (q.next())
            report->add(QStringLiteral("incoherent enrichment"),
                        QStringLiteral("enrichment %1 is %2 with data_found %3, cost %4")
                            .arg(q.value(0).toString(), q.value(1).toString(), text(q.value(2)))
                            .arg(q.value(3).toLongLong()));
    }
    q.finish();

    // Engine rule 6: one reusable (pending or finished) enrichment per
    // (organization, person, field).
    if (run(q,
            QStringLiteral("SELECT org_id, person_id, field, count(*), group_concat(status) "
                           "FROM enrichments WHERE status IN ('pending', 'finished') "
                           "GROUP BY org_id, person_id, field HAVING count(*) > 1"),
            {}, report)) {
        while (q.next())
            report->add(
                QStringLiteral("two active"),
                QStringLiteral("%1 / %2 / %3 has %4 reusable enrichments (%5)")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                    .arg(q.value(3).toInt())
                    .arg(q.value(4).toString()));
    }
    q.finish();

    // Engine rule 4: enrichments only ever name leads that exist.
    if (run(q,
            QStringLiteral("SELECT id, person_id FROM enrichments e WHERE NOT EXISTS "
                           "(SELECT 1 FROM leads l WHERE l.id = e.person_id)"),
            {}, report)) {
        while (q.next())
            report->add(QStringLiteral("unknown person"),
                        QStringLiteral("enrichment %1 names person %2, who is no lead")
                            .arg(q.value(0).toString(), q.value(1).toString()));
    }
    q.finish();

    if (check.maxAgeS > 0) {
        const qint64 cutoff = check.sweptAtMs - qint64(check.maxAgeS) * 1000;
        if (run(q,
                QStringLiteral("SELECT id, created_ms FROM enrichments "
                               "WHERE status = 'pending' AND created_ms < ?"),
                {cutoff}, report)) {
            while (q.next())
                report->add(QStringLiteral("overdue pending"),
                            QStringLiteral("enrichment %1 pending since %2 ms before the sweep, "
                                           "max age %3 s")
                                .arg(q.value(0).toString())
                                .arg(check.sweptAtMs - q.value(1).toLongLong())
                                .arg(check.maxAgeS));
        }
        q.finish();
    }
    db.rollback(); // read only: ends the snapshot
}

struct OrgSums
{
    qint64 available = 0;
    qint64 held = 0;
    bool operator==(const OrgSums &o) const { return available == o.available && held == o.held; }
};

// One statement, so one snapshot: what the file says the organization has.
bool orgSums(QSqlDatabase db, const QString &org, OrgSums *out)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT COALESCE(SUM(amount), 0) FROM credit_transactions "
                             "WHERE organization_id = ?), (SELECT COALESCE(SUM(cost), 0) FROM "
                             "enrichments WHERE org_id = ? AND status = 'pending')"));
    q.addBindValue(org);
    q.addBindValue(org);
    if (!q.exec() || !q.next())
        return false;
    out->held = q.value(1).toLongLong();
    out->available = q.value(0).toLongLong() - out->held;
    return true;
}

// The engine's answer must match the file. A running engine changes both
// between two reads, so the answer is bracketed by a file read before and
// after it and must equal one of them; a few tries find a quiet moment.
void checkBalances(QSqlDatabase db, const LedgerCheck &check, Report *report)
{
    const QByteArrayList tokens =
        check.tokens.isEmpty() ? QByteArrayList{EngineProcess::kToken} : check.tokens;
    for (const QByteArray &token : tokens) {
        QString last;
        bool matched = false;
        for (int attempt = 0; attempt < 40 && !matched; ++attempt) {
            OrgSums before, after;
            const Reply r =
                check.engine->get(QStringLiteral("/api/v1/operations/credits/balance"), token);
            const QString org = r.object().value(QStringLiteral("organizationId")).toString();
            if (r.status != 200 || org.isEmpty()) {
                last =
                    QStringLiteral("GET balance answered %1").arg(QString::fromUtf8(r.describe()));
                continue;
            }
            if (!orgSums(db, org, &before)) {
                last = QStringLiteral("cannot read the sums of %1").arg(org);
                continue;
            }
            const Reply again =
                check.engine->get(QStringLiteral("/api/v1/operations/credits/balance"), token);
            if (!orgSums(db, org, &after)) {
                last = QStringLiteral("cannot read the sums of %1").arg(org);
                continue;
            }
            const OrgSums engine{again.object().value(QStringLiteral("balance")).toInteger(-1),
                                 again.object().value(QStringLiteral("held")).toInteger(-1)};
            matched = again.status == 200 && (engine == before || engine == after);
            last = QStringLiteral("organization %1: engine says balance %2 held %3, the file "
                                  "says balance %4 held %5 (then %6 / %7)")
                       .arg(org)
                       .arg(engine.available)
                       .arg(engine.held)
                       .arg(before.available)
                       .arg(before.held)
                       .arg(after.available)
                       .arg(after.held);
        }
        if (!matched)
            report->add(QStringLiteral("balance mismatch"), last);
    }
}

} // namespace

QStringList ledgerViolations(const QString &dbPath, const LedgerCheck &check)
{
    Report report;
    ReadOnlyDb ro(dbPath);
    if (!ro.error().isEmpty()) {
        report.add(QStringLiteral("cannot check"), ro.error());
        return report.lines();
    }
    checkFile(ro.db(), check, &report);
    if (check.engine)
        checkBalances(ro.db(), check, &report);
    return report.lines();
}

bool ledgerHolds(EngineProcess &engine)
{
    LedgerCheck check;
    check.engine = &engine;
    const QStringList violations = ledgerViolations(engine.dbPath(), check);
    for (const QString &v : violations)
        qWarning("ledger violation: %s", qPrintable(v));
    return violations.isEmpty();
}

QStringList answeredViolations(const QString &dbPath,
                               const QHash<QString, AnsweredEnrichment> &answered)
{
    Report report;
    ReadOnlyDb ro(dbPath);
    if (!ro.error().isEmpty()) {
        report.add(QStringLiteral("cannot check"), ro.error());
        return report.lines();
    }
    QHash<QString, AnsweredEnrichment> stored;
    {
        QSqlQuery q(ro.db());
        if (!run(q,
                 QStringLiteral("SELECT id, org_id, person_id, field, status, "
                                "credit_transaction_id FROM enrichments"),
                 {}, &report))
            return report.lines();
        while (q.next())
            stored.insert(q.value(0).toString(),
                          {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString()});
    }
    for (auto it = answered.cbegin(); it != answered.cend(); ++it) {
        const AnsweredEnrichment &a = it.value();
        const auto s = stored.constFind(it.key());
        if (s == stored.cend()) {
            report.add(QStringLiteral("answered but lost"),
                       QStringLiteral("enrichment %1 (%2 / %3 / %4, answered %5) is not in the "
                                      "file")
                           .arg(it.key(), a.orgId, a.personId, a.field, a.status));
            continue;
        }
        if (s->orgId != a.orgId || s->personId != a.personId || s->field != a.field)
            report.add(
                QStringLiteral("answered differently"),
                QStringLiteral("enrichment %1 was answered as %2 / %3 / %4, the file "
                               "has %5 / %6 / %7")
                    .arg(it.key(), a.orgId, a.personId, a.field, s->orgId, s->personId, s->field));
        if (a.status != QLatin1String("pending") && s->status != a.status)
            report.add(QStringLiteral("final status changed"),
                       QStringLiteral("enrichment %1 was answered %2, the file says %3")
                           .arg(it.key(), a.status, s->status));
        if (!a.creditTransactionId.isEmpty() && s->creditTransactionId != a.creditTransactionId)
            report.add(QStringLiteral("transaction changed"),
                       QStringLiteral("enrichment %1 was answered with transaction %2, the file "
                                      "says %3")
                           .arg(it.key(), a.creditTransactionId, s->creditTransactionId));
    }
    return report.lines();
}

} // namespace lance::test
