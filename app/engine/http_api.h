#pragma once

#include "api_error.h"
#include "engine_config.h"

#include <QAbstractHttpServer>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>

class QTcpServer;

namespace lance::engine {

class Store;
class EnrichmentService;
struct Caller;

// The contract's routes over QtHttpServer 6.4: decodes each request, calls
// the store or the enrichment service, encodes the answer. Routing is a
// table here rather than QHttpServer's router so that unknown paths, wrong
// methods, oversize bodies and bad tokens all answer with the contract's
// error envelope and status codes.
class HttpApi : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpApi(Store &store, EnrichmentService &service, const EngineConfig &config,
            QObject *parent = nullptr);

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    // Listens through a socket guard that answers 413 as soon as a request
    // announces (or sends) a body over the limit. QtHttpServer 6.4 would
    // otherwise buffer the whole body in memory before handleRequest runs.
    bool listenOn(const QHostAddress &host, quint16 port, QString *error);
    quint16 port() const;

    // The whole request-to-response mapping, without sockets: what the
    // server sends, and what a fuzzer or unit test can call directly.
    Response handle(const QByteArray &method, const QUrl &url,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // What a route's handler is given: an authenticated request.
    struct Request;
    using Handler = Response (HttpApi::*)(const Request &);
    // One row of the routing table.
    struct Route
    {
        QLatin1String path; // under /api/v1; a trailing '/' takes one more segment, the person id
        QByteArrayList methods;
        Handler handler;
        // Lance's batch endpoint reports a missing token as a missing user,
        // a validation error.
        bool missingTokenIsValidationError = false;
    };
    static const QList<Route> &routes();

    Response route(const QByteArray &method, const QUrl &url, const Headers &headers,
                   const QByteArray &body);
    const TokenGrant *authenticate(const Headers &headers) const;
    bool rateLimited(const QString &token, int *retryAfterS);

    Response meta(const Request &r);
    Response search(const Request &r);
    Response facets(const Request &r);
    Response batch(const Request &r);
    Response bulk(const Request &r);
    Response batchQuery(const Request &r);
    Response batchCancel(const Request &r);
    Response single(const Request &r);
    Response balance(const Request &r);
    Response history(const Request &r);
    Response estimate(const Request &r);

    static Response json(int status, const QJsonDocument &doc);
    static Response error(const ApiError &e);

    Store &m_store;
    EnrichmentService &m_service;
    const EngineConfig &m_config;
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    QHash<QString, Bucket> m_buckets;
    QElapsedTimer m_clock;
    QTcpServer *m_tcp = nullptr;
    quint64 m_requestsServed = 0; // HTTP requests answered; the API lives on one thread
};

} // namespace lance::engine
