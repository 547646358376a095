#include "socket_guard.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <limits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace lance::engine {

namespace {

// An answer the guard writes straight to the socket, outside QtHttpServer,
// before it closes the connection.
QByteArray rawAnswer(int status, const char *reason, const ApiError &error)
{
    const QByteArray body = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// QNetworkAccessManager leaves Nagle's algorithm on, so a body longer than
// its 16 KiB write chunk waits for our ACK, which Linux delays by up to
// 40 ms: a 200-task poll would stall on every request. Acknowledging at once
// removes the stall. The kernel clears the flag again, so it is set on every
// read.
void acknowledgeAtOnce(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    // TCP_QUICKACK is Linux-only and neither Windows nor macOS has a per-read
    // equivalent; there the stall above remains, for bodies over 16 KiB only.
    Q_UNUSED(socket);
#endif
}

} // namespace

struct SocketGuard::State
{
    qint64 unanswered = 0; // bytes received since the last answer
    bool headersDone = false;
    QByteArray headerTail; // the last 3 header bytes seen
    bool rejected = false;
    qint64 drainLeft = 0;    // body bytes still to read and drop
    quint64 lastActive = 0;  // m_activity when last read from or answered
    QTimer *timer = nullptr; // request timeout, or idle timeout
};

ApiError SocketGuard::bodyTooLarge(qint64 limit)
{
    return {413,
            QString::fromLatin1(ApiError::PayloadTooLarge),
            QStringLiteral("Request body is larger than %1 bytes").arg(limit),
            {{QStringLiteral("limit"), limit}}};
}

SocketGuard::SocketGuard(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tooLarge(rawAnswer(413, "Payload Too Large", bodyTooLarge(limits.maxBodyBytes)))
    , m_headersTooLarge(rawAnswer(
          431, "Request Header Fields Too Large",
          {431,
           QString::fromLatin1(ApiError::HeadersTooLarge),
           QStringLiteral("Request headers are larger than %1 bytes").arg(kMaxHeaderBytes),
           {{QStringLiteral("limit"), kMaxHeaderBytes}}}))
    , m_timedOut(rawAnswer(
          408, "Request Timeout",
          {408,
           QString::fromLatin1(ApiError::RequestTimeout),
           QStringLiteral("The request did not arrive within %1 ms").arg(limits.requestTimeoutMs),
           {}}))
    , m_maxConnections(descriptorCap(limits.maxConnections))
{}

// The configured cap, lowered to what the process may open: past its
// descriptor limit accept() fails, and QTcpServer then stops accepting for
// good. 64 descriptors stay for SQLite, the event loop and logs.
qsizetype SocketGuard::descriptorCap(int configured)
{
#ifdef Q_OS_UNIX
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        return qBound(qsizetype(1), qsizetype(files.rlim_cur) - 64, qsizetype(configured));
#endif
    // Windows has no RLIMIT_NOFILE: sockets are kernel handles, not C runtime
    // descriptors, and Qt's event dispatcher there is not bound by select()'s
    // FD_SETSIZE, so the configured cap stands.
    return configured;
}

void SocketGuard::incomingConnection(qintptr handle)
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
    // about 40 ms per request on Linux. (TCP_NODELAY, on every platform.)
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *state = new State;
    state->timer = new QTimer(socket);
    state->timer->setSingleShot(true);
    m_states.insert(socket, state);
    watch(socket, state);
    waitIdle(state);
    addPendingConnection(socket);
}

void SocketGuard::watch(QTcpSocket *socket, State *state)
{
    // Two connections: the count only while this server lives (its
    // destructor deletes the sockets after disconnecting from them), the
    // state always, with its socket.
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
    connect(socket, &QTcpSocket::readyRead, socket,
            [this, socket, state] { onReadyRead(socket, state); });
}

void SocketGuard::onReadyRead(QTcpSocket *socket, State *state)
{
    if (state->rejected) {
        drain(socket, state);
        return;
    }
    acknowledgeAtOnce(socket);
    const QByteArray chunk = socket->peek(socket->bytesAvailable());
    if (state->unanswered == 0 && !chunk.isEmpty()) {
        // A request starts: it has the request timeout to arrive.
        state->timer->start(m_limits.requestTimeoutMs);
    }
    state->unanswered += chunk.size();
    state->lastActive = ++m_activity;
    if (!state->headersDone) {
        // The blank line may straddle two chunks, and a whole oversize
        // request may arrive in one: the headers' length counts up to the
        // blank line.
        const QByteArray seen = state->headerTail + chunk;
        const qsizetype end = seen.indexOf("\r\n\r\n");
        const qint64 before = state->unanswered - chunk.size() - state->headerTail.size();
        const qint64 headerBytes = end >= 0 ? before + end + 4 : state->unanswered;
        state->headersDone = end >= 0;
        state->headerTail = seen.right(3);
        if (headerBytes > kMaxHeaderBytes) {
            // Headers that have ended: nothing more is read. Still coming:
            // up to kMaxDrainBytes are dropped first.
            reject(socket, state, m_headersTooLarge, end >= 0 ? 0 : kMaxDrainBytes);
            return;
        }
    }
    static const QRegularExpression contentLength(
        QStringLiteral("\\r\\ncontent-length:[ \\t]*(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = contentLength.match(QString::fromLatin1(chunk.left(16384)));
    const qint64 announced = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    if (announced <= m_limits.maxBodyBytes &&
        state->unanswered <= m_limits.maxBodyBytes + kMaxHeaderBytes)
        return;
    // The rest of an announced body is read and dropped; otherwise up to
    // kMaxDrainBytes.
    const qint64 headerEnd = chunk.indexOf("\r\n\r\n");
    const qint64 drainLeft = announced > m_limits.maxBodyBytes && headerEnd >= 0
                                 ? announced - (chunk.size() - headerEnd - 4)
                                 : kMaxDrainBytes;
    reject(socket, state, m_tooLarge, drainLeft);
}

void SocketGuard::waitIdle(State *state)
{
    state->lastActive = ++m_activity;
    state->timer->start(m_limits.idleTimeoutMs);
}

// Closes the connection idle longest, if any is idle.
bool SocketGuard::evictIdlest()
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
// drops up to `drainLeft` more, and closes. A client that stops sending is
// cut off after the request timeout.
void SocketGuard::reject(QTcpSocket *socket, State *state, const QByteArray &answer,
                         qint64 drainLeft)
{
    state->rejected = true;
    state->drainLeft = drainLeft + socket->bytesAvailable(); // consumed by drain() below
    socket->write(answer);
    state->timer->start(m_limits.requestTimeoutMs);
    drain(socket, state);
}

// Closing with unread data would make the kernel reset the connection, and
// the client would lose the answer before reading it.
void SocketGuard::drain(QTcpSocket *socket, State *state)
{
    // QtHttpServer reads inside a QIODevice transaction; one left open by
    // the rejected request keeps every byte read for a rollback, so draining
    // 64 MB would hold 64 MB. Committing drops them.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    state->drainLeft -= socket->readAll().size();
    if (state->drainLeft <= 0)
        socket->disconnectFromHost();
}

} // namespace lance::engine
