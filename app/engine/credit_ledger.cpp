#include "credit_ledger.h"

#include "iso_time.h"
#include "store.h"
#include "transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lance::engine {

CreditLedger::CreditLedger(Store &store, const EngineConfig &config)
    : m_store(store)
    , m_config(config)
{}

int CreditLedger::costOf(ContactField f) const
{
    return f == ContactField::Emails ? m_config.costEmails : m_config.costPhones;
}

bool CreditLedger::ensureOrganization(const QString &orgId, QString *error)
{
    if (m_knownOrgs.contains(orgId))
        return true;
    QSqlDatabase &db = m_store.db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM organizations WHERE id = ?"));
    q.addBindValue(orgId);
    if (q.exec() && q.next()) {
        m_knownOrgs.insert(orgId);
        return true;
    }
    q.finish();
    Transaction tx(db);
    const QString now = toIsoTimeMs(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO organizations(id, created_at) VALUES (?, ?)"));
    ins.addBindValue(orgId);
    ins.addBindValue(now);
    QSqlQuery bonus(db);
    bonus.prepare(QStringLiteral(
        "INSERT INTO credit_transactions(id, organization_id, type, amount, operation_type, "
        "source, reference_id, description, metadata, created_at, updated_at) "
        "VALUES (?, ?, 'credit_added', ?, NULL, 'signup_bonus', NULL, ?, '{}', ?, ?)"));
    bonus.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    bonus.addBindValue(orgId);
    bonus.addBindValue(m_config.startingCredits);
    bonus.addBindValue(QStringLiteral("Starting credits"));
    bonus.addBindValue(now);
    bonus.addBindValue(now);
    if (!tx.isOpen() || !ins.exec() || !bonus.exec() || !tx.commit()) {
        *error = db.lastError().text() + ins.lastError().text() + bonus.lastError().text();
        return false;
    }
    m_knownOrgs.insert(orgId);
    return true;
}

bool CreditLedger::balance(const QString &orgId, qint64 *available, qint64 *held, QString *error)
{
    QSqlQuery &q =
        m_store.cached(QStringLiteral("SELECT (SELECT COALESCE(SUM(amount), 0) FROM "
                                      "credit_transactions WHERE organization_id = ?),"
                                      "       (SELECT COALESCE(SUM(cost), 0) FROM enrichments "
                                      "WHERE org_id = ? AND status = 'pending')"));
    q.addBindValue(orgId);
    q.addBindValue(orgId);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    *held = q.value(1).toLongLong();
    *available = q.value(0).toLongLong() - *held;
    q.finish();
    return true;
}

bool CreditLedger::history(const QString &orgId, int limit, int offset, const QString &startDate,
                           const QString &endDate, QJsonArray *transactions, qint64 *count,
                           QString *error)
{
    QString where = QStringLiteral(" WHERE organization_id = ?");
    QVariantList binds{orgId};
    // Timestamps share one fixed-width UTC form, so text order is time order.
    if (!startDate.isEmpty()) {
        where += QStringLiteral(" AND created_at >= ?");
        binds << startDate;
    }
    if (!endDate.isEmpty()) {
        where += QStringLiteral(" AND created_at <= ?");
        binds << endDate;
    }
    QSqlQuery c(m_store.db());
    c.prepare(QStringLiteral("SELECT count(*) FROM credit_transactions") + where);
    for (const QVariant &b : binds)
        c.addBindValue(b);
    if (!c.exec() || !c.next()) {
        *error = c.lastError().text();
        return false;
    }
    *count = c.value(0).toLongLong();
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, organization_id, type, amount, operation_type, source, "
                             "reference_id, description, metadata, created_at, updated_at "
                             "FROM credit_transactions") +
              where + QStringLiteral(" ORDER BY seq DESC LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    auto nullable = [](const QVariant &v) {
        return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
    };
    while (q.next()) {
        transactions->append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("organizationId"), q.value(1).toString()},
            {QStringLiteral("type"), q.value(2).toString()},
            {QStringLiteral("amount"), q.value(3).toLongLong()},
            {QStringLiteral("operationType"), nullable(q.value(4))},
            {QStringLiteral("source"), q.value(5).toString()},
            {QStringLiteral("referenceId"), nullable(q.value(6))},
            {QStringLiteral("description"), q.value(7).toString()},
            {QStringLiteral("metadata"),
             QJsonDocument::fromJson(q.value(8).toByteArray()).object()},
            {QStringLiteral("createdAt"), q.value(9).toString()},
            {QStringLiteral("updatedAt"), q.value(10).toString()},
        });
    }
    return true;
}

} // namespace lance::engine
