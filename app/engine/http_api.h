#pragma once

#include "api_error.h"
#include "engine_config.h"

#include <QAbstractHttpServer>
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

// The contract's routes over QtHttpServer 6.4. Routing is done here rather
// than with QHttpServer's router so that unknown paths, wrong methods,
// oversize bodies and bad tokens all answer with the contract's error
// envelope and status codes.
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
    Response route(const QByteArray &method, const QUrl &url, const Headers &headers,
                   const QByteArray &body);
    const TokenGrant *authenticate(const Headers &headers) const;
    bool rateLimited(const QString &token, int *retryAfterS);

    Response search(const Caller &caller, const QByteArray &body);
    Response facets(const QUrlQuery &query);
    Response batch(const Caller &caller, const QByteArray &body);
    Response bulk(const Caller &caller, const QByteArray &body);
    Response batchQuery(const Caller &caller, const QByteArray &body);
    Response single(const Caller &caller, const QByteArray &method, const QString &personId,
                    const QUrlQuery &query);
    Response balance(const Caller &caller);
    Response history(const Caller &caller, const QUrlQuery &query);
    Response meta() const;
    Response estimate(const Caller &caller, const QByteArray &body);

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
