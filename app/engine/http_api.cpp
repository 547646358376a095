#include "http_api.h"

#include "enrichment_service.h"
#include "filter_set.h"
#include "iso_time.h"
#include "store.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#endif

namespace lance::engine {

namespace {

const QString kInvalidInput = QStringLiteral("Invalid input");
constexpr int kMaxBatch = 100;
constexpr int kMaxBulk = 1000;
constexpr int kMaxQueryTasks = 200;
constexpr int kMaxSearchPage = 100;

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

bool isUuid(const QString &s)
{
    // 8-4-4-4-12 hex digits. Checked by hand: a poll validates 200 ids per
    // request, and a regular expression match costs several times more.
    if (s.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t c = s.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') ||
                     (c >= u'A' && c <= u'F'))) {
            return false;
        }
    }
    return true;
}

bool isUuid(const QJsonValue &v)
{
    return v.isString() && isUuid(v.toString());
}

// A JSON number that is a whole number within [min, max].
bool wholeNumber(const QJsonValue &v, qint64 min, qint64 max, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
        return false;
    *out = qint64(d);
    return true;
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

// Reads a list of UUID strings, lower-cased; false when any is not one.
// A JSON object body with a valid "field": what bulk and estimate start from.
bool parseFieldRequest(const QByteArray &body, QJsonObject *o, ContactField *field)
{
    return parseObject(body, o) && parseField(o->value(QStringLiteral("field")).toString(), field);
}

bool uuidList(const QJsonArray &array, QStringList *out)
{
    for (const QJsonValue &v : array) {
        if (!isUuid(v))
            return false;
        out->append(v.toString().toLower());
    }
    return true;
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

ApiError tooLargeError(qint64 limit)
{
    return {413,
            QString::fromLatin1(ApiError::PayloadTooLarge),
            QStringLiteral("Request body is larger than %1 bytes").arg(limit),
            {{QStringLiteral("limit"), limit}}};
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

// An answer the guard writes straight to the socket, outside QtHttpServer,
// before it closes the connection.
QByteArray rawAnswer(int status, const char *reason, const ApiError &error)
{
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// Watches each connection before QtHttpServer reads it. Its readyRead slot
// is connected first, so it sees every chunk first, and it enforces what
// QtHttpServer does not:
//  - a Content-Length over the body limit, or more unanswered bytes than a
//    request may hold: 413;
//  - request headers longer than 64 KiB: 431 (QtHttpServer's parser would
//    only drop the connection at 80 KiB, without an answer);
//  - a request not complete within the request timeout (slow-loris): 408;
//  - a connection idle for the idle timeout: closed, as any HTTP server
//    closes idle keep-alive connections (clients reconnect);
//  - at most maxConnections at once: a new one beyond that closes the one
//    idle longest, or is closed itself when every other is mid-request.
//    Without a cap, connections alone would exhaust the process's file
//    descriptors, and QTcpServer stops accepting for good on that error.
// Each refusal is answered, then the connection is closed.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(const EngineConfig &config, QObject *parent)
        : QTcpServer(parent)
        , m_config(config)
        , m_tooLarge(rawAnswer(413, "Payload Too Large", tooLargeError(config.maxBodyBytes)))
        , m_headersTooLarge(rawAnswer(
              431, "Request Header Fields Too Large",
              {431,
               QString::fromLatin1(ApiError::HeadersTooLarge),
               QStringLiteral("Request headers are larger than %1 bytes").arg(kMaxHeaderBytes),
               {{QStringLiteral("limit"), kMaxHeaderBytes}}}))
        , m_timedOut(rawAnswer(408, "Request Timeout",
                               {408,
                                QString::fromLatin1(ApiError::RequestTimeout),
                                QStringLiteral("The request did not arrive within %1 ms")
                                    .arg(config.requestTimeoutMs),
                                {}}))
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        if (m_states.size() >= m_maxConnections && !evictIdlest()) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        // Responses go out in several writes (status, headers, body); with
        // Nagle's algorithm the later ones wait for the client's delayed ACK,
        // about 40 ms per request on Linux.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *state = new GuardState;
        state->timer = new QTimer(socket);
        state->timer->setSingleShot(true);
        m_states.insert(socket, state);
        // Two connections: the count only while this server lives (its
        // destructor deletes the sockets after disconnecting from them),
        // the state always, with its socket.
        connect(socket, &QObject::destroyed, this, [this, socket] { m_states.remove(socket); });
        connect(socket, &QObject::destroyed, socket, [state] { delete state; });
        connect(state->timer, &QTimer::timeout, socket, [this, socket, state] {
            if (state->rejected || state->unanswered == 0)
                socket->abort(); // idle, or a refused client that stopped reading
            else
                reject(socket, state, m_timedOut, kMaxDrainBytes);
        });
        connect(socket, &QTcpSocket::bytesWritten, socket, [this, state] {
            if (state->rejected)
                return;
            // Answered: the next bytes start a new request.
            state->unanswered = 0;
            state->headersDone = false;
            state->headerTail.clear();
            waitIdle(state);
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] {
            if (state->rejected) {
                drain(socket, state);
                return;
            }
#ifdef Q_OS_LINUX
            // QNetworkAccessManager leaves Nagle's algorithm on, so a body
            // longer than its 16 KiB write chunk waits for our ACK, which
            // Linux delays by up to 40 ms: a 200-task poll would stall on
            // every request. Acknowledging at once removes the stall. The
            // kernel clears the flag again, so it is set on every read.
            const int one = 1;
            ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one,
                         sizeof one);
#endif
            const QByteArray chunk = socket->peek(socket->bytesAvailable());
            if (state->unanswered == 0 && !chunk.isEmpty()) {
                // A request starts: it has the request timeout to arrive.
                state->timer->start(m_config.requestTimeoutMs);
            }
            state->unanswered += chunk.size();
            state->lastActive = ++m_activity;
            if (!state->headersDone) {
                // The blank line may straddle two chunks, and a whole
                // oversize request may arrive in one: the headers' length
                // counts up to the blank line.
                const QByteArray seen = state->headerTail + chunk;
                const qsizetype end = seen.indexOf("\r\n\r\n");
                const qint64 before = state->unanswered - chunk.size() - state->headerTail.size();
                const qint64 headerBytes = end >= 0 ? before + end + 4 : state->unanswered;
                state->headersDone = end >= 0;
                state->headerTail = seen.right(3);
                if (headerBytes > kMaxHeaderBytes) {
                    // Headers that have ended: nothing more is read. Still
                    // coming: up to kMaxDrainBytes are dropped first.
                    reject(socket, state, m_headersTooLarge, end >= 0 ? 0 : kMaxDrainBytes);
                    return;
                }
            }
            static const QRegularExpression contentLength(
                QStringLiteral("\\r\\ncontent-length:[ \\t]*(\\d+)"),
                QRegularExpression::CaseInsensitiveOption);
            const auto m = contentLength.match(QString::fromLatin1(chunk.left(16384)));
            const qint64 announced = m.hasMatch() ? m.captured(1).toLongLong() : -1;
            if (announced <= m_config.maxBodyBytes &&
                state->unanswered <= m_config.maxBodyBytes + kMaxHeaderBytes)
                return;
            // The rest of an announced body is read and dropped; otherwise
            // up to kMaxDrainBytes.
            const qint64 headerEnd = chunk.indexOf("\r\n\r\n");
            const qint64 drainLeft = announced > m_config.maxBodyBytes && headerEnd >= 0
                                         ? announced - (chunk.size() - headerEnd - 4)
                                         : kMaxDrainBytes;
            reject(socket, state, m_tooLarge, drainLeft);
        });
        waitIdle(state);
        addPendingConnection(socket);
    }

private:
    struct GuardState
    {
        qint64 unanswered = 0; // bytes received since the last answer
        bool headersDone = false;
        QByteArray headerTail; // the last 3 header bytes seen
        bool rejected = false;
        qint64 drainLeft = 0;    // body bytes still to read and drop
        quint64 lastActive = 0;  // m_activity when last read from or answered
        QTimer *timer = nullptr; // request timeout, or idle timeout
    };

    void waitIdle(GuardState *state)
    {
        state->lastActive = ++m_activity;
        state->timer->start(m_config.idleTimeoutMs);
    }

    // Closes the connection idle longest, if any is idle.
    bool evictIdlest()
    {
        QTcpSocket *idlest = nullptr;
        quint64 since = std::numeric_limits<quint64>::max();
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
            if (it.value()->unanswered == 0 && !it.value()->rejected &&
                it.value()->lastActive < since) {
                idlest = it.key();
                since = it.value()->lastActive;
            }
        }
        if (!idlest)
            return false;
        m_states.remove(idlest); // no longer counted, whenever it is deleted
        idlest->abort();
        return true;
    }

    // Refuses the request with `answer`: consumes its bytes here, before
    // QtHttpServer's own slot runs, so it never buffers them; then reads and
    // drops up to `drainLeft` more, and closes. A client that stops sending
    // is cut off after the request timeout.
    void reject(QTcpSocket *socket, GuardState *state, const QByteArray &answer, qint64 drainLeft)
    {
        state->rejected = true;
        state->drainLeft = drainLeft + socket->bytesAvailable(); // consumed by drain() below
        socket->write(answer);
        state->timer->start(m_config.requestTimeoutMs);
        drain(socket, state);
    }

    // Closing with unread data would make the kernel reset the connection,
    // and the client would lose the answer before reading it.
    static void drain(QTcpSocket *socket, GuardState *state)
    {
        // QtHttpServer reads inside a QIODevice transaction; one left open
        // by the rejected request keeps every byte read for a rollback, so
        // draining 64 MB would hold 64 MB. Committing drops them.
        if (socket->isTransactionStarted())
            socket->commitTransaction();
        state->drainLeft -= socket->readAll().size();
        if (state->drainLeft <= 0)
            socket->disconnectFromHost();
    }

    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    static constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;
    const EngineConfig &m_config;
    const QByteArray m_tooLarge;
    const QByteArray m_headersTooLarge;
    const QByteArray m_timedOut;
    // The configured cap, lowered to what the process may open: past its
    // descriptor limit accept() fails, and QTcpServer then stops accepting
    // for good. 64 descriptors stay for SQLite, the event loop and logs.
    const qsizetype m_maxConnections = [this] {
        rlimit files{};
        if (::getrlimit(RLIMIT_NOFILE, &files) != 0 || files.rlim_cur == RLIM_INFINITY)
            return qsizetype(m_config.maxConnections);
        return qBound(qsizetype(1), qsizetype(files.rlim_cur) - 64,
                      qsizetype(m_config.maxConnections));
    }();
    QHash<QTcpSocket *, GuardState *> m_states;
    // Orders connections by their last activity: a counter rather than a
    // clock, whose milliseconds would tie.
    quint64 m_activity = 0;
};

} // namespace

bool HttpApi::listenOn(const QHostAddress &host, quint16 port, QString *error)
{
    auto *tcp = new GuardedTcpServer(m_config, this);
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
        return error(tooLargeError(m_config.maxBodyBytes));
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

HttpApi::Response HttpApi::route(const QByteArray &method, const QUrl &url, const Headers &headers,
                                 const QByteArray &body)
{
    static const QString prefix = QStringLiteral("/api/v1");
    const QString path = url.path();
    const QUrlQuery query(url);
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return error(ApiError::notFound(QStringLiteral("No such endpoint: %1").arg(path)));
    const QString rest = path.mid(prefix.size());

    // Which methods a path takes; a known path with another method is 405.
    enum class Route
    {
        None,
        Meta,
        Search,
        Facets,
        Batch,
        Bulk,
        Query,
        Single,
        Balance,
        History,
        Estimate
    };
    Route route = Route::None;
    QByteArrayList allowed;
    QString personId;
    static const QString enrichmentPrefix = QStringLiteral("/operations/enrichment/");
    if (rest == QLatin1String("/meta")) {
        route = Route::Meta;
        allowed = {"GET"};
    } else if (rest == QLatin1String("/entities/prospects/person")) {
        route = Route::Search;
        allowed = {"POST"};
    } else if (rest == QLatin1String("/operations/autocomplete/person-metadata")) {
        route = Route::Facets;
        allowed = {"GET"};
    } else if (rest == QLatin1String("/operations/enrichment/batch")) {
        route = Route::Batch;
        allowed = {"POST"};
    } else if (rest == QLatin1String("/operations/enrichment/bulk")) {
        route = Route::Bulk;
        allowed = {"POST"};
    } else if (rest == QLatin1String("/operations/enrichment/batch/query")) {
        route = Route::Query;
        allowed = {"POST"};
    } else if (rest.startsWith(enrichmentPrefix) &&
               !rest.mid(enrichmentPrefix.size()).contains(QLatin1Char('/')) &&
               rest.size() > enrichmentPrefix.size()) {
        route = Route::Single;
        allowed = {"GET", "POST", "DELETE"};
        personId = rest.mid(enrichmentPrefix.size());
    } else if (rest == QLatin1String("/operations/credits/balance")) {
        route = Route::Balance;
        allowed = {"GET"};
    } else if (rest == QLatin1String("/operations/credits/history")) {
        route = Route::History;
        allowed = {"GET"};
    } else if (rest == QLatin1String("/estimate")) {
        route = Route::Estimate;
        allowed = {"POST"};
    }
    if (route == Route::None)
        return error(ApiError::notFound(QStringLiteral("No such endpoint: %1").arg(path)));
    if (!allowed.contains(method)) {
        Response r = error({405,
                            QString::fromLatin1(ApiError::MethodNotAllowed),
                            QStringLiteral("Method %1 is not allowed on %2")
                                .arg(QString::fromLatin1(method), path),
                            {}});
        r.headers.append({QByteArray("Allow"), allowed.join(", ")});
        return r;
    }

    const TokenGrant *grant = authenticate(headers);
    if (!grant) {
        // Lance's batch endpoint reports a missing user as a validation error.
        if (route == Route::Batch)
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
    if (!m_service.ensureOrganization(grant->orgId, &why))
        return error(ApiError::internal(why));
    const Caller caller{grant->userId, grant->orgId};

    switch (route) {
    case Route::Meta:
        return meta();
    case Route::Search:
        return search(caller, body);
    case Route::Facets:
        return facets(query);
    case Route::Batch:
        return batch(caller, body);
    case Route::Bulk:
        return bulk(caller, body);
    case Route::Query:
        return batchQuery(caller, body);
    case Route::Single:
        return single(caller, method, personId, query);
    case Route::Balance:
        return balance(caller);
    case Route::History:
        return history(caller, query);
    case Route::Estimate:
        return estimate(caller, body);
    case Route::None:
        break;
    }
    return error(ApiError::notFound(path));
}

HttpApi::Response HttpApi::meta() const
{
    return json(200, QJsonDocument(QJsonObject{
                         {QStringLiteral("engine"), QStringLiteral("lance-engine")},
                         {QStringLiteral("version"), QStringLiteral(LANCE_VERSION)},
                         {QStringLiteral("features"),
                          QJsonArray{QStringLiteral("cancel"), QStringLiteral("sort"),
                                     QStringLiteral("facets"), QStringLiteral("held"),
                                     QStringLiteral("bulk_range"), QStringLiteral("batch_query"),
                                     QStringLiteral("estimate"), QStringLiteral("deferred_total")}},
                         {QStringLiteral("costs"),
                          QJsonObject{{QStringLiteral("emails"), m_config.costEmails},
                                      {QStringLiteral("phones"), m_config.costPhones}}},
                         {QStringLiteral("maxAgeS"), m_config.maxAgeS},
                         // Requests answered since start, this one included:
                         // how benchmarks count a client's traffic at the
                         // server rather than trusting the client's own count.
                         {QStringLiteral("requestsServed"), qint64(m_requestsServed)},
                     }));
}

HttpApi::Response HttpApi::search(const Caller &, const QByteArray &body)
{
    QJsonObject o;
    if (!parseObject(body, &o))
        return error(ApiError::validation(kInvalidInput));
    qint64 page = 0, size = 25;
    if (o.contains(QStringLiteral("page")) &&
        !wholeNumber(o.value(QStringLiteral("page")), 0, 100'000'000, &page))
        return error(
            ApiError::validation(QStringLiteral("page must be a whole number, 0 or more")));
    if (o.contains(QStringLiteral("size")) &&
        !wholeNumber(o.value(QStringLiteral("size")), 0, kMaxSearchPage, &size))
        return error(
            ApiError::validation(QStringLiteral("size must be a whole number from 0 to 100")));
    FilterSet filters;
    QString why;
    if (o.contains(QStringLiteral("filters")) &&
        !FilterSet::fromJson(o.value(QStringLiteral("filters")), &filters, &why))
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
    if ((withTotal && !m_store.count(filters, &total, &why)) ||
        !m_store.search(filters, sort, page * size, int(size), &content, &why))
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

HttpApi::Response HttpApi::facets(const QUrlQuery &query)
{
    const QString facet = query.hasQueryItem(QStringLiteral("facet"))
                              ? query.queryItemValue(QStringLiteral("facet"))
                              : QStringLiteral("job_title");
    if (!FilterSet::exactKeys().contains(facet))
        return error(ApiError::validation(QStringLiteral("Unknown facet: %1").arg(facet)));
    bool ok = true;
    int size = 25, page = 0;
    if (query.hasQueryItem(QStringLiteral("size")))
        size = query.queryItemValue(QStringLiteral("size")).toInt(&ok);
    if (!ok || size < 1 || size > 100)
        return error(ApiError::validation(QStringLiteral("size must be from 1 to 100")));
    if (query.hasQueryItem(QStringLiteral("page")))
        page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page < 0)
        return error(ApiError::validation(QStringLiteral("page must be 0 or more")));
    const QString search = query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    QJsonArray items;
    QString why;
    if (!m_store.facet(facet, search, size, page, &items, &why))
        return error(ApiError::internal(why));
    return json(200, QJsonDocument(items));
}

HttpApi::Response HttpApi::batch(const Caller &caller, const QByteArray &body)
{
    QJsonObject o;
    if (!parseObject(body, &o))
        return error(ApiError::validation(kInvalidInput));
    const QJsonValue ids = o.value(QStringLiteral("personIds"));
    if (ids.isUndefined() || ids.isNull() || (ids.isArray() && ids.toArray().isEmpty()))
        return error(ApiError::validation(QStringLiteral("At least one person ID is required")));
    if (!ids.isArray())
        return error(ApiError::validation(kInvalidInput));
    if (ids.toArray().size() > kMaxBatch)
        return error(
            ApiError::validation(QStringLiteral("Maximum 100 person IDs allowed per batch")));
    ContactField field;
    QStringList personIds;
    if (!parseField(o.value(QStringLiteral("field")).toString(), &field) ||
        !uuidList(ids.toArray(), &personIds))
        return error(ApiError::validation(kInvalidInput));
    QList<Enrichment> result;
    if (auto e = m_service.request(caller, personIds, field, &result))
        return error(*e);
    return {200, toJson(result), {}};
}

HttpApi::Response HttpApi::bulk(const Caller &caller, const QByteArray &body)
{
    QJsonObject o;
    ContactField field;
    if (!parseFieldRequest(body, &o, &field))
        return error(ApiError::validation(kInvalidInput));
    const QJsonValue sel = o.value(QStringLiteral("selection"));
    if (!sel.isObject())
        return error(ApiError::validation(QStringLiteral("selection is required")));
    const QJsonObject s = sel.toObject();
    const QString mode = s.value(QStringLiteral("mode")).toString();
    QStringList personIds;
    if (mode == QLatin1String("manual")) {
        const QJsonValue ids = s.value(QStringLiteral("includedIds"));
        if (!ids.isArray() || ids.toArray().isEmpty())
            return error(
                ApiError::validation(QStringLiteral("At least one person ID is required")));
        if (ids.toArray().size() > kMaxBulk)
            return error(ApiError::validation(
                QStringLiteral("Maximum 1000 person IDs allowed per request")));
        if (!uuidList(ids.toArray(), &personIds))
            return error(ApiError::validation(kInvalidInput));
    } else if (mode == QLatin1String("bulk")) {
        qint64 start = 0, target = 0;
        if (s.contains(QStringLiteral("startIndex")) &&
            !wholeNumber(s.value(QStringLiteral("startIndex")), 0, std::numeric_limits<int>::max(),
                         &start))
            return error(ApiError::validation(QStringLiteral("startIndex must be 0 or more")));
        if (!wholeNumber(s.value(QStringLiteral("targetCount")), 1, kMaxBulk, &target))
            return error(
                ApiError::validation(QStringLiteral("targetCount must be from 1 to 1000")));
        if (!s.contains(QStringLiteral("filters")))
            return error(ApiError::validation(QStringLiteral("filters is required")));
        FilterSet filters;
        SortSpec sort;
        QString why;
        if (!FilterSet::fromJson(s.value(QStringLiteral("filters")), &filters, &why))
            return error(ApiError::validation(why));
        const QJsonValue sortValue = s.contains(QStringLiteral("sort"))
                                         ? s.value(QStringLiteral("sort"))
                                         : o.value(QStringLiteral("sort"));
        if (!SortSpec::fromJson(sortValue, &sort, &why))
            return error(ApiError::validation(why));
        QStringList excluded;
        const QJsonValue ex = s.value(QStringLiteral("excludedIds"));
        if (!ex.isUndefined() && !ex.isNull() &&
            (!ex.isArray() || !uuidList(ex.toArray(), &excluded)))
            return error(ApiError::validation(kInvalidInput));
        QStringList range;
        if (!m_store.searchIds(filters, sort, start, int(target), &range, &why))
            return error(ApiError::internal(why));
        const QSet<QString> skip(excluded.begin(), excluded.end());
        for (const QString &id : range)
            if (!skip.contains(id))
                personIds << id;
        if (personIds.isEmpty())
            return {200, QByteArrayLiteral("[]"), {}};
    } else {
        return error(
            ApiError::validation(QStringLiteral("selection.mode must be \"manual\" or \"bulk\"")));
    }
    QList<Enrichment> result;
    if (auto e = m_service.request(caller, personIds, field, &result))
        return error(*e);
    return {200, toJson(result), {}};
}

HttpApi::Response HttpApi::batchQuery(const Caller &caller, const QByteArray &body)
{
    QJsonObject o;
    if (!parseObject(body, &o))
        return error(ApiError::validation(kInvalidInput));
    const QJsonValue tasks = o.value(QStringLiteral("tasks"));
    if (!tasks.isArray() || tasks.toArray().isEmpty())
        return error(ApiError::validation(QStringLiteral("At least one task is required")));
    if (tasks.toArray().size() > kMaxQueryTasks)
        return error(ApiError::validation(QStringLiteral("Maximum 200 tasks allowed per query")));
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
    if (!m_service.newestMany(caller, wanted, &result, &why))
        return error(ApiError::internal(why));
    return {200, toJson(result), {}};
}

HttpApi::Response HttpApi::single(const Caller &caller, const QByteArray &method,
                                  const QString &rawId, const QUrlQuery &query)
{
    const QString personId = QUrl::fromPercentEncoding(rawId.toUtf8()).toLower();
    ContactField field;
    if (!isUuid(personId) || !parseField(query.queryItemValue(QStringLiteral("field")), &field))
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

HttpApi::Response HttpApi::balance(const Caller &caller)
{
    qint64 available = 0, held = 0;
    QString why;
    if (!m_service.balance(caller.orgId, &available, &held, &why))
        return error(ApiError::internal(why));
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("balance"), available},
                                               {QStringLiteral("organizationId"), caller.orgId},
                                               {QStringLiteral("held"), held}}));
}

HttpApi::Response HttpApi::estimate(const Caller &caller, const QByteArray &body)
{
    // What an enrichment of a selection would cost, before anything is
    // spent: the exact counts the confirmation dialog shows, from the same
    // rules the batch and bulk endpoints apply (reusable ones are free).
    constexpr int kMaxEstimateIds = 20000;
    constexpr int kMaxNewIds = 10000;
    QJsonObject o;
    ContactField field;
    if (!parseFieldRequest(body, &o, &field))
        return error(ApiError::validation(kInvalidInput));
    qint64 newIdsLimit = 0;
    if (o.contains(QStringLiteral("newIdsLimit")) &&
        !wholeNumber(o.value(QStringLiteral("newIdsLimit")), 0, kMaxNewIds, &newIdsLimit))
        return error(ApiError::validation(QStringLiteral("newIdsLimit must be from 0 to 10000")));
    const QJsonObject s = o.value(QStringLiteral("selection")).toObject();
    const QString mode = s.value(QStringLiteral("mode")).toString();
    const QString fieldText = fieldName(field);
    QString why;
    qint64 selected = 0, pending = 0, finished = 0;
    QStringList newIds;
    if (mode == QLatin1String("manual")) {
        const QJsonValue idsValue = s.value(QStringLiteral("includedIds"));
        QStringList ids;
        if (!idsValue.isArray() || !uuidList(idsValue.toArray(), &ids))
            return error(ApiError::validation(kInvalidInput));
        if (ids.size() > kMaxEstimateIds)
            return error(ApiError::validation(
                QStringLiteral("Maximum %1 person IDs allowed per estimate").arg(kMaxEstimateIds)));
        ids.removeDuplicates();
        const QStringList unknown = m_store.unknownIds(ids);
        if (!unknown.isEmpty())
            return error({400,
                          QString::fromLatin1(ApiError::ValidationError),
                          QStringLiteral("Unknown person IDs"),
                          {{QStringLiteral("unknownIds"), QJsonArray::fromStringList(unknown)}}});
        QHash<QString, QString> statuses;
        if (!m_store.reusableStatuses(caller.orgId, fieldText, ids, &statuses, &why))
            return error(ApiError::internal(why));
        selected = ids.size();
        for (const QString &status : std::as_const(statuses))
            ++(status == QLatin1String("pending") ? pending : finished);
        for (const QString &id : std::as_const(ids)) {
            if (newIds.size() >= newIdsLimit)
                break;
            if (!statuses.contains(id))
                newIds << id;
        }
    } else if (mode == QLatin1String("bulk")) {
        FilterSet filters;
        SortSpec sort;
        if (!FilterSet::fromJson(s.value(QStringLiteral("filters")), &filters, &why) ||
            !SortSpec::fromJson(s.value(QStringLiteral("sort")), &sort, &why))
            return error(ApiError::validation(why));
        QStringList excluded;
        const QJsonValue ex = s.value(QStringLiteral("excludedIds"));
        if (!ex.isUndefined() && !ex.isNull() &&
            (!ex.isArray() || !uuidList(ex.toArray(), &excluded)))
            return error(ApiError::validation(kInvalidInput));
        excluded.removeDuplicates();
        // Only exclusions the filter matches change the counts.
        QStringList excludedMatching;
        qint64 total = 0, exPending = 0, exFinished = 0;
        QHash<QString, QString> exStatuses;
        if (!m_store.count(filters, &total, &why) ||
            !m_store.matchingIds(filters, excluded, &excludedMatching, &why) ||
            !m_store.reusableCounts(caller.orgId, fieldText, filters, &pending, &finished, &why) ||
            !m_store.reusableStatuses(caller.orgId, fieldText, excludedMatching, &exStatuses, &why))
            return error(ApiError::internal(why));
        for (const QString &status : std::as_const(exStatuses))
            ++(status == QLatin1String("pending") ? exPending : exFinished);
        selected = total - excludedMatching.size();
        pending -= exPending;
        finished -= exFinished;
        QStringList first;
        if (!m_store.firstNewIds(caller.orgId, fieldText, filters, sort,
                                 int(newIdsLimit + excludedMatching.size()), &first, &why))
            return error(ApiError::internal(why));
        const QSet<QString> skip(excludedMatching.cbegin(), excludedMatching.cend());
        for (const QString &id : std::as_const(first)) {
            if (newIds.size() >= newIdsLimit)
                break;
            if (!skip.contains(id))
                newIds << id;
        }
    } else {
        return error(ApiError::validation(QStringLiteral("selection mode must be manual or bulk")));
    }
    qint64 available = 0, held = 0;
    if (!m_service.balance(caller.orgId, &available, &held, &why))
        return error(ApiError::internal(why));
    const qint64 fresh = selected - pending - finished;
    const int cost = field == ContactField::Emails ? m_config.costEmails : m_config.costPhones;
    return json(200, QJsonDocument(QJsonObject{
                         {QStringLiteral("field"), fieldText},
                         {QStringLiteral("selected"), selected},
                         {QStringLiteral("finished"), finished},
                         {QStringLiteral("pending"), pending},
                         {QStringLiteral("new"), fresh},
                         {QStringLiteral("costPerFound"), cost},
                         {QStringLiteral("maxCost"), fresh * cost},
                         {QStringLiteral("balance"), available},
                         {QStringLiteral("held"), held},
                         {QStringLiteral("newIds"), QJsonArray::fromStringList(newIds)},
                     }));
}

HttpApi::Response HttpApi::history(const Caller &caller, const QUrlQuery &query)
{
    bool ok = true;
    int limit = 50, offset = 0;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return error(ApiError::validation(QStringLiteral("limit must be from 1 to 1000")));
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
    if (!m_service.history(caller.orgId, limit, offset, dates[0], dates[1], &transactions, &count,
                           &why))
        return error(ApiError::internal(why));
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("transactions"), transactions},
                                               {QStringLiteral("count"), count}}));
}

} // namespace lance::engine
