#include "enrichment_service.h"

#include "iso_time.h"
#include "store.h"
#include "transaction.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace lance::engine {

namespace {

const char *const kEnrichmentColumns =
    "id, created_at, updated_at, person_id, entity_type, field, status, error, data_found, "
    "created_by, org_id, global_enrichment_id, credit_transaction_id, value";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString operationType(ContactField f)
{
    return f == ContactField::Emails ? QStringLiteral("enrichment_email")
                                     : QStringLiteral("enrichment_phone");
}

Enrichment enrichmentFromRow(const QSqlQuery &q)
{
    Enrichment e;
    e.id = q.value(0).toString();
    e.createdAt = q.value(1).toString();
    e.updatedAt = q.value(2).toString();
    e.entityId = q.value(3).toString();
    e.entityType = q.value(4).toString();
    parseField(q.value(5).toString(), &e.field);
    parseStatus(q.value(6).toString(), &e.status);
    e.error = q.value(7).toString();
    e.dataFound = q.value(8).isNull() ? -1 : q.value(8).toInt();
    e.createdBy = q.value(9).toString();
    e.orgId = q.value(10).toString();
    e.globalEnrichmentId = q.value(11).toString();
    e.creditTransactionId = q.value(12).toString();
    const QByteArray value = q.value(13).toByteArray();
    if (!value.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(value);
        e.value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    return e;
}

} // namespace

EnrichmentService::EnrichmentService(Store &store, const EngineConfig &config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(config)
    , m_ledger(store, config)
    , m_estimator(store, m_ledger)
{
    qRegisterMetaType<QList<lance::engine::ProviderJob>>();
}

qint64 EnrichmentService::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<ApiError> EnrichmentService::request(const Caller &caller,
                                                   const QStringList &personIds, ContactField field,
                                                   QList<Enrichment> *out)
{
    QString error;
    if (!sweepTimeouts(&error))
        return ApiError::internal(error);

    QStringList ids;
    QSet<QString> seen;
    for (const QString &id : personIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    const QStringList unknown = m_store.unknownIds(ids);
    if (!unknown.isEmpty()) {
        return ApiError::validation(
            QStringLiteral("Unknown person IDs"),
            {{QStringLiteral("unknownIds"), QJsonArray::fromStringList(unknown)}});
    }

    QSqlDatabase &db = m_store.db();
    Transaction tx(db);
    if (!tx.isOpen())
        return ApiError::internal(db.lastError().text());

    const QString fieldText = fieldName(field);
    QSqlQuery findReusable(db);
    findReusable.prepare(QStringLiteral(
        "SELECT id FROM enrichments WHERE org_id = ? AND person_id = ? AND field = ? "
        "AND status IN ('pending', 'finished')"));
    QHash<QString, QString> reusable; // person -> enrichment id
    QStringList fresh;
    for (const QString &id : ids) {
        findReusable.bindValue(0, caller.orgId);
        findReusable.bindValue(1, id);
        findReusable.bindValue(2, fieldText);
        if (!findReusable.exec())
            return ApiError::internal(findReusable.lastError().text());
        if (findReusable.next())
            reusable.insert(id, findReusable.value(0).toString());
        else
            fresh << id;
        findReusable.finish();
    }

    const int cost = m_ledger.costOf(field);
    if (!fresh.isEmpty()) {
        qint64 available = 0, held = 0;
        if (!m_ledger.balance(caller.orgId, &available, &held, &error))
            return ApiError::internal(error);
        const qint64 required = qint64(cost) * fresh.size();
        if (available < required) {
            return ApiError{
                402,
                QString::fromLatin1(ApiError::InsufficientCredits),
                QStringLiteral("Insufficient credits for %1 enrichments. Required: %2 credits.")
                    .arg(fresh.size())
                    .arg(required),
                {{QStringLiteral("operationType"), operationType(field)},
                 {QStringLiteral("count"), fresh.size()},
                 {QStringLiteral("required"), required}}};
        }
    }

    const qint64 createdMs = nowMs();
    const QString now = toIsoTimeMs(createdMs);
    QSqlQuery attempts(db);
    attempts.prepare(QStringLiteral(
        "SELECT count(*) FROM enrichments WHERE org_id = ? AND person_id = ? AND field = ?"));
    QSqlQuery global(db);
    global.prepare(QStringLiteral(
        "SELECT id, value FROM global_enrichments WHERE person_id = ? AND field = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO enrichments(id, org_id, person_id, entity_type, field, status, error, "
        "data_found, created_by, global_enrichment_id, credit_transaction_id, value, cost, "
        "created_ms, created_at, updated_at) "
        "VALUES (?, ?, ?, 'person', ?, 'pending', NULL, NULL, ?, NULL, NULL, NULL, ?, ?, ?, ?)"));
    QList<ProviderJob> jobs;
    for (const QString &person : fresh) {
        ProviderJob job;
        job.enrichmentId = newId();
        job.personId = person;
        job.field = field;
        attempts.bindValue(0, caller.orgId);
        attempts.bindValue(1, person);
        attempts.bindValue(2, fieldText);
        if (attempts.exec() && attempts.next())
            job.attempt = attempts.value(0).toInt();
        attempts.finish();
        global.bindValue(0, person);
        global.bindValue(1, fieldText);
        if (global.exec() && global.next()) {
            job.cachedGlobalId = global.value(0).toString();
            job.cachedValue = global.value(1).toString();
        }
        global.finish();
        insert.bindValue(0, job.enrichmentId);
        insert.bindValue(1, caller.orgId);
        insert.bindValue(2, person);
        insert.bindValue(3, fieldText);
        insert.bindValue(4, caller.userId);
        insert.bindValue(5, cost);
        insert.bindValue(6, createdMs);
        insert.bindValue(7, now);
        insert.bindValue(8, now);
        if (!insert.exec())
            return ApiError::internal(insert.lastError().text());
        reusable.insert(person, job.enrichmentId);
        jobs << job;
    }

    // Read back in request order, inside the transaction, so the answer is
    // exactly what is committed.
    QList<Enrichment> result;
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT %1 FROM enrichments WHERE id = ?")
                     .arg(QLatin1String(kEnrichmentColumns)));
    for (const QString &person : ids) {
        read.bindValue(0, reusable.value(person));
        if (!read.exec() || !read.next())
            return ApiError::internal(read.lastError().text());
        result << enrichmentFromRow(read);
        read.finish();
    }
    if (!tx.commit())
        return ApiError::internal(db.lastError().text());
    *out = result;
    if (!jobs.isEmpty())
        emit jobsCreated(jobs);
    return std::nullopt;
}

std::optional<ApiError> EnrichmentService::request(const Caller &caller,
                                                   const SelectionJson &selection,
                                                   ContactField field, QList<Enrichment> *out)
{
    if (selection.mode == SelectionJson::Mode::Manual)
        return request(caller, selection.includedIds, field, out);
    QStringList range;
    QString why;
    if (!m_store.searchIds(caller.orgId, selection.filters, selection.sort, selection.startIndex,
                           selection.targetCount, &range, &why))
        return ApiError::internal(why);
    const QSet<QString> skip(selection.excludedIds.cbegin(), selection.excludedIds.cend());
    QStringList personIds;
    for (const QString &id : std::as_const(range))
        if (!skip.contains(id))
            personIds << id;
    if (personIds.isEmpty()) {
        out->clear();
        return std::nullopt;
    }
    return request(caller, personIds, field, out);
}

bool EnrichmentService::readEnrichments(const QString &whereSql, const QVariantList &binds,
                                        QList<Enrichment> *out, QString *error)
{
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM enrichments %2")
                  .arg(QLatin1String(kEnrichmentColumns), whereSql));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->append(enrichmentFromRow(q));
    return true;
}

bool EnrichmentService::newest(const Caller &caller, const QString &personId, ContactField field,
                               std::optional<Enrichment> *out, QString *error)
{
    QList<Enrichment> found;
    if (!newestMany(caller, {{personId, field}}, &found, error))
        return false;
    *out = found.isEmpty() ? std::nullopt : std::optional<Enrichment>(found.first());
    return true;
}

bool EnrichmentService::newestMany(const Caller &caller,
                                   const QList<QPair<QString, ContactField>> &tasks,
                                   QList<Enrichment> *out, QString *error)
{
    // Reading is one of the moments the contract marks overdue work timeout.
    if (!sweepTimeouts(error))
        return false;
    if (tasks.isEmpty())
        return true;
    // One statement for the whole list: the newest row of each (person,
    // field) is the highest seq in the enrichments_newest index.
    QStringList persons;
    QSet<QString> seen;
    for (const auto &task : tasks) {
        if (!seen.contains(task.first)) {
            seen.insert(task.first);
            persons << task.first;
        }
    }
    QSqlQuery &q = m_store.cached(
        QStringLiteral("SELECT %1 FROM enrichments WHERE seq IN (SELECT max(seq) FROM "
                       "enrichments WHERE org_id = ? AND person_id IN (%2) "
                       "GROUP BY person_id, field)")
            .arg(QLatin1String(kEnrichmentColumns),
                 QStringList(persons.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    q.addBindValue(caller.orgId);
    for (const QString &p : persons)
        q.addBindValue(p);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QHash<QString, Enrichment> newest; // person + field -> enrichment
    while (q.next()) {
        const Enrichment e = enrichmentFromRow(q);
        newest.insert(e.entityId + fieldName(e.field), e);
    }
    // Answer in task order, each task once.
    QSet<QString> answered;
    for (const auto &task : tasks) {
        const QString key = task.first + fieldName(task.second);
        auto it = newest.constFind(key);
        if (it != newest.constEnd() && !answered.contains(key)) {
            answered.insert(key);
            out->append(*it);
        }
    }
    return true;
}

bool EnrichmentService::cancel(const Caller &caller, const QString &personId, ContactField field,
                               std::optional<Enrichment> *out, QString *error)
{
    QList<Enrichment> cancelled;
    if (!cancelMany(caller, {personId}, field, &cancelled, error))
        return false;
    *out = cancelled.isEmpty() ? std::nullopt : std::optional<Enrichment>(cancelled.first());
    return true;
}

bool EnrichmentService::cancelMany(const Caller &caller, const QStringList &personIds,
                                   ContactField field, QList<Enrichment> *cancelled, QString *error)
{
    if (!sweepTimeouts(error))
        return false;
    QSqlDatabase &db = m_store.db();
    // One transaction for the whole list: a rep cancelling thousands waits
    // for one commit, and the holds come back together.
    Transaction tx(db);
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE enrichments SET status = 'cancelled', updated_at = ? WHERE org_id = ? "
        "AND person_id = ? AND field = ? AND status = 'pending'"));
    const QString now = toIsoTimeMs(nowMs());
    QSet<QString> seen;
    for (const QString &personId : personIds) {
        if (seen.contains(personId))
            continue; // a duplicate id cancels once, at its first place
        seen.insert(personId);
        u.addBindValue(now);
        u.addBindValue(caller.orgId);
        u.addBindValue(personId);
        u.addBindValue(fieldName(field));
        if (!tx.isOpen() || !u.exec()) {
            *error = u.lastError().text();
            return false;
        }
        if (u.numRowsAffected() == 0)
            continue; // nothing pending: it finished, failed or was cancelled already
        if (!readEnrichments(QStringLiteral("WHERE org_id = ? AND person_id = ? AND field = ? "
                                            "ORDER BY seq DESC LIMIT 1"),
                             {caller.orgId, personId, fieldName(field)}, cancelled, error))
            return false;
    }
    if (!tx.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool EnrichmentService::sweepTimeouts(QString *error)
{
    const qint64 now = nowMs();
    const qint64 cutoff = now - qint64(m_config.maxAgeS) * 1000;
    // Most reads find nothing overdue; a read-only probe of the partial
    // index on pending rows avoids taking the write lock for them.
    QSqlQuery &probe = m_store.cached(QStringLiteral(
        "SELECT 1 FROM enrichments WHERE status = 'pending' AND created_ms < ? LIMIT 1"));
    probe.addBindValue(cutoff);
    if (!probe.exec()) {
        *error = probe.lastError().text();
        return false;
    }
    if (!probe.next())
        return true;
    probe.finish();
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("UPDATE enrichments SET status = 'timeout', error = 'Enrichment timed out', "
                       "updated_at = ? WHERE status = 'pending' AND created_ms < ?"));
    q.addBindValue(toIsoTimeMs(now));
    q.addBindValue(cutoff);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool EnrichmentService::isPending(const QString &enrichmentId)
{
    QSqlQuery &q =
        m_store.cached(QStringLiteral("SELECT status = 'pending' FROM enrichments WHERE id = ?"));
    q.addBindValue(enrichmentId);
    const bool pending = q.exec() && q.next() && q.value(0).toBool();
    q.finish();
    return pending;
}

QList<ProviderJob> EnrichmentService::pendingJobs()
{
    QList<ProviderJob> jobs;
    QSqlQuery q(m_store.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT e.id, e.person_id, e.field, "
        "  (SELECT count(*) FROM enrichments p WHERE p.org_id = e.org_id AND p.person_id = "
        "e.person_id "
        "   AND p.field = e.field AND p.seq < e.seq), g.id, g.value "
        "FROM enrichments e LEFT JOIN global_enrichments g ON g.person_id = e.person_id "
        "AND g.field = e.field WHERE e.status = 'pending' ORDER BY e.seq"));
    while (q.next()) {
        ProviderJob job;
        job.enrichmentId = q.value(0).toString();
        job.personId = q.value(1).toString();
        parseField(q.value(2).toString(), &job.field);
        job.attempt = q.value(3).toInt();
        job.cachedGlobalId = q.value(4).toString();
        job.cachedValue = q.value(5).toString();
        jobs << job;
    }
    return jobs;
}

bool EnrichmentService::applyOutcomes(const QList<ProviderOutcome> &outcomes, QString *error)
{
    // Contacts found here reach the store's in-memory facet flags only if
    // the transaction commits.
    struct Settle
    {
        Store &store;
        bool committed = false;
        ~Settle() { store.settleContacts(committed); }
    } settle{m_store};
    QSqlDatabase &db = m_store.db();
    Transaction tx(db);
    if (!tx.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    const QString now = toIsoTimeMs(nowMs());
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT org_id, person_id, field, cost FROM enrichments WHERE id = "
                                "? AND status = 'pending'"));
    QSqlQuery finish(db);
    finish.prepare(QStringLiteral(
        "UPDATE enrichments SET status = ?, error = ?, data_found = ?, global_enrichment_id = ?, "
        "credit_transaction_id = ?, value = ?, updated_at = ? WHERE id = ? AND status = "
        "'pending'"));
    QSqlQuery globalInsert(db);
    globalInsert.prepare(QStringLiteral(
        "INSERT INTO global_enrichments(id, person_id, field, value, provider, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(person_id, field) DO NOTHING"));
    QSqlQuery globalRead(db);
    globalRead.prepare(QStringLiteral(
        "SELECT id, value FROM global_enrichments WHERE person_id = ? AND field = ?"));
    QSqlQuery charge(db);
    charge.prepare(QStringLiteral(
        "INSERT INTO credit_transactions(id, organization_id, type, amount, operation_type, "
        "source, reference_id, description, metadata, created_at, updated_at) "
        "VALUES (?, ?, 'credit_consumed', ?, ?, 'enrichment', ?, ?, ?, ?, ?)"));

    auto fail = [&](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    for (const ProviderOutcome &o : outcomes) {
        read.bindValue(0, o.enrichmentId);
        if (!read.exec())
            return fail(read);
        if (!read.next()) {
            read.finish();
            continue; // cancelled or timed out meanwhile: the hold is gone already
        }
        const QString orgId = read.value(0).toString();
        const QString personId = read.value(1).toString();
        const QString field = read.value(2).toString();
        const qint64 cost = read.value(3).toLongLong();
        read.finish();

        QVariant status = QStringLiteral("finished"), err, found, globalId, txId, value;
        if (o.kind == ProviderOutcome::Failed) {
            status = QStringLiteral("failed");
            err = o.error;
        } else if (o.kind == ProviderOutcome::NotFound) {
            found = 0;
        } else {
            found = 1;
            // The first organization to find a contact stores it for all.
            globalInsert.bindValue(0, QUuid::createUuid().toString(QUuid::WithoutBraces));
            globalInsert.bindValue(1, personId);
            globalInsert.bindValue(2, field);
            globalInsert.bindValue(3, o.value);
            globalInsert.bindValue(4, o.provider);
            globalInsert.bindValue(5, now);
            if (!globalInsert.exec())
                return fail(globalInsert);
            globalRead.bindValue(0, personId);
            globalRead.bindValue(1, field);
            if (!globalRead.exec() || !globalRead.next())
                return fail(globalRead);
            globalId = globalRead.value(0).toString();
            const QString contact = globalRead.value(1).toString();
            globalRead.finish();
            value = QString::fromUtf8(
                QJsonDocument(QJsonObject{{field, QJsonArray{contact}},
                                          {QStringLiteral("provider"), o.provider}})
                    .toJson(QJsonDocument::Compact));
            // Capture: the hold becomes a consumed transaction.
            txId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const bool emails = field == QLatin1String("emails");
            charge.bindValue(0, txId);
            charge.bindValue(1, orgId);
            charge.bindValue(2, -cost);
            charge.bindValue(3, emails ? QStringLiteral("enrichment_email")
                                       : QStringLiteral("enrichment_phone"));
            charge.bindValue(4, o.enrichmentId);
            charge.bindValue(5, emails ? QStringLiteral("Email enrichment")
                                       : QStringLiteral("Phone enrichment"));
            charge.bindValue(
                6,
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("personId"), personId}})
                                      .toJson(QJsonDocument::Compact)));
            charge.bindValue(7, now);
            charge.bindValue(8, now);
            if (!charge.exec())
                return fail(charge);
            if (!m_store.addContact(personId, field, contact, now)) {
                *error = QStringLiteral("cannot store the contact on lead %1").arg(personId);
                return false;
            }
        }
        finish.bindValue(0, status);
        finish.bindValue(1, err);
        finish.bindValue(2, found);
        finish.bindValue(3, globalId);
        finish.bindValue(4, txId);
        finish.bindValue(5, value);
        finish.bindValue(6, now);
        finish.bindValue(7, o.enrichmentId);
        if (!finish.exec())
            return fail(finish);
    }
    if (!tx.commit()) {
        *error = db.lastError().text();
        return false;
    }
    settle.committed = true;
    return true;
}

} // namespace lance::engine
