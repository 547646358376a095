#include "soak_traffic.h"

#include <QNetworkReply>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace lance::soak {

using lance::test::isIsoTimeMs;
using lance::test::isUuidV4;
using lance::test::readReply;
using lance::test::toJson;

namespace {

const QString kBatch = QStringLiteral("/api/v1/operations/enrichment/batch");
const QString kBulk = QStringLiteral("/api/v1/operations/enrichment/bulk");
const QString kQuery = QStringLiteral("/api/v1/operations/enrichment/batch/query");
const QString kBalance = QStringLiteral("/api/v1/operations/credits/balance");

QString singlePath(const QString &person, const QString &field)
{
    return QStringLiteral("/api/v1/operations/enrichment/%1?field=%2").arg(person, field);
}

QStringList distinct(const QStringList &ids)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            out << id;
        }
    return out;
}

// The shape every enrichment object of the contract has, for this caller.
QString checkEnrichment(const QJsonObject &e, const Call &call)
{
    const QString status = e.value(QStringLiteral("status")).toString();
    static const QStringList statuses{QStringLiteral("pending"), QStringLiteral("finished"),
                                      QStringLiteral("failed"), QStringLiteral("timeout"),
                                      QStringLiteral("cancelled")};
    if (!isUuidV4(e.value(QStringLiteral("id")).toString()))
        return QStringLiteral("enrichment id is no UUID v4");
    if (!statuses.contains(status))
        return QStringLiteral("unknown status %1").arg(status);
    if (e.value(QStringLiteral("orgId")).toString() != call.caller.orgId)
        return QStringLiteral("enrichment of organization %1 answered to %2")
            .arg(e.value(QStringLiteral("orgId")).toString(), call.caller.orgId);
    if (e.value(QStringLiteral("entityType")).toString() != QLatin1String("person"))
        return QStringLiteral("entityType is not person");
    if (!isIsoTimeMs(e.value(QStringLiteral("createdAt")).toString()))
        return QStringLiteral("createdAt is not ISO 8601 with ms");
    const QJsonValue found = e.value(QStringLiteral("dataFound"));
    if (status == QLatin1String("pending") && !found.isNull())
        return QStringLiteral("pending with dataFound set");
    if (status == QLatin1String("finished") && !found.isBool())
        return QStringLiteral("finished without dataFound");
    const QJsonValue tx = e.value(QStringLiteral("creditTransactionId"));
    if (found.toBool() != tx.isString())
        return QStringLiteral("dataFound %1 but creditTransactionId %2")
            .arg(found.toBool() ? QStringLiteral("true") : QStringLiteral("not true"),
                 tx.isString() ? tx.toString() : QStringLiteral("null"));
    return {};
}

QString checkEnrichments(const QJsonArray &list, const Call &call, bool exactOrder)
{
    const QSet<QString> asked(call.persons.begin(), call.persons.end());
    QStringList order;
    for (const QJsonValue &v : list) {
        const QJsonObject e = v.toObject();
        const QString person = e.value(QStringLiteral("entityId")).toString();
        order << person;
        if (!asked.contains(person))
            return QStringLiteral("answer names person %1, not asked for").arg(person);
        if (call.kind != Call::Query && e.value(QStringLiteral("field")).toString() != call.field)
            return QStringLiteral("answer is for field %1")
                .arg(e.value(QStringLiteral("field")).toString());
        const QString why = checkEnrichment(e, call);
        if (!why.isEmpty())
            return QStringLiteral("%1: %2").arg(person, why);
    }
    if (exactOrder && order != call.persons)
        return QStringLiteral("answer has %1 enrichments, not one per person in request order "
                              "(%2 persons)")
            .arg(order.size())
            .arg(call.persons.size());
    return {};
}

// The 402 of lance-api.md, to the letter.
QString checkInsufficient(const Reply &reply, const Call &call, const Rules &rules)
{
    if (reply.errorCode() != QLatin1String("INSUFFICIENT_CREDITS"))
        return QStringLiteral("402 with code %1").arg(reply.errorCode());
    const QJsonObject d = reply.errorDetails();
    const bool emails = call.field == QLatin1String("emails");
    const qint64 count = d.value(QStringLiteral("count")).toInteger(-1);
    const qint64 required = d.value(QStringLiteral("required")).toInteger(-1);
    if (d.value(QStringLiteral("operationType")).toString() !=
        (emails ? QLatin1String("enrichment_email") : QLatin1String("enrichment_phone")))
        return QStringLiteral("402 details.operationType is wrong");
    if (count < 1 || count > call.persons.size())
        return QStringLiteral("402 count %1 for %2 persons").arg(count).arg(call.persons.size());
    if (required != count * (emails ? rules.costEmails : rules.costPhones))
        return QStringLiteral("402 required %1 for %2 enrichments").arg(required).arg(count);
    const QString message =
        QStringLiteral("Insufficient credits for %1 enrichments. Required: %2 credits.")
            .arg(count)
            .arg(required);
    if (reply.errorMessage() != message)
        return QStringLiteral("402 message is not \"%1\"").arg(message);
    return {};
}

QString checkNotFound(const Reply &reply)
{
    return reply.errorCode() == QLatin1String("NOT_FOUND")
               ? QString()
               : QStringLiteral("404 with code %1").arg(reply.errorCode());
}

QList<QJsonObject> enrichmentsIn(const Call &call, const Reply &reply)
{
    QList<QJsonObject> out;
    if (reply.status != 200)
        return out;
    switch (call.kind) {
    case Call::Batch:
    case Call::BulkManual:
    case Call::BulkRange:
    case Call::Query:
        for (const QJsonValue &v : reply.array())
            out << v.toObject();
        break;
    case Call::Single:
    case Call::Cancel:
    case Call::GetOne:
        out << reply.object();
        break;
    case Call::Balance:
    case Call::Invalid:
        break;
    }
    return out;
}

std::atomic<int> g_connections{0};

// A short-lived read-only connection of its own, beside the engine.
template <typename F> void withReadOnly(const QString &dbPath, F use)
{
    const QString name = QStringLiteral("lance-soak-%1").arg(g_connections.fetch_add(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QString Call::describe() const
{
    static const char *const names[] = {"batch", "bulk manual", "bulk range", "single", "cancel",
                                        "query", "balance",     "get",        "invalid"};
    QString text =
        QStringLiteral("%1 (%2 %3, %4, %5, %6 persons)")
            .arg(QLatin1String(names[kind]), QString::fromLatin1(method), path, caller.orgId, field)
            .arg(persons.size());
    if (!invalidWhy.isEmpty())
        text += QStringLiteral(" [invalid: %1]").arg(invalidWhy);
    return text;
}

QString checkAnswer(const Call &call, const Reply &reply, const Rules &rules)
{
    QString why;
    switch (call.kind) {
    case Call::Invalid:
        if (reply.status != 400 || reply.errorCode() != QLatin1String("VALIDATION_ERROR"))
            why = QStringLiteral("an invalid request must get 400 VALIDATION_ERROR");
        else if (!call.unknownId.isEmpty() && !reply.errorDetails()
                                                   .value(QStringLiteral("unknownIds"))
                                                   .toArray()
                                                   .contains(call.unknownId))
            why = QStringLiteral("details.unknownIds does not list %1").arg(call.unknownId);
        break;
    case Call::Balance:
        if (reply.status != 200)
            why = QStringLiteral("balance must be 200");
        else if (reply.object().value(QStringLiteral("balance")).toInteger(-1) < 0 ||
                 reply.object().value(QStringLiteral("held")).toInteger(-1) < 0)
            why = QStringLiteral("negative balance or held");
        else if (reply.object().value(QStringLiteral("organizationId")).toString() !=
                 call.caller.orgId)
            why = QStringLiteral("balance of another organization");
        break;
    case Call::Query:
        if (reply.status != 200 || !reply.json.isArray())
            why = QStringLiteral("batch/query must be 200 with an array");
        else if (reply.array().size() > call.persons.size() * 2)
            why = QStringLiteral("more answers than tasks");
        else
            why = checkEnrichments(reply.array(), call, false);
        break;
    case Call::GetOne:
    case Call::Cancel:
        if (reply.status == 404) {
            why = checkNotFound(reply);
        } else if (reply.status != 200 || !reply.json.isObject()) {
            why = QStringLiteral("must be 200 or 404");
        } else {
            why = checkEnrichments(QJsonArray{reply.object()}, call, true);
            if (why.isEmpty() && call.kind == Call::Cancel &&
                reply.object().value(QStringLiteral("status")).toString() !=
                    QLatin1String("cancelled"))
                why = QStringLiteral("a cancel answered a %1 enrichment")
                          .arg(reply.object().value(QStringLiteral("status")).toString());
        }
        break;
    case Call::Batch:
    case Call::BulkManual:
    case Call::BulkRange:
    case Call::Single:
        if (reply.status == 402) {
            why = checkInsufficient(reply, call, rules);
        } else if (reply.status != 200) {
            why = QStringLiteral("a valid enrichment request must get 200 or 402");
        } else if (call.kind == Call::Single) {
            why = reply.json.isObject() ? checkEnrichments(QJsonArray{reply.object()}, call, true)
                                        : QStringLiteral("single answer is not an object");
        } else {
            why = reply.json.isArray() ? checkEnrichments(reply.array(), call, true)
                                       : QStringLiteral("answer is not an array");
        }
        break;
    }
    if (why.isEmpty())
        return {};
    return QStringLiteral("%1 -> %2: %3")
        .arg(call.describe(), QString::fromUtf8(reply.describe()), why);
}

void recordAnswered(const Call &call, const Reply &reply,
                    QHash<QString, AnsweredEnrichment> *answered, QStringList *problems)
{
    for (const QJsonObject &e : enrichmentsIn(call, reply)) {
        const QString id = e.value(QStringLiteral("id")).toString();
        const AnsweredEnrichment now{e.value(QStringLiteral("orgId")).toString(),
                                     e.value(QStringLiteral("entityId")).toString(),
                                     e.value(QStringLiteral("field")).toString(),
                                     e.value(QStringLiteral("status")).toString(),
                                     e.value(QStringLiteral("creditTransactionId")).toString()};
        auto it = answered->find(id);
        if (it == answered->end()) {
            answered->insert(id, now);
            continue;
        }
        // Answers on different connections may be read out of order, so a
        // pending answer after a final one proves nothing; two different
        // final ones do.
        const bool wasFinal = it->status != QLatin1String("pending");
        const bool isFinal = now.status != QLatin1String("pending");
        if (wasFinal && isFinal &&
            (it->status != now.status || it->creditTransactionId != now.creditTransactionId))
            *problems << QStringLiteral("enrichment %1 was answered %2 (%3), then %4 (%5)")
                             .arg(id, it->status, it->creditTransactionId, now.status,
                                  now.creditTransactionId);
        if (isFinal)
            *it = now;
    }
}

TrafficGenerator::TrafficGenerator(quint64 seed, QStringList pool, QList<Caller> callers,
                                   bool withInvalid)
    : m_rng(seed)
    , m_pool(std::move(pool))
    , m_callers(std::move(callers))
    , m_withInvalid(withInvalid)
{}

QStringList TrafficGenerator::window(int size)
{
    // A contiguous stretch of the pool (so requests overlap each other and
    // the range selections), a few strays from anywhere, now and then a
    // duplicate (engine rule 3: one enrichment, at its first place).
    size = qBound(1, size, int(m_pool.size()));
    const int start = int(m_rng.bounded(quint32(m_pool.size() - size + 1)));
    QStringList ids = m_pool.mid(start, size);
    for (int i = 0; i < ids.size(); ++i)
        if (m_rng.bounded(10) == 0)
            ids[i] = m_pool.at(int(m_rng.bounded(quint32(m_pool.size()))));
    if (ids.size() > 1 && m_rng.bounded(5) == 0)
        ids[int(m_rng.bounded(quint32(ids.size())))] = ids.first();
    return ids;
}

Call TrafficGenerator::next()
{
    Call c;
    c.caller = m_callers.at(int(m_rng.bounded(quint32(m_callers.size()))));
    c.field = m_rng.bounded(2) ? QStringLiteral("emails") : QStringLiteral("phones");
    c.method = "POST";
    const int roll = int(m_rng.bounded(100));
    if (m_withInvalid && roll < 6) {
        c.kind = Call::Invalid;
        QStringList ids = window(1 + int(m_rng.bounded(5)));
        QJsonObject body{{QStringLiteral("personIds"), QJsonArray::fromStringList(ids)},
                         {QStringLiteral("field"), c.field}};
        c.path = kBatch;
        switch (m_rng.bounded(6)) {
        case 0:
            c.invalidWhy = QStringLiteral("unknown field");
            body[QStringLiteral("field")] = QStringLiteral("fax");
            break;
        case 1:
            c.invalidWhy = QStringLiteral("101 ids in a batch");
            while (ids.size() <= 100)
                ids += m_pool.mid(0, 101 - int(ids.size()));
            body[QStringLiteral("personIds")] = QJsonArray::fromStringList(ids);
            break;
        case 2:
            c.invalidWhy = QStringLiteral("an id that is no UUID");
            ids << QStringLiteral("not-a-uuid");
            body[QStringLiteral("personIds")] = QJsonArray::fromStringList(ids);
            break;
        case 3:
            // Engine rule 4: well formed, but nobody; the whole request
            // fails and nothing is created for the others.
            c.invalidWhy = QStringLiteral("unknown person");
            c.unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            ids.insert(int(m_rng.bounded(quint32(ids.size() + 1))), c.unknownId);
            body[QStringLiteral("personIds")] = QJsonArray::fromStringList(ids);
            break;
        case 4:
            c.invalidWhy = QStringLiteral("range without filters");
            c.path = kBulk;
            body = {{QStringLiteral("field"), c.field},
                    {QStringLiteral("selection"),
                     QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                                 {QStringLiteral("startIndex"), 0},
                                 {QStringLiteral("targetCount"), 10}}}};
            break;
        default:
            c.invalidWhy = QStringLiteral("a query without tasks");
            c.path = kQuery;
            body = {{QStringLiteral("tasks"), QJsonArray{}}};
            break;
        }
        c.body = toJson(body);
        return c;
    }
    if (roll < 32) {
        c.kind = Call::Batch;
        const QStringList ids = window(1 + int(m_rng.bounded(quint32(qMin(100, maxIds)))));
        c.persons = distinct(ids);
        c.path = kBatch;
        c.body = toJson({{QStringLiteral("personIds"), QJsonArray::fromStringList(ids)},
                         {QStringLiteral("field"), c.field}});
    } else if (roll < 44) {
        c.kind = Call::BulkManual;
        const QStringList ids = window(1 + int(m_rng.bounded(quint32(2 * maxIds))));
        c.persons = distinct(ids);
        c.path = kBulk;
        c.body = toJson(
            {{QStringLiteral("field"), c.field},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("manual")},
                          {QStringLiteral("includedIds"), QJsonArray::fromStringList(ids)}}}});
    } else if (roll < 56) {
        c.kind = Call::BulkRange;
        // The pool is the leads in default order, so positions name persons.
        // The pool is a prefix of that order: ranges stay inside it, so
        // they hit the same leads as everything else.
        const int start = int(m_rng.bounded(quint32(m_pool.size())));
        const int target =
            qMin(1 + int(m_rng.bounded(quint32(2 * maxIds))), int(m_pool.size()) - start);
        const QStringList range = m_pool.mid(start, target);
        QStringList excluded;
        if (m_rng.bounded(3) == 0) {
            for (int i = 0; i < 3; ++i)
                excluded << range.at(int(m_rng.bounded(quint32(range.size()))));
            excluded << m_pool.at(int(m_rng.bounded(quint32(m_pool.size()))));
        }
        for (const QString &id : range)
            if (!excluded.contains(id))
                c.persons << id;
        c.path = kBulk;
        c.body = toJson(
            {{QStringLiteral("field"), c.field},
             {QStringLiteral("selection"),
              QJsonObject{{QStringLiteral("mode"), QStringLiteral("bulk")},
                          {QStringLiteral("startIndex"), start},
                          {QStringLiteral("targetCount"), target},
                          {QStringLiteral("excludedIds"), QJsonArray::fromStringList(excluded)},
                          {QStringLiteral("filters"), QJsonObject{}}}}});
    } else if (roll < 72) {
        c.kind = Call::Single;
        c.persons = window(1);
        c.path = singlePath(c.persons.first(), c.field);
    } else if (roll < 84) {
        c.kind = Call::Cancel;
        c.method = "DELETE";
        c.persons = window(1);
        c.path = singlePath(c.persons.first(), c.field);
    } else if (roll < 92) {
        c.kind = Call::Query;
        const QStringList ids = window(1 + int(m_rng.bounded(quint32(qMin(100, maxIds)))));
        QJsonArray tasks;
        for (const QString &id : ids) {
            // Both fields of a person may be asked in one query.
            const QString field =
                m_rng.bounded(2) ? QStringLiteral("emails") : QStringLiteral("phones");
            tasks.append(
                QJsonObject{{QStringLiteral("entityId"), id}, {QStringLiteral("field"), field}});
        }
        c.persons = distinct(ids);
        c.path = kQuery;
        c.body = toJson({{QStringLiteral("tasks"), tasks}});
    } else if (roll < 96) {
        c.kind = Call::Balance;
        c.method = "GET";
        c.path = kBalance;
    } else {
        c.kind = Call::GetOne;
        c.method = "GET";
        c.persons = window(1);
        c.path = singlePath(c.persons.first(), c.field);
    }
    return c;
}

Clients::Clients(EngineProcess &engine, int clients, int depth, Source source, OnAnswer onAnswer)
    : m_engine(engine)
    , m_depth(depth)
    , m_source(std::move(source))
    , m_onAnswer(std::move(onAnswer))
{
    for (int i = 0; i < clients; ++i)
        m_nams.push_back(std::make_unique<QNetworkAccessManager>());
}

Clients::~Clients()
{
    // Replies still under way must not call back into a half-destroyed pool.
    for (const auto &nam : m_nams)
        for (QNetworkReply *r : nam->findChildren<QNetworkReply *>()) {
            r->disconnect();
            r->abort();
        }
}

void Clients::start()
{
    for (int client = 0; client < int(m_nams.size()); ++client)
        for (int i = 0; i < m_depth; ++i)
            issue(client);
}

void Clients::issue(int client)
{
    if (!m_issuing)
        return;
    std::optional<Call> call = m_source(client);
    if (!call)
        return;
    QNetworkAccessManager &nam = *m_nams[size_t(client)];
    const QNetworkRequest req = m_engine.request(call->path, call->caller.token);
    // post()/get()/deleteResource(), as the harness does: custom requests
    // upload through a QBuffer that stalls.
    QNetworkReply *r = call->method == "POST"  ? nam.post(req, call->body)
                       : call->method == "GET" ? nam.get(req)
                                               : nam.deleteResource(req);
    ++m_outstanding;
    ++m_sent;
    QObject::connect(r, &QNetworkReply::finished, &nam, [this, client, r, c = *call] {
        const Reply reply = readReply(r);
        r->deleteLater();
        --m_outstanding;
        m_onAnswer(client, c, reply);
        issue(client);
    });
}

int pendingInFile(const QString &dbPath)
{
    int pending = -1;
    withReadOnly(dbPath, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*) FROM enrichments WHERE status = 'pending'")) &&
            q.next())
            pending = q.value(0).toInt();
    });
    return pending;
}

QMap<QString, int> statusMix(const QString &dbPath)
{
    QMap<QString, int> mix;
    withReadOnly(dbPath, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT CASE WHEN status = 'finished' AND data_found = 1 THEN "
                                  "'found' WHEN status = 'finished' THEN 'not found' ELSE status "
                                  "END, count(*) FROM enrichments GROUP BY 1")))
            while (q.next())
                mix.insert(q.value(0).toString(), q.value(1).toInt());
    });
    return mix;
}

QStringList personsWithEnrichments(const QString &dbPath, const QString &orgId,
                                   const QString &field)
{
    QStringList persons;
    withReadOnly(dbPath, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT DISTINCT person_id FROM enrichments WHERE org_id = ? "
                                 "AND field = ? ORDER BY person_id"));
        q.addBindValue(orgId);
        q.addBindValue(field);
        if (q.exec())
            while (q.next())
                persons << q.value(0).toString();
    });
    return persons;
}

} // namespace lance::soak
