#include "http_api.h"

#include "enrichment_service.h"
#include "filter_set.h"
#include "iso_time.h"
#include "json_checks.h"
#include "selection_json.h"
#include "socket_guard.h"
#include "store.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QTcpServer>
#include <QUrlQuery>

#include <cmath>
#include <optional>

namespace lance::engine {

using json::isUuid;
using json::uuidList;
using json::wholeNumber;

struct HttpApi::Request
{
    Caller caller;
    QByteArray method;
    QUrlQuery query;
    QByteArray body;
    QString personId; // the path's last segment, for the routes that take one
};

namespace {

const QString kInvalidInput = QStringLiteral("Invalid input");

QLoggingCategory::CategoryFilter g_previousLogFilter = nullptr;

// QtHttpServer's debug output (qt.httpserver*) prints every request with all
// its headers, the bearer token included. Turning debug output on to
// troubleshoot (QT_LOGGING_RULES="*.debug=true") must not put tokens in a
// log, so those categories stay off whatever the rules say, in lance-engine
// and in the engine embedded in lance-desk alike.
void keepTokensOutOfLogs(QLoggingCategory *category)
{
    if (g_previousLogFilter)
        g_previousLogFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        category->setEnabled(QtDebugMsg, false);
}

// Parses a body that must be a JSON object.
bool parseObject(const QByteArray &body, QJsonObject *out)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

// A JSON object body with a valid "field": what bulk and estimate start from.
bool parseFieldRequest(const QByteArray &body, QJsonObject *o, ContactField *field)
{
    return parseObject(body, o) && parseField(o->value(QStringLiteral("field")).toString(), field);
}

// The body of batch and batch cancel: "personIds", 1 to `max` UUIDs, and a
// "field". The error to answer with, or nothing.
std::optional<ApiError> parsePersonIdsRequest(const QByteArray &body, int max, const char *per,
                                              QStringList *personIds, ContactField *field)
{
    QJsonObject o;
    if (!parseObject(body, &o))
        return ApiError::validation(kInvalidInput);
    const QJsonValue ids = o.value(QStringLiteral("personIds"));
    if (ids.isUndefined() || ids.isNull() || (ids.isArray() && ids.toArray().isEmpty()))
        return ApiError::validation(QStringLiteral("At least one person ID is required"));
    if (!ids.isArray())
        return ApiError::validation(kInvalidInput);
    if (ids.toArray().size() > max)
        return ApiError::validation(QStringLiteral("Maximum %1 person IDs allowed per %2")
                                        .arg(max)
                                        .arg(QLatin1String(per)));
    if (!parseField(o.value(QStringLiteral("field")).toString(), field) ||
        !uuidList(ids.toArray(), personIds))
        return ApiError::validation(kInvalidInput);
    return std::nullopt;
}

QByteArray toJson(const QList<Enrichment> &list)
{
    QByteArray out;
    out.reserve(list.size() * 420);
    out.append('[');
    for (const Enrichment &e : list) {
        if (out.size() > 1)
            out.append(',');
        e.appendJson(out);
    }
    return out.append(']');
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

bool HttpApi::listenOn(const QHostAddress &host, quint16 port, QString *error)
{
    auto *tcp = new SocketGuard({m_config.maxBodyBytes, m_config.requestTimeoutMs,
                                 m_config.idleTimeoutMs, m_config.maxConnections},
                                this);
    if (!tcp->listen(host, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(host.toString())
                     .arg(port)
                     .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    bind(tcp);
    m_tcp = tcp;
    return true;
}

quint16 HttpApi::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

HttpApi::HttpApi(Store &store, EnrichmentService &service, const EngineConfig &config,
                 QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_service(service)
    , m_config(config)
{
    static const bool filtered = [] {
        g_previousLogFilter = QLoggingCategory::installFilter(keepTokensOutOfLogs);
        return true;
    }();
    Q_UNUSED(filtered);
    m_clock.start();
}

HttpApi::Response HttpApi::json(int status, const QJsonDocument &doc)
{
    return {status, doc.toJson(QJsonDocument::Compact), {}};
}

HttpApi::Response HttpApi::error(const ApiError &e)
{
    return json(e.httpStatus, QJsonDocument(e.toJson()));
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requestsServed;
    const QByteArray method = methodName(request.method());
    const Response r = handle(method, request.url(), request.headers(), request.body());
    QHttpServerResponder responder = makeResponder(request, socket);
    // QHttpServerResponder's status enum covers every code used here; the
    // status line is written by hand so extra headers can be added freely.
    responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
    responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
    for (const auto &h : r.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(r.body);
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs if Qt itself gives up.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(ApiError::notFound(QStringLiteral("Not found")).toJson()),
                    QHttpServerResponder::StatusCode::NotFound);
}

HttpApi::Response HttpApi::handle(const QByteArray &method, const QUrl &url, const Headers &headers,
                                  const QByteArray &body)
{
    // The socket guard stops most oversize bodies; this catches the rest
    // (for example a chunked body that stayed just under the guard's margin).
    if (body.size() > m_config.maxBodyBytes)
        return error(SocketGuard::bodyTooLarge(m_config.maxBodyBytes));
    return route(method, url, headers, body);
}

const TokenGrant *HttpApi::authenticate(const Headers &headers) const
{
    QByteArray presented;
    for (const auto &h : headers) {
        if (h.first.compare("authorization", Qt::CaseInsensitive) == 0) {
            const QByteArray v = h.second.trimmed();
            if (v.size() > 7 && v.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
                presented = v.mid(7).trimmed();
        }
    }
    if (presented.isEmpty())
        return nullptr;
    // Constant time in the token's content: digests of equal length are
    // compared byte by byte for every grant, whether or not one matched.
    const QByteArray digest = QCryptographicHash::hash(presented, QCryptographicHash::Sha256);
    const TokenGrant *match = nullptr;
    for (const TokenGrant &g : m_config.tokens) {
        const QByteArray expected =
            QCryptographicHash::hash(g.token.toUtf8(), QCryptographicHash::Sha256);
        unsigned diff = 0;
        for (int i = 0; i < expected.size(); ++i)
            diff |= unsigned(quint8(expected[i]) ^ quint8(digest[i]));
        if (diff == 0 && !match)
            match = &g;
    }
    return match;
}

bool HttpApi::rateLimited(const QString &token, int *retryAfterS)
{
    if (m_config.rateLimitPerSecond <= 0)
        return false;
    // A token bucket per token: a burst of one second's allowance, refilled
    // continuously.
    const qint64 now = m_clock.elapsed();
    Bucket &b = m_buckets[token];
    if (b.lastMs == 0 && b.tokens == 0)
        b.tokens = m_config.rateLimitPerSecond;
    b.tokens = qMin<double>(m_config.rateLimitPerSecond,
                            b.tokens + (now - b.lastMs) * m_config.rateLimitPerSecond / 1000.0);
    b.lastMs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return false;
    }
    *retryAfterS = int(std::ceil((1.0 - b.tokens) / m_config.rateLimitPerSecond));
    return true;
}

const QList<HttpApi::Route> &HttpApi::routes()
{
    // First match wins; a known path with another method is 405.
    static const QList<Route> table{
        {QLatin1String("/meta"), {"GET"}, &HttpApi::meta},
        {QLatin1String("/entities/prospects/person"), {"POST"}, &HttpApi::search},
        {QLatin1String("/operations/autocomplete/person-metadata"), {"GET"}, &HttpApi::facets},
        {QLatin1String("/operations/enrichment/batch"), {"POST"}, &HttpApi::batch, true},
        {QLatin1String("/operations/enrichment/bulk"), {"POST"}, &HttpApi::bulk},
        {QLatin1String("/operations/enrichment/batch/query"), {"POST"}, &HttpApi::batchQuery},
        {QLatin1String("/operations/enrichment/batch/cancel"), {"POST"}, &HttpApi::batchCancel},
        {QLatin1String("/operations/enrichment/"), {"GET", "POST", "DELETE"}, &HttpApi::single},
        {QLatin1String("/operations/credits/balance"), {"GET"}, &HttpApi::balance},
        {QLatin1String("/operations/credits/history"), {"GET"}, &HttpApi::history},
        {QLatin1String("/estimate"), {"POST"}, &HttpApi::estimate},
    };
    return table;
}

HttpApi::Response HttpApi::route(const QByteArray &method, const QUrl &url, const Headers &headers,
                                 const QByteArray &body)
{
    static const QString prefix = QStringLiteral("/api/v1");
    const QString path = url.path();
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return error(ApiError::notFound(QStringLiteral("No such endpoint: %1").arg(path)));
    const QString rest = path.mid(prefix.size());

    const Route *match = nullptr;
    QString personId;
    for (const Route &r : routes()) {
        if (!r.path.endsWith(QLatin1Char('/'))) {
            if (rest == r.path) {
                match = &r;
                break;
            }
            continue;
        }
        // A pattern: one more, non-empty segment.
        const QString segment = rest.mid(r.path.size());
        if (rest.startsWith(r.path) && !segment.isEmpty() && !segment.contains(QLatin1Char('/'))) {
            match = &r;
            personId = segment;
            break;
        }
    }
    if (!match)
        return error(ApiError::notFound(QStringLiteral("No such endpoint: %1").arg(path)));
    if (!match->methods.contains(method)) {
        Response r = error({405,
                            QString::fromLatin1(ApiError::MethodNotAllowed),
                            QStringLiteral("Method %1 is not allowed on %2")
                                .arg(QString::fromLatin1(method), path),
                            {}});
        r.headers.append({QByteArray("Allow"), match->methods.join(", ")});
        return r;
    }

    const TokenGrant *grant = authenticate(headers);
    if (!grant) {
        if (match->missingTokenIsValidationError)
            return error({401,
                          QString::fromLatin1(ApiError::ValidationError),
                          QStringLiteral("User ID is missing"),
                          {}});
        Response r = error({401,
                            QString::fromLatin1(ApiError::Unauthorized),
                            QStringLiteral("Missing or invalid bearer token"),
                            {}});
        r.headers.append({QByteArray("WWW-Authenticate"), QByteArray("Bearer")});
        return r;
    }
    int retryAfter = 0;
    if (rateLimited(grant->token, &retryAfter)) {
        Response r = error({429,
                            QString::fromLatin1(ApiError::RateLimited),
                            QStringLiteral("Too many requests; retry in %1 s").arg(retryAfter),
                            {{QStringLiteral("retryAfter"), retryAfter}}});
        r.headers.append({QByteArray("Retry-After"), QByteArray::number(retryAfter)});
        return r;
    }
    QString why;
    if (!m_service.ledger().ensureOrganization(grant->orgId, &why))
        return error(ApiError::internal(why));
    const Request request{{grant->userId, grant->orgId}, method, QUrlQuery(url), body, personId};
    return (this->*match->handler)(request);
}

HttpApi::Response HttpApi::meta(const Request &)
{
    return json(
        200,
        QJsonDocument(QJsonObject{
            {QStringLiteral("engine"), QStringLiteral("lance-engine")},
            {QStringLiteral("version"), QStringLiteral(LANCE_VERSION)},
            {QStringLiteral("features"),
             QJsonArray{QStringLiteral("cancel"), QStringLiteral("sort"), QStringLiteral("facets"),
                        QStringLiteral("held"), QStringLiteral("bulk_range"),
                        QStringLiteral("batch_query"), QStringLiteral("estimate"),
                        QStringLiteral("deferred_total"), QStringLiteral("cancel_batch"),
                        QStringLiteral("ids_filter"), QStringLiteral("facets_in_context"),
                        QStringLiteral("exclude"), QStringLiteral("status_filters"),
                        QStringLiteral("lead_status"), QStringLiteral("on_file")}},
            {QStringLiteral("costs"), QJsonObject{{QStringLiteral("emails"), m_config.costEmails},
                                                  {QStringLiteral("phones"), m_config.costPhones}}},
            {QStringLiteral("maxAgeS"), m_config.maxAgeS},
            // Requests answered since start, this one included:
            // how benchmarks count a client's traffic at the
            // server rather than trusting the client's own count.
            {QStringLiteral("requestsServed"), qint64(m_requestsServed)},
        }));
}

HttpApi::Response HttpApi::search(const Request &r)
{
    QJsonObject o;
    if (!parseObject(r.body, &o))
        return error(ApiError::validation(kInvalidInput));
    qint64 page = 0, size = 25;
    if (o.contains(QStringLiteral("page")) &&
        !wholeNumber(o.value(QStringLiteral("page")), 0, 100'000'000, &page))
        return error(
            ApiError::validation(QStringLiteral("page must be a whole number, 0 or more")));
    if (o.contains(QStringLiteral("size")) &&
        !wholeNumber(o.value(QStringLiteral("size")), 0, api::kMaxSearchPage, &size))
        return error(ApiError::validation(
            QStringLiteral("size must be a whole number from 0 to %1").arg(api::kMaxSearchPage)));
    // "filters" and (feature exclude) "exclude"; either may be absent.
    FilterSet filters;
    QString why;
    if (!FilterSet::fromRequest(o, &filters, &why))
        return error(ApiError::validation(why));
    SortSpec sort;
    if (!SortSpec::fromJson(o.value(QStringLiteral("sort")), &sort, &why))
        return error(ApiError::validation(why));

    // Extension ("deferred_total"): a page without its total. Counting a
    // common filter over a million leads takes far longer than reading its
    // first 100, so the app shows the rows first and asks for the total
    // (size 0) in a second request.
    const QJsonValue withTotalValue = o.value(QStringLiteral("withTotal"));
    if (!withTotalValue.isUndefined() && !withTotalValue.isBool())
        return error(ApiError::validation(QStringLiteral("withTotal must be true or false")));
    const bool withTotal = withTotalValue.toBool(true);
    qint64 total = 0;
    QJsonArray content;
    const QString &orgId = r.caller.orgId;
    if ((withTotal && !m_store.count(orgId, filters, &total, &why)) ||
        !m_store.search(orgId, filters, sort, page * size, int(size), &content, &why))
        return error(ApiError::internal(why));
    const qint64 pages = size > 0 ? (total + size - 1) / size : 0;
    return json(200, QJsonDocument(
                         QJsonObject{{QStringLiteral("content"), content},
                                     {QStringLiteral("totalElements"),
                                      withTotal ? QJsonValue(total) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("totalPages"),
                                      withTotal ? QJsonValue(pages) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("number"), page},
                                     {QStringLiteral("size"), size}}));
}

HttpApi::Response HttpApi::facets(const Request &r)
{
    const QUrlQuery &query = r.query;
    const QString facet = query.hasQueryItem(QStringLiteral("facet"))
                              ? query.queryItemValue(QStringLiteral("facet"))
                              : QStringLiteral("job_title");
    // Outcome keys count too, so the filter panel can show how many leads
    // each outcome has in context.
    if (!FilterSet::exactKeys().contains(facet) && !FilterSet::statusKeys().contains(facet))
        return error(ApiError::validation(QStringLiteral("Unknown facet: %1").arg(facet)));
    bool ok = true;
    int size = 25, page = 0;
    if (query.hasQueryItem(QStringLiteral("size")))
        size = query.queryItemValue(QStringLiteral("size")).toInt(&ok);
    if (!ok || size < 1 || size > api::kMaxFacetValues)
        return error(ApiError::validation(
            QStringLiteral("size must be from 1 to %1").arg(api::kMaxFacetValues)));
    if (query.hasQueryItem(QStringLiteral("page")))
        page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 0)
        return error(ApiError::validation(QStringLiteral("page must be 0 or more")));
    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    // Feature facets_in_context: "filters" and "exclude", URL-encoded JSON
    // objects of the search's shape. The facet's own key is left out, so
    // its sibling values stay selectable.
    QJsonObject request;
    for (const QString &name : {QStringLiteral("filters"), QStringLiteral("exclude")}) {
        if (!query.hasQueryItem(name))
            continue;
        QJsonParseError err;
        const QJsonDocument doc =
            QJsonDocument::fromJson(query.queryItemValue(name, QUrl::FullyDecoded).toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return error(ApiError::validation(
                QStringLiteral("%1 must be a URL-encoded JSON object").arg(name)));
        request.insert(name, doc.object());
    }
    FilterSet context;
    QString why;
    if (!FilterSet::fromRequest(request, &context, &why))
        return error(ApiError::validation(why));
    QJsonArray items;
    if (!m_store.facet(r.caller.orgId, facet, search, context.without(facet), size, page, &items,
                       &why))
        return error(ApiError::internal(why));
    return json(200, QJsonDocument(items));
}

HttpApi::Response HttpApi::batch(const Request &r)
{
    ContactField field;
    QStringList personIds;
    if (auto e = parsePersonIdsRequest(r.body, api::kMaxBatchIds, "batch", &personIds, &field))
        return error(*e);
    QList<Enrichment> result;
    if (auto e = m_service.request(r.caller, personIds, field, &result))
        return error(*e);
    return {200, toJson(result), {}};
}

HttpApi::Response HttpApi::batchQuery(const Request &r)
{
    QJsonObject o;
    if (!parseObject(r.body, &o))
        return error(ApiError::validation(kInvalidInput));
    const QJsonValue tasks = o.value(QStringLiteral("tasks"));
    if (!tasks.isArray() || tasks.toArray().isEmpty())
        return error(ApiError::validation(QStringLiteral("At least one task is required")));
    if (tasks.toArray().size() > api::kMaxQueryTasks)
        return error(ApiError::validation(
            QStringLiteral("Maximum %1 tasks allowed per query").arg(api::kMaxQueryTasks)));
    QList<QPair<QString, ContactField>> wanted;
    for (const QJsonValue &t : tasks.toArray()) {
        if (!t.isObject())
            return error(ApiError::validation(kInvalidInput));
        const QJsonObject task = t.toObject();
        const QJsonValue type = task.value(QStringLiteral("entityType"));
        const QString fieldText = task.value(QStringLiteral("field")).toString();
        if (!isUuid(task.value(QStringLiteral("entityId"))) ||
            (!type.isUndefined() && type != QLatin1String("person") &&
             type != QLatin1String("company")))
            return error(ApiError::validation(kInvalidInput));
        ContactField field;
        if (fieldText == QLatin1String("summary"))
            continue; // accepted; the engine keeps no summaries
        if (!parseField(fieldText, &field))
            return error(ApiError::validation(kInvalidInput));
        if (type == QLatin1String("company"))
            continue; // only people are enriched here
        wanted.append({task.value(QStringLiteral("entityId")).toString().toLower(), field});
    }
    QList<Enrichment> result;
    QString why;
    if (!m_service.newestMany(r.caller, wanted, &result, &why))
        return error(ApiError::internal(why));
    return {200, toJson(result), {}};
}

// Engine extension "cancel_batch": cancels what is pending among up to
// 1,000 leads in one request and one transaction, so cancelling thousands
// settles in a few round trips instead of one per lead while more finish
// and are charged. Ids with nothing pending are listed, not an error: they
// finished while the rep decided.
HttpApi::Response HttpApi::batchCancel(const Request &r)
{
    ContactField field;
    QStringList personIds;
    if (auto e = parsePersonIdsRequest(r.body, api::kMaxBulkIds, "cancel", &personIds, &field))
        return error(*e);
    QList<Enrichment> cancelled;
    QString why;
    if (!m_service.cancelMany(r.caller, personIds, field, &cancelled, &why))
        return error(ApiError::internal(why));
    QSet<QString> done;
    QJsonArray cancelledJson;
    for (const Enrichment &e : std::as_const(cancelled)) {
        done.insert(e.entityId);
        cancelledJson.append(e.toJson());
    }
    QJsonArray notPending;
    QSet<QString> listed;
    for (const QString &id : std::as_const(personIds)) {
        if (!done.contains(id) && !listed.contains(id)) {
            listed.insert(id);
            notPending.append(id);
        }
    }
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("cancelled"), cancelledJson},
                                               {QStringLiteral("notPending"), notPending}}));
}

HttpApi::Response HttpApi::single(const Request &r)
{
    const QString personId = QUrl::fromPercentEncoding(r.personId.toUtf8()).toLower();
    const Caller &caller = r.caller;
    const QByteArray &method = r.method;
    ContactField field;
    if (!isUuid(personId) || !parseField(r.query.queryItemValue(QStringLiteral("field")), &field))
        return error(ApiError::validation(kInvalidInput));
    QString why;
    if (method == "POST") {
        QList<Enrichment> result;
        if (auto e = m_service.request(caller, {personId}, field, &result))
            return error(*e);
        return json(200, QJsonDocument(result.first().toJson()));
    }
    std::optional<Enrichment> found;
    const bool ok = method == "GET" ? m_service.newest(caller, personId, field, &found, &why)
                                    : m_service.cancel(caller, personId, field, &found, &why);
    if (!ok)
        return error(ApiError::internal(why));
    if (!found) {
        return error(ApiError::notFound(
            method == "GET" ? QStringLiteral("No enrichment found for this person and field")
                            : QStringLiteral("No pending enrichment for this person and field")));
    }
    return json(200, QJsonDocument(found->toJson()));
}

HttpApi::Response HttpApi::balance(const Request &r)
{
    qint64 available = 0, held = 0;
    QString why;
    if (!m_service.ledger().balance(r.caller.orgId, &available, &held, &why))
        return error(ApiError::internal(why));
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("balance"), available},
                                               {QStringLiteral("organizationId"), r.caller.orgId},
                                               {QStringLiteral("held"), held}}));
}

HttpApi::Response HttpApi::history(const Request &r)
{
    const QUrlQuery &query = r.query;
    bool ok = true;
    int limit = 50, offset = 0;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > api::kMaxHistoryLimit)
        return error(ApiError::validation(
            QStringLiteral("limit must be from 1 to %1").arg(api::kMaxHistoryLimit)));
    if (query.hasQueryItem(QStringLiteral("offset")))
        offset = query.queryItemValue(QStringLiteral("offset")).toInt(&ok);
    if (!ok || offset < 0)
        return error(ApiError::validation(QStringLiteral("offset must be 0 or more")));
    QString dates[2];
    const QString names[2] = {QStringLiteral("startDate"), QStringLiteral("endDate")};
    for (int i = 0; i < 2; ++i) {
        const QString text = query.queryItemValue(names[i], QUrl::FullyDecoded);
        if (text.isEmpty())
            continue;
        QDateTime t = fromIsoTime(text);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            return error(
                ApiError::validation(QStringLiteral("%1 must be an ISO 8601 date").arg(names[i])));
        dates[i] = toIsoTime(t);
    }
    QJsonArray transactions;
    qint64 count = 0;
    QString why;
    if (!m_service.ledger().history(r.caller.orgId, limit, offset, dates[0], dates[1],
                                    &transactions, &count, &why))
        return error(ApiError::internal(why));
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("transactions"), transactions},
                                               {QStringLiteral("count"), count}}));
}

HttpApi::Response HttpApi::bulk(const Request &r)
{
    QJsonObject o;
    ContactField field;
    if (!parseFieldRequest(r.body, &o, &field))
        return error(ApiError::validation(kInvalidInput));
    SelectionJson selection;
    if (auto e = SelectionJson::fromRequest(o, SelectionJson::Endpoint::Bulk, &selection))
        return error(*e);
    QList<Enrichment> result;
    if (auto e = m_service.request(r.caller, selection, field, &result))
        return error(*e);
    return {200, toJson(result), {}};
}

HttpApi::Response HttpApi::estimate(const Request &r)
{
    constexpr int kMaxNewIds = 10000;
    QJsonObject o;
    ContactField field;
    if (!parseFieldRequest(r.body, &o, &field))
        return error(ApiError::validation(kInvalidInput));
    qint64 newIdsLimit = 0;
    if (o.contains(QStringLiteral("newIdsLimit")) &&
        !wholeNumber(o.value(QStringLiteral("newIdsLimit")), 0, kMaxNewIds, &newIdsLimit))
        return error(ApiError::validation(
            QStringLiteral("newIdsLimit must be from 0 to %1").arg(kMaxNewIds)));
    // Feature on_file: the count, and the first ids up to the asked limit.
    constexpr int kMaxOnFileIds = 100000;
    const bool withOnFileIds = o.contains(QStringLiteral("onFileIdsLimit"));
    qint64 onFileIdsLimit = 0;
    if (withOnFileIds &&
        !wholeNumber(o.value(QStringLiteral("onFileIdsLimit")), 0, kMaxOnFileIds, &onFileIdsLimit))
        return error(ApiError::validation(
            QStringLiteral("onFileIdsLimit must be a whole number from 0 to %1")
                .arg(kMaxOnFileIds)));
    SelectionJson selection;
    if (auto e = SelectionJson::fromRequest(o, SelectionJson::Endpoint::Estimate, &selection))
        return error(*e);
    CreditEstimate estimate;
    OnFile onFile;
    if (auto e = m_service.estimate(r.caller, selection, field, int(newIdsLimit),
                                    int(onFileIdsLimit), &estimate, &onFile))
        return error(*e);
    QJsonObject answer = estimate.toJson();
    answer.insert(QStringLiteral("onFile"), onFile.count);
    answer.insert(QStringLiteral("onFileIds"), QJsonArray::fromStringList(onFile.ids));
    return json(200, QJsonDocument(answer));
}

} // namespace lance::engine
