#include "lance_client.h"

#include "backoff.h"
#include "selection_json.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

namespace lance {

namespace {
// QNetworkReply's codes below 200 are failures of the connection itself
// (and of proxies): whatever status line arrived, the answer is incomplete.
bool isTransportFailure(QNetworkReply::NetworkError e)
{
    return e != QNetworkReply::NoError && int(e) < 200;
}

// A finished answer shorter than its Content-Length: the connection was cut
// mid-body, even when the network layer reports a clean end (seen under
// load when the server resets right after the first bytes). That is a lost
// connection, worth another try, not "an answer that is not valid data".
bool cutShort(QNetworkReply *reply)
{
    bool ok = false;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    return ok && reply->error() == QNetworkReply::NoError && reply->bytesAvailable() < announced;
}
} // namespace

LanceClient::LanceClient(QObject *parent)
    : QObject(parent)
{
    // Redirects could move the bearer token to another host.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &LanceClient::probe);
}

void LanceClient::noteReachable(bool reachable)
{
    if (reachable) {
        m_probeTimer.stop();
        m_probes = 0;
    } else if (!m_probeTimer.isActive()) {
        ++m_probes;
        m_probeTimer.start(retryDelayMs(m_probes, 1000, 15000, 0));
    }
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

void LanceClient::probe()
{
    // One try, no retries: the probe timer is the retry. Its answer, or
    // its failure, reaches noteReachable() like any other request's.
    attempt(
        "GET", QStringLiteral("/operations/credits/balance"), {}, QPointer<QObject>(this),
        [](QNetworkReply *) {}, m_retry.maxAttempts);
}

bool LanceClient::isAcceptableServerUrl(const QUrl &url, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("The server address is not a valid URL."));
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return fail(tr("The server address must start with https://."));
    const QString host = url.host();
    const QHostAddress address(host);
    const bool loopback = host == QLatin1String("localhost") || address.isLoopback();
    if (!loopback)
        return fail(
            tr("Refusing to send your token over plain http:// to %1. Use https://.").arg(host));
    return true;
}

bool LanceClient::setServer(const QUrl &baseUrl, const QString &token, QString *error)
{
    if (!isAcceptableServerUrl(baseUrl, error))
        return false;
    m_baseUrl = baseUrl;
    m_token = token.toUtf8();
    // Nothing is known yet of the new server; an old one's outage is not its.
    noteReachable(true);
    return true;
}

void LanceClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                       QObject *context, Handler handler)
{
    attempt(method, path, body, QPointer<QObject>(context), std::move(handler), 1);
}

void LanceClient::attempt(const QByteArray &method, const QString &path, const QByteArray &body,
                          QPointer<QObject> context, Handler handler, int number)
{
    QUrl url = m_baseUrl;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_baseUrl.path().chopped(m_baseUrl.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/v1") + path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_nam.get(request);
    else if (method == "POST")
        reply = m_nam.post(request, body);
    else if (method == "DELETE")
        reply = m_nam.deleteResource(request);
    else
        reply = m_nam.sendCustomRequest(request, method, body);
    connect(reply, &QNetworkReply::finished, this, [=, handler = std::move(handler)]() mutable {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // For a server still set: an answer from the previous one says
        // nothing of the current one.
        const bool current = reply->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery) ==
                             m_baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
        if (current && status != 0)
            noteReachable(true); // any answer at all: someone is there
        if (!context)
            return;
        // Worth another try: a broken or missing connection, an
        // overloaded or failing server, an explicit "come back
        // later". Not a certificate failure, and not an answer that
        // arrived whole but made no sense: asking again would not
        // change either.
        const bool transient = (isTransportFailure(reply->error()) &&
                                reply->error() != QNetworkReply::SslHandshakeFailedError) ||
                               cutShort(reply) || status == 429 || status == 500 || status == 502 ||
                               status == 503 || status == 504;
        if (transient && number < m_retry.maxAttempts) {
            const int retryAfter = reply->rawHeader("Retry-After").toInt();
            const int delay =
                retryDelayMs(number, m_retry.baseDelayMs, m_retry.maxDelayMs, retryAfter);
            emit retrying(path, number + 1, delay);
            QTimer::singleShot(delay, this, [=, handler = std::move(handler)]() mutable {
                attempt(method, path, body, context, std::move(handler), number + 1);
            });
            return;
        }
        // Out of retries with no answer: nobody at the address. A refused
        // certificate is an answer of a kind, and a wrong one to retry.
        if (current && status == 0 && isTransportFailure(reply->error()) &&
            reply->error() != QNetworkReply::SslHandshakeFailedError)
            noteReachable(false);
        handler(reply);
    });
}

std::optional<ClientError> LanceClient::decode(QNetworkReply *reply, QJsonDocument *json)
{
    ClientError e;
    e.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.retryAfterS = reply->rawHeader("Retry-After").toInt();
    if (reply->error() == QNetworkReply::ProtocolUnknownError && reply->url().scheme().isEmpty()) {
        // Sent with no server: QNetworkAccessManager refused the relative URL.
        e.kind = ClientError::Kind::NoServer;
        e.message = tr("No server is set up. Choose one with File → Connection…");
        return e;
    }
    if (isTransportFailure(reply->error()) || cutShort(reply)) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            e.kind = ClientError::Kind::Refused;
            e.message = tr("Cannot reach the server: the connection was refused.");
            break;
        case QNetworkReply::HostNotFoundError:
            e.kind = ClientError::Kind::HostNotFound;
            e.message = tr("Cannot find the server. Check the address and your connection.");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            e.kind = ClientError::Kind::Timeout;
            e.message = tr("The server did not answer in time.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e.kind = ClientError::Kind::Tls;
            e.message =
                tr("The server's certificate could not be verified; the connection was not made.");
            break;
        default:
            e.kind = ClientError::Kind::Dropped;
            e.message = tr("The connection to the server was lost.");
            break;
        }
        return e;
    }
    const QByteArray body = reply->readAll();
    QJsonParseError parse;
    *json = QJsonDocument::fromJson(body, &parse);
    const bool isJson = parse.error == QJsonParseError::NoError;
    if (e.httpStatus >= 200 && e.httpStatus < 300) {
        if (isJson)
            return std::nullopt;
        e.kind = ClientError::Kind::BadResponse;
        e.message = tr("The server sent an answer that is not valid data. Try again later.");
        return e;
    }
    if (e.httpStatus > 0 && isJson && json->isObject() &&
        ApiError::fromJson(json->object(), e.httpStatus, &e.api)) {
        e.kind = ClientError::Kind::Api;
        e.message = e.api.message;
        return e;
    }
    e.kind = ClientError::Kind::BadResponse;
    e.message = e.httpStatus > 0
                    ? tr("The server answered with an error (HTTP %1) and no explanation.")
                          .arg(e.httpStatus)
                    : tr("The server's answer could not be understood.");
    return e;
}

namespace {
template <typename T> Result<T> failed(const ClientError &e)
{
    Result<T> r;
    r.error = e;
    return r;
}

ClientError malformed()
{
    ClientError e;
    e.kind = ClientError::Kind::BadResponse;
    e.message = LanceClient::tr("The server sent data in an unexpected shape.");
    return e;
}

// A parsed answer as a call's result: the value, or malformed() without one.
template <typename T> Result<T> delivered(std::optional<T> value)
{
    if (!value)
        return failed<T>(malformed());
    Result<T> r;
    r.value = std::move(value);
    return r;
}
} // namespace

std::optional<SearchPage> LanceClient::parseSearchPage(const QJsonDocument &json, int page,
                                                       bool withTotal)
{
    const QJsonObject o = json.object();
    const QJsonValue total = o.value(QStringLiteral("totalElements"));
    if (!o.value(QStringLiteral("content")).isArray() ||
        (withTotal ? !total.isDouble() : !(total.isDouble() || total.isNull())))
        return std::nullopt;
    SearchPage p;
    p.page = page;
    p.totalElements = total.isDouble() ? total.toInteger() : -1;
    for (const QJsonValue &v : o.value(QStringLiteral("content")).toArray()) {
        Lead lead;
        if (!Lead::fromJson(v.toObject(), &lead))
            return std::nullopt;
        p.leads.append(lead);
    }
    return p;
}

std::optional<Balance> LanceClient::parseBalance(const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    if (!o.value(QStringLiteral("balance")).isDouble())
        return std::nullopt;
    return Balance{o.value(QStringLiteral("balance")).toInteger(),
                   o.value(QStringLiteral("held")).toInteger(0),
                   o.value(QStringLiteral("organizationId")).toString()};
}

ServerMeta LanceClient::parseMeta(const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    ServerMeta m;
    m.isEngine = o.value(QStringLiteral("engine")).toString() == QLatin1String("lance-engine");
    m.version = o.value(QStringLiteral("version")).toString();
    for (const QJsonValue &f : o.value(QStringLiteral("features")).toArray())
        m.features << f.toString();
    const QJsonObject costs = o.value(QStringLiteral("costs")).toObject();
    m.costEmails = costs.value(QStringLiteral("emails")).toInteger(m.costEmails);
    m.costPhones = costs.value(QStringLiteral("phones")).toInteger(m.costPhones);
    return m;
}

std::optional<QList<FacetValue>> LanceClient::parseFacets(const QJsonDocument &json)
{
    if (!json.isArray())
        return std::nullopt;
    QList<FacetValue> values;
    for (const QJsonValue &v : json.array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("key")).isString())
            return std::nullopt;
        values.append({o.value(QStringLiteral("key")).toString(),
                       o.value(QStringLiteral("value")).toInteger()});
    }
    return values;
}

std::optional<CreditHistory> LanceClient::parseHistory(const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    if (!o.value(QStringLiteral("transactions")).isArray())
        return std::nullopt;
    CreditHistory h;
    h.count = o.value(QStringLiteral("count")).toInteger();
    for (const QJsonValue &v : o.value(QStringLiteral("transactions")).toArray()) {
        const QJsonObject t = v.toObject();
        h.transactions.append({t.value(QStringLiteral("id")).toString(),
                               t.value(QStringLiteral("type")).toString(),
                               t.value(QStringLiteral("amount")).toInteger(),
                               t.value(QStringLiteral("operationType")).toString(),
                               t.value(QStringLiteral("source")).toString(),
                               t.value(QStringLiteral("referenceId")).toString(),
                               t.value(QStringLiteral("description")).toString(),
                               t.value(QStringLiteral("createdAt")).toString()});
    }
    return h;
}

std::optional<LanceClient::Enrichments> LanceClient::parseEnrichments(const QJsonDocument &json)
{
    if (!json.isArray())
        return std::nullopt;
    Enrichments list;
    for (const QJsonValue &v : json.array()) {
        Enrichment e;
        if (!v.isObject() || !Enrichment::fromJson(v.toObject(), &e))
            return std::nullopt;
        list.append(e);
    }
    return list;
}

std::optional<Enrichment> LanceClient::parseEnrichment(const QJsonDocument &json)
{
    Enrichment e;
    if (!json.isObject() || !Enrichment::fromJson(json.object(), &e))
        return std::nullopt;
    return e;
}

std::optional<CreditEstimate> LanceClient::parseEstimate(const QJsonDocument &json)
{
    CreditEstimate estimate;
    if (!CreditEstimate::fromJson(json.object(), &estimate))
        return std::nullopt;
    return estimate;
}

std::optional<CancelOutcome> LanceClient::parseCancelOutcome(const QJsonDocument &json)
{
    const QJsonValue cancelled = json.object().value(QStringLiteral("cancelled"));
    const QJsonValue notPending = json.object().value(QStringLiteral("notPending"));
    if (!json.isObject() || !cancelled.isArray() || !notPending.isArray())
        return std::nullopt;
    const std::optional<Enrichments> list = parseEnrichments(QJsonDocument(cancelled.toArray()));
    if (!list)
        return std::nullopt;
    CancelOutcome out{*list, {}};
    for (const QJsonValue &v : notPending.toArray()) {
        if (!v.isString())
            return std::nullopt;
        out.notPending.append(v.toString());
    }
    return out;
}

void LanceClient::search(const FilterSet &filters, const SortSpec &sort, int page, int size,
                         QObject *context, std::function<void(const Result<SearchPage> &)> done)
{
    searchRequest(filters, sort, page, size, true, context, std::move(done));
}

void LanceClient::searchWithoutTotal(const FilterSet &filters, const SortSpec &sort, int page,
                                     int size, QObject *context,
                                     std::function<void(const Result<SearchPage> &)> done)
{
    searchRequest(filters, sort, page, size, false, context, std::move(done));
}

void LanceClient::searchRequest(const FilterSet &filters, const SortSpec &sort, int page, int size,
                                bool withTotal, QObject *context,
                                std::function<void(const Result<SearchPage> &)> done)
{
    QJsonObject body{{QStringLiteral("page"), page}, {QStringLiteral("size"), size}};
    filters.writeTo(&body);
    if (!sort.isEmpty())
        body.insert(QStringLiteral("sort"), sort.toJson());
    if (!withTotal)
        body.insert(QStringLiteral("withTotal"), false);
    send("POST", QStringLiteral("/entities/prospects/person"),
         QJsonDocument(body).toJson(QJsonDocument::Compact), context,
         [done = std::move(done), page, withTotal](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<SearchPage>(*e));
             done(delivered(parseSearchPage(json, page, withTotal)));
         });
}

void LanceClient::balance(QObject *context, std::function<void(const Result<Balance> &)> done)
{
    send("GET", QStringLiteral("/operations/credits/balance"), {}, context,
         [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<Balance>(*e));
             done(delivered(parseBalance(json)));
         });
}

void LanceClient::meta(QObject *context, std::function<void(const Result<ServerMeta> &)> done)
{
    send("GET", QStringLiteral("/meta"), {}, context,
         [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             auto e = decode(reply, &json);
             Result<ServerMeta> r;
             if (e && e->httpStatus == 404) {
                 r.value = ServerMeta{}; // plain Lance: no extensions
                 return done(r);
             }
             if (e)
                 return done(failed<ServerMeta>(*e));
             r.value = parseMeta(json);
             done(r);
         });
}

namespace {
QString taskPath(const QString &personId, ContactField field)
{
    return QStringLiteral("/operations/enrichment/%1?field=%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(personId)), fieldName(field));
}
} // namespace

void LanceClient::enrichmentsCall(const QString &path, const QByteArray &body, QObject *context,
                                  std::function<void(const Result<Enrichments> &)> done)
{
    send("POST", path, body, context, [done = std::move(done)](QNetworkReply *reply) {
        QJsonDocument json;
        if (auto e = decode(reply, &json))
            return done(failed<Enrichments>(*e));
        done(delivered(parseEnrichments(json)));
    });
}

void LanceClient::enrichBatch(const QStringList &personIds, ContactField field, QObject *context,
                              std::function<void(const Result<Enrichments> &)> done)
{
    enrichmentsCall(QStringLiteral("/operations/enrichment/batch"),
                    QJsonDocument(QJsonObject{{QStringLiteral("personIds"),
                                               QJsonArray::fromStringList(personIds)},
                                              {QStringLiteral("field"), fieldName(field)}})
                        .toJson(QJsonDocument::Compact),
                    context, std::move(done));
}

void LanceClient::enrichBulk(const QStringList &personIds, ContactField field, QObject *context,
                             std::function<void(const Result<Enrichments> &)> done)
{
    const QJsonObject selection = SelectionJson::manual(personIds).toJson();
    enrichmentsCall(QStringLiteral("/operations/enrichment/bulk"),
                    QJsonDocument(QJsonObject{{QStringLiteral("selection"), selection},
                                              {QStringLiteral("field"), fieldName(field)}})
                        .toJson(QJsonDocument::Compact),
                    context, std::move(done));
}

void LanceClient::enrichBulk(const BulkRange &range, ContactField field, QObject *context,
                             std::function<void(const Result<Enrichments> &)> done)
{
    const QJsonObject selection = SelectionJson::range(range.filters, range.sort, range.startIndex,
                                                       range.targetCount, range.excludedIds)
                                      .toJson();
    enrichmentsCall(QStringLiteral("/operations/enrichment/bulk"),
                    QJsonDocument(QJsonObject{{QStringLiteral("selection"), selection},
                                              {QStringLiteral("field"), fieldName(field)}})
                        .toJson(QJsonDocument::Compact),
                    context, std::move(done));
}

void LanceClient::estimate(const Selection &selection, ContactField field, int newIdsLimit,
                           QObject *context,
                           std::function<void(const Result<CreditEstimate> &)> done)
{
    QJsonObject request{{QStringLiteral("selection"), SelectionJson::whole(selection).toJson()},
                        {QStringLiteral("field"), fieldName(field)},
                        {QStringLiteral("newIdsLimit"), newIdsLimit}};
    // The leads already on file, so they can be left out exactly (feature
    // on_file; a server without it ignores the key): every one of a hand
    // pick; for all that match, enough to leave out a few by id (more are
    // left out by filter, see CreditEstimator::withoutOnFile).
    request.insert(QStringLiteral("onFileIdsLimit"), selection.mode() == Selection::Mode::Manual
                                                         ? selection.count()
                                                         : qint64(api::kMaxBulkIds));
    const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/estimate"), body, context,
         [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<CreditEstimate>(*e));
             done(delivered(parseEstimate(json)));
         });
}

void LanceClient::queryEnrichments(const QList<QPair<QString, ContactField>> &tasks,
                                   QObject *context,
                                   std::function<void(const Result<Enrichments> &)> done)
{
    // entityType is left out (it defaults to person): it keeps a 200-task
    // body under QNetworkAccessManager's 16 KiB write chunk.
    QJsonArray list;
    for (const auto &t : tasks)
        list.append(QJsonObject{{QStringLiteral("entityId"), t.first},
                                {QStringLiteral("field"), fieldName(t.second)}});
    enrichmentsCall(
        QStringLiteral("/operations/enrichment/batch/query"),
        QJsonDocument(QJsonObject{{QStringLiteral("tasks"), list}}).toJson(QJsonDocument::Compact),
        context, std::move(done));
}

void LanceClient::enrichOne(const QString &personId, ContactField field, QObject *context,
                            std::function<void(const Result<Enrichment> &)> done)
{
    send("POST", taskPath(personId, field), {}, context,
         [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<Enrichment>(*e));
             done(delivered(parseEnrichment(json)));
         });
}

void LanceClient::optionalEnrichmentCall(
    const QByteArray &method, const QString &personId, ContactField field, QObject *context,
    std::function<void(const Result<std::optional<Enrichment>> &)> done)
{
    using Maybe = std::optional<Enrichment>;
    send(method, taskPath(personId, field), {}, context,
         [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             auto e = decode(reply, &json);
             Result<Maybe> r;
             if (e && e->isApi(ApiError::NotFound)) {
                 r.value = Maybe();
                 return done(r);
             }
             if (e)
                 return done(failed<Maybe>(*e));
             const std::optional<Enrichment> found = parseEnrichment(json);
             if (!found)
                 return done(failed<Maybe>(malformed()));
             r.value = Maybe(found);
             done(r);
         });
}

void LanceClient::enrichment(const QString &personId, ContactField field, QObject *context,
                             std::function<void(const Result<std::optional<Enrichment>> &)> done)
{
    optionalEnrichmentCall("GET", personId, field, context, std::move(done));
}

void LanceClient::cancelEnrichment(
    const QString &personId, ContactField field, QObject *context,
    std::function<void(const Result<std::optional<Enrichment>> &)> done)
{
    optionalEnrichmentCall("DELETE", personId, field, context, std::move(done));
}

void LanceClient::cancelEnrichments(const QStringList &personIds, ContactField field,
                                    QObject *context,
                                    std::function<void(const Result<CancelOutcome> &)> done)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("personIds"),
                                                       QJsonArray::fromStringList(personIds)},
                                                      {QStringLiteral("field"), fieldName(field)}})
                                .toJson(QJsonDocument::Compact);
    send("POST", QStringLiteral("/operations/enrichment/batch/cancel"), body, context,
         [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<CancelOutcome>(*e));
             done(delivered(parseCancelOutcome(json)));
         });
}

void LanceClient::facets(const QString &key, const QString &search, const FilterSet &inContext,
                         int size, int page, QObject *context,
                         std::function<void(const Result<QList<FacetValue>> &)> done)
{
    QString path =
        QStringLiteral(
            "/operations/autocomplete/person-metadata?facet=%1&search=%2&size=%3&page=%4")
            .arg(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                 QString::fromLatin1(QUrl::toPercentEncoding(search)))
            .arg(size)
            .arg(page);
    const FilterSet others = inContext.without(key);
    const auto param = [](const QJsonObject &o) {
        return QString::fromLatin1(QUrl::toPercentEncoding(
            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
    };
    if (!others.toJson().isEmpty())
        path += QStringLiteral("&filters=") + param(others.toJson());
    if (others.hasExclusions())
        path += QStringLiteral("&exclude=") + param(others.excludeJson());
    send("GET", path, {}, context, [done = std::move(done)](QNetworkReply *reply) {
        QJsonDocument json;
        if (auto e = decode(reply, &json))
            return done(failed<QList<FacetValue>>(*e));
        done(delivered(parseFacets(json)));
    });
}

void LanceClient::history(int limit, int offset, QObject *context,
                          std::function<void(const Result<CreditHistory> &)> done)
{
    send("GET",
         QStringLiteral("/operations/credits/history?limit=%1&offset=%2").arg(limit).arg(offset),
         {}, context, [done = std::move(done)](QNetworkReply *reply) {
             QJsonDocument json;
             if (auto e = decode(reply, &json))
                 return done(failed<CreditHistory>(*e));
             done(delivered(parseHistory(json)));
         });
}

} // namespace lance
