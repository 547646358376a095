#pragma once

#include "api_error.h"

#include <QByteArray>
#include <QHash>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace lance::engine {

// Watches each connection before the HTTP server reads it, and enforces
// what QtHttpServer 6.4 does not:
//  - a Content-Length over the body limit, or more unanswered bytes than a
//    request may hold: 413 (QtHttpServer would buffer the whole body first);
//  - request headers longer than 64 KiB: 431 (QtHttpServer's parser would
//    only drop the connection at 80 KiB, without an answer);
//  - a request not complete within the request timeout (slow-loris): 408;
//  - a connection idle for the idle timeout: closed, as any HTTP server
//    closes idle keep-alive connections (clients reconnect);
//  - at most maxConnections at once: a new one beyond that closes the one
//    idle longest, or is closed itself when every other is mid-request.
//    Without a cap, connections alone would exhaust the process's file
//    descriptors, and QTcpServer stops accepting for good on that error.
// Each refusal is answered, then the connection is closed. Accepted
// connections are handed on as pending connections (nextPendingConnection),
// with the guard's readyRead slot connected first so it sees every chunk
// before the HTTP server does; an answer written to the socket ends a
// request, and the next bytes start the next one.
class SocketGuard : public QTcpServer
{
public:
    struct Limits
    {
        qint64 maxBodyBytes = 0;
        int requestTimeoutMs = 0; // from a request's first byte to its last
        int idleTimeoutMs = 0;    // an open connection with nothing to answer
        int maxConnections = 0;
    };
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;

    SocketGuard(const Limits &limits, QObject *parent = nullptr);

    // The 413 answer, here and from the HTTP layer for a body that stayed
    // just under the guard's margin.
    static ApiError bodyTooLarge(qint64 limit);

    // maxConnections, lowered to what the process may open.
    qsizetype connectionCap() const { return m_maxConnections; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct State;

    void watch(QTcpSocket *socket, State *state);
    void onReadyRead(QTcpSocket *socket, State *state);
    void waitIdle(State *state);
    bool evictIdlest();
    void reject(QTcpSocket *socket, State *state, const QByteArray &answer, qint64 drainLeft);
    static void drain(QTcpSocket *socket, State *state);
    static qsizetype descriptorCap(int configured);

    static constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;
    const Limits m_limits;
    const QByteArray m_tooLarge;
    const QByteArray m_headersTooLarge;
    const QByteArray m_timedOut;
    const qsizetype m_maxConnections;
    QHash<QTcpSocket *, State *> m_states;
    // Orders connections by their last activity: a counter rather than a
    // clock, whose milliseconds would tie.
    quint64 m_activity = 0;
};

} // namespace lance::engine
